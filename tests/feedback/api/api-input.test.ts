import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STAFF_MODEL, type FeedbackCycleReply, type SubjectNominationsReply } from '@kvalita/core';
import ExcelJS from 'exceljs';
import { HOSTILE_CHARACTERS, hostileCharactersIn } from '../../support/hostile-text';
import {
  callFeedback,
  rawFeedback,
  startFeedbackApp,
  type FeedbackTestApp,
  type Reply,
} from './feedback-test-app';
import { COORDINATOR, at, cycleDraft, ratingCycle, ratingsOf } from './feedback-flow';

/** Bad input of every kind: a clear 400/404/409/413/415, never a crash, never a partial write. */
describe('360 feedback API: bad input', () => {
  let app: FeedbackTestApp;
  let cycleId = 0;
  let marie = 0;
  let modelId = 0;
  beforeAll(async () => {
    app = await startFeedbackApp();
    const rating = await ratingCycle(app);
    cycleId = rating.cycle.id;
    marie = rating.marie;
    modelId = rating.model.id;
  });
  afterAll(() => app.stop());

  const call = (method: string, path: string, body?: unknown, who = COORDINATOR, language = 'en') =>
    callFeedback(app, method, path, who, body, language);
  const expectError = (reply: Reply, status: number, code: string) =>
    expect([reply.status, reply.body.error?.code]).toEqual([status, code]);
  /** Runs `attempt` and checks that it wrote nothing. */
  const unchanged = async (attempt: () => Promise<unknown>) => {
    const writes = app.stores.writes;
    await attempt();
    expect(app.stores.writes).toBe(writes);
  };

  it('answers malformed JSON, wrong types, unknown fields and huge bodies with 400/413 naming the field', async () => {
    await unchanged(async () => {
      expectError(await call('POST', '/models', '{"draft": {"name": "x",'), 400, 'badRequest');
      const typed = await call('POST', '/cycles', {
        draft: { ...cycleDraft(modelId), name: 7, modelId: '1' },
      });
      expectError(typed, 400, 'badRequest');
      expect(typed.body.error?.details).toMatch(/draft\.name.*draft\.modelId/);
      expectError(
        await call('POST', '/cycles', { draft: cycleDraft(modelId), phase: 'released' }),
        400,
        'badRequest',
      );
      expectError(await call('POST', '/models', [STAFF_MODEL]), 400, 'badRequest');
      expectError(await call('POST', '/models', 'null'), 400, 'badRequest');
      expectError(
        await call('POST', '/models', { draft: { ...STAFF_MODEL, name: 'x'.repeat(121) } }),
        400,
        'badRequest',
      );
      expectError(
        await call('POST', '/models', { draft: { ...STAFF_MODEL, description: 'x'.repeat(300_000) } }),
        413,
        'payloadTooLarge',
      );
      const thresholds = await call('POST', '/cycles', {
        draft: cycleDraft(modelId, { thresholds: { group: 2, comments: 3, raterLoad: 8 } }),
      });
      expectError(thresholds, 400, 'badRequest');
      expect(thresholds.body.error?.details).toContain('draft.thresholds.group: never below 3');
    });
  });

  it('refuses model drafts that break the model’s rules, naming where', async () => {
    await unchanged(async () => {
      const [group] = STAFF_MODEL.groups;
      const reply = await call('POST', '/models', {
        draft: { ...STAFF_MODEL, groups: [{ ...group, competencies: group?.competencies.slice(0, 1) }] },
      });
      expectError(reply, 400, 'badRequest');
      expect(reply.body.error?.details).toContain('competenciesCount');
      const keys = await call('POST', '/models', {
        draft: { ...STAFF_MODEL, groups: [{ ...group, key: "x' or 1 eq 1" }] },
      });
      expectError(keys, 400, 'badRequest');
    });
  });

  it('answers 404 for ids that are no ids, or name nothing', async () => {
    for (const path of [
      '/models/abc',
      '/models/0',
      '/models/99999',
      '/cycles/1e3',
      '/cycles/99999',
      '/nothing',
    ]) {
      const reply = await call('GET', path);
      expectError(reply, 404, 'notFound');
    }
    expectError(await call('GET', `/cycles/${cycleId}/subjects/99999`), 404, 'notFound');
    expectError(
      await call('GET', `/cycles/${cycleId}/reports/-1`, undefined, 'marie.prochazkova'),
      404,
      'notFound',
    );
  });

  it('refuses stale etags with 409 and the reload sentence, writing nothing', async () => {
    const subject = `/cycles/${cycleId}/subjects/${marie}`;
    await unchanged(async () => {
      const stale = await call(
        'POST',
        `/cycles/${cycleId}/advance`,
        { etag: '"1"', to: 'closed' },
        COORDINATOR,
        'cs',
      );
      expectError(stale, 409, 'conflict');
      expect(stale.body.error?.reason?.key).toBe('error.stale');
      const model = await call('GET', `/models/${modelId}`);
      expect((model.body as { model: { frozen: boolean } }).model.frozen).toBe(true);
      expectError(
        await call('POST', `${subject}/approve`, { etag: '"77"' }, 'lucie.dvorakova'),
        409,
        'conflict',
      );
      expectError(
        await call('POST', `/cycles/${cycleId}/advance`, { etag: 'no quotes', to: 'closed' }),
        400,
        'badRequest',
      );
    });
    const editedCycle = await call('POST', '/cycles', { draft: cycleDraft(modelId) });
    const created = editedCycle.body as unknown as FeedbackCycleReply;
    const first = await call('PUT', `/cycles/${created.cycle.id}`, {
      etag: created.cycle.etag,
      draft: cycleDraft(modelId, { name: 'První' }),
    });
    expect(first.status).toBe(200);
    await unchanged(async () => {
      const second = await call('PUT', `/cycles/${created.cycle.id}`, {
        etag: created.cycle.etag,
        draft: cycleDraft(modelId, { name: 'Druhý' }),
      });
      expectError(second, 409, 'conflict');
    });
  });

  it('stores nothing for a double submit, a rating of the wrong shape, or hostile query strings', async () => {
    const form = `/cycles/${cycleId}/forms/${marie}`;
    const stored = await call('POST', form, { ratings: ratingsOf(4), comments: {} }, 'hana.mala');
    expect(stored.body).toMatchObject({ stored: true });
    await unchanged(async () => {
      const again = await call('POST', form, { ratings: ratingsOf(1), comments: {} }, 'hana.mala');
      expect([again.status, again.body]).toEqual([200, expect.objectContaining({ stored: false })]);
      const partial = await call(
        'POST',
        form,
        { ratings: { odbornost: 3 }, comments: {} },
        'karel.novy',
        'cs',
      );
      expectError(partial, 400, 'badRequest');
      expect(partial.body.error?.reason?.key).toBe('feedback.invalid.ratingShape');
      expectError(
        await call('POST', form, { ratings: ratingsOf(6), comments: {} }, 'karel.novy'),
        400,
        'badRequest',
      );
      expectError(
        await call('POST', form, { ratings: ratingsOf(4), comments: {}, group: 'self' }, 'karel.novy'),
        400,
        'badRequest',
      );
      expectError(
        await call(
          'POST',
          form,
          { ratings: ratingsOf(4), comments: { vykon: 'x'.repeat(5000) } },
          'karel.novy',
        ),
        400,
        'badRequest',
      );
      expectError(await call('POST', `${form}/decline`, { reason: '' }, 'karel.novy'), 400, 'badRequest');
      for (const query of [
        "?state=open' or 1 eq 1",
        '?pageSize=100000',
        '?state=open&state=approved',
        '?$filter=Id',
        '?page=<script>',
      ])
        expectError(await call('GET', `/cycles/${cycleId}/subjects${encodeURI(query)}`), 400, 'badRequest');
      expectError(await call('GET', `/models/${modelId}/export?locale=de`), 400, 'badRequest');
      expectError(await call('DELETE', '/people/not-an-email'), 400, 'badRequest');
    });
  });

  it('keeps hostile text as text: names with control and bidirectional characters are cleaned, not refused', async () => {
    const name = `Model ${HOSTILE_CHARACTERS.join('')} <b>tučně</b>`;
    const reply = await call('POST', '/models', { draft: { ...STAFF_MODEL, name } });
    expect(reply.status).toBe(201);
    const stored = (reply.body as { model: { name: string } }).model.name;
    expect(stored).toContain('<b>tučně</b>');
    expect(hostileCharactersIn(stored)).toEqual([]);
  });

  it('refuses an import that is no workbook, of the wrong type, too large, or with bad rows, storing nothing', async () => {
    await unchanged(async () => {
      const text = await rawFeedback(
        app,
        'POST',
        '/models/import',
        COORDINATOR,
        new TextEncoder().encode('ahoj'),
      );
      expect([text.status, ((await text.json()) as Reply['body']).error?.code]).toEqual([400, 'badRequest']);
      const typed = await rawFeedback(
        app,
        'POST',
        '/models/import',
        COORDINATOR,
        new Uint8Array([1]),
        'text/csv',
      );
      expect(typed.status).toBe(415);
      const large = await rawFeedback(
        app,
        'POST',
        '/models/import',
        COORDINATOR,
        new Uint8Array(3 * 1024 * 1024),
      );
      expect(large.status).toBe(413);
      const workbook = new ExcelJS.Workbook();
      const exported = await rawFeedback(app, 'GET', `/models/${modelId}/export`, COORDINATOR);
      await workbook.xlsx.load(await exported.arrayBuffer());
      const sheet = workbook.getWorksheet('Kompetence');
      if (sheet) sheet.getCell('G2').value = null;
      const bad = await rawFeedback(
        app,
        'POST',
        '/models/import',
        COORDINATOR,
        Buffer.from(await workbook.xlsx.writeBuffer()),
      );
      const body = (await bad.json()) as Reply['body'];
      expect([bad.status, body.error?.reason?.key]).toEqual([400, 'feedback.invalid.importRows']);
      expect(body.error?.details).toContain('Kompetence!G2 (Pozorovatelné chování): required');
      const clerk = await rawFeedback(
        app,
        'POST',
        '/models/import',
        'eva.vesela',
        Buffer.from(await workbook.xlsx.writeBuffer()),
      );
      expect(clerk.status).toBe(403);
    });
  });

  it('refuses nominations that break the rules with the rule’s sentence, writing nothing', async () => {
    const fresh = await call('POST', '/cycles', { draft: cycleDraft(modelId) });
    const cycle = (fresh.body as unknown as FeedbackCycleReply).cycle;
    const started = await call('POST', `/cycles/${cycle.id}/advance`, { etag: cycle.etag, to: 'nomination' });
    expect(started.status).toBe(200);
    const subjects = await call(
      'GET',
      `/cycles/${cycle.id}/subjects?email=${encodeURIComponent(at('hana.mala'))}`,
    );
    const hana = (subjects.body as { items: { subject: { id: number; etag: string } }[] }).items[0]?.subject;
    const path = `/cycles/${cycle.id}/subjects/${hana?.id}/nominations`;
    await unchanged(async () => {
      const twice = await call(
        'PUT',
        path,
        {
          etag: hana?.etag,
          raters: [
            { email: at('karel.novy'), group: 'peer' },
            { email: at('karel.novy'), group: 'other' },
          ],
        },
        'hana.mala',
      );
      expectError(twice, 400, 'badRequest');
      const self = await call(
        'PUT',
        path,
        { etag: hana?.etag, raters: [{ email: at('hana.mala'), group: 'peer' }] },
        'hana.mala',
        'cs',
      );
      expectError(self, 409, 'conflict');
      expect(self.body.error?.message).toBe(
        'Hana Malá je v seznamu jako sebehodnocení nebo vedoucí, nemůže být i v jiné skupině.',
      );
      const group = await call(
        'PUT',
        path,
        { etag: hana?.etag, raters: [{ email: at('karel.novy'), group: 'self' }] },
        'hana.mala',
      );
      expectError(group, 400, 'badRequest');
    });
    const ok = await call(
      'PUT',
      path,
      { etag: hana?.etag, raters: [{ email: at('karel.novy'), group: 'peer' }] },
      'hana.mala',
    );
    expect(
      (ok.body as unknown as SubjectNominationsReply).counts.find((c) => c.group === 'peer')?.count,
    ).toBe(1);
  });
});
