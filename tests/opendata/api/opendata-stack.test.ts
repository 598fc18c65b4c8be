import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  OPEN_DATASET_DEFINITIONS,
  catalogueProblems,
  csvProblems,
  datasetProblems,
  parseCsv,
  type OpenDataOverviewReply,
  type PublishReply,
} from '@kvalita/core';
import { OpenDataFilesRepository, SiteContext, connectSharePoint } from '@kvalita/sharepoint';
import { callApi } from '../../support/api-call';
import { startTestStack, type LocalStack } from '../../support/e2e-stack';

/*
 * Open data on the local stack, as the demo office published it at start: the catalogue and every
 * file fetched anonymously over HTTP, parsed back and validated; the small section (Oddělení
 * sociální práce, fewer people than the group threshold) named in no file; only the quality
 * manager publishes; a double submit publishes once; a re-publication replaces the files, logs it
 * and keeps the earlier versions; a withdrawn dataset leaves the catalogue and the web; the schedule
 * re-publishes what is due.
 */

let stack: LocalStack;
// The service's clock runs with the real one; the schedule's test moves it two months on.
let offsetMs = 0;
const QM = 'jana.novakova';

beforeAll(async () => {
  stack = await startTestStack({ openDataDemo: true, now: () => new Date(Date.now() + offsetMs) });
}, 120_000);
afterAll(() => stack?.stop());

const overview = async () =>
  (await callApi(stack.serviceUrl, 'opendata', { method: 'GET', path: '', who: QM }))
    .body as unknown as OpenDataOverviewReply;
const anonymous = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });

