import { describe, expect, it } from '@jest/globals';
import {
  CHANNEL_MEASUREMENTS,
  DEMO_CHECKLISTS,
  WRITTEN_CHANNELS,
  daysBetweenWeeks,
  departmentWithParents,
  personalNameWarnings,
  planConflicts,
  recordNotes,
  scoreEvaluation,
} from '@kvalita/core';
import { demoMysteryPlan, type PlannedCampaign } from '../../../scripts/local/demo/demo-mystery';
import { DEMO_DEPARTMENTS, DEMO_PEOPLE } from '../../../scripts/local/demo/office';

const now = new Date('2026-12-03T10:00:00Z');
const [spring, autumn] = demoMysteryPlan(now) as [PlannedCampaign, PlannedCampaign];
const departmentsOf = (email: string) =>
  departmentWithParents(
    DEMO_PEOPLE.find((person) => person.email === email)?.departmentCode ?? null,
    DEMO_DEPARTMENTS,
  );
const scored = (plan: PlannedCampaign) =>
  plan.sheets.map((sheet) => ({
    sheet,
    score: sheet.record
      ? scoreEvaluation(
          DEMO_CHECKLISTS[sheet.channel],
          sheet.channel,
          sheet.record,
          plan.draft.scenarios.find((scenario) => scenario.key === sheet.plan.scenarioKey) ?? null,
          now,
        )
      : null,
  }));

