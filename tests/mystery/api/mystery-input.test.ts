import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Campaign, EvaluationReply } from '@kvalita/core';
import { HOSTILE_CHARACTERS, hostileCharactersIn } from '../../support/hostile-text';
import { preparedCampaign } from '../../../bot/test/mystery/mystery-fixture';
import { startMysteryApp } from './mystery-test-app';

/** Bad input of every kind: a clear 400/401/404/409/413/415, never a crash, never a partial write. */
describe('mystery shopping API: bad input', () => {
  let app: Awaited<ReturnType<typeof startMysteryApp>>;
  let campaign: Campaign;
  let sheetId = 0;
  const QM = 'qm@lipova.cz';
  const EVA = 'eva@lipova.cz';
  beforeAll(async () => {
    app = await startMysteryApp();
    const prepared = await preparedCampaign(app);
    const started = await app.service.advanceCampaign(prepared.qm, prepared.campaign.id, {
      etag: prepared.campaign.etag,
      to: 'running',
    });
    campaign = started.campaign;
    const planned = await app.service.plan(prepared.qm, campaign.id, {
      etag: campaign.etag,
      plans: [
        {
          departmentCode: 'OD',
          servicePointKey: 'od-counter',
          scenarioKey: 'licence',
          evaluatorEmail: EVA,
          week: '2026-W11',
        },
      ],
    });
    sheetId = planned.created[0]!.id;
  });
  afterAll(() => app.stop());

  /** Runs `attempt` and checks that it wrote nothing. */
  const unchanged = async (attempt: () => Promise<unknown>) => {
    const writes = app.stores.writes();
    await attempt();
    expect(app.stores.writes()).toBe(writes);
  };
  const draft = () => {
    const {
      id: _id,
      status: _s,
      createdBy: _c,
      startedAt: _a,
      closedAt: _b,
      createdAt: _d,
      modifiedAt: _m,
      etag: _e,
      ...rest
    } = campaign;
    return rest;
  };

  it('answers malformed JSON, wrong types, unknown fields and huge bodies with 400/413 naming the field', async () => {
    await unchanged(async () => {
      expect((await app.call('POST', '/campaigns', QM, '{"draft": {"name": "x",')).status).toBe(400);
      const typed = await app.call('POST', '/campaigns', QM, {
        draft: { ...draft(), name: 7, lockoutDays: '28' },
      });
      expect([typed.status, typed.body?.error?.details]).toEqual([
        400,
        expect.stringMatching(/draft\.name.*draft\.lockoutDays/s),
      ]);
      expect((await app.call('POST', '/campaigns', QM, { draft: draft(), status: 'closed' })).status).toBe(
        400,
      );
      expect(
        (await app.call('POST', '/campaigns', QM, { draft: { ...draft(), name: 'x'.repeat(121) } })).status,
      ).toBe(400);
      expect((await app.call('POST', '/campaigns', QM, 'null')).status).toBe(400);
      const huge = await app.call('POST', '/campaigns', QM, {
        draft: { ...draft(), description: 'x'.repeat(300_000) },
      });
      expect([huge.status, huge.body?.error?.code]).toEqual([413, 'payloadTooLarge']);
      const record = {
        contactAt: 'yesterday',
        answeredAt: null,
        items: {},
        waitMinutes: -1,
        rings: 2.5,
        answerCorrect: 'yes',
        generalNote: '',
      };
      const bad = await app.call('PUT', `/evaluations/${sheetId}/record`, EVA, { etag: '"1"', record });
      expect([bad.status, bad.body?.error?.details]).toEqual([
        400,
        expect.stringMatching(
          /record\.contactAt.*record\.waitMinutes.*record\.rings.*record\.answerCorrect/s,
        ),
      ]);
    });
  });

  it('keeps markup and OData as literal text, refuses them where a code is expected, and drops hostile characters', async () => {
    const name = `<script>alert(1)</script>' or 1 eq 1 ${HOSTILE_CHARACTERS.join('')}`;
    const created = await app.call('POST', '/campaigns', QM, { draft: { ...draft(), name } });
    expect(created.status).toBe(201);
    const stored = (created.body?.['campaign'] as { name: string }).name;
    expect(stored.startsWith("<script>alert(1)</script>' or 1 eq 1")).toBe(true);
    expect(hostileCharactersIn(stored)).toEqual([]);
    await unchanged(async () => {
      const injected = await app.call(
        'GET',
        `/campaigns/${campaign.id}/evaluations?department=${encodeURIComponent("OD' or 1 eq 1")}`,
        QM,
      );
      expect(injected.status).toBe(400);
      expect((await app.call('GET', '/evaluations/1%20or%201', QM)).status).toBe(404);
      expect((await app.call('GET', '/evaluations/99999', QM)).status).toBe(404);
    });
  });

  it('refuses a stale or malformed etag and a replayed submit, losing nothing', async () => {
    const opened = (await app.call('GET', `/evaluations/${sheetId}`, EVA)).body as unknown as EvaluationReply;
    const record = {
      ...opened.evaluation.record,
      contactAt: '2026-03-10T09:30:00+01:00',
      items: {
        greet: { answer: 'yes', note: '' },
        signs: { answer: 'yes', note: '' },
        correct: { answer: 'yes', note: '' },
      },
    };
    await unchanged(async () => {
      expect(
        (await app.call('PUT', `/evaluations/${sheetId}/record`, EVA, { etag: 'not an etag', record }))
          .status,
      ).toBe(400);
      const stale = await app.call('PUT', `/evaluations/${sheetId}/record`, EVA, { etag: '"0"', record });
      expect([stale.status, stale.body?.error?.reason?.key]).toEqual([409, 'error.stale']);
    });
    const saved = (
      await app.call('PUT', `/evaluations/${sheetId}/record`, EVA, { etag: opened.evaluation.etag, record })
    ).body as unknown as EvaluationReply;
    // Two devices submit at once with the same etag: one goes through, the other changes nothing.
    const submits = await Promise.all(
      [1, 2].map(() =>
        app.call('POST', `/evaluations/${sheetId}/act`, EVA, {
          etag: saved.evaluation.etag,
          action: 'submit',
        }),
      ),
    );
    expect(submits.map((reply) => reply.status).sort()).toEqual([200, 409]);
    const after = (await app.call('GET', `/evaluations/${sheetId}`, QM)).body as unknown as EvaluationReply;
    expect(after.evaluation.history.filter((entry) => entry.status === 'submitted')).toHaveLength(1);
  });

  it('answers no sign-in, an expired or forged token, and a stranger with 401 and 403', async () => {
    await unchanged(async () => {
      expect((await app.call('GET', '/campaigns', null)).status).toBe(401);
      expect(
        (
          await app.call('GET', '/campaigns', null, undefined, {
            Authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJleHAiOjF9.',
          })
        ).status,
      ).toBe(401);
      expect((await app.call('GET', '/campaigns', 'nobody@lipova.cz')).status).toBe(401);
      expect(
        (
          await app.call('POST', '/checklists', 'clerk@lipova.cz', {
            draft: { name: 'x', channel: 'visit', description: '', items: [] },
          })
        ).status,
      ).toBe(400);
      expect((await app.call('GET', `/evaluations/${sheetId}`, 'clerk@lipova.cz')).status).toBe(403);
      expect(
        (await app.call('GET', `/campaigns/${campaign.id}/evaluations`, 'head.od@lipova.cz')).status,
      ).toBe(403);
    });
  });

  it('takes photos and PDFs only, within the size limit, under a clean file name', async () => {
    const fixtureSheet = await app.service.plan(await app.actor(QM), campaign.id, {
      etag: (await app.service.campaign(await app.actor(QM), campaign.id)).campaign.etag,
      plans: [
        {
          departmentCode: 'SU',
          servicePointKey: 'su-counter',
          scenarioKey: 'licence',
          evaluatorEmail: EVA,
          week: '2026-W12',
        },
      ],
    });
    const id = fixtureSheet.created[0]!.id;
    // A critical item takes no "partly": refused at save, nothing written.
    const sheet = (await app.call('GET', `/evaluations/${id}`, EVA)).body as unknown as EvaluationReply;
    await unchanged(async () => {
      const partly = await app.call('PUT', `/evaluations/${id}/record`, EVA, {
        etag: sheet.evaluation.etag,
        record: { ...sheet.evaluation.record, items: { correct: { answer: 'partly', note: '' } } },
      });
      expect([partly.status, partly.body?.error?.details]).toEqual([
        400,
        expect.stringContaining('items.correct'),
      ]);
    });
    const upload = (type: string, name: string, bytes: Uint8Array) =>
      app.call('POST', `/evaluations/${id}/files`, EVA, bytes, { 'content-type': type, 'x-file-name': name });
    await unchanged(async () => {
      expect((await upload('text/html', 'a.html', new Uint8Array([60, 104]))).status).toBe(415);
      expect(
        (await upload('image/jpeg', encodeURIComponent('../../etc/passwd'), new Uint8Array([1]))).status,
      ).toBe(400);
      expect((await upload('image/jpeg', '%E0%A4%A', new Uint8Array([1]))).status).toBe(400);
      expect((await upload('image/png', 'big.png', new Uint8Array(10 * 1024 * 1024 + 1))).status).toBe(413);
      expect((await upload('image/png', 'empty.png', new Uint8Array())).status).toBe(400);
    });
    const added = await upload(
      'image/jpeg',
      encodeURIComponent('čekárna.jpg'),
      new Uint8Array([0xff, 0xd8, 0xff]),
    );
    expect([added.status, added.body?.['name']]).toEqual([201, 'čekárna.jpg']);
  });
});
