import { FEEDBACK_LIMITS, NOMINATION_STATES } from '@kvalita/core';
import { uniqueKeyField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';

export const NOMINATION_STATE_CHOICES = [
  { code: 'open', label: 'Vybírá hodnotitele' },
  { code: 'submitted', label: 'Čeká na schválení' },
  { code: 'approved', label: 'Schváleno' },
] as const satisfies readonly { code: (typeof NOMINATION_STATES)[number]; label: string }[];

/**
 * Who is rated in a cycle: one row per cycle and person, with their manager and department at the
 * cycle's start. Service-only: together with the nominations it says who rates whom. E-mails are
 * kept as lower-cased text (a site user per person would need ensureUser for each of 590).
 */
export const feedbackSubjectsList = {
  key: 'feedbackSubjects',
  urlName: 'Kvalita360Subjects',
  template: 'genericList',
  title: { cs: 'Hodnocení ve 360°', en: '360° subjects' },
  description: {
    cs: 'Zaměstnanci hodnocení v cyklu zpětné vazby 360° a stav jejich nominací.',
    en: 'People rated in a 360° feedback cycle and the state of their nominations.',
  },
  titleField: { cs: 'Jméno', en: 'Name' },
  permissions: 'serviceOnly',
  fields: [
    {
      name: 'CycleId',
      type: 'Number',
      title: { cs: 'Cyklus (ID)', en: 'Cycle (ID)' },
      required: true,
      indexed: true,
      min: 1,
    },
    {
      name: 'SubjectEmail',
      type: 'Text',
      title: { cs: 'E-mail', en: 'E-mail' },
      required: true,
      indexed: true,
      maxLength: FEEDBACK_LIMITS.email,
    },
    {
      name: 'ManagerEmail',
      type: 'Text',
      title: { cs: 'Vedoucí (e-mail)', en: 'Manager (e-mail)' },
      indexed: true,
      maxLength: FEEDBACK_LIMITS.email,
    },
    {
      name: 'DepartmentCode',
      type: 'Text',
      title: { cs: 'Útvar', en: 'Department' },
      indexed: true,
      maxLength: 32,
    },
    {
      name: 'NominationState',
      type: 'Choice',
      title: { cs: 'Nominace', en: 'Nominations' },
      required: true,
      indexed: true,
      choices: NOMINATION_STATE_CHOICES,
    },
    /** "<cycle>|<e-mail>": a person is a subject once per cycle. */
    { ...uniqueKeyField('SubjectKey', { cs: 'Klíč', en: 'Key' }), maxLength: 255 },
  ],
} as const satisfies ListSchema;
