import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MeasureChangeReply, MeasureDraft, MeasureRegisterReply, MeasureTiles } from '@kvalita/core';
import { expectContractReply } from '../support/contract-reply';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/*
 * A measure's whole life on the local stack (the service on the local SharePoint with the demo
 * office), through /api/measures as the tab calls it: the head of social affairs (Lucie Dvořáková,
 * OSV) raises it, the quality manager (Jana Nováková) approves it, Lucie runs it and asks for the
 * check, Jana finds it effective; the register shows it with the tiles at each step. Then rule 9:
 * an ordinary member (Jiří Kučera) straight against SharePoint's REST API reads the measure but
 * may change neither the measure nor its history.
 */

const LUCIE = 'lucie.dvorakova@lipova.example';
const JANA = 'jana.novakova@lipova.example';
const JIRI = 'jiri.kucera@lipova.example';

const draft: MeasureDraft = {
  title: 'Kratší čekání na sociální dávky',
  kind: 'corrective',
  source: { origin: 'complaint', cycleId: null, subcriterionCode: '5.2', sourceKey: null, sourceUrl: null },
  departmentCode: 'OSV',
  ownerEmail: null,
  coOwnerEmails: [],
  priority: 'high',
  deadline: '2027-06-30',
  problem: 'Žadatelé čekají na rozhodnutí o dávce déle než 30 dnů.',
  rootCause: { whys: ['Spis putuje mezi odděleními'], categories: ['procedures'] },
  steps: [{ key: null, title: 'Zavést elektronický spis', ownerEmail: null, dueDate: null, done: false }],
  expectedResult: 'Rozhodnutí do 20 dnů.',
  effectivenessCriterion: 'Průměrná doba vyřízení pod 20 dnů tři měsíce po sobě.',
  checkDate: '2027-09-30',
  budgetCzk: 120_000,
  councilResolution: null,
  evidenceLinks: [],
};

interface Reply<T> {
  readonly status: number;
  readonly body: T;
}

