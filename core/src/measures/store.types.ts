import type {
  Measure,
  MeasureDraft,
  MeasureOrigin,
  MeasureStatus,
  MeasureSummary,
  MeasureUpdate,
  MeasureUpdateKind,
  PdcaPhase,
} from './contract';

/*
 * The measures feature's storage port: what the service needs of the register, in the contract's
 * shapes. Declared in core because two packages meet on it: the service (bot/) depends on it and
 * sharepoint/'s MeasuresRegisterRepository implements it on the KvalitaMeasures and
 * KvalitaMeasureUpdates lists (withDomainErrors turns its SharePoint errors into domain errors);
 * the service's unit tests use an in-memory one. Types only.
 */

/** A measure as stored: the contract's detail plus the e-mails the role matrix matches on. */
export interface StoredMeasure extends Measure {
  readonly ownerEmail: string | null;
  readonly coOwnerEmails: readonly string[];
}

/** A register row as stored: `overdue` is the service's (it depends on today). */
export interface StoredMeasureSummary extends Omit<MeasureSummary, 'overdue'> {
  readonly coOwnerEmails: readonly string[];
  /** Owners of the measure's steps (they count as "mine" too). */
  readonly stepOwnerEmails: readonly string[];
}

/**
 * What storage filters on (indexed columns only; the rest the service filters in memory). Every
 * part is optional and ANDed; a list means "any of".
 */
export interface StoredMeasureQuery {
  readonly statuses?: readonly MeasureStatus[];
  readonly departmentCodes?: readonly string[];
  readonly ownerEmail?: string;
  readonly origin?: MeasureOrigin;
  readonly subcriterionCodes?: readonly string[];
  readonly cycleId?: number;
  /** Deadline within [from, to] (ISO dates, inclusive). */
  readonly deadlineFrom?: string;
  readonly deadlineTo?: string;
}

/** One entry to append to the history with a change. */
export interface NewMeasureUpdate {
  readonly kind: MeasureUpdateKind;
  readonly byEmail: string;
  readonly phase: PdcaPhase;
  readonly statusAfter: MeasureStatus;
  readonly progress: number | null;
  readonly note: string;
}

/** The stored fields a change may set besides the draft's. */
export interface MeasureStateChange {
  readonly status?: MeasureStatus;
  readonly phase?: PdcaPhase;
  readonly progress?: number;
  readonly effective?: boolean | null;
  readonly reopenedCount?: number;
  readonly cancelReason?: string | null;
  readonly closedOn?: string | null;
  readonly deadline?: string;
  readonly stepsDone?: readonly { readonly key: string; readonly done: boolean }[];
}

export interface MeasuresStore {
  /** Every measure matching the query, however many (no list view threshold error at 20,000). */
  summaries(query: StoredMeasureQuery): Promise<StoredMeasureSummary[]>;
  /** Null when there is no such measure. */
  get(id: number): Promise<StoredMeasure | null>;
  /** The measure's history, newest first. */
  updates(id: number): Promise<MeasureUpdate[]>;
  /** Creates the measure in `proposed`/`plan` and its 'created' update; the new id. */
  create(draft: MeasureDraft, createdByEmail: string, update: NewMeasureUpdate): Promise<number>;
  /**
   * Changes the measure if it is still at `etag` (StaleVersionError otherwise, nothing written)
   * and appends the update. `draft` replaces the editable fields when given.
   */
  change(
    id: number,
    etag: string,
    change: { readonly draft?: MeasureDraft; readonly state?: MeasureStateChange },
    update: NewMeasureUpdate,
  ): Promise<void>;
}
