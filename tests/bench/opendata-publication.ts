import { createHash } from 'node:crypto';
import { OPEN_DATASET_DEFINITIONS, WHOLE_OFFICE, datasetFiles, writeCsv, type OpenRow } from '@kvalita/core';
import { startLocalStack } from '../../scripts/local/stack';
import { ms, percentile, samples, timed } from './stats';

const ROWS = 20_000;
const publisher = {
  officeName: 'Městský úřad',
  ico: '12345679',
  ruianMunicipality: '599999',
  contactEmail: 'kvalita@urad.example',
  publicUrl: 'https://kvalita.urad.example',
};

/**
 * Open data (issue #16): building and checking a large dataset (20,000 survey rows: CSV, CSVW
 * metadata, record, the CSV parsed back against the metadata, the disclosure check) beside writing
 * its CSV alone; the demo office's whole publication on the local stack; and a public file fetched
 * anonymously beside the service's health answer (the floor) in the same run.
 */
export async function openDataBench(): Promise<string[][]> {
  const definition = OPEN_DATASET_DEFINITIONS.surveyAggregates;
  const rows: OpenRow[] = Array.from({ length: ROWS }, (_, index) => ({
    průzkum: `Pulzní průzkum ${index % 12}`,
    vlna: (index % 52) + 1,
    začátek_vlny: '2026-03-02',
    útvar: WHOLE_OFFICE,
    otázka: `Otázka ${index % 8}, "citace"`,
    počet_respondentů: 5 + (index % 40),
    průměr: 3.25,
    enps: index % 2 === 0 ? null : 12,
  }));
  const write = await timed(async () => writeCsv(definition.columns, rows));
  const build = await timed(async () =>
    datasetFiles({
      definition,
      rows,
      publisher,
      frequency: 'monthly',
      today: '2026-12-04',
      disclosure: { threshold: 5, namedDepartments: new Set() },
    }),
  );
  const stack = await startLocalStack({
    dataFile: ':memory:',
    respondentKeySecret: 'bench-secret-of-at-least-thirty-two-characters',
    tabDirectory: null,
    schedulerIntervalMs: 24 * 60 * 60_000,
    openDataDemo: false,
    documentsChat: false,
    feedbackChat: false,
  });
  try {
    const publish = await timed(async () => {
      const qm = { Authorization: 'Demo jana.novakova@lipova.example', 'content-type': 'application/json' };
      const overview = (await (await fetch(`${stack.serviceUrl}/api/opendata`, { headers: qm })).json()) as {
        datasets: { key: string; frequency: string; etag: string | null }[];
      };
      for (const dataset of overview.datasets)
        await fetch(`${stack.serviceUrl}/api/opendata/datasets/${dataset.key}`, {
          method: 'PUT',
          headers: qm,
          body: JSON.stringify({ chosen: true, frequency: dataset.frequency, etag: dataset.etag }),
        });
      const reply = await fetch(`${stack.serviceUrl}/api/opendata/publish`, {
        method: 'POST',
        headers: qm,
        body: JSON.stringify({
          requestId: createHash('sha256').update(String(Date.now())).digest('hex').slice(0, 32),
        }),
      });
      if (reply.status !== 201) throw new Error(`publication answered ${reply.status}`);
    });
    const csvUrl = `${stack.serviceUrl}/opendata/soubory/opatreni-souhrn.csv`;
    const file = await samples(50, async () => (await fetch(csvUrl)).arrayBuffer());
    const floor = await samples(50, async () =>
      (await fetch(`${stack.serviceUrl}/api/health`)).arrayBuffer(),
    );
    return [
      ['20,000-row dataset: CSV alone', ms(write.ms), 'floor'],
      [
        '20,000-row dataset: files built and checked',
        ms(build.ms),
        `${(build.ms / write.ms).toFixed(1)}× the CSV alone; ${build.value.problems.length} problems`,
      ],
      ['demo office: choose five datasets and publish (HTTP)', ms(publish.ms), 'target < 10 s'],
      [
        'public CSV, anonymous GET p50 / p95',
        `${ms(percentile(file, 50))} / ${ms(percentile(file, 95))}`,
        `health p50 ${ms(percentile(floor, 50))} (floor); target ≤ 3× floor`,
      ],
    ];
  } finally {
    await stack.stop();
  }
}