describe('a measure through the whole stack', () => {
  let stack: LocalStack;
  let measureId = 0;
  let etag = '';

  /** The tab's call as a signed-in demo person, its reply checked against the contract. */
  async function call<T>(method: string, path: string, who: string, body?: unknown): Promise<Reply<T>> {
    const response = await fetch(`${stack.serviceUrl}/api/measures${path}`, {
      method,
      headers: {
        Authorization: `Demo ${who}`,
        'content-type': 'application/json',
        'accept-language': 'cs',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const reply = text ? (JSON.parse(text) as unknown) : null;
    expectContractReply(method, new URL(response.url).pathname, response.status, reply);
    return { status: response.status, body: reply as T };
  }
  const change = async (path: string, who: string, body: object) => {
    const reply = await call<MeasureChangeReply>('POST', `/${measureId}${path}`, who, { etag, ...body });
    expect([path, reply.status]).toEqual([path, 200]);
    etag = reply.body.measure.etag;
    return reply.body;
  };
  const socialAffairs = async () =>
    (await call<MeasureRegisterReply>('GET', '?departmentCode=OSV', JANA)).body;

  beforeAll(async () => {
    stack = await startTestStack();
  }, 60_000);
  afterAll(() => stack?.stop());

  it('is raised by a head, approved, run, checked effective, and the register shows each step', async () => {
    // The demo office has measures of social affairs already: the tiles move by this one.
    const baseline = (await socialAffairs()).tiles;
    const tiles = (change: Partial<MeasureTiles>): MeasureTiles => ({
      open: baseline.open + (change.open ?? 0),
      overdue: baseline.overdue,
      dueSoon: baseline.dueSoon,
      awaitingCheck: baseline.awaitingCheck + (change.awaitingCheck ?? 0),
      closedThisYear: baseline.closedThisYear + (change.closedThisYear ?? 0),
    });
    const row = (register: MeasureRegisterReply) => register.items.find((item) => item.id === measureId);
    const created = await call<MeasureChangeReply>('POST', '', LUCIE, draft);
    expect(created.status).toBe(201);
    measureId = created.body.measure.id;
    etag = created.body.measure.etag;
    expect(created.body.measure).toEqual(
      expect.objectContaining({
        status: 'proposed',
        phase: 'plan',
        departmentCode: 'OSV',
        owner: expect.objectContaining({ email: LUCIE }),
      }),
    );
    // The one who raised it does not approve it.
    expect(created.body.allowed).not.toContain('approve');
    const proposed = await socialAffairs();
    expect(row(proposed)?.status).toBe('proposed');
    expect(proposed.tiles).toEqual(tiles({ open: 1 }));

    const approved = await change('/transition', JANA, { transition: 'approve', reason: '' });
    expect(approved.measure.status).toBe('approved');
    const started = await change('/transition', LUCIE, { transition: 'start', reason: '' });
    expect([started.measure.status, started.measure.phase]).toEqual(['inProgress', 'do']);

    const stepKey = started.measure.steps[0]?.key ?? '';
    const reported = await change('/progress', LUCIE, {
      progress: 80,
      phase: 'do',
      note: 'Elektronický spis běží na oddělení sociální práce.',
      stepsDone: [{ key: stepKey, done: true }],
    });
    expect(reported.measure.progress).toBe(80);
    expect(reported.measure.steps.map((step) => step.done)).toEqual([true]);
    expect(reported.updates[0]).toEqual(
      expect.objectContaining({
        kind: 'progress',
        progress: 80,
        by: expect.objectContaining({ email: LUCIE }),
      }),
    );

    const requested = await change('/transition', LUCIE, { transition: 'requestCheck', reason: '' });
    expect([requested.measure.status, requested.measure.phase]).toEqual(['effectivenessCheck', 'check']);
    // Who did it does not verify it worked.
    expect(requested.allowed).not.toContain('checkEffectiveness');
    const awaiting = await socialAffairs();
    expect(row(awaiting)?.status).toBe('effectivenessCheck');
    expect(awaiting.tiles).toEqual(tiles({ open: 1, awaitingCheck: 1 }));

    const checked = await change('/effectiveness', JANA, {
      effective: true,
      note: 'Průměrná doba vyřízení 17 dnů.',
      newDeadline: null,
    });
    expect(checked.measure).toEqual(
      expect.objectContaining({ status: 'closed', phase: 'act', effective: true, progress: 80 }),
    );
    expect(checked.updates.map((update) => update.kind)).toEqual([
      'checkedEffective',
      'checkRequested',
      'progress',
      'started',
      'approved',
      'created',
    ]);

    const closed = await socialAffairs();
    expect(row(closed)).toEqual(
      expect.objectContaining({ status: 'closed', effective: true, overdue: false, progress: 80 }),
    );
    expect(closed.tiles).toEqual(tiles({ closedThisYear: 1 }));
    // Lucie owns a demo measure too; "mine" shows this one among hers, and not to Jiří.
    const mine = await call<MeasureRegisterReply>('GET', '?mine=true', LUCIE);
    expect(mine.body.items.map((item) => item.id)).toContain(measureId);
    const notMine = await call<MeasureRegisterReply>('GET', '?mine=true', JIRI);
    expect(notMine.body.items.map((item) => item.id)).not.toContain(measureId);
  }, 60_000);

  describe('rule 9: an ordinary member straight against SharePoint', () => {
    const sitePath = () => new URL(stack.emulatorSiteUrl).pathname;
    const item = (list: string, id: number) => `web/getlist('${sitePath()}/Lists/${list}')/items(${id})`;
    const items = (list: string) => `web/getlist('${sitePath()}/Lists/${list}')/items`;

    async function asMember(
      method: string,
      path: string,
      init: { body?: string; headers?: Record<string, string> } = {},
    ): Promise<{ status: number; text: string }> {
      const auth = { 'X-Kvalita-Emulator-User': JIRI, Accept: 'application/json;odata=nometadata' };
      const info = await fetch(`${stack.emulatorSiteUrl}/_api/contextinfo`, {
        method: 'POST',
        headers: auth,
      });
      const { FormDigestValue } = (await info.json()) as { FormDigestValue: string };
      const reply = await fetch(`${stack.emulatorSiteUrl}/_api/${path}`, {
        method,
        headers: {
          ...auth,
          'X-RequestDigest': FormDigestValue,
          'Content-Type': 'application/json;odata=nometadata',
          ...init.headers,
        },
        ...(init.body === undefined ? {} : { body: init.body }),
      });
      return { status: reply.status, text: await reply.text() };
    }
    const denied = (reply: { status: number; text: string }) => [
      reply.status,
      reply.text.includes('UnauthorizedAccessException'),
    ];

    it('reads the measure, and every write to the measure or its history is refused', async () => {
      expect(measureId).toBeGreaterThan(0);
      const read = await asMember('GET', item('KvalitaMeasures', measureId));
      expect(read.status).toBe(200);
      const before = JSON.parse(read.text) as Record<string, unknown>;
      expect(before['Title']).toBe(draft.title);
      const history = await asMember(
        'GET',
        `${items('KvalitaMeasureUpdates')}?$filter=MeasureId eq ${measureId}`,
      );
      expect(history.status).toBe(200);
      const updateIds = (JSON.parse(history.text) as { value: { Id: number }[] }).value.map((row) => row.Id);
      expect(updateIds).toHaveLength(6);

      const rows: [string, number][] = [
        ['KvalitaMeasures', measureId],
        ['KvalitaMeasureUpdates', updateIds[0] as number],
      ];
      for (const [list, id] of rows) {
        const merge = JSON.stringify({ Title: 'Přepsáno ručně' });
        expect([
          list,
          'MERGE',
          ...denied(
            await asMember('POST', item(list, id), {
              body: merge,
              headers: { 'If-Match': '*', 'X-HTTP-Method': 'MERGE' },
            }),
          ),
        ]).toEqual([list, 'MERGE', 403, true]);
        expect([
          list,
          'POST',
          ...denied(
            await asMember('POST', items(list), {
              body: JSON.stringify({ Title: 'Ruční zápis' }),
            }),
          ),
        ]).toEqual([list, 'POST', 403, true]);
        expect([
          list,
          'DELETE',
          ...denied(
            await asMember('POST', item(list, id), {
              headers: { 'If-Match': '*', 'X-HTTP-Method': 'DELETE' },
            }),
          ),
        ]).toEqual([list, 'DELETE', 403, true]);
        expect([
          list,
          'DELETE verb',
          ...denied(
            await asMember('DELETE', item(list, id), {
              headers: { 'If-Match': '*' },
            }),
          ),
        ]).toEqual([list, 'DELETE verb', 403, true]);
      }

      const after = JSON.parse((await asMember('GET', item('KvalitaMeasures', measureId))).text) as Record<
        string,
        unknown
      >;
      expect(after).toEqual(before);
      const historyAfter = await asMember(
        'GET',
        `${items('KvalitaMeasureUpdates')}?$filter=MeasureId eq ${measureId}`,
      );
      expect(JSON.parse(historyAfter.text)).toEqual(JSON.parse(history.text));
      const detail = await call<MeasureChangeReply>('GET', `/${measureId}`, JIRI);
      expect([detail.status, detail.body.measure.status, detail.body.updates.length]).toEqual([
        200,
        'closed',
        6,
      ]);
      expect(detail.body.allowed).toEqual([]);
    }, 60_000);
  });
});
