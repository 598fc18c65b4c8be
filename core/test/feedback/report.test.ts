import { describe, expect, it } from '@jest/globals';
import {
  buildFeedbackReport,
  DEFAULT_CYCLE_THRESHOLDS,
  planGroups,
  type BehaviourRating,
  type CompetencyModelDraft,
  type OpenedAnswer,
  type RaterGroup,
} from '../../src';

/** A small model: one group, one competency of three behaviours (b1, b2, b3). */
const model: CompetencyModelDraft = {
  name: 'Zkušební model',
  description: '',
  scale: [1, 2, 3, 4, 5].map((point) => ({ point: point as 1, label: `bod ${point}`, description: '' })),
  groups: [
    {
      key: 'spoluprace',
      name: 'Spolupráce',
      competencies: [
        {
          key: 'komunikace',
          name: 'Komunikace',
          definition: 'Jasně a včas sdílí informace.',
          behaviours: [
            { key: 'b1', text: 'Naslouchá' },
            { key: 'b2', text: 'Vysvětluje srozumitelně' },
            { key: 'b3', text: 'Sdílí informace včas' },
          ],
        },
      ],
    },
  ],
};

const answer = (
  group: RaterGroup,
  ratings: [BehaviourRating, BehaviourRating, BehaviourRating],
  comment = '',
): OpenedAnswer => ({
  group,
  ratings: { b1: ratings[0], b2: ratings[1], b3: ratings[2] },
  comments: comment === '' ? {} : { spoluprace: comment },
});

const report = (answers: OpenedAnswer[], thresholds = DEFAULT_CYCLE_THRESHOLDS) =>
  buildFeedbackReport({
    cycleId: 1,
    cycleName: '360 2026',
    subject: { email: 'jana@lipova.example', displayName: 'Jana' },
    manager: null,
    model,
    thresholds,
    answers,
    releasedAt: null,
    shuffle: (items) => [...items].reverse(),
  });

const groupsOf = (answers: OpenedAnswer[]) => report(answers).groups.map((group) => group.group);

describe('which rater groups a 360 report shows', () => {
  it('shows self and manager from one answer each: the subject knows them', () => {
    const result = report([answer('self', [4, 4, 4]), answer('manager', [3, 3, 3])]);
    expect(result.groups.map((group) => [group.group, group.answers])).toEqual([
      ['self', 1],
      ['manager', 1],
    ]);
    expect(result.competencies[0]?.byGroup.manager?.mean).toBe(3);
  });

  it('drops a lone peer and says so, never silently', () => {
    const result = report([
      answer('self', [4, 4, 4]),
      answer('manager', [3, 3, 3]),
      answer('peer', [1, 1, 1]),
    ]);
    expect(groupsOf([answer('peer', [1, 1, 1])])).toEqual([]);
    expect(result.suppressed).toEqual([{ group: 'peer', answers: 1, outcome: 'dropped' }]);
    expect(result.competencies[0]?.byGroup.peer).toBeUndefined();
  });

  it('drops two peers on their own but merges them with one direct report into "other" (3)', () => {
    expect(report([answer('peer', [2, 2, 2]), answer('peer', [2, 2, 2])]).suppressed).toEqual([
      { group: 'peer', answers: 2, outcome: 'dropped' },
    ]);
    const merged = report([
      answer('peer', [2, 2, 2]),
      answer('peer', [2, 2, 2]),
      answer('directReport', [5, 5, 5]),
    ]);
    expect(merged.groups).toEqual([{ group: 'other', answers: 3, mergedFrom: ['directReport', 'peer'] }]);
    expect(merged.suppressed).toEqual([
      { group: 'directReport', answers: 1, outcome: 'merged' },
      { group: 'peer', answers: 2, outcome: 'merged' },
    ]);
    expect(merged.competencies[0]?.byGroup.other?.mean).toBe(3);
  });

  it('merges a small group into a shown "other" group', () => {
    const plan = planGroups({ peer: 2, other: 3 }, 3);
    expect(plan.groups).toEqual([
      { group: 'other', answers: 5, mergedFrom: ['peer'], members: ['peer', 'other'] },
    ]);
    expect(plan.suppressed).toEqual([{ group: 'peer', answers: 2, outcome: 'merged' }]);
  });

  it('shows groups of 3 and 5 as they are', () => {
    const answers = [
      ...Array.from({ length: 3 }, () => answer('peer', [4, 4, 4])),
      ...Array.from({ length: 5 }, () => answer('directReport', [2, 2, 2])),
    ];
    expect(report(answers).groups.map((group) => [group.group, group.answers])).toEqual([
      ['directReport', 5],
      ['peer', 3],
    ]);
    expect(report(answers).suppressed).toEqual([]);
  });

  it('never takes a threshold below 3, and a raised one hides a group of 3', () => {
    expect(planGroups({ peer: 2 }, 1).suppressed).toEqual([
      { group: 'peer', answers: 2, outcome: 'dropped' },
    ]);
    const peers = Array.from({ length: 3 }, () => answer('peer', [4, 4, 4]));
    expect(report(peers, { ...DEFAULT_CYCLE_THRESHOLDS, group: 5 }).groups).toEqual([]);
  });
});

