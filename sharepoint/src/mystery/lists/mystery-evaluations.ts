import type { ListSchema } from '../../platform/schema/types';
import { departmentLookup } from '../../platform/directory/lists/departments';

/** How the evaluator contacted the office, as a citizen would. */
export const MYSTERY_CHANNEL_CHOICES = [
  { code: 'visit', label: 'Osobní návštěva' },
  { code: 'phone', label: 'Telefonát' },
  { code: 'email', label: 'E-mail' },
  { code: 'dataBox', label: 'Datová schránka' },
  { code: 'web', label: 'Webový formulář' },
] as const;

export const MYSTERY_STATUS_CHOICES = [
  { code: 'draft', label: 'Rozpracováno' },
  { code: 'submitted', label: 'Odevzdáno' },
  { code: 'reviewed', label: 'Zkontrolováno' },
] as const;

/**
 * One mystery-shopping contact: channel, department, scenario, checklist results (JSON, one entry
 * per checklist item) and their score, with the times a citizen notices (waiting, answer time).
 */
export const mysteryEvaluationsList = {
  key: 'mysteryEvaluations',
  urlName: 'KvalitaMysteryEvaluations',
  template: 'genericList',
  title: { cs: 'Mystery shopping', en: 'Mystery shopping' },
  description: {
    cs: 'Hodnocení návštěv, telefonátů a e-mailů skrytým zákazníkem podle kontrolního seznamu.',
    en: 'Mystery-shopper evaluations of visits, calls and e-mails against a checklist.',
  },
  titleField: { cs: 'Název', en: 'Title' },
  fields: [
    {
      name: 'Campaign',
      type: 'Text',
      title: { cs: 'Kampaň', en: 'Campaign' },
      required: true,
      indexed: true,
      maxLength: 64,
    },
    {
      name: 'Channel',
      type: 'Choice',
      title: { cs: 'Kanál', en: 'Channel' },
      required: true,
      indexed: true,
      choices: MYSTERY_CHANNEL_CHOICES,
    },
    departmentLookup(),
    {
      name: 'Evaluator',
      type: 'User',
      title: { cs: 'Hodnotitel/ka', en: 'Evaluator' },
      required: true,
      indexed: true,
    },
    {
      name: 'EvaluatedOn',
      type: 'DateTime',
      title: { cs: 'Datum a čas kontaktu', en: 'Contact date and time' },
      required: true,
      indexed: true,
    },
    {
      name: 'Scenario',
      type: 'Text',
      title: { cs: 'Scénář', en: 'Scenario' },
      maxLength: 255,
    },
    {
      name: 'ChecklistScore',
      type: 'Number',
      title: { cs: 'Skóre kontrolního seznamu (%)', en: 'Checklist score (%)' },
      min: 0,
      max: 100,
    },
    {
      name: 'ChecklistResults',
      type: 'Note',
      title: { cs: 'Výsledky kontrolního seznamu', en: 'Checklist results' },
    },
    {
      name: 'WaitMinutes',
      type: 'Number',
      title: { cs: 'Čekání (min)', en: 'Waiting (min)' },
      min: 0,
    },
    {
      name: 'ResponseHours',
      type: 'Number',
      title: { cs: 'Doba odpovědi (h)', en: 'Response time (h)' },
      min: 0,
    },
    { name: 'Findings', type: 'Note', title: { cs: 'Zjištění', en: 'Findings' } },
    {
      name: 'EvaluationStatus',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: MYSTERY_STATUS_CHOICES,
    },
  ],
} as const satisfies ListSchema;
