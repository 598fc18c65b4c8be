import { CYCLE_PHASES } from '@kvalita/core';
import { noteField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';

export const CYCLE_PHASE_CHOICES = [
  { code: 'preparation', label: 'Příprava' },
  { code: 'nomination', label: 'Nominace' },
  { code: 'approval', label: 'Schvalování nominací' },
  { code: 'rating', label: 'Hodnocení' },
  { code: 'closed', label: 'Uzavřeno' },
  { code: 'released', label: 'Zprávy zpřístupněny' },
] as const satisfies readonly { code: (typeof CYCLE_PHASES)[number]; label: string }[];

/**
 * 360° cycles: phase, model version, deadlines, coordinator; the chosen subjects, departments,
 * group rules and thresholds in one JSON column (Settings). Read-only for people.
 */
export const feedbackCyclesList = {
  key: 'feedbackCycles',
  urlName: 'Kvalita360Cycles',
  template: 'genericList',
  title: { cs: 'Cykly zpětné vazby 360°', en: '360° feedback cycles' },
  description: {
    cs: 'Kola zpětné vazby 360°: fáze, kompetenční model, termíny a pravidla anonymity.',
    en: 'Rounds of 360° feedback: phase, competency model, deadlines and anonymity rules.',
  },
  titleField: { cs: 'Název cyklu', en: 'Cycle name' },
  permissions: 'readOnlyForPeople',
  fields: [
    {
      name: 'Phase',
      type: 'Choice',
      title: { cs: 'Fáze', en: 'Phase' },
      required: true,
      indexed: true,
      choices: CYCLE_PHASE_CHOICES,
    },
    {
      name: 'ModelId',
      type: 'Number',
      title: { cs: 'Model (ID)', en: 'Model (ID)' },
      required: true,
      indexed: true,
      min: 1,
    },
    { name: 'ModelName', type: 'Text', title: { cs: 'Model', en: 'Model' }, maxLength: 255 },
    { name: 'ModelVersion', type: 'Number', title: { cs: 'Verze modelu', en: 'Model version' }, min: 1 },
    { name: 'Coordinator', type: 'User', title: { cs: 'Koordinátor/ka', en: 'Coordinator' } },
    {
      name: 'NominationDeadline',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Nominace do', en: 'Nominations due' },
    },
    {
      name: 'ApprovalDeadline',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Schválení do', en: 'Approvals due' },
    },
    {
      name: 'RatingDeadline',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Hodnocení do', en: 'Ratings due' },
    },
    { name: 'SubjectCount', type: 'Number', title: { cs: 'Hodnocených', en: 'Subjects' }, min: 0 },
    { name: 'StartedAt', type: 'DateTime', title: { cs: 'Zahájeno', en: 'Started' } },
    { name: 'ClosedAt', type: 'DateTime', title: { cs: 'Uzavřeno', en: 'Closed' } },
    { name: 'ReleasedAt', type: 'DateTime', title: { cs: 'Zprávy zpřístupněny', en: 'Reports released' } },
    { name: 'ReleasedBy', type: 'User', title: { cs: 'Zpřístupnil(a)', en: 'Released by' } },
    noteField('Settings', { cs: 'Nastavení (JSON)', en: 'Settings (JSON)' }),
  ],
} as const satisfies ListSchema;
