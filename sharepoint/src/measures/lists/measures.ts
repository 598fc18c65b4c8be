import type { MeasureKind, MeasureStatus } from '@kvalita/core';
import type { ListSchema } from '../../platform/schema/types';
import { cycleLookup } from '../../caf/lists/fields';

/** core's MEASURE_KINDS (CAPA: corrective and preventive, and improvement). */
export const MEASURE_KIND_CHOICES = [
  { code: 'corrective', label: 'Nápravné' },
  { code: 'preventive', label: 'Preventivní' },
  { code: 'improvement', label: 'Zlepšení' },
] as const satisfies readonly { code: MeasureKind; label: string }[];

/** core's MEASURE_STATUSES. */
export const MEASURE_STATUS_CHOICES = [
  { code: 'proposed', label: 'Navrženo' },
  { code: 'approved', label: 'Schváleno' },
  { code: 'inProgress', label: 'Probíhá' },
  { code: 'effectivenessCheck', label: 'Ověřování účinnosti' },
  { code: 'closed', label: 'Uzavřeno' },
  { code: 'cancelled', label: 'Zrušeno' },
] as const satisfies readonly { code: MeasureStatus; label: string }[];

/** Where the need for a measure came from (what the quality manager reports on). */
export const MEASURE_ORIGIN_CHOICES = [
  { code: 'selfAssessment', label: 'Sebehodnocení CAF' },
  { code: 'survey', label: 'Průzkum' },
  { code: 'feedback360', label: 'Zpětná vazba 360°' },
  { code: 'mysteryShopping', label: 'Mystery shopping' },
  { code: 'complaint', label: 'Stížnost nebo podnět' },
  { code: 'audit', label: 'Audit nebo kontrola' },
  { code: 'other', label: 'Jiné' },
] as const;

export const MEASURE_PRIORITY_CHOICES = [
  { code: 'high', label: 'Vysoká' },
  { code: 'medium', label: 'Střední' },
  { code: 'low', label: 'Nízká' },
] as const;

export const measuresList = {
  key: 'measures',
  urlName: 'KvalitaMeasures',
  template: 'genericList',
  title: { cs: 'Opatření', en: 'Measures' },
  description: {
    cs: 'Nápravná, preventivní a zlepšovací opatření (PDCA) včetně vazby na subkritéria CAF.',
    en: 'Corrective, preventive and improvement measures (PDCA) linked to CAF subcriteria.',
  },
  titleField: { cs: 'Název opatření', en: 'Measure' },
  versioning: true,
  fields: [
    {
      name: 'Kind',
      type: 'Choice',
      title: { cs: 'Druh', en: 'Kind' },
      required: true,
      indexed: true,
      choices: MEASURE_KIND_CHOICES,
    },
    {
      name: 'Status',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: MEASURE_STATUS_CHOICES,
    },
    { name: 'Owner', type: 'User', title: { cs: 'Odpovědná osoba', en: 'Owner' }, indexed: true },
    {
      name: 'Deadline',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Termín', en: 'Deadline' },
      indexed: true,
    },
    {
      name: 'Subcriterion',
      type: 'Text',
      title: { cs: 'Subkritérium CAF', en: 'CAF subcriterion' },
      indexed: true,
      maxLength: 8,
    },
    {
      name: 'Department',
      type: 'Lookup',
      lookupList: 'departments',
      title: { cs: 'Útvar', en: 'Department' },
      indexed: true,
    },
    { name: 'Description', type: 'Note', title: { cs: 'Popis', en: 'Description' } },
    cycleLookup(false),
    {
      name: 'Origin',
      type: 'Choice',
      title: { cs: 'Zdroj', en: 'Origin' },
      indexed: true,
      choices: MEASURE_ORIGIN_CHOICES,
    },
    {
      name: 'Priority',
      type: 'Choice',
      title: { cs: 'Priorita', en: 'Priority' },
      choices: MEASURE_PRIORITY_CHOICES,
    },
    {
      name: 'Progress',
      type: 'Number',
      title: { cs: 'Plnění (%)', en: 'Progress (%)' },
      min: 0,
      max: 100,
    },
    { name: 'ExpectedResult', type: 'Note', title: { cs: 'Očekávaný výsledek', en: 'Expected result' } },
    {
      name: 'CompletedOn',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Dokončeno dne', en: 'Completed on' },
    },
  ],
} as const satisfies ListSchema;
