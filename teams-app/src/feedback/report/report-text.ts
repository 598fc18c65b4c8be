import type { AnonymousGroup, FeedbackReport, RaterGroup, ReportGroup, Score } from '@kvalita/core';
import type { Translate } from '../../platform/i18n/i18n.types';
import type { Locale } from '@kvalita/core';
import { scoreText } from '../feedback-text';

/** A report group's column name: "Kolegové (4)", "Ostatní, včetně podřízených (5)". */
export function groupColumn(group: ReportGroup, t: Translate): string {
  const name = t(`tab.feedback.group.${group.group}`);
  if (group.mergedFrom.length === 0)
    return t('tab.feedback.report.groupColumn', { group: name, answers: group.answers });
  const merged = group.mergedFrom.map((from) => t(`tab.feedback.report.including.${from}`)).join(', ');
  return t('tab.feedback.report.groupMerged', { group: name, merged, answers: group.answers });
}

/** A figure as a cell says it: the mean, or a dash (with "hidden" for screen readers). */
export function scoreCell(locale: Locale, score: Score | undefined): string {
  return scoreText(locale, score?.mean ?? null);
}

/** The shown groups other than self, in the report's order (their columns). */
export const otherGroups = (report: FeedbackReport): ReportGroup[] =>
  report.groups.filter((group) => group.group !== 'self');

/** Why a group is missing from the report, in words (never a silent blank). */
export function suppressedText(
  entry: { readonly group: AnonymousGroup; readonly answers: number; readonly outcome: 'merged' | 'dropped' },
  threshold: number,
  t: Translate,
): string {
  return t(`tab.feedback.report.suppressed.${entry.outcome}`, {
    group: t(`tab.feedback.group.${entry.group}`),
    answers: entry.answers,
    threshold,
  });
}

/** A behaviour's text by its key, from the report's competencies. */
export function behaviourText(report: FeedbackReport, key: string): string {
  for (const competency of report.competencies)
    for (const behaviour of competency.behaviours) if (behaviour.key === key) return behaviour.text;
  return key;
}

export const groupName = (group: RaterGroup, t: Translate) => t(`tab.feedback.group.${group}`);
