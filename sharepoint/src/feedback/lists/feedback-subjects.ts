import type { NOMINATION_STATES } from '@kvalita/core';
import { FEEDBACK_LIMITS } from '@kvalita/core';
import { uniqueKeyField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';
import { cycleIdField } from './cycle-id-field';

export const NOMINATION_STATE_CHOICES = [
  { code: 'open', label: 'Vybírá hodnotitele' },
  { code: 'submitted', label: 'Čeká na schválení' },
  { code: 'approved', label: 'Schváleno' },
] as const satisfies readonly { code: (typeof NOMINATION_STATES)[number]; label: string }[];

/**
 * Who is rated in a cycle: one row per cycle and person (Title: their name), with their manager and
 * department at the cycle's start. Service-only: together with the nominations it says who rates
 * whom. People are kept as lower-cased e-mails in indexed text columns, with their names beside
 * them: the service filters on e-mails (a person column filters only by a site user's id, which
 * would need ensureUser for each of 590 and their managers), and erasure finds a person by e-mail.
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
    cycleIdField,
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
      // The manager's name as the directory had it (the subject's is the row's Title).
      name: 'ManagerName',
      type: 'Text',
      title: { cs: 'Vedoucí', en: 'Manager' },
      maxLength: 255,
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
