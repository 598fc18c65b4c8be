import type {
  AnonymousGroup,
  BehaviourResult,
  CompetencyModelDraft,
  CompetencyResult,
  CycleThresholds,
  FeedbackReport,
  RaterGroup,
  ReportComment,
  ReportGroup,
  Score,
  SuppressedGroup,
} from './contract';
import { ANONYMOUS_GROUPS, FEEDBACK_LIMITS, GAP_THRESHOLD, RATER_GROUPS } from './contract';
import type { OpenedAnswer } from './store.types';

/*
 * One subject's 360 report from their opened answers (architecture rule 7, DOMAIN "360°").
 *
 * 1. Groups. Self and manager are shown as such: the subject knows who they are (the card says so).
 *    Direct reports, peers and others are shown only with at least the threshold of answers (never
 *    below 3). Groups under it are merged into "other" — with the "other" group itself — when that
 *    reaches the threshold, else dropped; `suppressed` says which and why, never silently.
 * 2. Cells. A behaviour's figure for an anonymous group needs the threshold of ratings (cannot-judge
 *    is no rating), so two of three peers judging a behaviour show nothing for it.
 * 3. Nothing hidden can be subtracted out. A competency's figure for a group is built only from the
 *    group's shown behaviour cells, and "all but self" only from shown cells of shown groups, with
 *    at least FEEDBACK_LIMITS.overallMinimum ratings (CCL's rule). Every figure is therefore a sum of
 *    shown parts: no combination of shown figures and counts yields a hidden group or cell.
 * 4. Comments come only from shown groups (a merged group's under "other"), carry the group's name
 *    only for self, manager, or a group with at least the comment threshold of answers, and are
 *    shuffled within each competency group by the injected shuffle.
 */

export interface ReportInput {
  readonly cycleId: number;
  readonly cycleName: string;
  readonly subject: FeedbackReport['subject'];
  readonly manager: FeedbackReport['manager'];
  readonly model: CompetencyModelDraft;
  readonly thresholds: CycleThresholds;
  readonly answers: readonly OpenedAnswer[];
  readonly releasedAt: string | null;
  /** A fresh random order (crypto-backed in the service, seeded in tests). */
  readonly shuffle: <T>(items: readonly T[]) => T[];
}

interface Tally {
  readonly sum: number;
  readonly count: number;
}

const NO_TALLY: Tally = { sum: 0, count: 0 };
const HIDDEN: Score = { mean: null, ratings: null };

const round2 = (value: number) => Math.round(value * 100) / 100;
const add = (a: Tally, b: Tally): Tally => ({ sum: a.sum + b.sum, count: a.count + b.count });
const toScore = (tally: Tally | null): Score =>
  tally === null || tally.count === 0
    ? HIDDEN
    : { mean: round2(tally.sum / tally.count), ratings: tally.count };

const isAnonymous = (group: RaterGroup): group is AnonymousGroup =>
  (ANONYMOUS_GROUPS as readonly RaterGroup[]).includes(group);

export interface GroupPlan {
  /** Report groups in RATER_GROUPS order, with the rater groups whose answers each holds. */
  readonly groups: readonly (ReportGroup & { readonly members: readonly RaterGroup[] })[];
  readonly suppressed: readonly SuppressedGroup[];
}

/** Which groups a report shows, merges and drops, from the answers per rater group. */
export function planGroups(
  answersPerGroup: Readonly<Partial<Record<RaterGroup, number>>>,
  threshold: number,
): GroupPlan {
  const k = Math.max(threshold, FEEDBACK_LIMITS.groupThreshold.min);
  const count = (group: RaterGroup) => answersPerGroup[group] ?? 0;
  const small = ANONYMOUS_GROUPS.filter((group) => count(group) > 0 && count(group) < k);
  const pool =
    small.reduce((sum, group) => sum + count(group), 0) + (small.includes('other') ? 0 : count('other'));
  const merge = small.length > 0 && pool >= k;
  const suppressed: SuppressedGroup[] = small
    .filter((group) => !(merge && group === 'other'))
    .map((group) => ({ group, answers: count(group), outcome: merge ? 'merged' : 'dropped' }));

  const groups: (ReportGroup & { members: RaterGroup[] })[] = [];
  for (const group of RATER_GROUPS) {
    if (group === 'other' && merge) {
      const members: RaterGroup[] = [...small.filter((g) => g !== 'other'), 'other'];
      groups.push({
        group,
        answers: pool,
        mergedFrom: small.filter((g): g is AnonymousGroup => g !== 'other'),
        members,
      });
      continue;
    }
    if (count(group) === 0 || (isAnonymous(group) && small.includes(group))) continue;
    groups.push({ group, answers: count(group), mergedFrom: [], members: [group] });
  }
  return { groups, suppressed };
}

