import { availableParallelism, cpus } from 'node:os';
import {
  MeasuresRegisterRepository,
  MeasuresRepository,
  assessmentCyclesList,
  connectSharePoint,
  departmentsList,
  measuresList,
  provisionLists,
  type NewMeasure,
  SiteContext,
} from '@kvalita/sharepoint';
import { startEmulator } from '@kvalita/sharepoint-emulator';
import { allSubcriteria, MEASURE_STATUSES } from '@kvalita/core';
import { userActionsBench } from './actions';
import { botTurnBench } from './bot-turn';
import { crashBench } from './crash';
import { documentsRegisterBench } from './documents-register';
import { fanOutBench } from './fan-out';
import { documentsFanOutBench } from './documents-fanout';
import { feedback360Bench } from './feedback-360';
import { mysteryResultsBench } from './mystery-results';
import { openDataBench } from './opendata-publication';
import { tabLoadBench } from './tab-load';
import { tabSize } from './tab-size';
import { ms, percentile, samples, timed } from './stats';
import { table } from './table';
import { RequestCounter } from '../support/request-counter';

/**
 * `npm run bench`: how the repositories perform against the local SharePoint on this machine.
 * Every figure comes with a floor measured in the same run (the round trip of the cheapest
 * request), so runs on different machines can be compared as multiples of it. Nothing is
 * asserted; it is not part of `npm test`.
 */
const ITEMS = 20_000;
const FILL_CHUNK = 1_000; // items per addMany call: ten $batch requests of 100
const QUERIES = 50;
const SUBCRITERIA = allSubcriteria().map((subcriterion) => subcriterion.code);

const measure = (index: number): NewMeasure => ({
  title: `Opatření ${index + 1}`,
  kind: (['corrective', 'preventive', 'improvement'] as const)[index % 3] ?? 'improvement',
  status: MEASURE_STATUSES[index % MEASURE_STATUSES.length] ?? 'proposed',
  ownerUserId: null,
  deadline: `2027-${String((index % 12) + 1).padStart(2, '0')}-15T00:00:00Z`,
  subcriterionCode: SUBCRITERIA[index % SUBCRITERIA.length] ?? null,
});

