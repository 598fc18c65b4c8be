import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Measure, MeasureDetailReply } from '@kvalita/core';
import { HOSTILE_CHARACTERS } from '../support/hostile-text';
import { callMeasures, startMeasuresApp, type MeasuresTestApp, type Reply } from './measures-test-app';
import { measureDraft } from './measure-draft';

const qm = 'jana.novakova';
const owner = 'lucie.dvorakova';

/** Bad input of every kind: a clear 400/409/413, never a crash, never a partial write. */
describe('measures API: bad input', () => {
  let app: MeasuresTestApp;
  let measure: Measure;
  beforeAll(async () => {
    app = await startMeasuresApp();
    const created = await callMeasures(app, 'POST', '', owner, measureDraft());
    const approved = await callMeasures(
      app,
      'POST',
      `/${(created.body as unknown as MeasureDetailReply).measure.id}/transition`,
      qm,
      {
        etag: (created.body as unknown as MeasureDetailReply).measure.etag,
        transition: 'approve',
        reason: '',
      },
    );
    measure = (approved.body as unknown as MeasureDetailReply).measure;
  });
  afterAll(() => app.stop());

  const call = (method: string, path: string, body?: unknown, who = qm) =>
    callMeasures(app, method, path, who, body);
  const expectBad = (reply: Reply, status = 400) =>
    expect([reply.status, reply.body.error?.code]).toEqual([
      status,
      status === 413 ? 'payloadTooLarge' : 'badRequest',
    ]);
  /** Runs `attempt` and checks that it wrote nothing. */
  const unchanged = async (attempt: () => Promise<unknown>) => {
    const writes = app.store.writes;
    const before = await call('GET', `/${measure.id}`);
    await attempt();
    expect(app.store.writes).toBe(writes);
    expect(await call('GET', `/${measure.id}`)).toEqual(before);
  };

  it('answers malformed JSON, wrong types and unknown fields with 400 naming the field', async () => {
    await unchanged(async () => {
      expectBad(await call('POST', '', '{"title": "x",'));
      expectBad(await call('POST', `/${measure.id}/progress`, '{"etag": "\\"2\\"", progress: 5}'));
      const typed = await call('POST', '', measureDraft({ title: 7, deadline: 20270331, steps: 'none' }));
      expectBad(typed);
      expect(typed.body.error?.details).toMatch(/title.*deadline.*steps|title/);
      expectBad(await call('POST', '', { ...measureDraft(), status: 'closed' }));
      expectBad(await call('POST', '', [measureDraft()]));
      expectBad(await call('POST', '', 'null'));
      expectBad(
        await call('POST', `/${measure.id}/progress`, {
          etag: measure.etag,
          progress: 50.5,
          phase: 'do',
          note: '',
        }),
      );
      expectBad(
        await call('POST', `/${measure.id}/progress`, {
          etag: measure.etag,
          progress: 50,
          phase: 'do',
          note: '',
          extra: true,
        }),
      );
      expectBad(
        await call('POST', `/${measure.id}/transition`, {
          etag: measure.etag,
          transition: 'close',
          reason: '',
        }),
      );
      expectBad(await call('PUT', `/${measure.id}`, { etag: measure.etag }));
    });
  });

  it('refuses over-long texts with 400 and a body beyond the limit with 413', async () => {
    await unchanged(async () => {
      const long = await call('POST', '', measureDraft({ title: 'x'.repeat(256) }));
      expectBad(long);
      expect(long.body.error?.details).toContain('title');
      expectBad(
        await call('POST', `/${measure.id}/progress`, {
          etag: measure.etag,
          progress: 5,
          phase: 'do',
          note: 'x'.repeat(2001),
        }),
      );
      expectBad(await call('POST', '', measureDraft({ problem: 'x'.repeat(300_000) })), 413);
    });
  });

  it('refuses dates that do not exist, past deadlines, http links, unknown people, departments and subcriteria', async () => {
    await unchanged(async () => {
      for (const changes of [
        { deadline: '2027-02-30' },
        { deadline: '2026-11-21', checkDate: null },
        { checkDate: '2027-01-01' },
        { evidenceLinks: ['http://intranet.lipova.example/doc'] },
        { evidenceLinks: ['javascript:alert(1)'] },
        { ownerEmail: 'not an e-mail' },
        {
          source: {
            origin: 'complaint',
            cycleId: null,
            subcriterionCode: '10.1',
            sourceKey: null,
            sourceUrl: null,
          },
        },
        { departmentCode: "OSV' or 1 eq 1" },
      ])
        expect([changes, (await call('POST', '', measureDraft(changes))).status]).toEqual([changes, 400]);
      const person = await call('POST', '', measureDraft({ coOwnerEmails: ['nobody@lipova.example'] }));
      expect([person.status, person.body.error?.reason?.key, person.body.error?.details]).toEqual([
        400,
        'measures.invalid.unknownPerson',
        'coOwnerEmails.0: no such person in the office directory',
      ]);
      const stepOwner = await call(
        'POST',
        '',
        measureDraft({
          steps: [
            { key: null, title: 'Krok', ownerEmail: 'ghost@lipova.example', dueDate: null, done: false },
          ],
        }),
      );
      expect(stepOwner.body.error?.reason?.key).toBe('measures.invalid.unknownPerson');
      const department = await call('POST', '', measureDraft({ departmentCode: 'XYZ' }));
      expect([department.status, department.body.error?.reason?.key]).toEqual([
        400,
        'measures.invalid.unknownDepartment',
      ]);
    });
  });

  it('keeps HTML as inert text and drops control and bidirectional characters', async () => {
    const html = '<img src=x onerror=alert(1)><script>alert("x")</script> & „uvozovky“ 😀';
    // Joined by a letter: two lone surrogates side by side would make a pair (a real character).
    const hostile = `Zkouška ${HOSTILE_CHARACTERS.join('x')} konec`;
    const visible = `Zkouška ${'x'.repeat(HOSTILE_CHARACTERS.length - 1)} konec`;
    const created = await call(
      'POST',
      '',
      measureDraft({ title: html, problem: hostile, rootCause: { whys: [hostile], categories: [] } }),
      owner,
    );
    expect(created.status).toBe(201);
    const detail = created.body as unknown as MeasureDetailReply;
    expect(detail.measure.title).toBe(html);
    expect(detail.measure.problem).toBe(visible);
    expect(detail.measure.rootCause.whys).toEqual([visible]);
    const response = await fetch(`${app.url}/${detail.measure.id}`, {
      headers: { Authorization: `Demo ${qm}@lipova.example` },
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).not.toMatch(/\\u202e/i);
  });

  it('refuses OData-like and malformed filters with 400', async () => {
    for (const query of [
      "?departmentCode=OSV' or Title ne '",
      '?departmentCode=OSV%20or%201%20eq%201',
      "?ownerEmail=a@b.c' or 1 eq 1",
      '?$filter=Id gt 0',
      '?status=open',
      '?status=proposed&status=proposed',
      '?criterion=3.5',
      '?criterion=10',
      '?year=20260',
      '?pageSize=1000',
      '?page=../../x',
      '?sort=Title%20desc',
      '?phase=do&phase=act',
      '?overdue=maybe',
      '?subcriterionCode=3.3%27',
    ])
      expect([query, (await call('GET', query)).status]).toEqual([query, 400]);
  });

  it('answers ids that are no measure with 404', async () => {
    for (const path of ['/0', '/-1', '/abc', '/1.5', '/99999', '/1e3', '/00001x', `/${'9'.repeat(30)}'`])
      expect([path, (await call('GET', path)).status]).toEqual([path, 404]);
  });

  it('refuses a stale etag with 409 and a malformed one with 400, changing nothing', async () => {
    const fresh = (await call('GET', `/${measure.id}`)).body as unknown as MeasureDetailReply;
    const started = await call(
      'POST',
      `/${measure.id}/transition`,
      { etag: fresh.measure.etag, transition: 'start', reason: '' },
      owner,
    );
    expect(started.status).toBe(200);
    measure = (started.body as unknown as MeasureDetailReply).measure;
    await unchanged(async () => {
      const stale = await call(
        'POST',
        `/${measure.id}/progress`,
        { etag: fresh.measure.etag, progress: 20, phase: 'do', note: '' },
        owner,
      );
      expect([stale.status, stale.body.error?.reason?.key]).toEqual([409, 'error.stale']);
      const staleEdit = await call(
        'PUT',
        `/${measure.id}`,
        { etag: fresh.measure.etag, draft: measureDraft({ title: 'Přepsáno' }) },
        owner,
      );
      expect(staleEdit.status).toBe(409);
      for (const etag of ['2', '', '*', '"', 'W/"2"', '"a b"', 'x'.repeat(200), 7, null])
        expect([
          etag,
          (
            await call(
              'POST',
              `/${measure.id}/progress`,
              { etag, progress: 20, phase: 'do', note: '' },
              owner,
            )
          ).status,
        ]).toEqual([etag, 400]);
    });
  });

  it('takes a double-submitted progress report once: the second has the old etag and changes nothing', async () => {
    const current = ((await call('GET', `/${measure.id}`)).body as unknown as MeasureDetailReply).measure;
    const report = { etag: current.etag, progress: 40, phase: 'do', note: 'Školení hotovo' };
    const [first, second] = await Promise.all([
      call('POST', `/${measure.id}/progress`, report, owner),
      call('POST', `/${measure.id}/progress`, report, owner),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const detail = (await call('GET', `/${measure.id}`)).body as unknown as MeasureDetailReply;
    expect(
      detail.updates.filter((update) => update.kind === 'progress' && update.note === 'Školení hotovo'),
    ).toHaveLength(1);
    expect(detail.measure.progress).toBe(40);
  });
});
