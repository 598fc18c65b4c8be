import {
  MEASURE_KINDS,
  MEASURE_STATUSES,
  type Measure,
  type MeasureKind,
  type MeasureStatus,
} from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../platform/pnp-imports';
import { inOneBatch } from '../platform/batch';
import { odataString } from '../platform/odata';
import { choiceCode, choiceLabel, fieldOf, measuresList } from '../all-lists';
import { SiteLists } from '../platform/site-context';
import { etagOf, pagesOf } from '../platform/paging';

interface MeasureItem {
  Id: number;
  Title: string;
  Kind: string;
  Status: string;
  Owner?: { Title?: string; EMail?: string } | null;
  Deadline: string | null;
  Subcriterion: string | null;
}

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
export interface EditableMeasure extends Measure {
  readonly etag: string;
}

const kindField = fieldOf(measuresList, 'Kind');
const statusField = fieldOf(measuresList, 'Status');
const SELECT = ['Id', 'Title', 'Kind', 'Status', 'Owner/Title', 'Owner/EMail', 'Deadline', 'Subcriterion'];

function isKind(value: string | null): value is MeasureKind {
  return (MEASURE_KINDS as readonly (string | null)[]).includes(value);
}
function isStatus(value: string | null): value is MeasureStatus {
  return (MEASURE_STATUSES as readonly (string | null)[]).includes(value);
}

export class MeasuresRepository {
  private readonly site: SiteLists;

  constructor(
    private readonly sp: SPFI,
    webServerRelativeUrl?: string,
  ) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
  }

  /** Measures by deadline (soonest first); `top` caps the page (SharePoint allows at most 5,000). */
  async list(options: { top?: number } = {}): Promise<Measure[]> {
    const top = Math.min(Math.max(options.top ?? 500, 1), 5000);
    const list = await this.site.list(measuresList);
    const items = await (list.items
      .select(...SELECT)
      .expand('Owner')
      .orderBy('Deadline', true)
      .orderBy('Id', true)
      .top(top)() as Promise<MeasureItem[]>);
    return items.map(toMeasure);
  }

  /**
   * Every measure in a status, page by page, however long the list (Status is indexed, so the
   * query stays within the list view threshold while a status holds up to 5,000 measures).
   */
  async *pagesByStatus(
    status: MeasureStatus,
    options: { pageSize?: number } = {},
  ): AsyncGenerator<Measure[]> {
    const list = await this.site.list(measuresList);
    const query = list.items
      .select(...SELECT)
      .expand('Owner')
      .filter(`Status eq ${odataString(choiceLabel(statusField, status))}`)
      .orderBy('Id', true);
    for await (const page of pagesOf<MeasureItem>(query, options.pageSize ?? 500)) yield page.map(toMeasure);
  }

  /** Every measure, page by page in id order (unfiltered id order pages through any list size). */
  async *pages(options: { pageSize?: number } = {}): AsyncGenerator<Measure[]> {
    const list = await this.site.list(measuresList);
    const query = list.items
      .select(...SELECT)
      .expand('Owner')
      .orderBy('Id', true);
    for await (const page of pagesOf<MeasureItem>(query, options.pageSize ?? 500)) yield page.map(toMeasure);
  }

  /** Measures for one CAF subcriterion (an indexed column), e.g. for the consensus meeting. */
  async bySubcriterion(code: string, options: { top?: number } = {}): Promise<Measure[]> {
    const list = await this.site.list(measuresList);
    const items = await (list.items
      .select(...SELECT)
      .expand('Owner')
      .filter(`Subcriterion eq ${odataString(code)}`)
      .orderBy('Id', true)
      .top(Math.min(Math.max(options.top ?? 500, 1), 5000))() as Promise<MeasureItem[]>);
    return items.map(toMeasure);
  }

  async get(id: number): Promise<EditableMeasure> {
    const list = await this.site.list(measuresList);
    const item = await (list.items
      .getById(id)
      .select(...SELECT)
      .expand('Owner')() as Promise<MeasureItem>);
    return { ...toMeasure(item), etag: etagOf(item) };
  }

  async add(measure: NewMeasure): Promise<number> {
    const list = await this.site.list(measuresList);
    const added = await (list.items.add(toValues(measure)) as Promise<{ Id: number }>);
    return added.Id;
  }

  /** Adds several measures in one $batch (one round trip per 100); ids in input order. */
  async addMany(measures: readonly NewMeasure[]): Promise<number[]> {
    if (measures.length === 0) return [];
    const url = await this.site.url(measuresList);
    // A fresh queryable per request: PnPjs runs one request at a time per queryable instance.
    const added = await inOneBatch<{ Id: number }[]>(this.sp, (batched) =>
      measures.map(
        (measure) => batched.web.getList(url).items.add(toValues(measure)) as Promise<{ Id: number }>,
      ),
    );
    return added.map((item) => item.Id);
  }

  /**
   * Changes a measure only if nobody changed it since `etag` was read; otherwise
   * ConcurrencyConflictError (412), and the caller re-reads and decides. Returns the new ETag.
   */
  async update(id: number, changes: MeasureChanges, etag: string): Promise<string> {
    const list = await this.site.list(measuresList);
    const result = await (list.items.getById(id).update(toChanges(changes), etag) as Promise<{
      etag: string | null;
    }>);
    return result.etag ?? '';
  }
}

function toValues(measure: NewMeasure): Record<string, unknown> {
  return {
    Title: measure.title,
    Kind: choiceLabel(kindField, measure.kind),
    Status: choiceLabel(statusField, measure.status),
    OwnerId: measure.ownerUserId,
    Deadline: measure.deadline,
    Subcriterion: measure.subcriterionCode,
    Description: measure.description ?? null,
    CycleId: measure.cycleId ?? null,
  };
}

function toChanges(changes: MeasureChanges): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (changes.title !== undefined) values.Title = changes.title;
  if (changes.kind !== undefined) values.Kind = choiceLabel(kindField, changes.kind);
  if (changes.status !== undefined) values.Status = choiceLabel(statusField, changes.status);
  if (changes.ownerUserId !== undefined) values.OwnerId = changes.ownerUserId;
  if (changes.deadline !== undefined) values.Deadline = changes.deadline;
  if (changes.subcriterionCode !== undefined) values.Subcriterion = changes.subcriterionCode;
  if (changes.description !== undefined) values.Description = changes.description;
  if (changes.progress !== undefined) values.Progress = changes.progress;
  return values;
}

/** Values someone typed by hand in SharePoint fall back to the safest reading, never a crash. */
function toMeasure(item: MeasureItem): Measure {
  const kind = choiceCode(kindField, item.Kind);
  const status = choiceCode(statusField, item.Status);
  return {
    id: item.Id,
    title: item.Title,
    kind: isKind(kind) ? kind : 'improvement',
    status: isStatus(status) ? status : 'proposed',
    ownerEmail: item.Owner?.EMail ?? null,
    ownerName: item.Owner?.Title ?? null,
    deadline: item.Deadline,
    subcriterionCode: item.Subcriterion,
  };
}
