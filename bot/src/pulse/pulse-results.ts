import { PULSE_SCALE, average, distribution, suppressGroups, weeklyPulseId, type Role } from '@kvalita/core';
import type { DepartmentsRepository, SurveyResponsesRepository } from '@kvalita/sharepoint';
import { ApiError } from '../api/api-error';

/** The question key of the weekly pulse answers stored before authored surveys (read-only now). */
const WEEKLY_PULSE_QUESTION = 'weekly-wellbeing';

/** Who sees office-wide pulse results (people results feed CAF criterion 7). */
const RESULT_ROLES: readonly Role[] = ['qualityManager', 'director'];

export interface DepartmentResult {
  readonly code: string;
  readonly name: string;
  /** null when the group is hidden to protect small teams. */
  readonly respondents: number | null;
  readonly average: number | null;
  readonly hidden: boolean;
}

export interface WeekResult {
  readonly pulseId: string;
  /** null when fewer people answered than the threshold: then nothing of that week is shown. */
  readonly respondents: number | null;
  readonly average: number | null;
  readonly distribution: Readonly<Record<number, number>> | null;
}

export interface PulseResults {
  readonly threshold: number;
  readonly weeks: readonly WeekResult[];
  readonly latest: { readonly pulseId: string; readonly departments: readonly DepartmentResult[] } | null;
}

/**
 * Weekly pulse results with small-group protection: a week below the threshold shows nothing, and
 * departments are suppressed, complementary suppression included, so no group can be worked out as
 * "the office minus the others".
 */
export class PulseResultsService {
  constructor(
    private readonly responses: SurveyResponsesRepository,
    private readonly departments: DepartmentsRepository,
    private readonly now: () => Date,
    private readonly threshold: number,
  ) {}

  async results(roles: readonly Role[], weeks: number): Promise<PulseResults> {
    if (!roles.some((role) => RESULT_ROLES.includes(role))) throw new ApiError('forbidden');
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) {
      throw new ApiError('badRequest', { details: 'weeks must be a whole number from 1 to 52' });
    }
    const ids = this.lastWeeks(weeks);
    const answers = await Promise.all(ids.map((id) => this.responses.answers(id, WEEKLY_PULSE_QUESTION)));
    const weekResults = ids.map((pulseId, index): WeekResult => {
      const rows = answers[index] ?? [];
      const shown = rows.length >= this.threshold;
      const scores = rows.map((row) => row.score);
      return {
        pulseId,
        respondents: shown ? rows.length : null,
        average: shown ? average(scores) : null,
        distribution: shown ? distribution(scores, PULSE_SCALE) : null,
      };
    });
    const latestIndex = weekResults.findLastIndex((week) => week.respondents !== null);
    const latestRows = latestIndex === -1 ? [] : (answers[latestIndex] ?? []);
    return {
      threshold: this.threshold,
      weeks: weekResults,
      latest:
        latestIndex === -1
          ? null
          : { pulseId: ids[latestIndex] ?? '', departments: await this.byDepartment(latestRows) },
    };
  }

  private async byDepartment(
    rows: readonly { score: number; departmentCode: string | null }[],
  ): Promise<DepartmentResult[]> {
    const names = new Map(
      (await this.departments.list()).map((department) => [department.code, department.name]),
    );
    const groups = new Map<string, number[]>();
    for (const row of rows) {
      if (row.departmentCode === null) continue;
      groups.set(row.departmentCode, [...(groups.get(row.departmentCode) ?? []), row.score]);
    }
    const suppression = suppressGroups(
      [...groups].map(([key, scores]) => ({ key, respondents: scores.length })),
      this.threshold,
    );
    return [...groups]
      .map(([code, scores]) => {
        const hidden = !suppression.visible.includes(code);
        return {
          code,
          name: names.get(code) ?? code,
          respondents: hidden ? null : scores.length,
          average: hidden ? null : average(scores),
          hidden,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'cs'));
  }

  /** The pulse ids of the last `count` ISO weeks, oldest first, ending with this week. */
  private lastWeeks(count: number): string[] {
    const ids: string[] = [];
    const now = this.now().getTime();
    for (let back = count - 1; back >= 0; back -= 1)
      ids.push(weeklyPulseId(new Date(now - back * 7 * 86_400_000)));
    return ids;
  }
}
