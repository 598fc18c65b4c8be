import {
  NO_DEPARTMENT,
  WITHHELD_FIGURES,
  audienceDepartments,
  distinctAudienceConflict,
  publicationOrder,
  type Department,
  type EarlierAggregates,
  type Survey,
  type SurveyAudience,
  type SurveyOutline,
  type WaveResult,
} from '@kvalita/core';

/*
 * The distinct-audience rule (core/src/surveys/distinct-audience.ts, docs/privacy.md) applied to
 * a survey's wave results: which earlier surveys can be subtracted from them, and what of a wave
 * is withheld when one can.
 */

type Directory = readonly Pick<Department, 'code' | 'parentCode'>[];

/** The groups a survey's total covers: its departments, and for the whole office those without one. */
export function audienceGroups(audience: SurveyAudience, directory: Directory): string[] {
  const reach = audienceDepartments(audience, directory);
  if (reach === null) return [...directory.map((department) => department.code), NO_DEPARTMENT];
  return [...reach];
}

/** Published surveys before this one in the rule's order whose audience meets its own. */
export function earlierSurveys(
  survey: Survey,
  outlines: readonly SurveyOutline[],
  directory: Directory,
): SurveyOutline[] {
  const own = new Set(audienceGroups(survey.audience, directory));
  return outlines.filter(
    (other) =>
      other.key !== survey.key &&
      other.status !== 'draft' &&
      publicationOrder(other, survey) < 0 &&
      audienceGroups(other.audience, directory).some((group) => own.has(group)),
  );
}

/** Groups whose headcount the rule may ask for: those of the earlier surveys (NO_DEPARTMENT too). */
export function groupsToCount(earlier: readonly SurveyOutline[], directory: Directory): string[] {
  return [...new Set(earlier.flatMap((other) => audienceGroups(other.audience, directory)))].sort();
}

/**
 * What each earlier survey may publish, judged from its definition alone (its answers are not
 * read): its total, and each of its departments that has the people to be shown on its own. Its
 * respondents in a group are at most the group's headcount (people without a department are
 * counted too; where no headcount is known they count as one, so a difference of only them is
 * withheld).
 */
export function earlierAggregates(
  earlier: readonly SurveyOutline[],
  directory: Directory,
  headcount: ReadonlyMap<string, number>,
  threshold: number,
): EarlierAggregates<SurveyOutline>[] {
  const people = (groups: ReadonlySet<string>) =>
    [...groups].reduce((sum, group) => sum + (headcount.get(group) ?? (group === NO_DEPARTMENT ? 1 : 0)), 0);
  // The nearest earlier survey first, and every total before any department, so the survey a
  // withheld wave names is the likeliest to be subtracted (the conflict found is the same either way).
  const nearestFirst = [...earlier].sort((a, b) => publicationOrder(b, a));
  const totals = nearestFirst.map((other) => ({
    reason: other,
    covers: [audienceGroups(other.audience, directory)],
    people,
  }));
  const departments = nearestFirst.map((other) => ({
    reason: other,
    covers: audienceGroups(other.audience, directory)
      .filter((group) => group !== NO_DEPARTMENT && (headcount.get(group) ?? 0) >= threshold)
      .map((code) => [code]),
    people,
  }));
  return [...totals, ...departments];
}

/**
 * A wave as it may be published. When an earlier survey can be subtracted from it, the wave's
 * departments are hidden first, smallest first (the total stays, if that is enough); hiding keeps
 * small-group suppression's promise inside the wave (no single hidden group with respondents,
 * together at least the threshold). If even the total alone conflicts, the whole wave is withheld.
 * Either way the wave names the survey it gave way to.
 */
export function guardWave(
  wave: WaveResult,
  groups: readonly string[],
  respondents: ReadonlyMap<string, number>,
  earlier: readonly EarlierAggregates<SurveyOutline>[],
  threshold: number,
): WaveResult {
  if (wave.hidden || earlier.length === 0) return wave;
  const count = (set: ReadonlySet<string>) =>
    [...set].reduce((sum, group) => sum + (respondents.get(group) ?? 0), 0);
  const shown = wave.departments
    .filter((department) => !department.hidden)
    .map((department) => department.code);
  const conflictOf = () =>
    distinctAudienceConflict(
      { audience: groups, totalShown: true, shownDepartments: shown },
      count,
      earlier,
      threshold,
    );
  const protectedInside = () => {
    const hidden = groups.filter((group) => !shown.includes(group) && (respondents.get(group) ?? 0) > 0);
    // With nothing shown, the hidden groups together are the total, which has the threshold.
    if (shown.length === 0 || hidden.length === 0) return true;
    return hidden.length >= 2 && count(new Set(hidden)) >= threshold;
  };
  let reason = conflictOf();
  if (reason === null) return wave;
  for (;;) {
    if (shown.length === 0) return withheldWave(wave, reason);
    // Smallest first, then by code: the same choice every time the results are read.
    shown.sort((a, b) => (respondents.get(a) ?? 0) - (respondents.get(b) ?? 0) || a.localeCompare(b));
    shown.shift();
    const conflict = conflictOf();
    if (conflict === null && protectedInside()) break;
    reason = conflict ?? reason;
  }
  const visible = new Set(shown);
  return {
    ...wave,
    departments: wave.departments.map((department) =>
      visible.has(department.code) || department.hidden
        ? department
        : { ...department, hidden: true, respondents: null, questions: [] },
    ),
    differencing: { scope: 'departments', surveyKey: reason.key, title: reason.title },
  };
}

function withheldWave(wave: WaveResult, by: SurveyOutline): WaveResult {
  return {
    ...wave,
    hidden: true,
    questions: wave.questions.map((question) => ({ ...question, ...WITHHELD_FIGURES })),
    departments: [],
    differencing: { scope: 'wave', surveyKey: by.key, title: by.title },
  };
}
