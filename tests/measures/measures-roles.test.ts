import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Measure, MeasureDetailReply, MeasureRegisterReply } from '@kvalita/core';
import { callMeasures, startMeasuresApp, type MeasuresTestApp } from './measures-test-app';
import { measureDraft } from './measure-draft';

const qm = 'jana.novakova';
const director = 'petr.svoboda';
const headOsv = 'lucie.dvorakova'; // head of OSV and its section OSV-SP
const osvSection = 'marie.prochazkova'; // employee of OSV-SP
const headOd = 'tomas.cerny'; // head of OD
const odEmployee = 'jiri.kucera'; // employee of OD
const accountant = 'alena.nemcova'; // employee of OE

/** The role matrix over HTTP: every role's allowed steps succeed, refused ones are 403 saying why. */
describe('measures API: who may do what', () => {
  let app: MeasuresTestApp;
  beforeAll(async () => {
    app = await startMeasuresApp();
  });
  afterAll(() => app.stop());

  const call = (method: string, path: string, who: string | null, body?: unknown, language?: string) =>
    callMeasures(app, method, path, who, body, language);
  const measureOf = (reply: { body: Record<string, unknown> }) =>
    (reply.body as unknown as MeasureDetailReply).measure;
  const step = async (who: string, measure: Measure, path: string, body: Record<string, unknown>) =>
    call('POST', `/${measure.id}/${path}`, who, { etag: measure.etag, ...body });
  const expectRefused = (
    reply: { status: number; body: { error?: { reason?: { key: string } } } },
    reason: string,
  ) => {
    expect([reply.status, reply.body.error?.reason?.key]).toEqual([403, `measures.refused.${reason}`]);
  };

  it('refuses anyone not signed in', async () => {
    expect((await call('GET', '', null)).status).toBe(401);
    expect((await call('POST', '', null, measureDraft())).status).toBe(401);
  });

  it('lets a head create for their department and its sections, as the owner, and nobody else but the quality manager', async () => {
    const created = await call('POST', '', headOsv, measureDraft());
    expect(created.status).toBe(201);
    const measure = measureOf(created);
    expect(measure.owner).toEqual({
      email: 'lucie.dvorakova@lipova.example',
      displayName: 'Bc. Lucie Dvořáková',
    });
    expect(measure.status).toBe('proposed');
    expect((created.body as unknown as MeasureDetailReply).allowed).toEqual(['edit', 'cancel']);
    expect((created.body as unknown as MeasureDetailReply).updates.map((update) => update.kind)).toEqual([
      'created',
    ]);

    expectRefused(await call('POST', '', headOd, measureDraft()), 'createDepartment');
    expectRefused(
      await call('POST', '', headOsv, measureDraft({ departmentCode: null })),
      'createDepartment',
    );
    expectRefused(
      await call('POST', '', headOsv, measureDraft({ ownerEmail: 'marie.prochazkova@lipova.example' })),
      'ownerByQualityManager',
    );
    expectRefused(await call('POST', '', director, measureDraft()), 'createRole');
    expectRefused(await call('POST', '', odEmployee, measureDraft()), 'createRole');
    expect(
      (
        await call(
          'POST',
          '',
          qm,
          measureDraft({ departmentCode: null, ownerEmail: 'tomas.cerny@lipova.example' }),
        )
      ).status,
    ).toBe(201);
  });

  it('says why in the caller’s language, Czech or English', async () => {
    const cs = await call('POST', '', odEmployee, measureDraft(), 'cs');
    expect(cs.body.error?.message).toBe('Opatření zakládá manažer/ka kvality nebo vedoucí odboru.');
    const en = await call('POST', '', odEmployee, measureDraft(), 'en');
    expect(en.body.error?.message).toBe(
      'Measures are created by the quality manager or a head of department.',
    );
  });

  it('tells each person what they may create', async () => {
    const register = async (who: string) =>
      (await call('GET', '', who)).body as unknown as MeasureRegisterReply;
    expect((await register(qm)).creatableDepartmentCodes).toBe('all');
    expect((await register(headOsv)).creatableDepartmentCodes).toEqual(['OSV', 'OSV-SP']);
    expect(await register(director)).toMatchObject({ mayCreate: false, creatableDepartmentCodes: [] });
    expect(await register(odEmployee)).toMatchObject({ mayCreate: false, creatableDepartmentCodes: [] });
  });

  it('walks a measure through its life, each step by whom the matrix names', async () => {
    let measure = measureOf(
      await call(
        'POST',
        '',
        qm,
        measureDraft({
          departmentCode: 'OD',
          ownerEmail: 'tomas.cerny@lipova.example',
          coOwnerEmails: ['jiri.kucera@lipova.example'],
        }),
      ),
    );
    // Approve: the quality manager or the director, not the head who runs it.
    expectRefused(
      await step(headOd, measure, 'transition', { transition: 'approve', reason: '' }),
      'approveRole',
    );
    expectRefused(
      await step(odEmployee, measure, 'transition', { transition: 'approve', reason: '' }),
      'approveRole',
    );
    let reply = await step(director, measure, 'transition', {
      transition: 'approve',
      reason: 'Schváleno poradou',
    });
    expect(reply.status).toBe(200);
    measure = measureOf(reply);
    expect(measure.status).toBe('approved');

    // Start: who runs it.
    expectRefused(
      await step(director, measure, 'transition', { transition: 'start', reason: '' }),
      'runRole',
    );
    expectRefused(
      await step(odEmployee, measure, 'transition', { transition: 'start', reason: '' }),
      'runRole',
    );
    expectRefused(await step(headOsv, measure, 'transition', { transition: 'start', reason: '' }), 'runRole');
    reply = await step(headOd, measure, 'transition', { transition: 'start', reason: '' });
    expect([reply.status, measureOf(reply).status, measureOf(reply).phase]).toEqual([
      200,
      'inProgress',
      'do',
    ]);
    measure = measureOf(reply);

    // Progress: owner, co-owners (not others).
    expectRefused(
      await step(director, measure, 'progress', { progress: 10, phase: 'do', note: '' }),
      'progressRole',
    );
    expectRefused(
      await step(accountant, measure, 'progress', { progress: 10, phase: 'do', note: '' }),
      'progressRole',
    );
    reply = await step(odEmployee, measure, 'progress', { progress: 60, phase: 'do', note: 'Systém vybrán' });
    expect(reply.status).toBe(200);
    measure = measureOf(reply);
    expect((reply.body as unknown as MeasureDetailReply).allowed).toEqual(['reportProgress']);

    // Editing: who runs it; the co-owner may not.
    expectRefused(
      await call('PUT', `/${measure.id}`, odEmployee, {
        etag: measure.etag,
        draft: measureDraft({ departmentCode: 'OD', ownerEmail: 'tomas.cerny@lipova.example' }),
      }),
      'runRole',
    );

    // The check: asked for by who runs it, made by the quality manager only.
    expectRefused(
      await step(odEmployee, measure, 'transition', { transition: 'requestCheck', reason: '' }),
      'runRole',
    );
    reply = await step(headOd, measure, 'transition', { transition: 'requestCheck', reason: '' });
    expect(measureOf(reply).status).toBe('effectivenessCheck');
    measure = measureOf(reply);
    for (const who of [headOd, director, odEmployee])
      expectRefused(
        await step(who, measure, 'effectiveness', { effective: true, note: 'OK', newDeadline: null }),
        'checkRole',
      );
    reply = await step(qm, measure, 'effectiveness', {
      effective: true,
      note: 'Stížnosti klesly na 1 měsíčně',
      newDeadline: null,
    });
    expect(measureOf(reply)).toMatchObject({ status: 'closed', effective: true, closedOn: '2026-11-22' });
    expect((reply.body as unknown as MeasureDetailReply).allowed).toEqual([]);
  });

  it('lets the director cancel anything open, a head only withdraw their own proposal', async () => {
    const proposal = measureOf(await call('POST', '', headOsv, measureDraft()));
    expectRefused(
      await step(odEmployee, proposal, 'transition', { transition: 'cancel', reason: 'Nechci' }),
      'cancelRole',
    );
    const withdrawn = await step(headOsv, proposal, 'transition', {
      transition: 'cancel',
      reason: 'Nahrazeno jiným',
    });
    expect(measureOf(withdrawn)).toMatchObject({ status: 'cancelled', cancelReason: 'Nahrazeno jiným' });

    let approved = measureOf(await call('POST', '', headOsv, measureDraft()));
    approved = measureOf(await step(qm, approved, 'transition', { transition: 'approve', reason: '' }));
    expectRefused(
      await step(headOsv, approved, 'transition', { transition: 'cancel', reason: 'x' }),
      'cancelRole',
    );
    expect(
      (await step(director, approved, 'transition', { transition: 'cancel', reason: 'Rozpočet' })).status,
    ).toBe(200);
  });

  it('keeps the owner and moving out of a head’s departments the quality manager’s', async () => {
    const measure = measureOf(await call('POST', '', headOsv, measureDraft()));
    const edit = (who: string, changes: Record<string, unknown>) =>
      call('PUT', `/${measure.id}`, who, { etag: measure.etag, draft: measureDraft(changes) });
    expectRefused(
      await edit(headOsv, { ownerEmail: 'marie.prochazkova@lipova.example' }),
      'ownerByQualityManager',
    );
    expectRefused(await edit(headOsv, { departmentCode: 'OD' }), 'createDepartment');
    const kept = await edit(headOsv, { departmentCode: 'OSV', ownerEmail: null });
    expect(measureOf(kept)).toMatchObject({
      departmentCode: 'OSV',
      owner: { email: 'lucie.dvorakova@lipova.example' },
    });
    const handed = await call('PUT', `/${measure.id}`, qm, {
      etag: measureOf(kept).etag,
      draft: measureDraft({ departmentCode: 'OD', ownerEmail: 'tomas.cerny@lipova.example' }),
    });
    expect(measureOf(handed)).toMatchObject({
      departmentCode: 'OD',
      owner: { email: 'tomas.cerny@lipova.example' },
    });
    // Now it is Tomáš's to run, no more Lucie's.
    expect((handed.body as unknown as MeasureDetailReply).allowed).toEqual(['edit', 'approve', 'cancel']);
    expect((await call('GET', `/${measure.id}`, headOd)).body).toMatchObject({ allowed: ['edit', 'cancel'] });
    expect((await call('GET', `/${measure.id}`, headOsv)).body).toMatchObject({ allowed: [] });
  });

  it('lets everyone signed in read the register and a detail when the office shows all departments', async () => {
    const measure = measureOf(await call('POST', '', headOsv, measureDraft()));
    const detail = await call('GET', `/${measure.id}`, accountant);
    expect(detail.status).toBe(200);
    expect((detail.body as unknown as MeasureDetailReply).allowed).toEqual([]);
    const register = (await call('GET', '', accountant)).body as unknown as MeasureRegisterReply;
    expect(register.items.map((item) => item.id)).toContain(measure.id);
  });
});

