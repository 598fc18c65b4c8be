import type { ListSchema } from '../../platform/schema/types';
import type { MeasureUpdateKind } from '@kvalita/core';
import { MEASURE_STATUS_CHOICES, PDCA_PHASE_CHOICES } from './measures';

export { PDCA_PHASE_CHOICES };

/** core's MEASURE_UPDATE_KINDS: what an entry of the history records. */
export const MEASURE_UPDATE_KIND_CHOICES = [
  { code: 'created', label: 'Založeno' },
  { code: 'edited', label: 'Upraveno' },
  { code: 'approved', label: 'Schváleno' },
  { code: 'started', label: 'Zahájeno' },
  { code: 'progress', label: 'Průběh' },
  { code: 'checkRequested', label: 'Předáno k ověření účinnosti' },
  { code: 'checkedEffective', label: 'Ověřeno jako účinné' },
  { code: 'checkedNotEffective', label: 'Ověřeno jako neúčinné' },
  { code: 'cancelled', label: 'Zrušeno' },
] as const satisfies readonly { code: MeasureUpdateKind; label: string }[];

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
  // The history is the measure's record: people read it, only the app appends to it.
  permissions: 'readOnlyForPeople',
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
    /** The note, reason or comment given with the change (MeasureUpdate.note). */
    { name: 'Details', type: 'Note', title: { cs: 'Poznámka', en: 'Note' } },
    {
      name: 'UpdateKind',
      type: 'Choice',
      title: { cs: 'Druh záznamu', en: 'Kind of update' },
      choices: MEASURE_UPDATE_KIND_CHOICES,
    },
    /** Who made the change (the app writes every row, so the built-in Author is the app). */
    { name: 'UpdatedBy', type: 'User', title: { cs: 'Kdo', en: 'Who' } },
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
