import { describe, expect, it } from '@jest/globals';
import {
  buildFeedbackReport,
  DEFAULT_CYCLE_THRESHOLDS,
  FEEDBACK_LIMITS,
  type FeedbackReport,
} from '@kvalita/core';
import {
  demoFeedbackPlan,
  plannedLoad,
  type PlannedCycle,
  type PlannedSubject,
} from '../../../scripts/local/demo/demo-feedback';

/*
 * The demo office's 360 plan must show on first start what the feature is about: a released cycle
 * whose reports have groups, one with a small group merged into "others" and one with a group
 * dropped; a running cycle with some forms done and some not; nobody asked beyond the load cap.
 */
const now = new Date('2026-11-20T09:00:00Z');
const [released, running] = demoFeedbackPlan(now) as [PlannedCycle, PlannedCycle];

function reportOf(cycle: PlannedCycle, local: string): FeedbackReport {
  const subject = cycle.subjects.find((s) => s.email === `${local}@lipova.example`) as PlannedSubject;
  return buildFeedbackReport({
    cycleId: 1,
    cycleName: cycle.name,
    subject: { email: subject.email, displayName: local },
    manager: null,
    model: cycle.model,
    thresholds: DEFAULT_CYCLE_THRESHOLDS,
    answers: subject.nominations.flatMap((n) => (n.answer === null ? [] : [n.answer])),
    releasedAt: now.toISOString(),
    shuffle: (items) => [...items],
  });
}

describe('the demo office 360 plan', () => {
  it('leaves one cycle released on the heads model and one in rating on the staff model', () => {
    expect(released.phase).toBe('released');
    expect(released.model.name).toBe('Vedoucí zaměstnanci');
    expect(running.phase).toBe('rating');
    expect(running.model.name).toBe('Zaměstnanci úřadu');
    expect(new Date(running.ratingDeadline).getTime()).toBeGreaterThan(now.getTime());
  });

  it("shows peers and others by name in Pavel Marek's report, with his direct report's decline", () => {
    const report = reportOf(released, 'pavel.marek');
    expect(report.groups.map((g) => g.group)).toEqual(['self', 'manager', 'peer', 'other']);
    expect(report.othersShown).toBe(true);
    expect(report.competencies.every((c) => c.others.mean !== null)).toBe(true);
    const pavel = released.subjects.find((s) => s.email.startsWith('pavel.marek'));
    expect(pavel?.nominations.find((n) => n.group === 'directReport')?.declineReason).toMatch(/\S/);
  });

  it("merges Lucie Dvořáková's lone direct report into others and says so", () => {
    const report = reportOf(released, 'lucie.dvorakova');
    expect(report.suppressed).toEqual([{ group: 'directReport', answers: 1, outcome: 'merged' }]);
    expect(report.groups.find((g) => g.group === 'other')).toMatchObject({
      answers: 3,
      mergedFrom: ['directReport'],
    });
  });

  it("drops Tomáš Černý's lone direct report when there are no others to merge into, and says so", () => {
    const report = reportOf(released, 'tomas.cerny');
    expect(report.suppressed).toEqual([{ group: 'directReport', answers: 1, outcome: 'dropped' }]);
    expect(report.groups.map((g) => g.group)).toEqual(['self', 'manager', 'peer']);
  });

  it('answers every behaviour of the model, 1–5 or cannot judge, and shows a self-other finding somewhere', () => {
    for (const cycle of [released, running]) {
      const keys = cycle.model.groups.flatMap((g) =>
        g.competencies.flatMap((c) => c.behaviours.map((b) => b.key)),
      );
      for (const subject of cycle.subjects) {
        for (const { answer } of subject.nominations) {
          if (answer === null) continue;
          expect(Object.keys(answer.ratings).sort()).toEqual([...keys].sort());
          for (const rating of Object.values(answer.ratings)) expect([null, 1, 2, 3, 4, 5]).toContain(rating);
        }
      }
    }
    const findings = released.subjects.flatMap((s) =>
      reportOf(released, s.email.split('@')[0] as string).competencies.map((c) => c.finding),
    );
    expect(findings.some((finding) => finding !== null)).toBe(true);
  });

  it('has the running cycle part done: some forms answered, some still open, for every stage of progress', () => {
    const forms = running.subjects.flatMap((s) => s.nominations.filter((n) => n.declineReason === null));
    const done = forms.filter((n) => n.answer !== null).length;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(forms.length);
  });

  it('asks nobody for more forms than the default load cap', () => {
    for (const cycle of [released, running]) {
      for (const forms of plannedLoad(cycle).values()) {
        expect(forms).toBeLessThanOrEqual(FEEDBACK_LIMITS.raterLoad.default);
      }
    }
  });

  it('is the same plan on every seed', () => {
    expect(demoFeedbackPlan(now)).toEqual(demoFeedbackPlan(now));
  });
});
