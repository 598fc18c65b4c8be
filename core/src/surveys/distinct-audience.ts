import type { Survey } from './contract';
import { groupThreshold } from './suppression';

/**
 * The distinct-audience rule ("pravidlo odlišného okruhu", docs/privacy.md): results of one survey
 * must not let a group below the threshold be computed from what other surveys, or other waves of
 * the same survey, have published. Small-group suppression (suppression.ts) protects each wave on
 * its own; two surveys whose audiences differ by a small department (one department, then that
 * department plus a 3-person one) would otherwise give the small one's figures by subtraction.
 *
 * Every published aggregate covers a set of groups (department codes, NO_DEPARTMENT for people
 * without one): a wave's total covers its audience, a shown department {itself}. What a reader can
 * compute from one wave is any union of its "parts": each shown department, and — when the total is
 * shown — the rest of the audience (total minus the shown departments). For each aggregate published
 * earlier (by the order the caller gives) the rule looks for a union of the wave's parts that nests
 * with it, and if the people in between are at least one and fewer than the threshold, the wave is
 * withheld — the later one, so which survey gives way never depends on whose results are read:
 * - a union containing the earlier aggregate (the smallest such): the difference holds this wave's
 *   respondents, which are known;
 * - a union inside it (the largest such, and the largest of parts with respondents): the difference
 *   holds the earlier aggregate's respondents, counted as `earlier.people` says (respondents where
 *   known, else the directory's headcount, which can only be more).
 * A withheld wave publishes nothing, so withholding never leaves a part that could be subtracted.
 */

/** What the rule needs to know of another survey: no questions, no answers. */
export type SurveyOutline = Pick<Survey, 'key' | 'title' | 'status' | 'audience' | 'schedule' | 'createdAt'>;

/** The group of people without a department (or in one no longer in the directory). */
export const NO_DEPARTMENT = '\u0000none';

/** What one wave would publish, before this rule. */
export interface WavePublication {
  /** The groups its total covers. */
  readonly audience: readonly string[];
  /** Whether the total (the wave's figures) is shown; false publishes nothing at all. */
  readonly totalShown: boolean;
  /** Departments shown on their own (each with at least the threshold of respondents). */
  readonly shownDepartments: readonly string[];
}

/** Aggregates published before the wave under check, with what names them to the reader. */
export interface EarlierAggregates<R> {
  readonly reason: R;
  /** Each aggregate as the groups it covers. */
  readonly covers: readonly (readonly string[])[];
  /** How many people of these groups the earlier aggregates may hold. */
  readonly people: (groups: ReadonlySet<string>) => number;
}

/** A wave's published parts as group sets; every union of them can be computed by a reader. */
export function publishedParts(wave: WavePublication): ReadonlySet<string>[] {
  if (!wave.totalShown) return [];
  const shown = new Set(wave.shownDepartments);
  const rest = wave.audience.filter((group) => !shown.has(group));
  const parts: ReadonlySet<string>[] = [...shown].map((code) => new Set([code]));
  if (rest.length > 0) parts.push(new Set(rest));
  return parts;
}

/** The aggregates a wave publishes, as others see them: its total and each shown department. */
export function publishedCovers(wave: WavePublication): string[][] {
  if (!wave.totalShown) return [];
  return [[...wave.audience], ...wave.shownDepartments.map((code) => [code])];
}

/**
 * The first earlier publication whose aggregates, together with this wave's figures, would isolate
 * a group of fewer than `threshold` people; null when the wave may be published. `respondents`
 * counts this wave's respondents in the given groups.
 */
export function distinctAudienceConflict<R>(
  wave: WavePublication,
  respondents: (groups: ReadonlySet<string>) => number,
  earlier: readonly EarlierAggregates<R>[],
  threshold: number,
): R | null {
  const k = groupThreshold(threshold);
  const parts = publishedParts(wave);
  if (parts.length === 0) return null;
  const small = (count: number) => count > 0 && count < k;
  for (const publication of earlier) {
    for (const cover of publication.covers) {
      const covered = new Set(cover);
      const around = smallestUnionAround(parts, covered);
      if (around && small(respondents(minus(around, covered)))) return publication.reason;
      const inside = unionOf(parts.filter((part) => isSubset(part, covered)));
      const answeredInside = unionOf(
        parts.filter((part) => isSubset(part, covered) && respondents(part) > 0),
      );
      for (const union of [inside, answeredInside]) {
        if (union.size > 0 && union.size < covered.size && small(publication.people(minus(covered, union))))
          return publication.reason;
      }
    }
  }
  return null;
}

/** The union of the parts meeting `covered`, if it contains all of it (else no union does). */
function smallestUnionAround(
  parts: readonly ReadonlySet<string>[],
  covered: ReadonlySet<string>,
): ReadonlySet<string> | null {
  const union = unionOf(parts.filter((part) => [...part].some((group) => covered.has(group))));
  return union.size > 0 && isSubset(covered, union) ? union : null;
}

function unionOf(sets: readonly ReadonlySet<string>[]): Set<string> {
  const union = new Set<string>();
  for (const set of sets) for (const group of set) union.add(group);
  return union;
}

function minus(from: ReadonlySet<string>, take: ReadonlySet<string>): Set<string> {
  return new Set([...from].filter((group) => !take.has(group)));
}

function isSubset(inner: ReadonlySet<string>, outer: ReadonlySet<string>): boolean {
  return [...inner].every((group) => outer.has(group));
}

/**
 * The order of the rule: the survey that starts later gives way, ties by key; negative when `a`
 * comes first. A survey starts when its first wave opens, or when it was created if that is later:
 * a new survey cannot be dated before one whose results are already out by giving it a first wave
 * in the past (docs/privacy.md names what this does not catch).
 */
export function publicationOrder(a: SurveyStart, b: SurveyStart): number {
  return startOf(a) - startOf(b) || a.key.localeCompare(b.key);
}

/** What the order looks at. */
export interface SurveyStart {
  readonly key: string;
  readonly schedule: { readonly opensAt: string };
  readonly createdAt: string;
}

function startOf(survey: SurveyStart): number {
  const opens = Date.parse(survey.schedule.opensAt);
  const created = Date.parse(survey.createdAt);
  return Math.max(Number.isNaN(opens) ? 0 : opens, Number.isNaN(created) ? 0 : created);
}