describe('the demo office’s mystery-shopping plan', () => {
  it('is the same plan for the same day', () => {
    expect(JSON.stringify(demoMysteryPlan(now))).toBe(JSON.stringify([spring, autumn]));
  });

  it('has a finished spring campaign of exactly 120 released contacts in three departments over six months', () => {
    expect(spring.draft.name).toBe('Mystery shopping – jaro 2026');
    expect(spring.status).toBe('closed');
    expect(spring.sheets).toHaveLength(120);
    // Released, then locked when the campaign closed: every one counts.
    expect(new Set(spring.sheets.map((sheet) => sheet.status))).toEqual(new Set(['locked']));
    expect(spring.draft.departmentCodes).toEqual(['OD', 'OV', 'OSV']);
    const days = (Date.parse(spring.draft.endDate) - Date.parse(spring.draft.startDate)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(175);
    expect(days).toBeLessThanOrEqual(186);
    expect(spring.draft.endDate < now.toISOString().slice(0, 10)).toBe(true);
    expect(new Set(spring.sheets.map((sheet) => sheet.channel))).toEqual(
      new Set(['visit', 'phone', 'email', 'dataBox']),
    );
  });

  it('plans quotas per department and channel that add up to 120, and exactly that many sheets of each', () => {
    expect(spring.draft.quotas.reduce((sum, quota) => sum + quota.count, 0)).toBe(120);
    for (const plan of [spring, autumn])
      for (const quota of plan.draft.quotas)
        expect(
          plan.sheets.filter(
            (sheet) => sheet.plan.departmentCode === quota.departmentCode && sheet.channel === quota.channel,
          ),
        ).toHaveLength(quota.count);
  });

  it('has 6 to 8 scenarios with expected answers, written ones with a deadline, and a service point per quota', () => {
    const { scenarios, servicePoints } = spring.draft;
    expect(scenarios.length).toBeGreaterThanOrEqual(6);
    expect(scenarios.length).toBeLessThanOrEqual(8);
    for (const scenario of scenarios) {
      expect(scenario.expectedAnswer.length).toBeGreaterThan(40);
      if (scenario.channels.some((channel) => WRITTEN_CHANNELS.includes(channel)))
        expect(scenario.deadlineHours).toEqual(expect.any(Number));
    }
    for (const quota of spring.draft.quotas)
      expect(
        servicePoints.some(
          (point) => point.departmentCode === quota.departmentCode && point.channel === quota.channel,
        ),
      ).toBe(true);
  });

  it('never lets anyone evaluate their own department (its sections included)', () => {
    for (const plan of [spring, autumn])
      for (const { plan: planned } of plan.sheets) {
        expect(plan.draft.evaluatorEmails).toContain(planned.evaluatorEmail);
        expect(DEMO_PEOPLE.some((person) => person.email === planned.evaluatorEmail)).toBe(true);
        expect(departmentsOf(planned.evaluatorEmail)).not.toContain(planned.departmentCode);
      }
  });

  it('never sends the same evaluator to the same service point twice within 28 days, across both campaigns', () => {
    const all = [...spring.sheets, ...autumn.sheets].map((sheet) => sheet.plan);
    for (const [index, one] of all.entries())
      for (const other of all.slice(index + 1))
        if (one.evaluatorEmail === other.evaluatorEmail && one.servicePointKey === other.servicePointKey)
          expect(Math.abs(daysBetweenWeeks(one.week, other.week))).toBeGreaterThanOrEqual(28);
    // And the schedule's own rules agree, campaign by campaign.
    for (const plan of [spring, autumn])
      expect(
        planConflicts(
          plan.draft,
          plan.sheets.map((sheet) => sheet.plan),
          [],
          departmentsOf,
        ),
      ).toEqual([]);
  });

  it('gives every finished contact a full record: every item answered, the channel’s measured values', () => {
    for (const { sheet } of scored(spring)) {
      const record = sheet.record!;
      for (const item of DEMO_CHECKLISTS[sheet.channel].items)
        expect(record.items[item.key]?.answer).toEqual(expect.stringMatching(/^(yes|partly|no|na)$/));
      const measured = CHANNEL_MEASUREMENTS[sheet.channel];
      expect(record.waitMinutes === null).toBe(!measured.includes('waitMinutes'));
      expect(record.rings === null).toBe(!measured.includes('rings'));
      expect(record.answeredAt === null).toBe(!WRITTEN_CHANNELS.includes(sheet.channel));
      expect(record.answerCorrect).toEqual(expect.any(Boolean));
      expect(
        record.contactAt! >= spring.draft.startDate && record.contactAt! <= `${spring.draft.endDate}T23:59`,
      ).toBe(true);
    }
  });

  it('makes the departments differ: transport late on e-mails, the building department’s one or two critical failures', () => {
    const rows = scored(spring);
    const late = (department: string) =>
      rows.filter(({ sheet, score }) => sheet.plan.departmentCode === department && score!.lateReply).length;
    const emails = (department: string) =>
      rows.filter(({ sheet }) => sheet.plan.departmentCode === department && sheet.channel === 'email')
        .length;
    expect(late('OD')).toBeGreaterThan(emails('OD') / 2);
    expect(late('OV') + late('OSV')).toBe(0);
    const failed = (department: string) =>
      rows.filter(
        ({ sheet, score }) => sheet.plan.departmentCode === department && score!.failedCritical.length > 0,
      );
    expect(failed('OV').length).toBeGreaterThanOrEqual(1);
    expect(failed('OV').length).toBeLessThanOrEqual(2);
    expect(failed('OD')).toEqual([]);
    expect(failed('OSV')).toEqual([]);
    // Wrong answers are what the critical failures say.
    expect(rows.filter(({ sheet }) => sheet.record!.answerCorrect === false).length).toBe(
      failed('OV').filter(({ score }) => score!.failedCritical.includes('cp-correct')).length,
    );
    const mean = (department: string, channel: string) => {
      const scores = rows
        .filter(({ sheet }) => sheet.plan.departmentCode === department && sheet.channel === channel)
        .map(({ score }) => score!.score!);
      return scores.reduce((sum, value) => sum + value, 0) / scores.length;
    };
    expect(mean('OD', 'email')).toBeLessThan(mean('OV', 'email') - 10);
    expect(mean('OD', 'email')).toBeLessThan(mean('OSV', 'email') - 10);
  });

  it('has an autumn campaign in progress with sheets in every state, to compare with spring', () => {
    expect(autumn.draft.name).toBe('Mystery shopping – podzim 2026');
    expect(autumn.status).toBe('running');
    expect(autumn.draft.startDate > spring.draft.endDate).toBe(true);
    const statuses = new Set(autumn.sheets.map((sheet) => sheet.status));
    for (const status of ['planned', 'draft', 'submitted', 'returned', 'reviewed', 'released'] as const)
      expect(statuses).toContain(status);
    for (const sheet of autumn.sheets) {
      expect(sheet.record === null).toBe(sheet.status === 'planned');
      if (sheet.status === 'returned') expect(sheet.reviewComment).not.toBe('');
      // A planned contact lies ahead; a recorded one behind.
      if (sheet.record) expect(Date.parse(sheet.record.contactAt!)).toBeLessThan(now.getTime());
    }
    expect(autumn.sheets.filter((sheet) => sheet.status === 'released').length).toBeGreaterThan(10);
    expect(autumn.findings).toEqual([]);
  });

  it('turns two or three findings into the action plan, each resting on its department’s failed sheets', () => {
    expect(spring.findings.length).toBeGreaterThanOrEqual(2);
    expect(spring.findings.length).toBeLessThanOrEqual(3);
    for (const finding of spring.findings) {
      expect(finding.sheetIndexes.length).toBeGreaterThan(0);
      for (const index of finding.sheetIndexes) {
        const sheet = spring.sheets[index]!;
        expect(sheet.plan.departmentCode).toBe(finding.departmentCode);
        expect(finding.itemKeys.some((key) => sheet.record!.items[key]?.answer === 'no')).toBe(true);
      }
      expect(finding.deadline > now.toISOString().slice(0, 10)).toBe(true);
      expect(finding.title.length).toBeGreaterThan(10);
      expect(finding.problem.length).toBeGreaterThan(40);
    }
    expect(new Set(spring.findings.map((finding) => finding.departmentCode))).toEqual(new Set(['OD', 'OV']));
  });

  it('names nobody in any note, finding or notice', () => {
    const names = DEMO_PEOPLE.map((person) => person.displayName);
    const surnames = names.map((name) => name.split(' ').at(-1)!);
    const texts = [
      ...[spring, autumn].flatMap((plan) => [
        plan.draft.staffNotice.note,
        plan.draft.description,
        ...plan.sheets.flatMap((sheet) => [
          sheet.reviewComment,
          sheet.record ? recordNotes(sheet.record) : '',
        ]),
        ...plan.findings.flatMap((finding) => [finding.title, finding.problem]),
      ]),
    ];
    for (const text of texts) {
      expect(personalNameWarnings(text, names)).toEqual([]);
      for (const surname of surnames) expect(text).not.toContain(surname);
    }
  });
});
