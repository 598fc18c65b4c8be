import './pnp-imports';
import { ConcurrencyConflictError } from './errors';
import { highestId, idWindows } from './id-windows';
import { etagOf, pagesOf } from './paging';
import { odataString } from './odata';
import { addRowsUnlessTaken } from './row-batches';
import type { ChoiceOption, FieldSchema, ListSchema } from './schema/types';
import { choiceCode, choiceLabel } from './schema/types';
import type { SiteContext } from './site-context';

/*
 * A resumable fan-out's rows (survey deliveries, measure reminders, document notifications, 360
 * cards): each row is planned once under a unique key, then goes pending → sending (claimed by
 * one runner with the row's ETag: a lease) → sent, failed (due again after a pause, up to a number
 * of attempts), skipped (the person cannot be reached) or dropped (moot before it went out). A
 * 'sending' row whose claim is older than the lease belongs to a runner that died and is due
 * again. This is the one implementation of those moves; each feature's repository says which list
 * and which columns, and what its rows mean.
 */

export const CLAIM_STATES = ['pending', 'sending', 'sent', 'failed', 'skipped', 'dropped'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

/** A runner that claimed a row and did not finish it within this time is taken for dead. */
export const DEFAULT_CLAIM_LEASE_MS = 5 * 60 * 1000;
/** A failed send is tried again no sooner than this after its last attempt (an outage passes). */
export const DEFAULT_RETRY_FAILED_AFTER_MS = 15 * 60 * 1000;
/** Attempts per row before due() gives up on it (ten retries 15 minutes apart span over two hours). */
export const DEFAULT_MAX_ATTEMPTS = 10;

/** What the moves read and write of a row; a feature's row type extends it. */
export interface ClaimedRow {
  readonly id: number;
  readonly state: string;
  /** Sends tried: counted when a row is claimed (or marked without a claim). */
  readonly attempts: number;
  /** When the row was last claimed or marked (ISO), null before the first attempt. */
  readonly lastAttemptAt: string | null;
  readonly etag: string;
}

export interface DueRowsOptions {
  readonly pageSize?: number;
  readonly maxAttempts?: number;
  readonly now?: Date;
  readonly claimLeaseMs?: number;
  readonly retryFailedAfterMs?: number;
}

export interface AddOutcome {
  readonly added: number;
  /** Keys already taken (an earlier run's, or another instance's meanwhile). */
  readonly existing: number;
}

/** The columns every claimed-row list has besides its state (same names in every such list). */
export const CLAIM_COLUMNS = ['Attempts', 'LastAttemptOn', 'SentOn', 'LastError'] as const;

/**
 * The state, attempt and error columns of a new claimed-row list (older lists declare the same
 * columns themselves): spread into the schema's fields.
 */
export const claimStateFields = <const N extends string, const C extends readonly ChoiceOption[]>(
  stateName: N,
  choices: C,
) =>
  [
    {
      name: stateName,
      type: 'Choice',
      title: { cs: 'Stav', en: 'State' },
      required: true,
      indexed: true,
      choices,
    },
    { name: 'Attempts', type: 'Number', title: { cs: 'Počet pokusů', en: 'Attempts' }, min: 0 },
    { name: 'LastAttemptOn', type: 'DateTime', title: { cs: 'Poslední pokus', en: 'Last attempt' } },
    { name: 'SentOn', type: 'DateTime', title: { cs: 'Odesláno dne', en: 'Sent on' } },
    {
      name: 'LastError',
      type: 'Text',
      title: { cs: 'Poslední chyba', en: 'Last error' },
      maxLength: 255,
    },
  ] as const satisfies readonly FieldSchema[];

/** SharePoint's DateTime literal (no fraction of a second), as filterOn writes it. */
const dateTimeLiteral = (at: Date) => `datetime'${at.toISOString().replace(/\.\d{3}Z$/, 'Z')}'`;

/** A stored row's claim columns as the moves need them. */
export interface ClaimColumnsRead {
  readonly Id: number;
  readonly Attempts?: number | null;
  readonly LastAttemptOn?: string | null;
}

export class ClaimedRows {
  private readonly state: FieldSchema;

  constructor(
    private readonly site: SiteContext,
    private readonly list: ListSchema,
    stateField: string,
  ) {
    const state = list.fields.find((field) => field.name === stateField);
    if (!state?.choices) throw new Error(`List ${list.key} has no choice column ${stateField}`);
    for (const column of CLAIM_COLUMNS)
      if (!list.fields.some((field) => field.name === column))
        throw new Error(`List ${list.key} has no column ${column} for claimed rows`);
    for (const code of ['pending', 'sending', 'sent', 'failed', 'skipped'] as const) choiceLabel(state, code);
    this.state = state;
  }

  /** The stored label of a state (throws for a state the list does not have, e.g. 'dropped'). */
  label(state: ClaimState): string {
    return choiceLabel(this.state, state);
  }

  /** A stored label's state; 'pending' for a value typed in SharePoint by hand. */
  stateOf(label: unknown): ClaimState {
    return (choiceCode(this.state, label) as ClaimState | null) ?? 'pending';
  }

  /** The claim fields of a stored row (the feature maps the rest). */
  claimFieldsOf(item: ClaimColumnsRead & Readonly<Record<string, unknown>>): Omit<ClaimedRow, 'id'> {
    return {
      state: this.stateOf(item[this.state.name]),
      attempts: item.Attempts ?? 0,
      lastAttemptAt: item.LastAttemptOn ? new Date(item.LastAttemptOn).toISOString() : null,
      etag: etagOf(item),
    };
  }

  /** Values of a row being planned: pending, no attempt yet. */
  pendingValues(): Readonly<Record<string, unknown>> {
    return { [this.state.name]: this.label('pending'), Attempts: 0 };
  }

  /**
   * Which rows are due: pending ones, failed ones tried fewer than `maxAttempts` times whose last
   * attempt is older than the retry pause, and 'sending' ones whose claim is older than the lease.
   * Sent, skipped and dropped rows are never due again. Each branch starts with the indexed state.
   */
  dueFilter(options: DueRowsOptions = {}): string {
    const maxAttempts = Math.trunc(options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    const now = (options.now ?? new Date()).getTime();
    const staleBefore = new Date(now - (options.claimLeaseMs ?? DEFAULT_CLAIM_LEASE_MS));
    const retryBefore = new Date(now - (options.retryFailedAfterMs ?? DEFAULT_RETRY_FAILED_AFTER_MS));
    const state = (code: ClaimState) => `${this.state.name} eq ${odataString(this.label(code))}`;
    const attemptsLeft = `Attempts lt ${maxAttempts}`;
    return (
      `(${state('pending')} or ` +
      `(${state('failed')} and ${attemptsLeft} and LastAttemptOn lt ${dateTimeLiteral(retryBefore)}) or ` +
      `(${state('sending')} and ${attemptsLeft} and LastAttemptOn lt ${dateTimeLiteral(staleBefore)}))`
    );
  }

  /**
   * Due rows page by page in ID order, read in ID windows of 5,000 (each one range seek on the
   * list's own index), so neither the list's size nor thousands of pending rows meet the list
   * view threshold; `clauses` narrow further (e.g. a wave). Rows planned after the highest ID was
   * read wait for the next run.
   */
  async *due<T>(
    select: readonly string[],
    expand: readonly string[],
    options: DueRowsOptions & { readonly clauses?: readonly string[] } = {},
  ): AsyncGenerator<T[]> {
    const list = await this.site.list(this.list);
    const filters = idWindows(await highestId(list), [...(options.clauses ?? []), this.dueFilter(options)]);
    for (const filter of filters) {
      let query = list.items
        .select(...select)
        .filter(filter)
        .orderBy('Id', true);
      if (expand.length > 0) query = query.expand(...expand);
      for await (const page of pagesOf<T>(query, options.pageSize ?? 500)) if (page.length > 0) yield page;
    }
  }

  /**
   * Adds rows (each with a unique key of its own), 100 per $batch; a key already taken counts as
   * existing. Any other refusal is thrown once the batch is through.
   */
  async add(values: readonly Readonly<Record<string, unknown>>[]): Promise<AddOutcome> {
    const added = await addRowsUnlessTaken(this.site, this.list, values);
    return { added, existing: values.length - added };
  }

  /**
   * Takes a due row for this runner: 'sending', one more attempt, LastAttemptOn = at, with the
   * row's ETag. Null when another runner claimed or changed it first (send nothing then); the row
   * returned carries the new ETag for the marks.
   */
  claim<R extends ClaimedRow>(row: R, at: Date): Promise<R | null> {
    const attempts = row.attempts + 1;
    return this.updateIfUnchanged(
      row,
      { [this.state.name]: this.label('sending'), Attempts: attempts, LastAttemptOn: at.toISOString() },
      { state: 'sending', attempts, lastAttemptAt: at.toISOString() },
    );
  }

  /**
   * Extends this runner's claim (LastAttemptOn = at, not another attempt) before a retry after a
   * pause: null when the row changed meanwhile (the lease ran out and another runner took it).
   */
  renew<R extends ClaimedRow>(row: R, at: Date): Promise<R | null> {
    return this.updateIfUnchanged(
      row,
      { LastAttemptOn: at.toISOString() },
      { lastAttemptAt: at.toISOString() },
    );
  }

  /** Records a successful send; ConcurrencyConflictError if the row changed under this runner. */
  markSent(row: ClaimedRow, at: Date): Promise<void> {
    return this.record(row, 'sent', at, { SentOn: at.toISOString(), LastError: null });
  }

  /** Due again after the retry pause, until the attempts run out. */
  markFailed(row: ClaimedRow, error: string, at: Date): Promise<void> {
    return this.record(row, 'failed', at, { LastError: error.slice(0, 255) });
  }

  /** The person cannot be reached (app blocked, chat gone): never due again. */
  markSkipped(row: ClaimedRow, reason: string, at: Date): Promise<void> {
    return this.record(row, 'skipped', at, { LastError: reason.slice(0, 255) });
  }

  /**
   * Retires a row that must not be sent any more, with its ETag; false when another runner changed
   * it first. Only lists with a 'dropped' state.
   */
  async drop(row: ClaimedRow, reason: string, at: Date): Promise<boolean> {
    const dropped = await this.updateIfUnchanged(
      row,
      {
        [this.state.name]: this.label('dropped'),
        LastAttemptOn: at.toISOString(),
        LastError: reason.slice(0, 255),
      },
      { state: 'dropped', lastAttemptAt: at.toISOString() },
    );
    return dropped !== null;
  }

  private async updateIfUnchanged<R extends ClaimedRow>(
    row: R,
    values: Readonly<Record<string, unknown>>,
    changed: Partial<ClaimedRow>,
  ): Promise<R | null> {
    const list = await this.site.list(this.list);
    try {
      const result: { etag?: string | null } = await list.items
        .getById(row.id)
        .update({ ...values }, row.etag);
      if (!result.etag) throw new Error('SharePoint answered the update without an ETag');
      return { ...row, ...changed, etag: result.etag };
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) return null;
      throw error;
    }
  }

  private async record(
    row: ClaimedRow,
    state: ClaimState,
    at: Date,
    values: Readonly<Record<string, unknown>>,
  ): Promise<void> {
    const list = await this.site.list(this.list);
    await list.items.getById(row.id).update(
      {
        [this.state.name]: this.label(state),
        // A claimed row already counted its attempt; a row marked without a claim counts it now.
        Attempts: row.state === 'sending' ? row.attempts : row.attempts + 1,
        LastAttemptOn: at.toISOString(),
        ...values,
      },
      row.etag,
    );
  }
}
