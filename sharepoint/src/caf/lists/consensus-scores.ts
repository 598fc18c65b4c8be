import type { ListSchema } from '../../platform/schema/types';
import { uniqueKeyField } from '../../platform/schema/fields';
import { cycleLookup, subcriterionField } from './fields';
import { scoreContentFields } from './score-fields';

export const CONSENSUS_STATUS_CHOICES = [
  { code: 'open', label: 'Projednává se' },
  { code: 'agreed', label: 'Dohodnuto' },
] as const;

/** Step 5, together: the group's agreed score per cycle and subcriterion (ConsensusKey is unique). */
export const consensusScoresList = {
  key: 'consensusScores',
  urlName: 'KvalitaConsensusScores',
  template: 'genericList',
  title: { cs: 'Konsenzuální hodnocení', en: 'Consensus scores' },
  description: {
    cs: 'Hodnocení subkritérií, na kterém se tým shodl; podklad pro zprávu o sebehodnocení.',
    en: 'Subcriterion scores the team agreed on; the basis of the self-assessment report.',
  },
  titleField: { cs: 'Název', en: 'Title' },
  versioning: true,
  // What the service guards (docs/sharepoint.md, "Who reads what in SharePoint").
  permissions: 'serviceOnly',
  fields: [
    cycleLookup(),
    subcriterionField(true),
    uniqueKeyField('ConsensusKey', { cs: 'Klíč konsenzu', en: 'Consensus key' }),
    ...scoreContentFields,
    {
      name: 'ConsensusStatus',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: CONSENSUS_STATUS_CHOICES,
    },
    { name: 'AgreedOn', type: 'DateTime', title: { cs: 'Dohodnuto dne', en: 'Agreed on' } },
  ],
} as const satisfies ListSchema;