describe('figures a report shows', () => {
  it('hides a behaviour two of three peers could judge, and keeps it out of the competency', () => {
    const peers = [answer('peer', [5, 4, null]), answer('peer', [5, 4, 1]), answer('peer', [5, 4, null])];
    const competency = report(peers).competencies[0];
    const b3 = competency?.behaviours.find((behaviour) => behaviour.key === 'b3');
    expect(b3?.byGroup.peer).toEqual({ mean: null, ratings: null });
    // The competency is b1 and b2 only: the lone 1 given to b3 cannot be subtracted out.
    expect(competency?.byGroup.peer).toEqual({ mean: 4.5, ratings: 6 });
  });

  it('builds "all but self" only from shown groups, so a dropped group cannot be computed', () => {
    const answers = [
      answer('self', [3, 3, 3]),
      answer('manager', [4, 4, 4]),
      ...Array.from({ length: 3 }, () => answer('directReport', [2, 2, 2])),
      answer('peer', [5, 5, 5]),
    ];
    const result = report(answers);
    const competency = result.competencies[0];
    expect(result.suppressed).toEqual([{ group: 'peer', answers: 1, outcome: 'dropped' }]);
    // manager 4 ×3 ratings + direct reports 2 × 9 ratings = 30 / 12
    expect(competency?.others).toEqual({ mean: 2.5, ratings: 12 });
    // Every "all but self" figure is exactly the sum of the shown groups: nothing is left to subtract.
    for (const behaviour of competency?.behaviours ?? []) {
      const shown = Object.entries(behaviour.byGroup).filter(([group]) => group !== 'self');
      const sum = shown.reduce((total, [, score]) => total + (score.mean ?? 0) * (score.ratings ?? 0), 0);
      const count = shown.reduce((total, [, score]) => total + (score.ratings ?? 0), 0);
      expect(behaviour.others.ratings).toBe(count);
      expect((behaviour.others.mean ?? 0) * count).toBeCloseTo(sum);
    }
  });

  it('needs 4 ratings besides self for "all but self" (CCL)', () => {
    const answers = [
      answer('manager', [4, 4, 4]),
      ...Array.from({ length: 3 }, () => answer('peer', [2, 2, null])),
    ];
    const result = report(answers);
    expect(result.othersShown).toBe(true);
    const b3 = result.competencies[0]?.behaviours[2];
    // Only the manager judged b3: no "all but self" of one rating.
    expect(b3?.others).toEqual({ mean: null, ratings: null });
    expect(report([answer('manager', [4, 4, 4])]).othersShown).toBe(false);
  });

  it('calls a self-other gap over a third of the scale a blind spot or a hidden strength', () => {
    const others = Array.from({ length: 4 }, () => answer('peer', [2, 4, 3]));
    const behaviours = report([answer('self', [4, 2, 3]), ...others]).competencies[0]?.behaviours ?? [];
    expect(behaviours.map((behaviour) => [behaviour.key, behaviour.gap, behaviour.finding])).toEqual([
      ['b1', -2, 'blindSpot'],
      ['b2', 2, 'hiddenStrength'],
      ['b3', 0, null],
    ]);
  });

  it('names the top and bottom behaviours by "all but self"', () => {
    const others = Array.from({ length: 4 }, () => answer('peer', [5, 1, 3]));
    const result = report(others);
    expect(result.topBehaviours).toEqual(['b1', 'b3', 'b2']);
    expect(result.bottomBehaviours).toEqual([]);
  });
});

describe('comments in a report', () => {
  it('keeps comments of dropped groups out and names only self, manager and large groups', () => {
    const answers = [
      answer('self', [3, 3, 3], 'moje'),
      answer('manager', [3, 3, 3], 'vedoucí'),
      ...['a', 'b', 'c'].map((text) => answer('peer', [3, 3, 3], text)),
      answer('directReport', [3, 3, 3], 'podřízený'),
    ];
    const comments = report(answers).comments;
    expect(comments.map((comment) => comment.text)).not.toContain('podřízený');
    expect(comments.slice(0, 2)).toEqual([
      { competencyGroupKey: 'spoluprace', group: 'self', text: 'moje' },
      { competencyGroupKey: 'spoluprace', group: 'manager', text: 'vedoucí' },
    ]);
    // The test's shuffle reverses: the order is the shuffle's, not the order of answering.
    expect(comments.slice(2).map((comment) => comment.text)).toEqual(['c', 'b', 'a']);
    const withHigherBar = buildFeedbackReport({
      cycleId: 1,
      cycleName: '',
      subject: { email: 'jana@lipova.example', displayName: 'Jana' },
      manager: null,
      model,
      thresholds: { ...DEFAULT_CYCLE_THRESHOLDS, comments: 5 },
      answers,
      releasedAt: null,
      shuffle: (items) => [...items],
    });
    expect(withHigherBar.comments.slice(2).every((comment) => comment.group === null)).toBe(true);
  });
});
