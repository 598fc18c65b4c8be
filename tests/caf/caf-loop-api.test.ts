import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cycleResultsViewSchema, myScoresSchema } from '@kvalita/core/schemas';
import { callApi } from '../support/api-call';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/**
 * The closed loop of CAF and the measures, on the seeded demo office (the 2024 cycle, closed and
 * approved, whose plan holds the demo measures, and the 2026 cycle in scoring): the scoring reply
 * carries what was done since the previous cycle with status and effectiveness, the results count
 * the cycle's own plan per criterion.
 */
describe('measures in the CAF cycle replies', () => {
  let stack: LocalStack;
  let current: number;
  let previous: number;
  const call = (method: string, path: string, who: string, body?: unknown) =>
    callApi(stack.serviceUrl, 'caf', { method, path, who, body });

  beforeAll(async () => {
    stack = await startTestStack();
    const { body } = await call('GET', '/cycles', 'jana.novakova');
    const cycles = body?.['cycles'] as { id: number; status: string }[];
    current = cycles.find((cycle) => cycle.status === 'scoring')?.id ?? 0;
    previous = cycles.find((cycle) => cycle.status === 'closed')?.id ?? 0;
  }, 60_000);
  afterAll(() => stack.stop());

  it('gives a member scoring the previous cycle’s measures, each with its status, effectiveness and whether it is overdue', async () => {
    const reply = await call('GET', `/cycles/${current}/my-scores`, 'marie.prochazkova');
    expect(reply.status).toBe(200);
    const since = myScoresSchema.parse(reply.body).measuresSincePrevious;
    expect(since.previousCycle).toEqual({ id: previous, name: 'Sebehodnocení CAF 2024' });
    const plan = (await call('GET', `/cycles/${previous}/measures`, 'jana.novakova')).body?.['measures'] as {
      id: number;
      subcriterionCode: string | null;
    }[];
    // The previous plan's measures, whenever they fall due, and the register's other measures that
    // name a subcriterion and fell due since (the demo register has them from surveys, complaints…).
    const planIds = plan.filter((measure) => measure.subcriterionCode !== null).map((measure) => measure.id);
    const sinceIds = since.measures.map((measure) => measure.id);
    expect(sinceIds).toEqual(expect.arrayContaining(planIds));
    expect(sinceIds.length).toBeGreaterThan(planIds.length);
    expect(since.measures.every((measure) => measure.subcriterionCode !== null)).toBe(true);
    expect(since.measures.length).toBeGreaterThan(0);
    // A closed measure passed its effectiveness check; an open one is not yet known to work.
    for (const measure of since.measures) {
      if (measure.status === 'closed') expect(measure.effective).toBe(true);
      if (measure.status !== 'closed') expect(measure.effective).not.toBe(true);
      if (measure.status === 'closed' || measure.status === 'cancelled') expect(measure.overdue).toBe(false);
    }
    expect(since.measures.some((measure) => measure.status === 'closed')).toBe(true);
  });

  it('counts the cycle’s own plan per criterion, and a new measure counts at once as planned', async () => {
    const before = cycleResultsViewSchema.parse(
      (await call('GET', `/cycles/${current}/results`, 'jiri.kucera')).body,
    ).measureCounts;
    expect(before.map((row) => row.criterion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const created = await call('POST', `/cycles/${current}/measures`, 'lucie.dvorakova', {
      title: 'Sdílený kalendář porad vedení',
      kind: 'improvement',
      ownerEmail: 'lucie.dvorakova@lipova.example',
      deadline: '2027-03-31',
      subcriterionCode: '4.2',
      description: 'Z oblasti pro zlepšení 4.2',
    });
    expect(created.status).toBe(201);
    const after = cycleResultsViewSchema.parse(
      (await call('GET', `/cycles/${current}/results`, 'jiri.kucera')).body,
    ).measureCounts;
    const fourth = (rows: typeof after) => rows.find((row) => row.criterion === 4);
    expect(fourth(after)).toEqual({
      criterion: 4,
      planned: (fourth(before)?.planned ?? 0) + 1,
      done: fourth(before)?.done ?? 0,
      effective: fourth(before)?.effective ?? 0,
    });
    // The previous cycle's plan is not this cycle's: the demo measures do not count here.
    const previousCounts = cycleResultsViewSchema.parse(
      (await call('GET', `/cycles/${previous}/results`, 'jana.novakova')).body,
    ).measureCounts;
    expect(previousCounts.reduce((sum, row) => sum + row.planned, 0)).toBeGreaterThan(0);
  });
});
