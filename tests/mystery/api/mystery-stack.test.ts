import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  isoWeekOf,
  type CampaignReply,
  type ChecklistReply,
  type EvaluationReply,
  type FindingReply,
  type MysteryResultsReply,
  type PlanEvaluationsReply,
} from '@kvalita/core';
import { startTestStack, type LocalStack } from '../../support/e2e-stack';
import { bodyOf, campaignDraft, mysteryCall, phoneChecklist, type MysteryCall } from './mystery-api-flow';

/*
 * A mystery-shopping campaign end to end on the local stack: the service on the local SharePoint
 * (its service-only lists through the real repositories) with the demo office, through
 * /api/mystery as the tab calls it. The quality manager sets up and starts a campaign of calls to
 * the transport department, plans a call for Alena Němcová (economics), who records and submits
 * it; it counts only once reviewed and released; the department's head reads it, a clerk of the
 * department sees nothing, and the finding becomes a measure in the register.
 */
describe('a mystery-shopping campaign through the whole stack', () => {
  let stack: LocalStack;
  let call: MysteryCall;
  beforeAll(async () => {
    stack = await startTestStack();
    call = mysteryCall(stack.serviceUrl);
  }, 60_000);
  afterAll(() => stack?.stop());

  it('runs from set-up to a measure in the register, counting only what was released', async () => {
    const jana = 'jana.novakova';
    const created = await call('POST', '/checklists', jana, { draft: phoneChecklist });
    expect(created.status).toBe(201);
    const checklist = bodyOf<ChecklistReply>(created).checklist;
    const set = await call('POST', '/campaigns', jana, { draft: campaignDraft(checklist.id) });
    expect(set.status).toBe(201);
    let campaign = bodyOf<CampaignReply>(set).campaign;
    const started = await call('POST', `/campaigns/${campaign.id}/advance`, jana, {
      etag: campaign.etag,
      to: 'running',
    });
    expect([started.status, started.body?.['error']]).toEqual([200, undefined]);
    campaign = bodyOf<CampaignReply>(started).campaign;

    // The lockout: a second call by the same evaluator to the same line within 28 days is refused.
    const week = isoWeekOf(new Date().toISOString());
    const plan = {
      departmentCode: 'OD',
      servicePointKey: 'od-phone',
      scenarioKey: 'registrace',
      evaluatorEmail: 'alena.nemcova@lipova.example',
      week,
    };
    const refused = await call('POST', `/campaigns/${campaign.id}/evaluations`, jana, {
      etag: campaign.etag,
      plans: [plan, plan],
    });
    expect(refused.status).toBe(409);
    expect(refused.body?.['error']).toMatchObject({
      reason: { key: 'mystery.plan.lockout', params: { row: 2 } },
    });
    const planned = await call('POST', `/campaigns/${campaign.id}/evaluations`, jana, {
      etag: campaign.etag,
      plans: [plan],
    });
    expect(planned.status).toBe(201);
    const sheetId = bodyOf<PlanEvaluationsReply>(planned).created[0]!.id;

    // Alena records the call; a name in a note is flagged and submit refuses it.
    const alena = 'alena.nemcova';
    const mine = (await call('GET', '/mine', alena)).body?.['items'] as { id: number; status: string }[];
    // Her sheets to fill come first, before the demo office's finished ones.
    const toDo = mine.map((item) => ['planned', 'draft', 'returned'].includes(item.status));
    expect(toDo.indexOf(false)).toBeGreaterThan(toDo.lastIndexOf(true));
    expect(mine.slice(0, toDo.lastIndexOf(true) + 1).map((item) => item.id)).toContain(sheetId);
    expect(mine).toContainEqual(
      expect.objectContaining({ id: sheetId, scenarioTitle: 'Přihlášení ojetého vozu' }),
    );
    let sheet = bodyOf<EvaluationReply>(await call('GET', `/evaluations/${sheetId}`, alena)).evaluation;
    const record = {
      contactAt: '2026-12-01T09:05:00+01:00',
      answeredAt: null,
      items: {
        'fc-answer': { answer: 'yes', note: '' },
        'co-polite': { answer: 'partly', note: 'Představil se jen jako Kučera.' },
        'cp-correct': { answer: 'yes', note: '' },
      },
      waitMinutes: 2,
      rings: 3,
      answerCorrect: true,
      generalNote: '',
    };
    const saved = await call('PUT', `/evaluations/${sheetId}/record`, alena, { etag: sheet.etag, record });
    expect(bodyOf<EvaluationReply>(saved).nameWarnings).toEqual(['Kučera']);
    sheet = bodyOf<EvaluationReply>(saved).evaluation;
    const withName = await call('POST', `/evaluations/${sheetId}/act`, alena, {
      etag: sheet.etag,
      action: 'submit',
    });
    expect(withName.body?.['error']).toMatchObject({ reason: { key: 'mystery.rule.personalNames' } });
    const clean = {
      ...record,
      items: { ...record.items, 'co-polite': { answer: 'partly', note: 'Představil se jen příjmením.' } },
    };
    sheet = bodyOf<EvaluationReply>(
      await call('PUT', `/evaluations/${sheetId}/record`, alena, { etag: sheet.etag, record: clean }),
    ).evaluation;
    expect(sheet.score?.score).toBe(91.7);
    // A stale etag loses nothing: the save is refused and the sheet stays as it was.
    const stale = await call('PUT', `/evaluations/${sheetId}/record`, alena, { etag: '"1"', record });
    expect(stale.status).toBe(409);
    sheet = bodyOf<EvaluationReply>(
      await call('POST', `/evaluations/${sheetId}/act`, alena, { etag: sheet.etag, action: 'submit' }),
    ).evaluation;
    expect(sheet.status).toBe('submitted');

    // Not counted until reviewed and released; a clerk of the department never sees the campaign.
    const results = async (who: string) => await call('GET', `/campaigns/${campaign.id}/results`, who);
    expect(bodyOf<MysteryResultsReply>(await results(jana)).results.overall.evaluations).toBe(0);
    sheet = bodyOf<EvaluationReply>(
      await call('POST', `/evaluations/${sheetId}/act`, jana, { etag: sheet.etag, action: 'review' }),
    ).evaluation;
    sheet = bodyOf<EvaluationReply>(
      await call('POST', `/evaluations/${sheetId}/act`, jana, { etag: sheet.etag, action: 'release' }),
    ).evaluation;
    const head = bodyOf<MysteryResultsReply>(await results('tomas.cerny'));
    expect(head.results).toMatchObject({
      departmentCode: 'OD',
      overall: { evaluations: 1, meanScore: 91.7, failed: 0 },
    });
    expect(head.results.times.rings).toEqual({ count: 1, median: 3, p90: 3 });
    expect((await results('jiri.kucera')).status).toBe(403);
    expect((await call('GET', '/campaigns', 'jiri.kucera')).body).toEqual({ items: [], mayCreate: false });
    expect((await call('GET', `/evaluations/${sheetId}`, 'jiri.kucera')).status).toBe(403);
    const read = bodyOf<EvaluationReply>(await call('GET', `/evaluations/${sheetId}`, 'tomas.cerny'));
    expect(read.evaluation.evaluator).toEqual({ email: '', displayName: '' });

    // The finding becomes a measure owned by the head, in the measures register.
    const finding = await call('POST', `/campaigns/${campaign.id}/findings`, jana, {
      departmentCode: 'OD',
      title: 'Představení se celým jménem útvaru na lince registru',
      problem: 'Volající nevěděl, s kým mluví.',
      kind: 'corrective',
      evaluationIds: [sheetId],
      itemKeys: ['co-polite'],
      deadline: '2099-03-31',
      subcriterionCode: null,
    });
    expect(finding.status).toBe(201);
    const measureId = bodyOf<FindingReply>(finding).finding.measureId;
    const measure = await callApiMeasure(stack.serviceUrl, measureId);
    expect(measure).toMatchObject({
      origin: 'mysteryShopping',
      departmentCode: 'OD',
      owner: { email: 'tomas.cerny@lipova.example' },
    });
  });
});

async function callApiMeasure(serviceUrl: string, id: number) {
  const response = await fetch(`${serviceUrl}/api/measures/${id}`, {
    headers: { Authorization: 'Demo tomas.cerny@lipova.example' },
  });
  const body = (await response.json()) as {
    measure: { source: { origin: string }; departmentCode: string; owner: unknown };
  };
  return {
    origin: body.measure.source.origin,
    departmentCode: body.measure.departmentCode,
    owner: body.measure.owner,
  };
}
