import type { CycleStatus, ScoringMethod } from '@kvalita/core';
import type { ListSchema } from '../../platform/schema/types';
import { CYCLE_KEY_LENGTH, cycleKeyFromName } from '../cycle-key';

/** The methods' names of docs/glossary.md; cycles stored before that read through `formerLabels`. */
export const SCORING_METHOD_CHOICES = [
  { code: 'classical', label: 'Klasické hodnocení', formerLabels: ['Klasický'] },
  { code: 'fineTuned', label: 'Jemné hodnocení', formerLabels: ['Jemně laděný'] },
] as const satisfies readonly { code: ScoringMethod; label: string; formerLabels: readonly string[] }[];

/** Where the cycle stands: core's CYCLE_STATUSES, which follow the 10 steps (CurrentStep tracks the step). */
export const CYCLE_STATUS_CHOICES = [
  { code: 'preparation', label: 'Příprava' },
  { code: 'scoring', label: 'Individuální hodnocení' },
  { code: 'consensus', label: 'Konsenzus' },
  { code: 'report', label: 'Zpráva o sebehodnocení' },
  { code: 'improvement', label: 'Plán zlepšování' },
  { code: 'closed', label: 'Uzavřeno' },
] as const satisfies readonly { code: CycleStatus; label: string }[];

export const CYCLE_SCOPE_CHOICES = [
  { code: 'wholeOffice', label: 'Celý úřad' },
  { code: 'departments', label: 'Vybrané útvary' },
] as const;

/** One CAF self-assessment (good practice: every two years). */
export const assessmentCyclesList = {
  key: 'assessmentCycles',
  urlName: 'KvalitaAssessmentCycles',
  template: 'genericList',
  title: { cs: 'Cykly sebehodnocení', en: 'Self-assessment cycles' },
  description: {
    cs: 'Sebehodnocení podle modelu CAF 2020: metoda hodnocení, rozsah a postup deseti kroky.',
    en: 'Self-assessments on the CAF 2020 model: scoring method, scope and progress through the ten steps.',
  },
  titleField: { cs: 'Název cyklu', en: 'Cycle name' },
  versioning: true,
  // What the service guards (docs/sharepoint.md, "Who reads what in SharePoint").
  permissions: 'serviceOnly',
  fields: [
    {
      // The whole name, normalized (cycle-key.ts): one cycle per name in the office.
      name: 'CycleCode',
      type: 'Text',
      title: { cs: 'Kód cyklu', en: 'Cycle code' },
      required: true,
      indexed: true,
      unique: true,
      maxLength: CYCLE_KEY_LENGTH,
    },
    {
      name: 'ScoringMethod',
      type: 'Choice',
      title: { cs: 'Metoda hodnocení', en: 'Scoring method' },
      required: true,
      choices: SCORING_METHOD_CHOICES,
    },
    {
      name: 'CycleStatus',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: CYCLE_STATUS_CHOICES,
    },
    {
      name: 'CurrentStep',
      type: 'Number',
      title: { cs: 'Aktuální krok (1–10, 11 = hotovo)', en: 'Current step (1–10, 11 = done)' },
      min: 1,
      max: 11,
    },
    {
      name: 'ScopeKind',
      type: 'Choice',
      title: { cs: 'Rozsah', en: 'Scope' },
      required: true,
      choices: CYCLE_SCOPE_CHOICES,
    },
    {
      name: 'ScopeDepartments',
      type: 'LookupMulti',
      lookupList: 'departments',
      title: { cs: 'Útvary v rozsahu', en: 'Departments in scope' },
    },
    { name: 'Coordinator', type: 'User', title: { cs: 'Koordinátor/ka', en: 'Coordinator' } },
    {
      name: 'StartDate',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Zahájení', en: 'Start' },
      indexed: true,
    },
    { name: 'EndDate', type: 'DateTime', dateOnly: true, title: { cs: 'Ukončení', en: 'End' } },
    {
      name: 'ReportApprovedOn',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Zpráva schválena', en: 'Report approved on' },
    },
    { name: 'ReportApprovedBy', type: 'User', title: { cs: 'Zprávu schválil/a', en: 'Report approved by' } },
    {
      // The earlier cycle (its item id) the quality manager chose to compare with; empty: the
      // default rule (core previous-cycle.ts). A number, not a lookup: a lookup to its own list
      // would block deleting the earlier cycle, and an id no longer there reads as the default.
      name: 'PreviousCycleChoice',
      type: 'Number',
      title: { cs: 'Porovnat s cyklem (ID)', en: 'Compare with cycle (ID)' },
      min: 1,
    },
    {
      name: 'ExternalFeedback',
      type: 'Boolean',
      title: { cs: 'Externí zpětná vazba (PEF)', en: 'External feedback (PEF)' },
    },
    { name: 'Description', type: 'Note', title: { cs: 'Popis', en: 'Description' } },
  ],
  migrations: [cycleKeyFromName],
} as const satisfies ListSchema;
