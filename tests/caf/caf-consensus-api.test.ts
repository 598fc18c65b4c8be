import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { callApi } from '../support/api-call';
import { startScoringCycle } from '../support/caf-cycle';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

interface Member {
  name: string | null;
  input: Record<string, number | string> | null;
  score: number | null;
  strengths: string;
}
interface BoardRow {
  code: string;
  members: Member[];
}

/**
 * The consensus board of a fine-tuned cycle: the leader sees each member's PLAN, DO, CHECK and ACT
 * (TRENDS and TARGETS for results) as well as the mean, without weakening the anonymity rules.
 */
describe('CAF consensus board, fine-tuned', () => {
  let stack: LocalStack;
  let id: number;

  const call = (method: string, path: string, who: string, body?: unknown) =>
    callApi(stack.serviceUrl, 'caf', { method, path, who, body });
  const score = async (who: string, code: string, input: Record<string, unknown>, strengths: string) => {
    const saved = await call('PUT', `/cycles/${id}/my-scores/${code}`, who, {
      input: { method: 'fineTuned', ...input },
      strengths,
      areasForImprovement: '',
      improvementIdeas: '',
      evidence: [],
      etag: null,
    });
    expect(saved.status).toBe(200);
  };
  const board = async (who: string, hideNames = false) => {
    const reply = await call('GET', `/cycles/${id}/consensus${hideNames ? '?hideNames=true' : ''}`, who);
    expect(reply.status).toBe(200);
    return reply.body?.['subcriteria'] as BoardRow[];
  };

  beforeAll(async () => {
    stack = await startTestStack();
    id = await startScoringCycle(
      stack.serviceUrl,
      {
        name: 'Jemné sebehodnocení konsenzu',
        method: 'fineTuned',
        startDate: '2031-01-05',
        endDate: '2031-03-31',
      },
      ['marie.prochazkova'],
    );
    await score('lucie.dvorakova', '1.1', { plan: 60, do: 40, check: 20, act: 10 }, 'Jasná vize');
    await score('marie.prochazkova', '1.1', { plan: 80, do: 50, check: 30, act: 20 }, 'Porady vedení');
    await score('lucie.dvorakova', '6.1', { trends: 30, targets: 50 }, '');
    await score('marie.prochazkova', '6.1', { trends: 70, targets: 60 }, '');
  }, 60_000);
  afterAll(() => stack.stop());

  it('shows no one the dimensions before they have submitted', async () => {
    expect((await call('GET', `/cycles/${id}/consensus`, 'lucie.dvorakova')).status).toBe(403);
    expect((await call('POST', `/cycles/${id}/my-scores/submit`, 'marie.prochazkova', {})).status).toBe(200);
    // Marie has submitted: she sees the board, without names; Lucie still scores and sees nothing.
    expect((await call('GET', `/cycles/${id}/consensus`, 'lucie.dvorakova')).status).toBe(403);
    const marieSees = (await board('marie.prochazkova')).find((row) => row.code === '1.1');
    // Only submitted scores count: Lucie's draft is not on it.
    expect(marieSees?.members).toEqual([
      {
        name: null,
        input: { method: 'fineTuned', plan: 80, do: 50, check: 30, act: 20 },
        score: 45,
        strengths: 'Porady vedení',
        areasForImprovement: '',
        improvementIdeas: '',
      },
    ]);
  });

  it('gives the leader each member’s PLAN, DO, CHECK, ACT (or TRENDS, TARGETS) besides the mean', async () => {
    expect((await call('POST', `/cycles/${id}/my-scores/submit`, 'lucie.dvorakova', {})).status).toBe(200);
    const rows = await board('lucie.dvorakova');
    const enabler = rows.find((row) => row.code === '1.1');
    expect(enabler?.members.map(({ name, input, score: mean }) => ({ name, input, mean }))).toEqual([
      {
        name: 'Bc. Lucie Dvořáková',
        input: { method: 'fineTuned', plan: 60, do: 40, check: 20, act: 10 },
        mean: 32.5,
      },
      {
        name: 'Marie Procházková',
        input: { method: 'fineTuned', plan: 80, do: 50, check: 30, act: 20 },
        mean: 45,
      },
    ]);
    const result = rows.find((row) => row.code === '6.1');
    expect(result?.members.map((member) => member.input)).toEqual([
      { method: 'fineTuned', trends: 30, targets: 50 },
      { method: 'fineTuned', trends: 70, targets: 60 },
    ]);
    // A subcriterion nobody scored has no entries at all.
    expect(rows.find((row) => row.code === '2.1')?.members).toEqual([]);
  });

  it('keeps the entries without names free of anything that identifies a member', async () => {
    const rows = await board('lucie.dvorakova', true);
    const enabler = rows.find((row) => row.code === '1.1');
    expect(enabler?.members.map((member) => member.name)).toEqual([null, null]);
    expect(enabler?.members.map((member) => member.input?.['plan']).sort()).toEqual([60, 80]);
    for (const member of rows.flatMap((row) => row.members))
      expect(Object.keys(member).sort()).toEqual([
        'areasForImprovement',
        'improvementIdeas',
        'input',
        'name',
        'score',
        'strengths',
      ]);
  });
});