export function buildFeedbackReport(input: ReportInput): FeedbackReport {
  const k = Math.max(input.thresholds.group, FEEDBACK_LIMITS.groupThreshold.min);
  const commentMinimum = Math.max(input.thresholds.comments, FEEDBACK_LIMITS.commentThreshold.min);
  const perGroup: Partial<Record<RaterGroup, number>> = {};
  for (const answer of input.answers) perGroup[answer.group] = (perGroup[answer.group] ?? 0) + 1;
  const plan = planGroups(perGroup, k);
  const reportGroupOf = new Map<RaterGroup, ReportGroup>();
  for (const group of plan.groups) for (const member of group.members) reportGroupOf.set(member, group);

  /** A cell needs k ratings in an anonymous group; self and manager show from one. */
  const cellShown = (group: RaterGroup, tally: Tally) =>
    tally.count > 0 && (isAnonymous(group) ? tally.count >= k : true);
  const othersShown = (tally: Tally) => tally.count >= FEEDBACK_LIMITS.overallMinimum;

  const competencies: CompetencyResult[] = [];
  for (const competencyGroup of input.model.groups) {
    for (const competency of competencyGroup.competencies) {
      const competencyCells = new Map<RaterGroup, Tally>();
      const behaviours: BehaviourResult[] = competency.behaviours.map((behaviour) => {
        const cells = new Map<RaterGroup, Tally>();
        for (const answer of input.answers) {
          const group = reportGroupOf.get(answer.group);
          const rating = answer.ratings[behaviour.key];
          if (group === undefined || rating === null || rating === undefined) continue;
          cells.set(group.group, add(cells.get(group.group) ?? NO_TALLY, { sum: rating, count: 1 }));
        }
        const byGroup: Partial<Record<RaterGroup, Score>> = {};
        let others = NO_TALLY;
        for (const [group, tally] of cells) {
          if (!cellShown(group, tally)) {
            byGroup[group] = HIDDEN;
            continue;
          }
          byGroup[group] = toScore(tally);
          competencyCells.set(group, add(competencyCells.get(group) ?? NO_TALLY, tally));
          if (group !== 'self') others = add(others, tally);
        }
        for (const group of plan.groups) byGroup[group.group] ??= HIDDEN;
        const self = byGroup.self ?? HIDDEN;
        return finding({
          key: behaviour.key,
          text: behaviour.text,
          self,
          others: othersShown(others) ? toScore(others) : HIDDEN,
          byGroup,
        });
      });
      const byGroup: Partial<Record<RaterGroup, Score>> = {};
      let others = NO_TALLY;
      for (const group of plan.groups) {
        const tally = competencyCells.get(group.group);
        byGroup[group.group] = toScore(tally ?? null);
        if (tally !== undefined && group.group !== 'self') others = add(others, tally);
      }
      competencies.push(
        finding({
          groupKey: competencyGroup.key,
          key: competency.key,
          name: competency.name,
          self: toScore(competencyCells.get('self') ?? null),
          others: othersShown(others) ? toScore(others) : HIDDEN,
          byGroup,
          behaviours,
        }),
      );
    }
  }

  const raters = plan.groups
    .filter((group) => group.group !== 'self')
    .reduce((sum, group) => sum + group.answers, 0);
  const ranked = competencies
    .flatMap((competency) => competency.behaviours)
    .filter((behaviour) => behaviour.others.mean !== null)
    .sort((a, b) => (b.others.mean ?? 0) - (a.others.mean ?? 0) || a.key.localeCompare(b.key));
  const top = ranked.slice(0, 3);
  const bottom = ranked.slice(Math.max(top.length, ranked.length - 3)).reverse();

  return {
    cycleId: input.cycleId,
    cycleName: input.cycleName,
    subject: input.subject,
    manager: input.manager,
    modelName: input.model.name,
    scale: input.model.scale,
    thresholds: input.thresholds,
    groups: plan.groups.map(({ group, answers, mergedFrom }) => ({ group, answers, mergedFrom })),
    suppressed: plan.suppressed,
    othersShown: raters >= FEEDBACK_LIMITS.overallMinimum,
    competencies,
    topBehaviours: top.map((behaviour) => behaviour.key),
    bottomBehaviours: bottom.map((behaviour) => behaviour.key),
    comments: reportComments(input, reportGroupOf, commentMinimum),
    releasedAt: input.releasedAt,
  };
}

function finding<T extends { self: Score; others: Score }>(
  result: T,
): T & { gap: number | null; finding: BehaviourResult['finding'] } {
  if (result.self.mean === null || result.others.mean === null)
    return { ...result, gap: null, finding: null };
  const gap = round2(result.others.mean - result.self.mean);
  const verdict = Math.abs(gap) > GAP_THRESHOLD ? (gap < 0 ? 'blindSpot' : 'hiddenStrength') : null;
  return { ...result, gap, finding: verdict };
}

function reportComments(
  input: ReportInput,
  reportGroupOf: ReadonlyMap<RaterGroup, ReportGroup>,
  commentMinimum: number,
): ReportComment[] {
  const comments: ReportComment[] = [];
  for (const competencyGroup of input.model.groups) {
    const named: ReportComment[] = [];
    const anonymous: ReportComment[] = [];
    for (const answer of input.answers) {
      const group = reportGroupOf.get(answer.group);
      const text = answer.comments[competencyGroup.key]?.trim();
      if (group === undefined || text === undefined || text === '') continue;
      if (group.group === 'self' || group.group === 'manager') {
        named.push({ competencyGroupKey: competencyGroup.key, group: group.group, text });
      } else {
        const label = group.answers >= commentMinimum ? group.group : null;
        anonymous.push({ competencyGroupKey: competencyGroup.key, group: label, text });
      }
    }
    comments.push(...named, ...input.shuffle(anonymous));
  }
  return comments;
}
