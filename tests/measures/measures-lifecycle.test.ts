import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Measure, MeasureDetailReply } from '@kvalita/core';
import { callMeasures, startMeasuresApp, type MeasuresTestApp, type Reply } from './measures-test-app';
import { measureDraft } from './measure-draft';

const qm = 'jana.novakova';

/** The lifecycle over HTTP: steps the status does not allow are 409 with the rule's sentence. */
describe('measures API: the lifecycle', () => {
  let app: MeasuresTestApp;
  beforeAll(async () => {
    app = await startMeasuresApp();
  });
  afterAll(() => app.stop());

  const detailOf = (reply: Reply) => reply.body as unknown as MeasureDetailReply;
  const create = async (changes: Record<string, unknown> = {}) =>
    detailOf(await callMeasures(app, 'POST', '', qm, measureDraft(changes))).measure;
  const step = (measure: Measure, path: string, body: Record<string, unknown>, language = 'en') =>
    callMeasures(app, 'POST', `/${measure.id}/${path}`, qm, { etag: measure.etag, ...body }, language);
  const move = (measure: Measure, transition: string, reason = '') =>
    step(measure, 'transition', { transition, reason });
  const expectRule = (reply: Reply, key: string) => {
    expect([reply.status, reply.body.error?.code, reply.body.error?.reason?.key]).toEqual([
      409,
      'conflict',
      key,
    ]);
  };
  const to = async (measure: Measure, ...transitions: string[]) => {
    let current = measure;
    for (const transition of transitions) {
      const reply = await move(current, transition);
      expect(reply.status).toBe(200);
      current = detailOf(reply).measure;
    }
    return current;
  };

  it('refuses each step its status does not allow, naming the step', async () => {
    const proposed = await create();
    expectRule(await move(proposed, 'start'), 'measures.rule.notInStatus.start');
    expectRule(await move(proposed, 'requestCheck'), 'measures.rule.notInStatus.requestCheck');
    expectRule(
      await step(proposed, 'progress', { progress: 5, phase: 'plan', note: '' }),
      'measures.rule.notInStatus.reportProgress',
    );
    expectRule(
      await step(proposed, 'effectiveness', { effective: true, note: 'x', newDeadline: null }),
      'measures.rule.notInStatus.checkEffectiveness',
    );
    const approved = await to(proposed, 'approve');
    expectRule(await move(approved, 'approve'), 'measures.rule.notInStatus.approve');
    const reply = await move(approved, 'approve');
    expect(reply.body.error?.message).toBe('Only a proposed measure can be approved.');
    const cs = await step(approved, 'transition', { transition: 'approve', reason: '' }, 'cs');
    expect(cs.body.error?.message).toBe('Schválit lze jen navržené opatření.');
  });

  it('asks for the check only with a criterion, a check date and the steps done or a reason to go without', async () => {
    const noCriterion = await to(await create({ effectivenessCriterion: '' }), 'approve', 'start');
    expectRule(await move(noCriterion, 'requestCheck'), 'measures.rule.noCriterion');
    const noDate = await to(await create({ checkDate: null }), 'approve', 'start');
    expectRule(await move(noDate, 'requestCheck'), 'measures.rule.noCheckDate');
    const steps = [
      { key: null, title: 'Vybrat systém', ownerEmail: null, dueDate: null, done: true },
      {
        key: null,
        title: 'Proškolit',
        ownerEmail: 'jiri.kucera@lipova.example',
        dueDate: '2027-01-31',
        done: false,
      },
    ];
    const open = await to(await create({ steps }), 'approve', 'start');
    expectRule(await move(open, 'requestCheck'), 'measures.rule.stepsOpen');
    const explicit = await move(open, 'requestCheck', 'Školení proběhne v rámci jiného opatření');
    expect(detailOf(explicit).measure.status).toBe('effectivenessCheck');

    const done = await to(await create({ steps }), 'approve', 'start');
    const reported = await step(done, 'progress', {
      progress: 100,
      phase: 'do',
      note: 'Hotovo',
      stepsDone: [{ key: 's2', done: true }],
    });
    expect(detailOf(reported).measure.steps.map((item) => item.done)).toEqual([true, true]);
    expect(detailOf(await move(detailOf(reported).measure, 'requestCheck')).measure).toMatchObject({
      status: 'effectivenessCheck',
      phase: 'check',
    });
    expectRule(
      await step(done, 'progress', {
        progress: 100,
        phase: 'do',
        note: '',
        stepsDone: [{ key: 's9', done: true }],
      }),
      'measures.rule.notInStatus.reportProgress',
    );
  });

  it('refuses a progress report on a step the measure does not have', async () => {
    const measure = await to(await create(), 'approve');
    expectRule(
      await step(measure, 'progress', {
        progress: 5,
        phase: 'plan',
        note: '',
        stepsDone: [{ key: 's1', done: true }],
      }),
      'measures.rule.unknownStep',
    );
  });

  it('refuses an edit naming a step the measure does not have, and keeps the keys of its steps', async () => {
    const step = { title: 'Vybrat systém', ownerEmail: null, dueDate: null, done: false };
    const measure = await create({ steps: [{ key: null, ...step }] });
    expect(measure.steps.map((item) => item.key)).toEqual(['s1']);
    expectRule(
      await callMeasures(app, 'PUT', `/${measure.id}`, qm, {
        etag: measure.etag,
        draft: measureDraft({ steps: [{ key: 's7', ...step }] }),
      }),
      'measures.rule.unknownStep',
    );
    const edited = detailOf(
      await callMeasures(app, 'PUT', `/${measure.id}`, qm, {
        etag: measure.etag,
        draft: measureDraft({
          steps: [
            { key: 's1', ...step, done: true },
            { key: null, ...step, title: 'Proškolit' },
          ],
        }),
      }),
    ).measure;
    expect(edited.steps.map((item) => [item.key, item.title, item.done])).toEqual([
      ['s1', 'Vybrat systém', true],
      ['s2', 'Proškolit', false],
    ]);
  });

  it('cancels an open measure only with a reason, and never a closed or cancelled one', async () => {
    const measure = await create();
    expectRule(await move(measure, 'cancel', '   '), 'measures.rule.reasonRequired');
    const cancelled = detailOf(await move(measure, 'cancel', 'Nahrazeno opatřením 7')).measure;
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Nahrazeno opatřením 7',
      closedOn: '2026-11-22',
    });
    expectRule(await move(cancelled, 'cancel', 'znovu'), 'measures.rule.notInStatus.cancel');
    expectRule(
      await callMeasures(app, 'PUT', `/${cancelled.id}`, qm, { etag: cancelled.etag, draft: measureDraft() }),
      'measures.rule.notInStatus.edit',
    );
  });

  it('reopens a measure found not effective with a new deadline, then closes it, keeping every update', async () => {
    let measure = await to(await create(), 'approve', 'start', 'requestCheck');
    expectRule(
      await step(measure, 'effectiveness', { effective: false, note: 'Stížnosti trvají', newDeadline: null }),
      'measures.rule.newDeadlineRequired',
    );
    expectRule(
      await step(measure, 'effectiveness', {
        effective: false,
        note: 'Stížnosti trvají',
        newDeadline: '2026-11-21',
      }),
      'measures.rule.newDeadlinePast',
    );
    const reopened = detailOf(
      await step(measure, 'effectiveness', {
        effective: false,
        note: 'Stížnosti trvají',
        newDeadline: '2027-05-31',
      }),
    );
    expect(reopened.measure).toMatchObject({
      status: 'inProgress',
      phase: 'act',
      effective: false,
      reopenedCount: 1,
      deadline: '2027-05-31',
    });
    const before = reopened.updates;
    measure = await to(reopened.measure, 'requestCheck');
    const closed = detailOf(
      await step(measure, 'effectiveness', { effective: true, note: 'Už jen 1 stížnost', newDeadline: null }),
    );
    expect(closed.measure).toMatchObject({ status: 'closed', effective: true, reopenedCount: 1 });
    // Newest first; nothing earlier changed.
    expect(closed.updates.map((update) => update.kind)).toEqual([
      'checkedEffective',
      'checkRequested',
      'checkedNotEffective',
      'checkRequested',
      'started',
      'approved',
      'created',
    ]);
    expect(closed.updates.slice(2)).toEqual(before);
    expect(closed.updates[0]).toMatchObject({
      note: 'Už jen 1 stížnost',
      statusAfter: 'closed',
      by: { email: 'jana.novakova@lipova.example' },
    });
    expectRule(
      await callMeasures(app, 'PUT', `/${closed.measure.id}`, qm, {
        etag: closed.measure.etag,
        draft: measureDraft(),
      }),
      'measures.rule.notInStatus.edit',
    );
    expect(detailOf(await callMeasures(app, 'GET', `/${closed.measure.id}`, qm)).allowed).toEqual([]);
  });

  it('edits while open, recording the edit, and keeps the state', async () => {
    const measure = await to(await create(), 'approve', 'start');
    const edited = detailOf(
      await callMeasures(app, 'PUT', `/${measure.id}`, qm, {
        etag: measure.etag,
        draft: measureDraft({ title: 'Nový název', priority: 'high' }),
      }),
    );
    expect(edited.measure).toMatchObject({
      title: 'Nový název',
      priority: 'high',
      status: 'inProgress',
      phase: 'do',
    });
    expect(edited.updates[0]).toMatchObject({ kind: 'edited', statusAfter: 'inProgress' });
    expect(edited.measure.etag).not.toBe(measure.etag);
  });
});
