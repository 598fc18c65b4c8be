import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Measure, MeasureDetailReply, MeasureRegisterReply } from '@kvalita/core';
import { callMeasures, startMeasuresApp, type MeasuresTestApp } from './measures-test-app';
import { measureDraft } from './measure-draft';

const qm = 'jana.novakova';
const source = (origin: string, subcriterionCode: string | null, cycleId: number | null = null) => ({
  origin,
  cycleId,
  subcriterionCode,
  sourceKey: null,
  sourceUrl: null,
});

/** The register over HTTP: filters, "mine", tiles over the same filter, sorting and paging. */
describe('measures API: the register', () => {
  let app: MeasuresTestApp;
  const ids: Record<string, number> = {};
  const byId = (id: number) => Object.keys(ids).find((name) => ids[name] === id);

  beforeAll(async () => {
    app = await startMeasuresApp();
    const rows: [string, Record<string, unknown>][] = [
      [
        'Čekárna',
        {
          departmentCode: 'OSV',
          deadline: '2026-11-25',
          priority: 'low',
          source: source('complaint', '3.3'),
        },
      ],
      [
        'Archiv',
        {
          departmentCode: 'OD',
          deadline: '2026-12-01',
          priority: 'high',
          source: source('survey', '3.1'),
          ownerEmail: 'tomas.cerny@lipova.example',
          coOwnerEmails: ['jiri.kucera@lipova.example'],
        },
      ],
      [
        'Budova',
        {
          departmentCode: 'OV',
          deadline: '2027-02-01',
          priority: 'medium',
          source: source('selfAssessment', '4.2', 5),
          checkDate: null,
        },
      ],
      [
        'Cesty',
        {
          departmentCode: 'OD',
          deadline: '2026-11-22',
          priority: 'high',
          source: source('audit', null),
          checkDate: null,
          steps: [
            {
              key: null,
              title: 'Oprava',
              ownerEmail: 'jiri.kucera@lipova.example',
              dueDate: null,
              done: false,
            },
          ],
        },
      ],
      [
        'Dotace',
        {
          departmentCode: 'OE',
          deadline: '2027-06-30',
          priority: 'medium',
          source: source('other', '9.1'),
          checkDate: '2027-07-31',
        },
      ],
      [
        'Evidence',
        {
          departmentCode: 'OSV-SP',
          deadline: '2026-12-20',
          priority: 'low',
          source: source('complaint', '3.2'),
        },
      ],
      [
        'Formuláře',
        {
          departmentCode: 'KT',
          deadline: '2026-11-30',
          priority: 'medium',
          source: source('other', null),
          checkDate: null,
        },
      ],
    ];
    for (const [title, changes] of rows) {
      const reply = await callMeasures(app, 'POST', '', qm, measureDraft({ title, ...changes }));
      expect([title, reply.status, reply.body.error?.details]).toEqual([title, 201, undefined]);
      ids[title] = (reply.body as unknown as MeasureDetailReply).measure.id;
    }
  });
  afterAll(() => app.stop());

  const register = async (query = '', who = qm) => {
    const reply = await callMeasures(app, 'GET', query, who);
    expect(reply.status).toBe(200);
    return reply.body as unknown as MeasureRegisterReply;
  };
  const titles = async (query: string, who = qm) =>
    (await register(query, who)).items.map((item) => byId(item.id));

  it('sorts by deadline (the default), priority, title in Czech order, either way, ties by id', async () => {
    expect(await titles('')).toEqual([
      'Cesty',
      'Čekárna',
      'Formuláře',
      'Archiv',
      'Evidence',
      'Budova',
      'Dotace',
    ]);
    expect(await titles('?sort=deadline&descending=true')).toEqual([
      'Dotace',
      'Budova',
      'Evidence',
      'Archiv',
      'Formuláře',
      'Čekárna',
      'Cesty',
    ]);
    expect(await titles('?sort=title')).toEqual([
      'Archiv',
      'Budova',
      'Cesty',
      'Čekárna',
      'Dotace',
      'Evidence',
      'Formuláře',
    ]);
    expect(await titles('?sort=priority')).toEqual([
      'Archiv',
      'Cesty',
      'Budova',
      'Dotace',
      'Formuláře',
      'Čekárna',
      'Evidence',
    ]);
  });

  it('pages through the register with the reply’s token, no row twice or missing', async () => {
    const seen: string[] = [];
    let query = '?sort=title&pageSize=3';
    const pages: number[] = [];
    for (;;) {
      const page = await register(query);
      expect(page.total).toBe(7);
      pages.push(page.items.length);
      seen.push(...page.items.map((item) => byId(item.id) ?? '?'));
      if (page.nextPage === null) break;
      query = `?sort=title&pageSize=3&page=${page.nextPage}`;
    }
    expect(pages).toEqual([3, 3, 1]);
    expect(seen).toEqual(['Archiv', 'Budova', 'Cesty', 'Čekárna', 'Dotace', 'Evidence', 'Formuláře']);
    const beyond = await register('?pageSize=3&page=pzz');
    expect([beyond.items, beyond.nextPage, beyond.total]).toEqual([[], null, 7]);
  });

  it('filters by criterion, subcriterion, department with its sections, origin, cycle, owner and year', async () => {
    const sorted = async (query: string) => (await titles(query)).sort();
    expect(await sorted('?criterion=3')).toEqual(['Archiv', 'Evidence', 'Čekárna'].sort());
    expect(await sorted('?subcriterionCode=3.3')).toEqual(['Čekárna']);
    expect(await register('?criterion=3&subcriterionCode=4.2')).toMatchObject({ items: [], total: 0 });
    expect(await sorted('?departmentCode=OSV')).toEqual(['Evidence', 'Čekárna'].sort());
    expect(await sorted('?origin=survey')).toEqual(['Archiv']);
    expect(await sorted('?cycleId=5')).toEqual(['Budova']);
    expect(await sorted('?ownerEmail=tomas.cerny@lipova.example')).toEqual(['Archiv']);
    expect(await sorted('?year=2027')).toEqual(['Budova', 'Dotace']);
    expect(await sorted('?status=proposed,approved')).toHaveLength(7);
  });

  it('gives each person “mine”: owned, co-owned or with a step of theirs', async () => {
    expect((await titles('?mine=true', 'jiri.kucera')).sort()).toEqual(['Archiv', 'Cesty']);
    expect(await titles('?mine=true', 'tomas.cerny')).toEqual(['Archiv']);
    expect(await titles('?mine=true', 'alena.nemcova')).toEqual([]);
  });

  it('counts overdue by the office’s date in Prague, and the tiles over the same filter', async () => {
    // 23:30 UTC on 25 November is already the 26th in Prague: the measure due on the 25th is overdue.
    app.setNow(new Date('2026-11-25T23:30:00Z'));
    const all = await register('');
    expect(all.tiles).toEqual({ open: 7, overdue: 2, dueSoon: 2, awaitingCheck: 0, closedThisYear: 0 });
    expect(
      all.items
        .filter((item) => item.overdue)
        .map((item) => byId(item.id))
        .sort(),
    ).toEqual(['Cesty', 'Čekárna'].sort());
    expect((await titles('?overdue=true')).sort()).toEqual(['Cesty', 'Čekárna'].sort());
    expect(await titles('?overdue=false')).toHaveLength(5);
    // "Due soon" is what its tile counts: open, due from today to 14 days on.
    expect(await titles('?dueSoon=true')).toHaveLength(all.tiles.dueSoon);
    expect((await register('?dueSoon=true')).items.every((item) => !item.overdue)).toBe(true);
    expect((await register('?departmentCode=OD')).tiles).toEqual({
      open: 2,
      overdue: 1,
      dueSoon: 1,
      awaitingCheck: 0,
      closedThisYear: 0,
    });

    // Dotace closes as effective; Archiv waits for its check.
    const step = async (measure: Measure, path: string, body: Record<string, unknown>) =>
      (await callMeasures(app, 'POST', `/${measure.id}/${path}`, qm, { etag: measure.etag, ...body }))
        .body as unknown as MeasureDetailReply;
    const get = async (title: string) =>
      ((await callMeasures(app, 'GET', `/${ids[title]}`, qm)).body as unknown as MeasureDetailReply).measure;
    let dotace = await get('Dotace');
    for (const transition of ['approve', 'start', 'requestCheck'])
      dotace = (await step(dotace, 'transition', { transition, reason: '' })).measure;
    await step(dotace, 'effectiveness', { effective: true, note: 'Splněno', newDeadline: null });
    let archiv = await get('Archiv');
    for (const transition of ['approve', 'start', 'requestCheck'])
      archiv = (await step(archiv, 'transition', { transition, reason: '' })).measure;

    expect((await register('')).tiles).toEqual({
      open: 6,
      overdue: 2,
      dueSoon: 2,
      awaitingCheck: 1,
      closedThisYear: 1,
    });
    expect(await register('?status=closed')).toMatchObject({
      total: 1,
      tiles: { open: 0, overdue: 0, dueSoon: 0, awaitingCheck: 0, closedThisYear: 1 },
    });
    expect(await titles('?phase=check')).toEqual(['Archiv']);
    // A new year: closed last year no more counts.
    app.setNow(new Date('2027-01-02T09:00:00Z'));
    expect((await register('')).tiles.closedThisYear).toBe(0);
  });
});
