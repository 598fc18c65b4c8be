import type { MeasureChangeReply, MeasureRegisterReply } from '@kvalita/core';
import { SiteContext, measuresList } from '@kvalita/sharepoint';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import { WARM_UP, figuresRow, measure, type MeasuredAction } from './actions';
import type { MeasuredOffice } from './measured-office';
import { BENCH_REGISTER, seedRegister, type RegisterSize, type SeededRegister } from './measures-seed';
import { ms } from './stats';

export type MeasuresViewId =
  | 'registerFirstPage'
  | 'registerFiltered'
  | 'registerMine'
  | 'registerOverdue'
  | 'measureDetail'
  | 'reportProgress'
  | 'transition';

export interface MeasuresView extends MeasuredAction {
  readonly id: MeasuresViewId;
}

/**
 * Measured runs of each view in the bench (each transition approves a measure of its own): ten,
 * as the register's views read all 20,000 summaries and take seconds each on the local SharePoint.
 */
const RUNS = 10;

/**
 * The measures tab's views (issue #12) on a seeded register, through the service's HTTP API with
 * Teams SSO tokens as production runs it: the quality manager reads the register and approves,
 * the owner of a share of the measures reads "mine" and reports progress. The etags the writes
 * send are read first, outside the counted runs, as the tab holds them from the detail it shows.
 */
export async function measuresViews(
  measured: MeasuredOffice,
  register: SeededRegister,
  runs = RUNS,
): Promise<MeasuresView[]> {
  const { qualityManager } = measured.office;
  const { owner } = register;
  const api = measured.api;
  const detail = async (id: number) =>
    (await api('GET', `/api/measures/${id}`, qualityManager)) as MeasureChangeReply;
  const approvable = register.proposedIds.slice(0, WARM_UP + runs);
  if (approvable.length < WARM_UP + runs) throw new Error('too few proposed measures to approve');
  // Read on the seeding connection (not counted), one by one: the local SharePoint is single-threaded.
  const measuresUrl = await new SiteContext(measured.sp).listUrl(measuresList);
  const etagOf = async (id: number) => {
    const row = await measured.sp.web.getList(measuresUrl).items.getById(id).select('Id')<
      Record<string, unknown>
    >();
    const etag = row['odata.etag'];
    if (typeof etag !== 'string') throw new Error(`measure ${id} came without its ETag`);
    return etag;
  };
  const approveEtags: string[] = [];
  for (const id of approvable) approveEtags.push(await etagOf(id));
  let progressEtag = await etagOf(register.progressId);
  const { detailUpdates, measures } = register.size;
  const registerPage = async (query: string, person = qualityManager) => {
    const reply = (await api('GET', `/api/measures${query}`, person)) as MeasureRegisterReply;
    if (reply.total === 0) throw new Error(`the register showed nothing for ${query}`);
  };
  const views: Omit<MeasuresView, 'runs'>[] = [
    {
      id: 'registerFirstPage',
      name: `register, first page (no filter, ${measures.toLocaleString('en')} measures)`,
      run: () => registerPage(''),
    },
    {
      id: 'registerFiltered',
      name: 'register filtered (status + department with its sections)',
      run: () =>
        registerPage(
          `?status=${register.status}&departmentCode=${encodeURIComponent(register.departmentCode)}`,
        ),
    },
    {
      id: 'registerMine',
      name: 'register "mine" (owner, co-owner or step owner)',
      run: () => registerPage('?mine=true', owner),
    },
    {
      id: 'registerOverdue',
      name: 'register overdue',
      run: () => registerPage('?overdue=true'),
    },
    {
      id: 'measureDetail',
      name: `measure detail (${detailUpdates} updates)`,
      run: () => detail(register.detailId),
    },
    {
      id: 'reportProgress',
      name: 'report progress (owner)',
      run: async (index) => {
        const reply = (await api('POST', `/api/measures/${register.progressId}/progress`, owner, {
          etag: progressEtag,
          progress: 40 + (index % 60),
          phase: 'do',
          note: `Průběh ${index}`,
        })) as MeasureChangeReply;
        progressEtag = reply.measure.etag;
      },
    },
    {
      id: 'transition',
      name: 'transition (quality manager approves a proposed measure)',
      run: (index) =>
        api('POST', `/api/measures/${approvable[index]}/transition`, qualityManager, {
          etag: approveEtags[index],
          transition: 'approve',
          reason: '',
        }),
    },
  ];
  return views.map((view) => ({ ...view, runs }));
}

/** Seeds the register into the measured office and says how long it took. */
export async function seedMeasuredRegister(
  measured: MeasuredOffice,
  size: RegisterSize,
): Promise<{ register: SeededRegister; ms: number }> {
  const started = performance.now();
  const register = await seedRegister(measured.sp, measured.siteUrl, measured.office, size);
  return { register, ms: performance.now() - started };
}

/**
 * `npm run bench`: the measures views on a register of 20,000 measures and 100,000 updates seeded
 * into the user-action bench's office, as rows of the user-action table.
 */
export async function measuresViewsBench(measured: MeasuredOffice, spFloor: number): Promise<string[][]> {
  const seeded = await seedMeasuredRegister(measured, BENCH_REGISTER);
  const rows: string[][] = [
    [
      `register: ${BENCH_REGISTER.measures.toLocaleString('en')} measures, ${BENCH_REGISTER.updates.toLocaleString('en')} updates (seeded in ${ms(seeded.ms)})`,
      '',
      '',
      '',
      '',
    ],
  ];
  for (const view of await measuresViews(measured, seeded.register))
    rows.push(figuresRow(await measure(measured, view), spFloor));
  return rows;
}
