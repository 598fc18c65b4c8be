import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  FeedbackCycleReply,
  FeedbackCyclesReply,
  FeedbackReportReply,
  MyFeedbackReply,
  OrganisationReply,
} from '@kvalita/core';
import { startTestStack, type LocalStack } from '../../support/e2e-stack';
import { callFeedback } from '../api/feedback-test-app';

/*
 * The demo office's 360 feedback as a new user finds it on first start (scripts/local/demo/
 * feedback-seed.ts): a released cycle of the heads whose reports show, merge and drop groups as
 * planned, and a staff cycle in rating with part of its forms done.
 */
describe("the demo office's 360 feedback", () => {
  let stack: LocalStack;
  let api: { url: string };
  beforeAll(async () => {
    stack = await startTestStack();
    api = { url: `${stack.serviceUrl}/api/feedback` };
  }, 120_000);
  afterAll(() => stack?.stop());

  const reportOf = async (who: string) => {
    const mine = await callFeedback<MyFeedbackReply>(api, 'GET', '/mine', who);
    const own = mine.body.reports.find((report) => report.subject.email === `${who}@lipova.example`);
    expect(own).toBeDefined();
    const reply = await callFeedback<FeedbackReportReply>(
      api,
      'GET',
      `/cycles/${own?.cycleId}/reports/${own?.subjectId}`,
      who,
    );
    expect(reply.status).toBe(200);
    return reply.body.report;
  };

  it('seeds two cycles, one released and one in rating, once', async () => {
    expect(stack.seed.feedbackCyclesAdded).toBe(2);
    const cycles = await callFeedback<FeedbackCyclesReply>(api, 'GET', '/cycles', 'jana.novakova');
    expect(cycles.body.items.map((cycle) => cycle.phase).sort()).toEqual(['rating', 'released']);
  });

  it('merges Lucie\'s lone direct report into "others" and drops Tomáš\'s, saying so', async () => {
    const lucie = await reportOf('lucie.dvorakova');
    expect(lucie.suppressed).toEqual([{ group: 'directReport', answers: 1, outcome: 'merged' }]);
    expect(lucie.groups.find((group) => group.group === 'other')?.mergedFrom).toEqual(['directReport']);
    const tomas = await reportOf('tomas.cerny');
    expect(tomas.suppressed).toEqual([{ group: 'directReport', answers: 1, outcome: 'dropped' }]);
    expect(tomas.groups.map((group) => group.group)).toEqual(['self', 'manager', 'peer']);
    expect(tomas.othersShown).toBe(true);
  });

  it('shows the staff cycle in rating with only part of its forms done', async () => {
    const cycles = await callFeedback<FeedbackCyclesReply>(api, 'GET', '/cycles', 'jana.novakova');
    const running = cycles.body.items.find((cycle) => cycle.phase === 'rating');
    const detail = await callFeedback<FeedbackCycleReply>(
      api,
      'GET',
      `/cycles/${running?.id}`,
      'jana.novakova',
    );
    const { forms, formsDone, subjects } = detail.body.progress;
    expect(subjects).toBe(5);
    expect(formsDone).toBeGreaterThan(0);
    expect(formsDone).toBeLessThan(forms);
  });

  it('gives the director an organisation view of the released cycle without small departments', async () => {
    const cycles = await callFeedback<FeedbackCyclesReply>(api, 'GET', '/cycles', 'petr.svoboda');
    const released = cycles.body.items.find((cycle) => cycle.phase === 'released');
    const view = await callFeedback<OrganisationReply>(
      api,
      'GET',
      `/cycles/${released?.id}/organisation`,
      'petr.svoboda',
    );
    expect(view.status).toBe(200);
    // Four heads in four departments: no department has three subjects, so every one is hidden.
    expect(view.body.cells.every((cell) => cell.mean === null)).toBe(true);
    expect(view.body.hiddenDepartments.length).toBeGreaterThan(0);
    expect(view.body.trend.length).toBe(1);
  });
});
