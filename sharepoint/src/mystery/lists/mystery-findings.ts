import { noteField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';
import { campaignIdField, departmentCodeField } from './mystery-choices';

/** Findings of a campaign turned into measures of the register, with the evaluations they rest on. Service-only. */
export const mysteryFindingsList = {
  key: 'mysteryFindings',
  urlName: 'KvalitaMysteryFindings',
  template: 'genericList',
  title: { cs: 'Zjištění mystery shoppingu', en: 'Mystery-shopping findings' },
  description: {
    cs: 'Zjištění z výsledků kampaní a opatření, která z nich vznikla.',
    en: 'Findings from campaign results and the measures made of them.',
  },
  titleField: { cs: 'Zjištění', en: 'Finding' },
  permissions: 'serviceOnly',
  fields: [
    campaignIdField,
    departmentCodeField,
    {
      name: 'MeasureId',
      type: 'Number',
      title: { cs: 'Opatření (ID)', en: 'Measure (ID)' },
      required: true,
      min: 1,
    },
    { name: 'Owner', type: 'User', title: { cs: 'Odpovídá', en: 'Owner' } },
    noteField('Basis', { cs: 'Podklady (hodnocení a položky)', en: 'Basis (evaluations and items)' }),
  ],
} as const satisfies ListSchema;
