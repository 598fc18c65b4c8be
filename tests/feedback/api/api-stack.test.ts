import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  STAFF_MODEL,
  behaviourKeys,
  type CompetencyModelReply,
  type CycleSubjectsReply,
  type FeedbackCycleReply,
  type FeedbackReportReply,
  type MyFeedbackReply,
  type RatingReply,
} from '@kvalita/core';
import JSZip from 'jszip';
import { startTestStack, type LocalStack } from '../../support/e2e-stack';
import { callFeedback } from './feedback-test-app';
import { cycleDraft } from './feedback-flow';

/*
 * A 360 cycle end to end on the local stack: the service on the local SharePoint (its lists through
 * the real repositories, answers sealed) with the demo office, through /api/feedback as the tab
 * calls it. The quality manager runs a cycle over OSV; Marie rates herself and her head Lucie, Lucie
 * rates Marie; a second submit stores nothing; after release Marie reads her report and its .docx.
 */
describe('a 360 cycle through the whole stack', () => {
  let stack: LocalStack;
  let api: { url: string };
  beforeAll(async () => {
    stack = await startTestStack();
    api = { url: `${stack.serviceUrl}/api/feedback` };
  }, 60_000);
  afterAll(() => stack?.stop());

  it('is created, started, answered once per rater, released and read by its subject', async () => {
    const jana = 'jana.novakova';
    const created = await callFeedback<CompetencyModelReply>(api, 'POST', '/models', jana, {
      draft: { ...STAFF_MODEL, name: 'Zaměstnanci – zkouška' },
    });
    expect(created.status).toBe(201);
    const noMinimum = {
      directReport: { min: 0, max: 10 },
      peer: { min: 0, max: 6 },
      other: { min: 0, max: 4 },
    };
    const cycleReply = await callFeedback<FeedbackCycleReply>(api, 'POST', '/cycles', jana, {
      draft: cycleDraft(created.body.model.id, {
        name: 'Zkouška 360° na OSV',
        rules: noMinimum,
        nominationDeadline: '2099-01-10',
        approvalDeadline: '2099-01-20',
        ratingDeadline: '2099-02-10',
      }),
    });
    expect(cycleReply.status).toBe(201);
    let cycle = cycleReply.body.cycle;
    for (const to of ['nomination', 'approval', 'rating']) {
      const moved = await callFeedback<FeedbackCycleReply>(api, 'POST', `/cycles/${cycle.id}/advance`, jana, {
        etag: cycle.etag,
        to,
      });
      expect([to, moved.status, moved.body.error]).toEqual([to, 200, undefined]);
      cycle = moved.body.cycle;
    }
    expect(cycle.subjectCount).toBeGreaterThanOrEqual(2);
    const subjects = await callFeedback<CycleSubjectsReply>(
      api,
      'GET',
      `/cycles/${cycle.id}/subjects?email=${encodeURIComponent('marie.prochazkova@lipova.example')}`,
      jana,
    );
    const marie = subjects.body.items[0]?.subject.id ?? 0;
    const ratings = (point: number) =>
      Object.fromEntries(behaviourKeys(STAFF_MODEL).map((key) => [key, point]));
    const rate = (who: string, point: number) =>
      callFeedback<RatingReply>(api, 'POST', `/cycles/${cycle.id}/forms/${marie}`, who, {
        ratings: ratings(point),
        comments: { vykon: `Komentář ${who}` },
      });
    expect((await rate('marie.prochazkova', 4)).body.stored).toBe(true);
    expect((await rate('lucie.dvorakova', 3)).body.stored).toBe(true);
    const again = await rate('lucie.dvorakova', 1);
    expect([again.status, again.body.stored]).toEqual([200, false]);
    const mine = await callFeedback<MyFeedbackReply>(api, 'GET', '/mine', 'lucie.dvorakova');
    expect(mine.body.forms.find((form) => form.subjectId === marie)).toMatchObject({
      group: 'manager',
      done: true,
    });

    for (const to of ['closed', 'released']) {
      const moved = await callFeedback<FeedbackCycleReply>(api, 'POST', `/cycles/${cycle.id}/advance`, jana, {
        etag: cycle.etag,
        to,
        ...(to === 'released' ? { developmentOnlyConfirmed: true } : {}),
      });
      expect([to, moved.status]).toEqual([to, 200]);
      cycle = moved.body.cycle;
    }
    const report = await callFeedback<FeedbackReportReply>(
      api,
      'GET',
      `/cycles/${cycle.id}/reports/${marie}`,
      'marie.prochazkova',
    );
    expect(report.body.report.groups.map((group) => [group.group, group.answers])).toEqual([
      ['self', 1],
      ['manager', 1],
    ]);
    expect(report.body.report.competencies[0]?.byGroup.manager?.mean).toBe(3);
    const docx = await fetch(`${api.url}/cycles/${cycle.id}/reports/${marie}/docx?locale=cs`, {
      headers: { Authorization: 'Demo marie.prochazkova@lipova.example' },
    });
    expect(docx.status).toBe(200);
    const xml =
      (await (await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')?.async('string')) ??
      '';
    expect(xml).toContain('Komentář lucie.dvorakova');
  });
});