describe('open data published by the demo office', () => {
  it('lists every dataset in a catalogue that meets DCAT-AP-CZ, each record and CSV fetched without sign-in and valid', async () => {
    const { catalogueUrl, datasets, log } = await overview();
    expect(log).toHaveLength(1);
    expect(datasets.every((dataset) => dataset.chosen && dataset.inCatalogue)).toBe(true);
    const reply = await anonymous(catalogueUrl);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(reply.headers.get('cache-control')).toBe('public, max-age=3600');
    const catalogue = (await reply.json()) as Record<string, unknown>;
    expect(catalogueProblems('katalog.jsonld', catalogue)).toEqual([]);
    expect(catalogue['datová_sada']).toEqual(datasets.map((dataset) => dataset.urls.record));
    for (const dataset of datasets) {
      const record = (await (await anonymous(dataset.urls.record)).json()) as Record<string, unknown>;
      expect(datasetProblems(dataset.key, record)).toEqual([]);
      const csvReply = await anonymous(dataset.urls.csv);
      expect(csvReply.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      const csv = await csvReply.text();
      const metaReply = await anonymous(dataset.urls.metadata);
      expect(metaReply.headers.get('content-type')).toBe('application/csvm+json; charset=utf-8');
      expect(csvProblems(`${dataset.key}.csv`, csv, await metaReply.json())).toEqual([]);
      expect(parseCsv(csv)[0]).toEqual(
        OPEN_DATASET_DEFINITIONS[dataset.key].columns.map((column) => column.name),
      );
    }
  });

  it('has rows in every dataset and names no department smaller than the threshold in any file', async () => {
    const { datasets } = await overview();
    for (const dataset of datasets) {
      const csv = await (await anonymous(dataset.urls.csv)).text();
      expect([dataset.key, parseCsv(csv).length > 1]).toEqual([dataset.key, true]);
      expect(csv).not.toContain('Oddělení sociální práce');
      expect(csv).not.toMatch(/@lipova\.example/);
    }
    // The departments the survey results show are named: the small section is missing, not all of them.
    const csvOf = async (key: string) =>
      (await anonymous(datasets.find((dataset) => dataset.key === key)!.urls.csv)).text();
    expect(await csvOf('measuresSummary')).toContain('Odbor dopravy');
    expect(await csvOf('mysteryResults')).toContain('Odbor dopravy');
    expect(await csvOf('surveyAggregates')).toContain('Odbor dopravy');
    const preview = await callApi(stack.serviceUrl, 'opendata', {
      method: 'GET',
      path: '/datasets/measuresSummary/preview',
      who: QM,
    });
    expect(preview.body?.['withheldDepartments']).toBeGreaterThanOrEqual(1);
    expect(preview.body?.['problems']).toEqual([]);
  });

  it('answers 304 to a copy it already has, and 404 to what it never published', async () => {
    const { catalogueUrl } = await overview();
    const first = await anonymous(catalogueUrl);
    const again = await anonymous(catalogueUrl, { 'If-None-Match': first.headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
    expect((await anonymous(catalogueUrl.replace('katalog.jsonld', 'soubory/neexistuje.csv'))).status).toBe(
      404,
    );
    expect(
      (await anonymous(catalogueUrl.replace('katalog.jsonld', 'soubory/..%2F..%2Fapi.csv'))).status,
    ).toBe(404);
  });

  it('lets only the quality manager see and publish, and refuses a request without sign-in', async () => {
    const employee = await callApi(stack.serviceUrl, 'opendata', {
      method: 'GET',
      path: '',
      who: 'jiri.kucera',
    });
    expect(employee.status).toBe(403);
    const publish = await callApi(stack.serviceUrl, 'opendata', {
      method: 'POST',
      path: '/publish',
      who: 'jiri.kucera',
      body: { requestId: 'a0b1c2d3-employee' },
    });
    expect(publish.status).toBe(403);
    expect((await fetch(`${stack.serviceUrl}/api/opendata`)).status).toBe(401);
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const before = await overview();
    const put = (path: string, body: string) =>
      fetch(`${stack.serviceUrl}/api/opendata${path}`, {
        method: 'PUT',
        headers: { Authorization: `Demo ${QM}@lipova.example`, 'content-type': 'application/json' },
        body,
      });
    expect((await put('/datasets/cafResults', '{"chosen": tru')).status).toBe(400);
    expect(
      (await put('/datasets/cafResults', JSON.stringify({ chosen: 'yes', frequency: 'annual', etag: null })))
        .status,
    ).toBe(400);
    expect(
      (
        await put(
          '/datasets/x%27%20or%201%20eq%201',
          JSON.stringify({ chosen: true, frequency: 'annual', etag: null }),
        )
      ).status,
    ).toBe(404);
    expect(
      (await put('/datasets/cafResults', JSON.stringify({ chosen: true, frequency: 'annual', etag: 42 })))
        .status,
    ).toBe(400);
    expect(
      (
        await put(
          '/datasets/cafResults',
          JSON.stringify({ chosen: true, frequency: 'x'.repeat(100_000), etag: null }),
        )
      ).status,
    ).toBe(413);
    const cafEtag = before.datasets.find((dataset) => dataset.key === 'cafResults')?.etag ?? null;
    const stale = await put(
      '/datasets/cafResults',
      JSON.stringify({ chosen: false, frequency: 'annual', etag: '"999"' }),
    );
    expect(stale.status).toBe(409);
    // A first save (no etag) of a row that exists: someone saved it first, so the view is stale.
    const first = await put(
      '/datasets/cafResults',
      JSON.stringify({ chosen: false, frequency: 'annual', etag: null }),
    );
    expect(first.status).toBe(409);
    expect(await first.json()).toMatchObject({
      error: { code: 'conflict', details: expect.stringContaining('changed') },
    });
    for (const requestId of ['', "x' or 1 eq 1", 'ab', 'a'.repeat(65)]) {
      const reply = await callApi(stack.serviceUrl, 'opendata', {
        method: 'POST',
        path: '/publish',
        who: QM,
        body: { requestId },
      });
      expect([requestId, reply.status]).toEqual([requestId, 400]);
    }
    const after = await overview();
    expect(after.log).toEqual(before.log);
    expect(after.datasets.find((dataset) => dataset.key === 'cafResults')?.etag).toBe(cafEtag);
  });

  it('re-publishes on a click once however often it is sent, replacing the files and keeping their versions', async () => {
    const publish = (requestId: string) =>
      callApi(stack.serviceUrl, 'opendata', {
        method: 'POST',
        path: '/publish',
        who: QM,
        body: { requestId },
      });
    const [first, second] = await Promise.all([
      publish('5f0c7c1e-double-click'),
      publish('5f0c7c1e-double-click'),
    ]);
    const replies = [first, second].map((reply) => reply.body as unknown as PublishReply);
    expect(replies.map((reply) => reply.replayed).sort()).toEqual([false, true]);
    expect(replies[0]?.entry.id).toBe(replies[1]?.entry.id);
    const again = (await publish('5f0c7c1e-double-click')).body as unknown as PublishReply;
    expect(again).toMatchObject({ replayed: true, entry: { id: replies[0]?.entry.id } });
    const { log } = await overview();
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ trigger: 'manual', by: { email: `${QM}@lipova.example` } });
    const csvFile = log[0]?.datasets.find((dataset) => dataset.key === 'cafResults')?.files[0];
    expect(csvFile).toMatchObject({ name: 'caf-vysledky.csv', version: '2.0' });
    // What the web serves is the file the log names, byte for byte.
    const cafUrl = (await overview()).datasets.find((dataset) => dataset.key === 'cafResults')!.urls.csv;
    const published = Buffer.from(await (await anonymous(cafUrl)).arrayBuffer());
    expect(createHash('sha256').update(published).digest('hex')).toBe(csvFile?.sha256);
    const files = new OpenDataFilesRepository(new SiteContext(connectSharePoint(stack.emulatorSiteUrl)));
    expect(await files.versions('caf-vysledky.csv')).toEqual(['1.0', '2.0']);
  });

  it('withdraws a dataset that is no longer chosen: out of the catalogue and off the web, its versions kept', async () => {
    const before = await overview();
    const mystery = before.datasets.find((dataset) => dataset.key === 'mysteryResults')!;
    const saved = await callApi(stack.serviceUrl, 'opendata', {
      method: 'PUT',
      path: '/datasets/mysteryResults',
      who: QM,
      body: { chosen: false, frequency: mystery.frequency, etag: mystery.etag },
    });
    expect(saved.status).toBe(200);
    await callApi(stack.serviceUrl, 'opendata', {
      method: 'POST',
      path: '/publish',
      who: QM,
      body: { requestId: 'withdraw-mystery-1' },
    });
    const after = await overview();
    expect(after.datasets.find((dataset) => dataset.key === 'mysteryResults')).toMatchObject({
      chosen: false,
      inCatalogue: false,
    });
    const catalogue = (await (await anonymous(after.catalogueUrl)).json()) as Record<string, unknown>;
    expect(catalogue['datová_sada']).not.toContain(mystery.urls.record);
    expect((await anonymous(mystery.urls.csv)).status).toBe(404);
    const files = new OpenDataFilesRepository(new SiteContext(connectSharePoint(stack.emulatorSiteUrl)));
    expect(await files.versions('mystery-shopping-vysledky.csv')).toEqual(['1.0', '2.0']);
  });

  it('re-publishes on schedule what is due, as the quality manager who chose it, once', async () => {
    const before = await overview();
    // Two months on: the monthly datasets are due, the annual CAF results are not.
    offsetMs = 62 * 24 * 60 * 60 * 1000;
    await stack.scheduler.tickNow();
    await stack.scheduler.tickNow();
    const after = await overview();
    expect(after.log).toHaveLength(before.log.length + 1);
    expect(after.log[0]).toMatchObject({ trigger: 'scheduled', by: { email: `${QM}@lipova.example` } });
    const keys = after.log[0]!.datasets.map((dataset) => dataset.key).sort();
    expect(keys).toEqual(['measuresSummary', 'surveyAggregates']);
    expect(after.log[0]?.catalogueDatasets).toEqual(before.log[0]?.catalogueDatasets);
  });
});
