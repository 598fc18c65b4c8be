import { noteField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';
import { MYSTERY_CHANNEL_CHOICES } from './mystery-choices';

/** Versioned checklists, one channel each; the items (sections, weights, critical) as JSON. Service-only. */
export const mysteryChecklistsList = {
  key: 'mysteryChecklists',
  urlName: 'KvalitaMysteryChecklists',
  template: 'genericList',
  title: { cs: 'Kontrolní seznamy mystery shoppingu', en: 'Mystery-shopping checklists' },
  description: {
    cs: 'Verze kontrolních seznamů pro návštěvy, telefonáty, e-maily, datové schránky a webové formuláře.',
    en: 'Versions of the checklists for visits, calls, e-mails, data-box messages and web forms.',
  },
  titleField: { cs: 'Název', en: 'Name' },
  permissions: 'serviceOnly',
  fields: [
    {
      name: 'Channel',
      type: 'Choice',
      title: { cs: 'Kanál', en: 'Channel' },
      required: true,
      indexed: true,
      choices: MYSTERY_CHANNEL_CHOICES,
    },
    {
      name: 'FamilyId',
      type: 'Number',
      title: { cs: 'Řada verzí (ID)', en: 'Version family (ID)' },
      indexed: true,
      min: 0,
    },
    {
      name: 'ChecklistVersion',
      type: 'Number',
      title: { cs: 'Verze', en: 'Version' },
      required: true,
      min: 1,
    },
    { name: 'Frozen', type: 'Boolean', title: { cs: 'Zmrazeno', en: 'Frozen' } },
    { name: 'Superseded', type: 'Boolean', title: { cs: 'Nahrazeno novější verzí', en: 'Superseded' } },
    noteField('Description', { cs: 'Popis', en: 'Description' }),
    noteField('Items', { cs: 'Položky', en: 'Items' }),
  ],
} as const satisfies ListSchema;
