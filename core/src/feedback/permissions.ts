import { normalizeEmail } from '../platform/directory';
import type { FeedbackActor } from './contract';

/*
 * 360 feedback's role matrix. Models and cycles are the quality manager's and HR's
 * (hrCoordinator). Reports are the subject's and their manager's alone, and only once released:
 * neither the coordinator nor the quality manager reads a person's report — they see counts, and
 * the organisation view's suppressed aggregates.
 */

const COORDINATING_ROLES = ['qualityManager', 'hrCoordinator'] as const;

export const FEEDBACK_REFUSALS = [
  'notCoordinator',
  'notSubject',
  'notManager',
  'notRater',
  'notReportReader',
  'notReleased',
  'organisationView',
] as const;
export type FeedbackRefusal = (typeof FEEDBACK_REFUSALS)[number];

const same = (a: string | null, b: string | null) =>
  a !== null && b !== null && normalizeEmail(a) === normalizeEmail(b);

/** Coordinating is shared: any quality manager or HR coordinator runs any cycle (holidays, handovers). */
export const mayCoordinate = (actor: FeedbackActor) =>
  actor.roles.some((role) => (COORDINATING_ROLES as readonly string[]).includes(role));

/** Models are written by those who coordinate cycles. */
export const mayAuthorModels = mayCoordinate;

/** Who reads a subject's report: the subject and their manager, after release. */
export function reportReadRefusal(
  actor: FeedbackActor,
  subject: { readonly email: string; readonly managerEmail: string | null },
  released: boolean,
): FeedbackRefusal | null {
  if (!same(actor.email, subject.email) && !same(actor.email, subject.managerEmail)) return 'notReportReader';
  return released ? null : 'notReleased';
}

/** Goals are the subject's own development plan (their manager reads them with the report). */
export const mayEditGoals = (actor: FeedbackActor, subject: { readonly email: string }) =>
  same(actor.email, subject.email);

/**
 * The organisation view: coordinators, the director, the quality manager for the whole office;
 * a head of department for their own departments (returned), everyone else not at all.
 */
export function organisationScope(actor: FeedbackActor): 'office' | readonly string[] | null {
  if (mayCoordinate(actor) || actor.roles.includes('director')) return 'office';
  if (actor.roles.includes('headOfDepartment') && actor.departmentCodes.length > 0)
    return actor.departmentCodes;
  return null;
}

/** Whether two e-mails name the same person (case and spaces aside; null names nobody). */
export const samePerson = same;
