import type { ListSchema } from '../../platform/schema/types';
import { uniqueKeyField } from '../../platform/schema/fields';
import { cycleLookup, subcriterionField } from './fields';
import { evidenceAsLines } from '../evidence-links';
import { scoreContentFields } from './score-fields';

export const INDIVIDUAL_SCORE_STATUS_CHOICES = [
  { code: 'draft', label: 'Rozpracováno' },
  { code: 'submitted', label: 'Odevzdáno' },
] as const;

/** Step 5, alone: one row per cycle, team member and subcriterion (ScoreKey is unique). */
export const individualScoresList = {
  key: 'individualScores',
  urlName: 'KvalitaIndividualScores',
  template: 'genericList',
  title: { cs: 'Individuální hodnocení', en: 'Individual scores' },
  description: {
    cs: 'Hodnocení subkritérií jednotlivými členy týmu před konsenzem.',
    en: 'Subcriterion scores by each team member before the consensus.',
  },
  titleField: { cs: 'Název', en: 'Title' },
  versioning: true,
  // What the service guards (docs/sharepoint.md, "Who reads what in SharePoint").
  permissions: 'serviceOnly',
  fields: [
    cycleLookup(),
    {
      name: 'Assessor',
      type: 'User',
      title: { cs: 'Hodnotitel/ka', en: 'Assessor' },
      required: true,
      indexed: true,
    },
    subcriterionField(true),
    uniqueKeyField('ScoreKey', { cs: 'Klíč hodnocení', en: 'Score key' }),
    ...scoreContentFields,
    {
      name: 'ScoreStatus',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: INDIVIDUAL_SCORE_STATUS_CHOICES,
    },
    { name: 'SubmittedOn', type: 'DateTime', title: { cs: 'Odevzdáno dne', en: 'Submitted on' } },
  ],
  migrations: [evidenceAsLines],
} as const satisfies ListSchema;
