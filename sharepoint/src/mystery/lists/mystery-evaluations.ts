import { noteField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';
import {
  EVALUATION_STATUS_CHOICES,
  MYSTERY_CHANNEL_CHOICES,
  campaignIdField,
  departmentCodeField,
} from './mystery-choices';

/**
 * One planned or recorded contact: campaign, department and service point, scenario, evaluator,
 * ISO week, status; the record (answers, notes, measured values, times), its score and the history
 * as JSON. Score, status and week are columns so a results query needs no JSON. Service-only: a
 * planned week must never reach the staff it visits, and a sheet counts only once reviewed.
 */
export const mysteryEvaluationsList = {
  key: 'mysteryEvaluations',
  urlName: 'KvalitaMysterySheets',
  template: 'genericList',
  title: { cs: 'Hodnocení mystery shoppingu', en: 'Mystery-shopping evaluations' },
  description: {
    cs: 'Naplánované a zapsané kontakty skrytého zákazníka podle kontrolního seznamu, bez jmen zaměstnanců.',
    en: 'Planned and recorded mystery-shopping contacts against a checklist, without employee names.',
  },
  titleField: { cs: 'Označení', en: 'Label' },
  permissions: 'serviceOnly',
  fields: [
    campaignIdField,
    departmentCodeField,
    {
      name: 'ServicePointKey',
      type: 'Text',
      title: { cs: 'Kontaktní místo (klíč)', en: 'Service point (key)' },
      required: true,
      maxLength: 40,
    },
    {
      name: 'ScenarioKey',
      type: 'Text',
      title: { cs: 'Scénář (klíč)', en: 'Scenario (key)' },
      required: true,
      maxLength: 40,
    },
    {
      name: 'Channel',
      type: 'Choice',
      title: { cs: 'Kanál', en: 'Channel' },
      required: true,
      indexed: true,
      choices: MYSTERY_CHANNEL_CHOICES,
    },
    {
      name: 'Evaluator',
      type: 'User',
      title: { cs: 'Hodnotitel/ka', en: 'Evaluator' },
      required: true,
      indexed: true,
    },
    {
      name: 'Week',
      type: 'Text',
      title: { cs: 'Týden', en: 'Week' },
      required: true,
      indexed: true,
      maxLength: 8,
    },
    {
      name: 'EvaluationStatus',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: EVALUATION_STATUS_CHOICES,
    },
    {
      name: 'ChecklistId',
      type: 'Number',
      title: { cs: 'Kontrolní seznam (ID)', en: 'Checklist (ID)' },
      required: true,
      min: 1,
    },
    { name: 'Score', type: 'Number', title: { cs: 'Skóre (%)', en: 'Score (%)' }, min: 0, max: 100 },
    {
      name: 'FailedCritical',
      type: 'Boolean',
      title: { cs: 'Nesplněna kritická položka', en: 'Failed a critical item' },
    },
    { name: 'SubmittedAt', type: 'DateTime', title: { cs: 'Odevzdáno', en: 'Submitted' } },
    { name: 'ReleasedAt', type: 'DateTime', title: { cs: 'Zveřejněno', en: 'Released' } },
    noteField('Record', { cs: 'Záznam', en: 'Record' }),
    noteField('ScoreDetail', { cs: 'Skóre po oddílech', en: 'Score by section' }),
    noteField('ReviewComment', { cs: 'Komentář kontroly', en: 'Review comment' }),
    noteField('History', { cs: 'Historie', en: 'History' }),
  ],
} as const satisfies ListSchema;