async function main(): Promise<void> {
  const started = performance.now();
  const emulator = await startEmulator({ port: 0, dataFile: ':memory:' });
  try {
    const sp = connectSharePoint(emulator.siteUrl);
    const site = new SiteContext(sp);
    const measures = new MeasuresRepository(site);
    const rows: string[][] = [];

    const provision = await timed(() =>
      provisionLists(sp, { locale: 'cs', lists: [departmentsList, assessmentCyclesList, measuresList] }),
    );
    rows.push(['provision 3 lists (new site)', ms(provision.ms), '']);

    const floor = await samples(QUERIES, () => sp.web.select('Title')());
    const floorP50 = percentile(floor, 50);
    const relative = (value: number) => `${(value / floorP50).toFixed(1)}×`;
    rows.push(['floor: GET /_api/web round trip, p50', ms(floorP50), '1.0×']);

    const fill = await timed(async () => {
      for (let start = 0; start < ITEMS; start += FILL_CHUNK) {
        const chunk = Array.from({ length: Math.min(FILL_CHUNK, ITEMS - start) }, (_, offset) =>
          measure(start + offset),
        );
        await measures.addMany(chunk);
      }
    });
    rows.push([
      `fill ${ITEMS.toLocaleString('en')} items (addMany, $batch of 100)`,
      ms(fill.ms),
      `${Math.round(ITEMS / (fill.ms / 1000)).toLocaleString('en')} items/s`,
    ]);

    const queries = await samples(QUERIES, (index) =>
      measures.bySubcriterion(SUBCRITERIA[index % SUBCRITERIA.length] ?? '1.1', { top: 100 }),
    );
    rows.push([
      `indexed filter (Subcriterion eq …, top 100), p50`,
      ms(percentile(queries, 50)),
      relative(percentile(queries, 50)),
    ]);
    rows.push([
      `indexed filter, p95 (${QUERIES} queries)`,
      ms(percentile(queries, 95)),
      relative(percentile(queries, 95)),
    ]);

    const oneByOne = await timed(async () => {
      for (let index = 0; index < 100; index += 1) await measures.add(measure(ITEMS + index));
    });
    const batched = await timed(() =>
      measures.addMany(Array.from({ length: 100 }, (_, index) => measure(ITEMS + 100 + index))),
    );
    rows.push(['100 adds one by one', ms(oneByOne.ms), relative(oneByOne.ms)]);
    rows.push(['100 adds in one $batch', ms(batched.ms), relative(batched.ms)]);
    rows.push(['  one by one ÷ batched', `${(oneByOne.ms / batched.ms).toFixed(1)}×`, '']);

    for (const pageSize of [5000, 500]) {
      const paging = await timed(async () => {
        let count = 0;
        let pages = 0;
        for await (const page of measures.pages({ pageSize })) {
          count += page.length;
          pages += 1;
        }
        return { count, pages };
      });
      rows.push([
        `page through ${paging.value.count.toLocaleString('en')} items, page size ${pageSize} (${paging.value.pages} pages)`,
        ms(paging.ms),
        relative(paging.ms),
      ]);
    }

    // The register's view: every measure of one status, in ID windows (one $batch) after the highest ID.
    const counter = RequestCounter();
    const register = new MeasuresRegisterRepository(
      new SiteContext(connectSharePoint(emulator.siteUrl, {}, counter)),
    );
    await register.summaries({ statuses: ['closed'] }); // the web's URL and the departments, read once
    counter.reset();
    const summaries = await timed(() => register.summaries({ statuses: ['inProgress'] }));
    rows.push([
      `register summaries(), ${ITEMS.toLocaleString('en')} measures, one status (${summaries.value.length.toLocaleString('en')} match, ${counter.count()} round trips)`,
      ms(summaries.ms),
      relative(summaries.ms),
    ]);

    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    console.log(`Kvalita bench: sharepoint repositories on the local emulator (SQLite in memory)`);
    console.log(`Node ${process.version}, ${availableParallelism()} cores, ${cpu}\n`);
    console.log(table(['measurement', 'time', 'vs floor / rate'], rows));
    console.log(
      '\nUser actions through the app service: SharePoint round trips (a $batch is one) and server time',
    );
    const { actions, privacy, measures: measureViews } = await userActionsBench();
    console.log(table(['action', 'round trips', 'target', 'p50 / p95', 'p50 × floor'], actions));
    console.log('\nPrivacy: the raw answer list as a site collection administrator reads it');
    console.log(table(['check', 'found', 'target'], privacy));
    console.log('\nMeasures tab views through the app service (same office, a seeded register)');
    console.log(table(['view', 'round trips', 'target', 'p50 / p95', 'p50 × floor'], measureViews));
    console.log('\nDocuments register on a library above the list view threshold (local SharePoint)');
    console.log(
      table(['view', 'round trips', 'target', 'p50 / p95', 'p50 × floor'], await documentsRegisterBench()),
    );
    console.log('\nTab');
    console.log(table(['measurement', 'value', 'note'], tabSize()));
    console.log('\nSurvey wave fan-out (Bot Connector stub at 50 requests/s, injected 429s)');
    console.log(table(['measurement', 'value', 'note'], await fanOutBench()));
    console.log(
      '\nRead-and-confirm fan-out of a document to 590 people (Bot Connector stub at 50 requests/s)',
    );
    console.log(table(['measurement', 'value', 'note'], await documentsFanOutBench()));

    console.log('\n360° feedback: the rating cards of the whole office, and every report of the cycle');
    console.log(table(['measurement', 'value', 'note / target'], await feedback360Bench()));
    console.log('\nMystery shopping: the results of a campaign of 2,000 released sheets');
    console.log(table(['measurement', 'value', 'note / target'], await mysteryResultsBench()));
    console.log('\nOpen data (#16): building, publishing, serving');
    console.log(table(['measurement', 'value', 'note / target'], await openDataBench()));
    console.log(
      '\nSurvey wave fan-out killed with SIGKILL and restarted (its own process, local SharePoint)',
    );
    console.log(table(['measurement', 'value', 'target'], await crashBench()));
    console.log('\nBot turn latency through one CloudAdapter (HTTP on loopback, local SharePoint)');
    console.log(table(['measurement', 'p50 / p95', 'vs echo'], await botTurnBench()));
    console.log('\nTab load in headless Chromium, beside a blank React + Fluent UI + teams-js page');
    console.log(table(['measurement', 'tab', 'blank page', 'tab ÷ blank', 'target'], await tabLoadBench()));
    console.log(
      `\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s. Figures are for this machine; compare runs by the × column.`,
    );
  } finally {
    await emulator.close();
  }
}

await main();
