import { normalizeEmail, type NewNomination, type StoredNomination } from '@kvalita/core';
import { filterOn } from '../platform/schema/filter';
import type { NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import { nameOr } from './feedback-people';
import { feedbackNominationsList } from './lists/feedback-nominations';

/** How the subjects' and the nominations' repositories read and write a nomination row. */

export const NOMINATION = selectOf(
  feedbackNominationsList,
  'Id',
  'CycleId',
  'SubjectId',
  'SubjectEmail',
  'RaterEmail',
  'RaterName',
  'RaterGroup',
  'RaterState',
  'Source',
  'DeclineReason',
);
export type NominationRow = RowOf<typeof NOMINATION>;
export const onNominations = filterOn(feedbackNominationsList);
export const raterGroups = choiceColumn(feedbackNominationsList, 'RaterGroup');
export const raterStates = choiceColumn(feedbackNominationsList, 'RaterState');
export const nominationSources = choiceColumn(feedbackNominationsList, 'Source');

/** "<subject id>|<rater e-mail>": one row per subject and rater. */
export const nominationKey = (subjectId: number, raterEmail: string) =>
  `${Math.trunc(subjectId)}|${normalizeEmail(raterEmail)}`;

export interface NominationTarget {
  readonly cycleId: number;
  readonly subjectId: number;
  readonly subjectEmail: string;
}

export function nominationValues(
  target: NominationTarget,
  nomination: NewNomination,
  names: ReadonlyMap<string, string>,
): NewItemOf<typeof feedbackNominationsList> {
  const rater = normalizeEmail(nomination.raterEmail);
  return {
    Title: nameOr(names, rater),
    CycleId: target.cycleId,
    SubjectId: target.subjectId,
    SubjectEmail: normalizeEmail(target.subjectEmail),
    RaterEmail: rater,
    RaterName: nameOr(names, rater),
    RaterGroup: raterGroups.label(nomination.group),
    RaterState: raterStates.label(nomination.state),
    Source: nominationSources.label(nomination.source),
    NominationKey: nominationKey(target.subjectId, rater),
  };
}

/** A stored nomination (no ETag: a nomination changes through its subject's row, which has one). */
export function toNomination(row: NominationRow): StoredNomination {
  const raterEmail = normalizeEmail(row.RaterEmail ?? '');
  return {
    id: row.Id,
    cycleId: row.CycleId ?? 0,
    subjectId: row.SubjectId ?? 0,
    subjectEmail: normalizeEmail(row.SubjectEmail ?? ''),
    raterEmail,
    rater: { email: raterEmail, displayName: row.RaterName || raterEmail },
    // A value typed in SharePoint by hand reads as the group that is never shown by name.
    group: raterGroups.code(row.RaterGroup) ?? 'other',
    state: raterStates.code(row.RaterState) ?? 'proposed',
    source: nominationSources.code(row.Source) ?? 'coordinator',
    declineReason: row.DeclineReason ?? null,
  };
}