describe('measures API: an office that hides other departments’ measures', () => {
  let app: MeasuresTestApp;
  beforeAll(async () => {
    app = await startMeasuresApp({ hideOtherDepartments: true });
  });
  afterAll(() => app.stop());
  const call = (method: string, path: string, who: string, body?: unknown) =>
    callMeasures(app, method, path, who, body);

  it('shows employees and heads only their departments’ measures and the ones they own or co-own', async () => {
    const osv = (
      (await call('POST', '', headOsv, measureDraft({ departmentCode: 'OSV' })))
        .body as unknown as MeasureDetailReply
    ).measure;
    const section = (
      (await call('POST', '', headOsv, measureDraft({ departmentCode: 'OSV-SP' })))
        .body as unknown as MeasureDetailReply
    ).measure;
    const coOwned = (
      (
        await call(
          'POST',
          '',
          qm,
          measureDraft({ departmentCode: 'OE', coOwnerEmails: ['jiri.kucera@lipova.example'] }),
        )
      ).body as unknown as MeasureDetailReply
    ).measure;
    const ids = async (who: string) =>
      ((await call('GET', '', who)).body as unknown as MeasureRegisterReply).items
        .map((item) => item.id)
        .sort();

    expect(await ids(qm)).toEqual([osv.id, section.id, coOwned.id].sort());
    expect(await ids(director)).toEqual([osv.id, section.id, coOwned.id].sort());
    expect(await ids(headOsv)).toEqual([osv.id, section.id].sort());
    expect(await ids(osvSection)).toEqual([section.id]);
    expect(await ids(odEmployee)).toEqual([coOwned.id]);
    expect(await ids(headOd)).toEqual([]);

    const hidden = await call('GET', `/${osv.id}`, odEmployee);
    expect([hidden.status, hidden.body.error?.reason?.key]).toEqual([403, 'measures.refused.hidden']);
    expect(JSON.stringify(hidden.body)).not.toContain(osv.title);
    const step = await call('POST', `/${osv.id}/transition`, headOd, {
      etag: osv.etag,
      transition: 'cancel',
      reason: 'x',
    });
    expect([step.status, step.body.error?.reason?.key]).toEqual([403, 'measures.refused.hidden']);
    // The tiles count only what the person sees.
    expect(((await call('GET', '', odEmployee)).body as unknown as MeasureRegisterReply).tiles.open).toBe(1);
  });
});
