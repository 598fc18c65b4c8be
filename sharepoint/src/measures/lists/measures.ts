import type {
  MeasureKind,
  MeasureOrigin,
  MeasurePriority,
  MeasureStatus,
  PdcaPhase,
  RootCauseCategory,
} from '@kvalita/core';
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
] as const satisfies readonly { code: MeasureOrigin; label: string }[];

export const MEASURE_PRIORITY_CHOICES = [
  { code: 'high', label: 'Vysoká' },
  { code: 'medium', label: 'Střední' },
  { code: 'low', label: 'Nízká' },
] as const satisfies readonly { code: MeasurePriority; label: string }[];

/** core's PDCA_PHASES, as Czech quality practice names them. */
export const PDCA_PHASE_CHOICES = [
  { code: 'plan', label: 'Plánuj' },
  { code: 'do', label: 'Dělej' },
  { code: 'check', label: 'Kontroluj' },
  { code: 'act', label: 'Jednej' },
] as const satisfies readonly { code: PdcaPhase; label: string }[];

/** core's ROOT_CAUSE_CATEGORIES (an Ishikawa diagram's bones as an office names them). */
export const ROOT_CAUSE_CATEGORY_CHOICES = [
  { code: 'people', label: 'Lidé' },
  { code: 'procedures', label: 'Postupy' },
  { code: 'legislation', label: 'Legislativa' },
  { code: 'itSystems', label: 'IT a agendové systémy' },
  { code: 'building', label: 'Budova a prostředí' },
  { code: 'communication', label: 'Komunikace' },
  { code: 'resources', label: 'Zdroje' },
] as const satisfies readonly { code: RootCauseCategory; label: string }[];

/** Outcome of the last effectiveness check; empty until the first check. */
export const EFFECTIVENESS_CHOICES = [
  { code: 'effective', label: 'Účinné' },
  { code: 'notEffective', label: 'Neúčinné' },
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
  // Rules-governed data people may read: the service's rules decide who changes a measure, so
  // people read the list in SharePoint and only the app writes (the web parts through its API).
  permissions: 'readOnlyForPeople',
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
    /** The problem the measure answers (MeasureDraft.problem). */
    { name: 'Description', type: 'Note', title: { cs: 'Popis problému', en: 'Problem' } },
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
    /** When the measure was closed or cancelled (Measure.closedOn). */
    {
      name: 'CompletedOn',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Uzavřeno dne', en: 'Closed on' },
    },
    {
      name: 'Phase',
      type: 'Choice',
      title: { cs: 'Fáze PDCA', en: 'PDCA phase' },
      indexed: true,
      choices: PDCA_PHASE_CHOICES,
    },
    { name: 'CoOwners', type: 'UserMulti', title: { cs: 'Spoluodpovědné osoby', en: 'Co-owners' } },
    {
      name: 'CauseCategories',
      type: 'MultiChoice',
      title: { cs: 'Kategorie příčin', en: 'Cause categories' },
      choices: ROOT_CAUSE_CATEGORY_CHOICES,
    },
    /** The "5 whys" as a JSON array of strings. */
    { name: 'RootCauseWhys', type: 'Note', title: { cs: 'Příčina (5× proč)', en: 'Root cause (5 whys)' } },
    /** The planned steps as JSON: [{ key, title, ownerEmail, ownerName, dueDate, done }]. */
    { name: 'Steps', type: 'Note', title: { cs: 'Kroky', en: 'Steps' } },
    {
      name: 'EffectivenessCriterion',
      type: 'Note',
      title: { cs: 'Kritérium účinnosti', en: 'Effectiveness criterion' },
    },
    {
      name: 'CheckDate',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Ověření účinnosti dne', en: 'Effectiveness check on' },
      indexed: true,
    },
    {
      name: 'BudgetCzk',
      type: 'Number',
      title: { cs: 'Rozpočet (Kč)', en: 'Budget (CZK)' },
      min: 0,
      max: 10_000_000_000,
    },
    {
      name: 'CouncilResolution',
      type: 'Text',
      title: { cs: 'Usnesení rady', en: 'Council resolution' },
      maxLength: 120,
    },
    /** Links to evidence and SharePoint documents as a JSON array of https URLs. */
    { name: 'EvidenceLinks', type: 'Note', title: { cs: 'Důkazy (odkazy)', en: 'Evidence (links)' } },
    {
      name: 'SourceKey',
      type: 'Text',
      title: { cs: 'Zdroj (klíč nebo číslo)', en: 'Source (key or reference)' },
      indexed: true,
      maxLength: 64,
    },
    /** A link may be longer than a Text column's 255 characters. */
    { name: 'SourceUrl', type: 'Note', title: { cs: 'Odkaz na zdroj', en: 'Source link' } },
    {
      name: 'Effective',
      type: 'Choice',
      title: { cs: 'Výsledek ověření účinnosti', en: 'Effectiveness check result' },
      choices: EFFECTIVENESS_CHOICES,
    },
    {
      name: 'ReopenedCount',
      type: 'Number',
      title: { cs: 'Počet znovuotevření', en: 'Times reopened' },
      min: 0,
    },
    { name: 'CancelReason', type: 'Note', title: { cs: 'Důvod zrušení', en: 'Cancel reason' } },
    /** Who raised the measure (the app writes every row, so the built-in Author is the app). */
    { name: 'RaisedBy', type: 'User', title: { cs: 'Založil(a)', en: 'Raised by' } },
  ],
} as const satisfies ListSchema;
