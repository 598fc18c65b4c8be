import {
  OPEN_DATASETS,
  OPEN_DATASET_DEFINITIONS,
  type DatasetPreviewReply,
  type DatasetStateReply,
  type ErrorReply,
  type OpenDataOverviewReply,
  type OpenDatasetKey,
  type OpenDatasetState,
  type PublicationEntry,
  type PublishReply,
  type SaveDatasetRequest,
} from '@kvalita/core';
import { errorReply, type CafHandler, type FakeReply } from '../support/fake-service';

/*
 * The /api/opendata endpoints in memory, answering in core's contract's shapes
 * (core/src/opendata/contract.ts): the quality manager's only (403 for anyone else), settings rows
 * whose etag changes on every save and a stale etag answered 409 with the service's "stale"
 * sentence, a publication per request id (the same id answers the first one, replayed), and a
 * refusal when nothing is chosen.
 */

const PUBLIC = 'https://kvalita.test/opendata';

const SHA = 'a3f5c0de9b1e44f7a2c6d8e0f1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

function state(key: OpenDatasetKey, chosen: boolean): OpenDatasetState {
  const definition = OPEN_DATASET_DEFINITIONS[key];
  return {
    key,
    title: definition.title,
    description: definition.description,
    chosen,
    frequency: definition.defaultFrequency,
    etag: chosen ? `"${key}-1"` : null,
    lastPublished: null,
    nextDue: null,
    inCatalogue: false,
    urls: {
      record: `${PUBLIC}/sady/${definition.slug}`,
      csv: `${PUBLIC}/soubory/${definition.slug}.csv`,
      metadata: `${PUBLIC}/soubory/${definition.slug}.csv-metadata.json`,
    },
  };
}

