import type { ListSchema } from '../../platform/schema/types';
import { MEASURE_STATUS_CHOICES } from './measures';

/** The PDCA phase an update belongs to, as Czech quality practice names it. */
export const PDCA_PHASE_CHOICES = [
  { code: 'plan', label: 'Plánuj' },
  { code: 'do', label: 'Dělej' },
  { code: 'check', label: 'Kontroluj' },
  { code: 'act', label: 'Jednej' },
] as const;

/** The log of a measure: each row says what happened, in which PDCA phase, and where it now stands. */
export const measureUpdatesList = {
  key: 'measureUpdates',
  urlName: 'KvalitaMeasureUpdates',
  template: 'genericList',
  title: { cs: 'Průběh opatření', en: 'Measure updates' },
  description: {
    cs: 'Záznamy o průběhu opatření podle cyklu PDCA.',
    en: 'Progress records of measures along the PDCA cycle.',
  },
  titleField: { cs: 'Shrnutí', en: 'Summary' },
  fields: [
    {
      name: 'Measure',
      type: 'Lookup',
      lookupList: 'measures',
      title: { cs: 'Opatření', en: 'Measure' },
      required: true,
      indexed: true,
    },
    {
      name: 'Phase',
      type: 'Choice',
      title: { cs: 'Fáze PDCA', en: 'PDCA phase' },
      required: true,
      choices: PDCA_PHASE_CHOICES,
    },
    {
      name: 'UpdateDate',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Datum', en: 'Date' },
      required: true,
      indexed: true,
    },
    { name: 'Details', type: 'Note', title: { cs: 'Podrobnosti', en: 'Details' } },
    {
      name: 'StatusAfter',
      type: 'Choice',
      title: { cs: 'Stav opatření po záznamu', en: 'Measure status after' },
      choices: MEASURE_STATUS_CHOICES,
    },
    {
      name: 'Progress',
      type: 'Number',
      title: { cs: 'Plnění (%)', en: 'Progress (%)' },
      min: 0,
      max: 100,
    },
    { name: 'Evidence', type: 'Note', title: { cs: 'Důkazy (odkazy)', en: 'Evidence (links)' } },
  ],
} as const satisfies ListSchema;
