import {
  DocumentsRepository,
  SiteContext,
  connectSharePoint,
  departmentsList,
  documentEventsList,
  documentsLibrary,
  provisionLists,
} from '@kvalita/sharepoint';
import { startEmulator } from '@kvalita/sharepoint-emulator';
import { seedDocuments } from '../documents/documents-seed';
import { RequestCounter } from '../support/request-counter';
import { ms, percentile, samples, timed } from './stats';
import { verdict } from './table';

/** A library above the list view threshold (5,000), as a large office's register grows. */
const DOCUMENTS = 5_200;
const RUNS = 10;
/** The register reads the highest ID, then every ID window in one $batch. */
const ROUND_TRIP_TARGET = 2;

/**
 * The documents register (issue #13) on a library of 5,200 documents in the local SharePoint:
 * round trips and time of each view's read through DocumentsRepository, how many queries
 * SharePoint refused for the list view threshold (target 0), beside the floor (the cheapest
 * request's round trip) measured in the same run.
 */
export async function documentsRegisterBench(): Promise<string[][]> {
  const emulator = await startEmulator({ port: 0, dataFile: ':memory:' });
  try {
    const sp = connectSharePoint(emulator.siteUrl);
    await provisionLists(sp, {
      locale: 'cs',
      lists: [departmentsList, documentsLibrary, documentEventsList],
    });
    const seeding = await timed(() => seedDocuments(new SiteContext(sp), DOCUMENTS));
    const floor = percentile(await samples(20, () => sp.web.select('Title')()), 50);
    const counter = RequestCounter();
    const documents = new DocumentsRepository(
      new SiteContext(connectSharePoint(emulator.siteUrl, {}, counter)),
    );
    await documents.summaries({ statuses: ['withdrawn'] }); // the web's URL, read once
    const rows: string[][] = [
      [
        `seed ${DOCUMENTS.toLocaleString('en')} documents (files and metadata, $batch of 100)`,
        '',
        '',
        ms(seeding.ms),
        '',
      ],
    ];
    const views = [
      { name: 'register: every effective document', query: { statuses: ['effective' as const] } },
      {
        name: 'register: drafts and reviews (owners, approvers)',
        query: { statuses: ['draft' as const, 'inReview' as const] },
      },
      { name: 'register: one kind', query: { kind: 'directive' as const } },
      { name: 'register: evidence of one CAF subcriterion', query: { subcriterionCode: '5.2' } },
      {
        name: 'overview: reviews due by a date',
        query: { statuses: ['effective' as const], reviewBy: '2027-03-31' },
      },
    ];
    let thresholdErrors = 0;
    for (const view of views) {
      let trips = 0;
      let matched = 0;
      const times = await samples(RUNS, async () => {
        counter.reset();
        try {
          matched = (await documents.summaries(view.query)).length;
        } catch (error) {
          if (/list view threshold/.test(String(error))) thresholdErrors += 1;
          throw error;
        }
        trips = Math.max(trips, counter.count());
      });
      const p50 = percentile(times, 50);
      rows.push([
        `${view.name} (${matched.toLocaleString('en')} of ${DOCUMENTS.toLocaleString('en')})`,
        String(trips),
        verdict(trips, ROUND_TRIP_TARGET),
        `${ms(p50)} / ${ms(percentile(times, 95))}`,
        `${(p50 / floor).toFixed(1)}×`,
      ]);
    }
    rows.push(['list view threshold errors', String(thresholdErrors), verdict(thresholdErrors, 0), '', '']);
    rows.push(['floor: GET /_api/web round trip, p50', '1', '', ms(floor), '1.0×']);
    return rows;
  } finally {
    await emulator.close();
  }
}