export function createFakeOpenData() {
  const datasets = new Map<OpenDatasetKey, OpenDatasetState>(
    OPEN_DATASETS.map((key) => [key, state(key, key === 'cafResults')]),
  );
  const log: PublicationEntry[] = [];
  const published = new Map<string, PublicationEntry>();
  let saves = 0;

  const overview = (): OpenDataOverviewReply => ({
    publisher: {
      officeName: 'Městský úřad Lipová',
      ico: '00012345',
      ruianMunicipality: '554782',
      contactEmail: 'opendata@lipova.example',
      publicUrl: 'https://kvalita.test',
      iri: 'https://rpp-opendata.egon.gov.cz/odrpp/zdroj/orgán-veřejné-moci/00012345',
    },
    catalogueUrl: `${PUBLIC}/katalog`,
    datasets: OPEN_DATASETS.map((key) => datasets.get(key)!),
    log: [...log].reverse(),
  });

  function save(key: OpenDatasetKey, request: SaveDatasetRequest): FakeReply {
    const now = datasets.get(key)!;
    if (request.etag !== now.etag)
      return {
        status: 409,
        body: {
          error: { code: 'conflict', message: 'stale', reason: { key: 'error.stale' } },
        } satisfies ErrorReply,
      };
    saves += 1;
    const next = {
      ...now,
      chosen: request.chosen,
      frequency: request.frequency,
      etag: `"${key}-${saves + 1}"`,
    };
    datasets.set(key, next);
    return { status: 200, body: { dataset: next } satisfies DatasetStateReply };
  }

  function publish(requestId: string, by: { email: string; displayName: string }): FakeReply {
    const before = published.get(requestId);
    if (before !== undefined)
      return { status: 200, body: { entry: before, replayed: true } satisfies PublishReply };
    const chosen = OPEN_DATASETS.filter((key) => datasets.get(key)!.chosen);
    if (chosen.length === 0) return errorReply(409, 'conflict', 'nothing chosen');
    const at = '2026-05-04T08:30:00Z';
    const made = {
      id: log.length + 1,
      at,
      by,
      trigger: 'manual' as const,
      datasets: chosen.map((key) => ({
        key,
        rows: 37,
        files: [
          {
            name: `${OPEN_DATASET_DEFINITIONS[key].slug}.csv`,
            contentType: 'text/csv',
            bytes: 2048,
            sha256: SHA,
            version: `${log.length + 1}.0`,
          },
        ],
      })),
      catalogue: {
        name: 'katalog.jsonld',
        contentType: 'application/ld+json',
        bytes: 1024,
        sha256: SHA,
        version: `${log.length + 1}.0`,
      },
      catalogueDatasets: chosen,
    };
    const entry: PublicationEntry = made;
    log.push(entry);
    published.set(requestId, entry);
    for (const key of chosen)
      datasets.set(key, {
        ...datasets.get(key)!,
        lastPublished: { at, rows: 37, sha256: SHA },
        inCatalogue: true,
        nextDue: '2027-05-04',
      });
    return { status: 200, body: { entry, replayed: false } satisfies PublishReply };
  }

  function preview(key: OpenDatasetKey): DatasetPreviewReply {
    const { columns } = OPEN_DATASET_DEFINITIONS[key];
    const rows = [0, 1, 2].map((index) =>
      Object.fromEntries(
        columns.map((column) => [
          column.name,
          column.datatype === 'integer' || column.datatype === 'decimal'
            ? 60 + index
            : `hodnota ${index + 1}`,
        ]),
      ),
    );
    const header = columns.map((column) => column.name).join(',');
    return {
      key,
      columns,
      rows,
      totalRows: 84,
      csv: `${header}\n${rows.map((row) => columns.map((column) => String(row[column.name])).join(',')).join('\n')}\n`,
      metadata: { '@context': 'http://www.w3.org/ns/csvw', url: `${OPEN_DATASET_DEFINITIONS[key].slug}.csv` },
      record: { '@type': 'Datová sada', iri: `${PUBLIC}/sady/${OPEN_DATASET_DEFINITIONS[key].slug}` },
      problems:
        key === 'surveyAggregates'
          ? [
              {
                file: 'pruzkumy.csv',
                row: 4,
                column: 'respondenti',
                message: 'below the group threshold',
                code: 'belowThreshold',
              },
            ]
          : [],
      withheldDepartments: 2,
      urls: {
        record: 'https://kvalita.lipova.example/opendata/sady/caf-vysledky',
        csv: 'https://kvalita.lipova.example/opendata/soubory/caf-vysledky.csv',
        metadata: 'https://kvalita.lipova.example/opendata/soubory/caf-vysledky.csv-metadata.json',
      },
    };
  }

  const handler: CafHandler = ({ method, path, body, me }) => {
    if (!path.startsWith('/api/opendata')) return undefined;
    if (!me.roles.includes('qualityManager')) return errorReply(403, 'forbidden', 'Jen manažer kvality.');
    if (method === 'GET' && path === '/api/opendata') return { status: 200, body: overview() };
    if (method === 'POST' && path === '/api/opendata/publish')
      return publish((body as { requestId: string }).requestId, {
        email: me.email,
        displayName: me.displayName,
      });
    if (method === 'GET' && path === '/api/opendata/registration')
      return { status: 200, body: { '@context': 'x' } };
    const match = /^\/api\/opendata\/datasets\/([A-Za-z]+)(\/preview)?$/.exec(path);
    const key = OPEN_DATASETS.find((candidate) => candidate === match?.[1]);
    if (key === undefined) return errorReply(404, 'notFound', 'Nenalezeno.');
    if (method === 'PUT' && match?.[2] === undefined) return save(key, body as SaveDatasetRequest);
    if (method === 'GET' && match?.[2] !== undefined) return { status: 200, body: preview(key) };
    return errorReply(404, 'notFound', 'Nenalezeno.');
  };

  return {
    handler,
    datasets,
    log,
    /** Someone else saves a dataset's settings meanwhile (its etag changes). */
    changeElsewhere(key: OpenDatasetKey, change: Partial<OpenDatasetState>) {
      saves += 1;
      datasets.set(key, { ...datasets.get(key)!, ...change, etag: `"${key}-elsewhere-${saves}"` });
    },
  };
}
