import { describe, expect, it } from '@jest/globals';
import { DomainError, type EvaluationRecord } from '@kvalita/core';
import { mysteryFixture, preparedCampaign } from './mystery-fixture';

const fullRecord = (correct: 'yes' | 'no', note = ''): EvaluationRecord => ({
  contactAt: '2026-03-10T09:30:00+01:00',
  answeredAt: null,
  items: {
    greet: { answer: 'yes', note: '' },
    signs: { answer: 'partly', note },
    correct: { answer: correct, note: '' },
  },
  waitMinutes: 7,
  rings: null,
  answerCorrect: correct === 'yes',
  generalNote: '',
});

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}:${error.messageKey}`;
    throw error;
  }
  return 'ok';
}

async function running() {
  const fixture = mysteryFixture();
  const prepared = await preparedCampaign(fixture);
  const started = await fixture.service.advanceCampaign(prepared.qm, prepared.campaign.id, {
    etag: prepared.campaign.etag,
    to: 'running',
  });
  const plans = await fixture.service.plan(prepared.qm, prepared.campaign.id, {
    etag: started.campaign.etag,
    plans: [
      {
        departmentCode: 'OD',
        servicePointKey: 'od-counter',
        scenarioKey: 'licence',
        evaluatorEmail: 'eva@lipova.cz',
        week: '2026-W11',
      },
      {
        departmentCode: 'SU',
        servicePointKey: 'su-counter',
        scenarioKey: 'licence',
        evaluatorEmail: 'agency@lipova.cz',
        week: '2026-W11',
      },
    ],
  });
  return { ...fixture, ...prepared, campaign: started.campaign, planned: plans.created };
}

describe('a mystery-shopping campaign, end to end in the service', () => {
  it('does not start before staff were informed, then freezes its checklist', async () => {
    const fixture = mysteryFixture();
    const { qm, campaign, checklist } = await preparedCampaign(fixture);
    const edited = await fixture.service.editCampaign(qm, campaign.id, {
      etag: campaign.etag,
      draft: { ...campaign, staffNotice: { informedOn: null, documentId: null, note: '' } },
    });
    expect(
      await code(
        fixture.service.advanceCampaign(qm, campaign.id, { etag: edited.campaign.etag, to: 'running' }),
      ),
    ).toBe('conflict:mystery.campaign.staffNotInformed');
    const informed = await fixture.service.editCampaign(qm, campaign.id, {
      etag: edited.campaign.etag,
      draft: campaign,
    });
    await fixture.service.advanceCampaign(qm, campaign.id, { etag: informed.campaign.etag, to: 'running' });
    const frozen = await fixture.service.checklist(qm, checklist.id);
    expect(frozen.checklist.frozen).toBe(true);
    expect(
      await code(
        fixture.service.editChecklist(qm, checklist.id, {
          etag: frozen.checklist.etag,
          draft: frozen.checklist,
        }),
      ),
    ).toBe('conflict:mystery.rule.checklistFrozen');
    const next = await fixture.service.newChecklistVersion(qm, checklist.id);
    expect(next.checklist).toMatchObject({ familyId: checklist.familyId, version: 2, frozen: false });
    expect(next.mayEdit).toBe(true);
  });

  it('refuses a plan that breaks the schedule’s rules, naming the row', async () => {
    const { service, qm, campaign } = await running();
    const fresh = await service.campaign(qm, campaign.id);
    expect(
      await code(
        service.plan(qm, campaign.id, {
          etag: fresh.campaign.etag,
          plans: [
            {
              departmentCode: 'OD',
              servicePointKey: 'od-counter',
              scenarioKey: 'licence',
              evaluatorEmail: 'eva@lipova.cz',
              week: '2026-W13',
            },
          ],
        }),
      ),
    ).toBe('conflict:mystery.plan.lockout');
    expect(fresh.progress.find((row) => row.departmentCode === 'OD')).toMatchObject({ quota: 2, planned: 1 });
  });

  it('lets the evaluator record and submit their own sheet only, with every item answered and no names', async () => {
    const { service, planned, actor } = await running();
    const eva = await actor('eva@lipova.cz');
    const agency = await actor('agency@lipova.cz');
    const sheet = planned[0]!;
    const opened = await service.evaluation(eva, sheet.id);
    expect(opened.allowed).toEqual(['record', 'submit']);
    expect(opened.scenario.expectedAnswer).toContain('Občanský průkaz');
    expect(await code(service.evaluation(agency, sheet.id))).toBe('forbidden:mystery.refused.notEvaluator');
    expect(await code(service.act(eva, sheet.id, { etag: opened.evaluation.etag, action: 'submit' }))).toBe(
      'conflict:mystery.rule.unanswered',
    );
    const named = await service.saveRecord(eva, sheet.id, {
      etag: opened.evaluation.etag,
      record: fullRecord('yes', 'Ochotná paní Procházková'),
    });
    expect(named.nameWarnings).toEqual(['paní Procházková']);
    expect(named.evaluation.score?.score).toBe(83.3);
    expect(await code(service.act(eva, sheet.id, { etag: named.evaluation.etag, action: 'submit' }))).toBe(
      'conflict:mystery.rule.personalNames',
    );
    const clean = await service.saveRecord(eva, sheet.id, {
      etag: named.evaluation.etag,
      record: fullRecord('yes', 'Úřednice u přepážky'),
    });
    const submitted = await service.act(eva, sheet.id, { etag: clean.evaluation.etag, action: 'submit' });
    expect(submitted?.evaluation.status).toBe('submitted');
    expect(submitted?.allowed).toEqual([]);
    // A replayed submit with the old etag changes nothing.
    expect(await code(service.act(eva, sheet.id, { etag: clean.evaluation.etag, action: 'submit' }))).toBe(
      'conflict:mystery.rule.notNow',
    );
  });

  it('counts a sheet in results only once the quality manager released it; a head sees their department', async () => {
    const { service, planned, actor, qm, campaign } = await running();
    const eva = await actor('eva@lipova.cz');
    const sheet = planned[0]!;
    const opened = await service.evaluation(eva, sheet.id);
    const saved = await service.saveRecord(eva, sheet.id, {
      etag: opened.evaluation.etag,
      record: fullRecord('no'),
    });
    const submitted = (await service.act(eva, sheet.id, { etag: saved.evaluation.etag, action: 'submit' }))!;
    expect((await service.results(qm, campaign.id)).results.overall.evaluations).toBe(0);
    const returned = (await service.act(qm, sheet.id, {
      etag: submitted.evaluation.etag,
      action: 'return',
      comment: 'Doplňte čekání.',
    }))!;
    expect(returned.evaluation).toMatchObject({ status: 'returned', reviewComment: 'Doplňte čekání.' });
    const again = (await service.act(eva, sheet.id, { etag: returned.evaluation.etag, action: 'submit' }))!;
    const reviewed = (await service.act(qm, sheet.id, { etag: again.evaluation.etag, action: 'review' }))!;
    await service.act(qm, sheet.id, { etag: reviewed.evaluation.etag, action: 'release' });
    const results = await service.results(qm, campaign.id);
    expect(results.results.overall).toEqual({ evaluations: 1, meanScore: 0, failed: 1 });
    const headOd = await actor('head.od@lipova.cz');
    const own = await service.results(headOd, campaign.id);
    expect(own.departments).toEqual(['OD']);
    expect(own.results.departmentCode).toBe('OD');
    expect(await code(service.results(headOd, campaign.id, 'SU'))).toBe(
      'forbidden:mystery.refused.notResultsReader',
    );
    // The head reads the released sheet, without who made it.
    const read = await service.evaluation(headOd, sheet.id);
    expect(read.evaluation.evaluator).toEqual({ email: '', displayName: '' });
    const clerk = await actor('clerk@lipova.cz');
    expect(await code(service.results(clerk, campaign.id))).toBe(
      'forbidden:mystery.refused.notResultsReader',
    );
    expect((await service.campaigns(clerk)).items).toEqual([]);
  });

  it('turns a finding into a measure owned by the department’s head, from released sheets only', async () => {
    const { service, planned, actor, qm, campaign, measures } = await running();
    const eva = await actor('eva@lipova.cz');
    const sheet = planned[0]!;
    const request = {
      departmentCode: 'OD',
      title: 'Správné informace o výměně průkazu',
      problem: 'Klient dostal chybnou odpověď.',
      kind: 'corrective' as const,
      evaluationIds: [sheet.id],
      itemKeys: ['correct'],
      deadline: '2026-09-30',
      subcriterionCode: null,
    };
    expect(
      await code(
        service.createFinding(
          qm,
          { email: 'qm@lipova.cz', displayName: 'Kateřina Malá', roles: ['qualityManager'] },
          campaign.id,
          request,
        ),
      ),
    ).toBe('conflict:mystery.rule.notCounted');
    let current = (await service.evaluation(eva, sheet.id)).evaluation;
    current = (await service.saveRecord(eva, sheet.id, { etag: current.etag, record: fullRecord('no') }))
      .evaluation;
    current = (await service.act(eva, sheet.id, { etag: current.etag, action: 'submit' }))!.evaluation;
    current = (await service.act(qm, sheet.id, { etag: current.etag, action: 'review' }))!.evaluation;
    await service.act(qm, sheet.id, { etag: current.etag, action: 'release' });
    const reply = await service.createFinding(
      qm,
      { email: 'qm@lipova.cz', displayName: 'Kateřina Malá', roles: ['qualityManager'] },
      campaign.id,
      request,
    );
    expect(reply.finding).toMatchObject({
      measureId: 901,
      measureStatus: 'proposed',
      owner: { email: 'head.od@lipova.cz' },
    });
    expect(measures[0]!.draft).toMatchObject({
      kind: 'corrective',
      departmentCode: 'OD',
      ownerEmail: 'head.od@lipova.cz',
      source: { origin: 'mysteryShopping', subcriterionCode: '6.2', sourceKey: `ms-${campaign.id}` },
    });
    const headOd = await actor('head.od@lipova.cz');
    expect((await service.findings(headOd, campaign.id)).items.map((finding) => finding.title)).toEqual([
      request.title,
    ]);
    const headSu = await actor('head.su@lipova.cz');
    expect((await service.findings(headSu, campaign.id)).items).toEqual([]);
  });

  it('locks released sheets when the campaign closes and refuses changes after', async () => {
    const { service, planned, actor, qm, campaign } = await running();
    const eva = await actor('eva@lipova.cz');
    const sheet = planned[0]!;
    let current = (await service.evaluation(eva, sheet.id)).evaluation;
    current = (await service.saveRecord(eva, sheet.id, { etag: current.etag, record: fullRecord('yes') }))
      .evaluation;
    current = (await service.act(eva, sheet.id, { etag: current.etag, action: 'submit' }))!.evaluation;
    current = (await service.act(qm, sheet.id, { etag: current.etag, action: 'review' }))!.evaluation;
    await service.act(qm, sheet.id, { etag: current.etag, action: 'release' });
    const fresh = await service.campaign(qm, campaign.id);
    const closed = await service.advanceCampaign(qm, campaign.id, {
      etag: fresh.campaign.etag,
      to: 'closed',
    });
    expect(closed.counts.locked).toBe(1);
    const locked = await service.evaluation(qm, sheet.id);
    expect(locked.evaluation.status).toBe('locked');
    expect(
      await code(
        service.act(qm, sheet.id, { etag: locked.evaluation.etag, action: 'exclude', comment: 'x' }),
      ),
    ).toBe('conflict:mystery.rule.closed');
    const evidence = await service.evidence();
    expect(evidence.items).toEqual([
      expect.objectContaining({
        campaignId: campaign.id,
        evaluations: 1,
        meanScore: 83.3,
        subcriteria: ['6.1', '6.2', '5.2'],
      }),
    ]);
  });
});
