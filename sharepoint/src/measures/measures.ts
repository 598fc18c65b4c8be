import type { MeasureListing, MeasureKind, MeasureStatus } from '@kvalita/core';
import '../platform/pnp-imports';
import { inOneBatch } from '../platform/batch';
import { fromSharePointDate, toSharePointDate } from '../platform/dates';
import { etagOf, pageSize, pagesOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { ItemChangesOf, NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { measuresList } from './lists/measures';

export interface NewMeasure {
  readonly title: string;
  readonly kind: MeasureKind;
  readonly status: MeasureStatus;
  /** Site user id of the owner (from ensureUser). */
  readonly ownerUserId: number | null;
  readonly deadline: string | null;
  readonly subcriterionCode: string | null;
  readonly description?: string;
  /** Item id of the self-assessment cycle the measure comes from. */
  readonly cycleId?: number | null;
}

/** What an update may change; absent properties stay as they are. */
export type MeasureChanges = Partial<Omit<NewMeasure, 'cycleId'>> & { readonly progress?: number | null };

/** A measure as read for editing: its ETag goes back with the update. */
export interface EditableMeasure extends MeasureListing {
  readonly etag: string;
}

/** The columns a measure is read with (the register and the CAF improvement plan). */
export const MEASURE = selectOf(
  measuresList,
  'Id',
  'Title',
  'Kind',
  'Status',
  'Owner',
  'Deadline',
  'Subcriterion',
);
export type MeasureRow = RowOf<typeof MEASURE>;
export const onMeasures = filterOn(measuresList);

/** Kind and status of a measure; a label someone typed by hand reads as the safest code. */
export const measureKinds = choiceColumn(measuresList, 'Kind');
export const measureStatuses = choiceColumn(measuresList, 'Status');
export const kindOf = (label: string | null): MeasureKind => measureKinds.code(label) ?? 'improvement';
export const statusOf = (label: string | null): MeasureStatus => measureStatuses.code(label) ?? 'proposed';

export class MeasuresRepository {
  constructor(private readonly site: SiteContext) {}

  /** Measures by deadline (soonest first); `top` caps the page (SharePoint allows at most 5,000). */
  async list(options: { top?: number } = {}): Promise<MeasureListing[]> {
    const list = await this.site.list(measuresList);
    const items = await MEASURE.applyTo(list.items)
      .orderBy('Deadline', true)
      .orderBy('Id', true)
      .top(pageSize(options.top))<MeasureRow[]>();
    return items.map(toMeasure);
  }

  /**
   * Every measure in a status, page by page, however long the list (Status is indexed, so the
   * query stays within the list view threshold while a status holds up to 5,000 measures).
   */
  async *pagesByStatus(
    status: MeasureStatus,
    options: { pageSize?: number } = {},
  ): AsyncGenerator<MeasureListing[]> {
    const list = await this.site.list(measuresList);
    const query = MEASURE.applyTo(list.items)
      .filter(onMeasures('Status', 'eq', measureStatuses.label(status)))
      .orderBy('Id', true);
    for await (const page of pagesOf<MeasureRow>(query, options.pageSize ?? 500)) yield page.map(toMeasure);
  }

  /** Every measure, page by page in id order (unfiltered id order pages through any list size). */
  async *pages(options: { pageSize?: number } = {}): AsyncGenerator<MeasureListing[]> {
    const list = await this.site.list(measuresList);
    const query = MEASURE.applyTo(list.items).orderBy('Id', true);
    for await (const page of pagesOf<MeasureRow>(query, options.pageSize ?? 500)) yield page.map(toMeasure);
  }

  /** Measures for one CAF subcriterion (an indexed column), e.g. for the consensus meeting. */
  async bySubcriterion(code: string, options: { top?: number } = {}): Promise<MeasureListing[]> {
    const list = await this.site.list(measuresList);
    const items = await MEASURE.applyTo(list.items)
      .filter(onMeasures('Subcriterion', 'eq', code))
      .orderBy('Id', true)
      .top(pageSize(options.top))<MeasureRow[]>();
    return items.map(toMeasure);
  }

  async get(id: number): Promise<EditableMeasure> {
    const list = await this.site.list(measuresList);
    const item = await MEASURE.applyTo(list.items.getById(id))<MeasureRow>();
    return { ...toMeasure(item), etag: etagOf(item) };
  }

  async add(measure: NewMeasure): Promise<number> {
    const list = await this.site.list(measuresList);
    const added: { Id: number } = await list.items.add(toValues(measure));
    return added.Id;
  }

  /** Adds several measures in one $batch (one round trip per 100); ids in input order. */
  async addMany(measures: readonly NewMeasure[]): Promise<number[]> {
    if (measures.length === 0) return [];
    const url = await this.site.listUrl(measuresList);
    // A fresh queryable per request: PnPjs runs one request at a time per queryable instance.
    const added = await inOneBatch<{ Id: number }[]>(this.site.sp, (batched) =>
      measures.map((measure) => batched.web.getList(url).items.add(toValues(measure))),
    );
    return added.map((item) => item.Id);
  }

  /**
   * Changes a measure only if nobody changed it since `etag` was read; otherwise
   * ConcurrencyConflictError (412), and the caller re-reads and decides. Returns the new ETag.
   */
  async update(id: number, changes: MeasureChanges, etag: string): Promise<string> {
    const list = await this.site.list(measuresList);
    const result: { etag: string | null } = await list.items.getById(id).update(toChanges(changes), etag);
    return result.etag ?? '';
  }
}

function toValues(measure: NewMeasure): NewItemOf<typeof measuresList> {
  return {
    Title: measure.title,
    Kind: measureKinds.label(measure.kind),
    Status: measureStatuses.label(measure.status),
    OwnerId: measure.ownerUserId,
    Deadline: deadlineValue(measure.deadline),
    Subcriterion: measure.subcriterionCode,
    Description: measure.description ?? null,
    CycleId: measure.cycleId ?? null,
  };
}

function toChanges(changes: MeasureChanges): ItemChangesOf<typeof measuresList> {
  const values: ItemChangesOf<typeof measuresList> = {};
  if (changes.title !== undefined) values.Title = changes.title;
  if (changes.kind !== undefined) values.Kind = measureKinds.label(changes.kind);
  if (changes.status !== undefined) values.Status = measureStatuses.label(changes.status);
  if (changes.ownerUserId !== undefined) values.OwnerId = changes.ownerUserId;
  if (changes.deadline !== undefined) values.Deadline = deadlineValue(changes.deadline);
  if (changes.subcriterionCode !== undefined) values.Subcriterion = changes.subcriterionCode;
  if (changes.description !== undefined) values.Description = changes.description;
  if (changes.progress !== undefined) values.Progress = changes.progress;
  return values;
}

/**
 * Deadline is a date-only column: written as its day in the site's zone at noon UTC (see
 * ../platform/dates.ts), whether the caller gives a date or a date and time, e.g. one read back.
 */
function deadlineValue(deadline: string | null): string | null {
  const day = fromSharePointDate(deadline);
  return day === null ? deadline : toSharePointDate(day);
}

/** Values someone typed by hand in SharePoint fall back to the safest reading, never a crash. */
function toMeasure(item: MeasureRow): MeasureListing {
  return {
    id: item.Id,
    title: item.Title ?? '',
    kind: kindOf(item.Kind),
    status: statusOf(item.Status),
    ownerEmail: item.Owner?.EMail ?? null,
    ownerName: item.Owner?.Title ?? null,
    deadline: item.Deadline,
    subcriterionCode: item.Subcriterion,
  };
}
