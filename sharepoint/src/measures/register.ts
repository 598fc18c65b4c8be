import type {
  MeasureDraft,
  MeasureStateChange,
  MeasureUpdate,
  MeasuresStore,
  NewMeasureUpdate,
  StoredMeasure,
  StoredMeasureQuery,
  StoredMeasureSummary,
} from '@kvalita/core';
import '../platform/pnp-imports';
import { MAX_BATCH_REQUESTS, inOneBatch, settleInOneBatch } from '../platform/batch';
import { fromSharePointDate } from '../platform/dates';
import { NotFoundError } from '../platform/errors';
import { MAX_PAGE_SIZE, etagOf, pagesOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { SiteContext } from '../platform/site-context';
import { measureUpdatesList } from './lists/measure-updates';
import { measuresList } from './lists/measures';
import { ensureInBatch, ensurePeople, peopleFrom, userOf } from './measure-people';
import { idWindows, registerClauses } from './register-query';
import {
  MEASURE_DETAIL,
  MEASURE_SUMMARY,
  MEASURE_UPDATE,
  readSteps,
  toStoredMeasure,
  toSummary,
  toUpdate,
  type MeasureDetailRow,
  type MeasureSummaryRow,
  type MeasureUpdateRow,
} from './register-rows';
import {
  draftEmails,
  draftValues,
  keyedSteps,
  newMeasureValues,
  stateValues,
  updateValues,
  withStepsDone,
} from './register-values';

const onUpdates = filterOn(measureUpdatesList);

export interface MeasuresRegisterOptions {
  /** Today as an ISO date in the office's zone (the date of an update); defaults to the clock's. */
  readonly today?: () => string;
  /** Updates per page when a measure's history is read (default 500, at most 5,000). */
  readonly updatesPageSize?: number;
}

/**
 * The measures register on the KvalitaMeasures and KvalitaMeasureUpdates lists: the storage port
 * MeasuresStore of the measures feature. Both lists are read-only for people (only the app writes),
 * so every change goes through the service and its rules.
 *
 * Round trips: `summaries` 2 (the highest ID, then one $batch of ID windows); `get` 1; `updates`
 * 1 per 500 entries; `create` 3 (people, the measure, its 'created' update); `change` 3 (people
 * and the stored steps in one $batch, the conditional update, the history entry). The Departments list comes from
 * the site context's shared copy.
 */
export class MeasuresRegisterRepository implements MeasuresStore {
  private readonly today: () => string;

  constructor(
    private readonly site: SiteContext,
    private readonly options: MeasuresRegisterOptions = {},
  ) {
    // The day in the site's zone (an update just after midnight in Prague is that day's).
    this.today = options.today ?? (() => fromSharePointDate(new Date().toISOString()) ?? '');
  }

  /**
   * Every measure matching the query, in ID order. The list is read in ID windows of 5,000 (one
   * range seek each, so no filter meets the list view threshold, at 20,000 measures or 200,000),
   * all windows in one $batch after one read of the highest ID.
   */
  async summaries(query: StoredMeasureQuery): Promise<StoredMeasureSummary[]> {
    const url = await this.site.listUrl(measuresList);
    const [departments, top] = await Promise.all([
      this.site.departments.get(),
      this.site.sp.web.getList(url).items.select('Id').orderBy('Id', false).top(1)<{ Id: number }[]>(),
    ]);
    const maxId = top[0]?.Id ?? 0;
    const clauses = registerClauses(query, departments);
    if (maxId === 0 || clauses === null) return [];
    const windows = idWindows(maxId, clauses);
    const pages = await inOneBatch<MeasureSummaryRow[][]>(this.site.sp, (batched) =>
      windows.map((filter) =>
        MEASURE_SUMMARY.applyTo(batched.web.getList(url).items)
          .filter(filter)
          .orderBy('Id', true)
          .top(MAX_PAGE_SIZE)<MeasureSummaryRow[]>(),
      ),
    );
    return pages.flat().map((row) => toSummary(row, departments));
  }

  async get(id: number): Promise<StoredMeasure | null> {
    const list = await this.site.list(measuresList);
    try {
      const [row, departments] = await Promise.all([
        MEASURE_DETAIL.applyTo(list.items.getById(Math.trunc(id)))<MeasureDetailRow>(),
        this.site.departments.get(),
      ]);
      return toStoredMeasure(row, etagOf(row), departments);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /** The measure's history, newest first, read page by page (a measure may have hundreds). */
  async updates(id: number): Promise<MeasureUpdate[]> {
    const list = await this.site.list(measureUpdatesList);
    const query = MEASURE_UPDATE.applyTo(list.items)
      .filter(onUpdates('MeasureId', 'eq', Math.trunc(id)))
      .orderBy('Id', false);
    const updates: MeasureUpdate[] = [];
    for await (const page of pagesOf<MeasureUpdateRow>(query, this.options.updatesPageSize ?? 500))
      updates.push(...page.map(toUpdate));
    return updates;
  }

  /**
   * The measure (proposed, in Plan) and its 'created' update. People are ensured first, so an
   * unknown one (UnknownPersonError) or department (UnknownDepartmentError) writes nothing; should
   * the update fail, the measure is taken back.
   */
  async create(draft: MeasureDraft, createdByEmail: string, update: NewMeasureUpdate): Promise<number> {
    const [users, departments, measuresUrl] = await Promise.all([
      ensurePeople(this.site.sp, [...draftEmails(draft), createdByEmail, update.byEmail]),
      this.site.departments.get(),
      this.site.listUrl(measuresList),
    ]);
    const steps = keyedSteps(draft.steps, users);
    const values = newMeasureValues(
      draftValues(draft, steps, users, departments, createdByEmail),
      userOf(users, createdByEmail),
    );
    const measures = this.site.sp.web.getList(measuresUrl);
    const added: { Id: number } = await measures.items.add(values);
    try {
      await this.appendUpdate(added.Id, update, users);
    } catch (error) {
      await measures.items
        .getById(added.Id)
        .delete()
        .catch(() => undefined);
      throw error;
    }
    return added.Id;
  }

  /**
   * Adds a measure as it already stands, with the history that brought it there (entries oldest
   * first, each with the day it happened): what moving an office's register from a spreadsheet
   * into Kvalita, or the demo office, needs. Three round trips: people, the measure, the history
   * in one $batch. The new id.
   */
  async importMeasure(
    draft: MeasureDraft,
    createdByEmail: string,
    state: MeasureStateChange,
    history: readonly { readonly update: NewMeasureUpdate; readonly on: string }[],
  ): Promise<number> {
    const [users, departments, measuresUrl] = await Promise.all([
      ensurePeople(this.site.sp, [
        ...draftEmails(draft),
        createdByEmail,
        ...history.map((entry) => entry.update.byEmail),
      ]),
      this.site.departments.get(),
      this.site.listUrl(measuresList),
    ]);
    const steps = keyedSteps(draft.steps, users);
    const values = {
      ...newMeasureValues(
        draftValues(draft, steps, users, departments, createdByEmail),
        userOf(users, createdByEmail),
      ),
      ...stateValues(state, null),
    };
    const added: { Id: number } = await this.site.sp.web.getList(measuresUrl).items.add(values);
    await addMeasureUpdates(
      this.site,
      history.map((entry) => ({ measureId: added.Id, ...entry })),
    );
    return added.Id;
  }

  /**
   * Changes the measure only if it is still at `etag` (ConcurrencyConflictError otherwise, which
   * the service reads as StaleVersionError; nothing is written), then appends the update.
   */
  async change(
    id: number,
    etag: string,
    change: { readonly draft?: MeasureDraft; readonly state?: MeasureStateChange },
    update: NewMeasureUpdate,
  ): Promise<void> {
    const measureId = Math.trunc(id);
    const [measuresUrl, departments] = await Promise.all([
      this.site.listUrl(measuresList),
      this.site.departments.get(),
    ]);
    // One $batch: the people the change names, and the stored steps a progress report ticks off.
    const [batched, execute] = this.site.sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
    const pending = ensureInBatch(batched, [
      ...(change.draft ? draftEmails(change.draft) : []),
      update.byEmail,
    ]);
    const read = batched.web
      .getList(measuresUrl)
      .items.getById(measureId)
      .select('Steps', 'Owner/EMail')
      .expand('Owner')<{ Steps: string | null; Owner: { EMail: string | null } | null }>();
    read.catch(() => undefined);
    await execute();
    const users = await peopleFrom(pending);
    const row = await read;
    const stored = { steps: readSteps(row.Steps), ownerEmail: row.Owner?.EMail ?? null };
    let steps = change.draft ? keyedSteps(change.draft.steps, users, stored.steps) : null;
    const stepsDone = change.state?.stepsDone;
    if (stepsDone !== undefined && stepsDone.length > 0)
      steps = withStepsDone(steps ?? stored.steps, stepsDone);
    const values = {
      ...(change.draft
        ? draftValues(change.draft, steps ?? [], users, departments, stored.ownerEmail ?? update.byEmail)
        : {}),
      ...stateValues(change.state ?? {}, steps),
    };
    await this.site.sp.web.getList(measuresUrl).items.getById(measureId).update(values, etag);
    await this.appendUpdate(measureId, update, users);
  }

  private async appendUpdate(
    measureId: number,
    update: NewMeasureUpdate,
    users: Awaited<ReturnType<typeof ensurePeople>>,
  ): Promise<void> {
    const list = await this.site.list(measureUpdatesList);
    await list.items.add(updateValues(measureId, update, userOf(users, update.byEmail), this.today()));
  }
}

/** Adds history entries in $batches of 100 (demo data and tests; the service appends one at a time). */
export async function addMeasureUpdates(
  site: SiteContext,
  entries: readonly { readonly measureId: number; readonly update: NewMeasureUpdate; readonly on: string }[],
): Promise<void> {
  if (entries.length === 0) return;
  const users = await ensurePeople(
    site.sp,
    entries.map((entry) => entry.update.byEmail),
  );
  const url = await site.listUrl(measureUpdatesList);
  const settled = await settleInOneBatch(site.sp, (batched) =>
    entries.map((entry) =>
      batched.web
        .getList(url)
        .items.add(
          updateValues(entry.measureId, entry.update, userOf(users, entry.update.byEmail), entry.on),
        ),
    ),
  );
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed?.status === 'rejected') throw failed.reason;
}
