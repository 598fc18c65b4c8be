import '../platform/pnp-imports';
import { settleInOneBatch } from '../platform/batch';
import { ClaimedRows } from '../platform/claimed-rows';
import { DuplicateValueError, NotFoundError } from '../platform/errors';
import { allOf, etagOf, pagesOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn, type ChoiceCode } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import {
  DELIVERY_STATE_CHOICES,
  surveyDeliveriesList,
  type DELIVERY_KIND_CHOICES,
} from './lists/survey-deliveries';

export type DeliveryState = ChoiceCode<typeof DELIVERY_STATE_CHOICES>;
export type DeliveryKind = ChoiceCode<typeof DELIVERY_KIND_CHOICES>;

/** The lease, the retry pause and the attempts of every claimed-row list (platform/claimed-rows.ts). */
export {
  DEFAULT_CLAIM_LEASE_MS,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_FAILED_AFTER_MS,
} from '../platform/claimed-rows';

/** Whom an invitation reached, and when (ISO; null on rows marked sent before SentOn was kept). */
export interface SentRecipient {
  readonly userId: number;
  readonly email: string | null;
  readonly sentOn: string | null;
}

export interface Delivery {
  readonly id: number;
  readonly surveyKey: string;
  readonly wave: number;
  readonly kind: DeliveryKind;
  readonly recipientUserId: number;
  readonly recipientEmail: string | null;
  readonly state: DeliveryState;
  /** Sends tried: counted when a row is claimed (or marked without a claim). */
  readonly attempts: number;
  /** When the row was last claimed or marked (ISO), null before the first attempt. */
  readonly lastAttemptAt: string | null;
  readonly etag: string;
}

export interface PlanOutcome {
  readonly planned: number;
  /** Already there from an earlier (interrupted) run, or added by a concurrent one. */
  readonly existing: number;
}

const DELIVERY = selectOf(
  surveyDeliveriesList,
  'Id',
  'SurveyKey',
  'Wave',
  'RecipientId',
  'Recipient',
  'DeliveryState',
  'DeliveryKind',
  'Attempts',
  'LastAttemptOn',
);
type DeliveryRow = RowOf<typeof DELIVERY>;
const SENT = selectOf(surveyDeliveriesList, 'Id', 'RecipientId', 'Recipient', 'SentOn');
const states = choiceColumn(surveyDeliveriesList, 'DeliveryState');
const kinds = choiceColumn(surveyDeliveriesList, 'DeliveryKind');
export const onDeliveries = filterOn(surveyDeliveriesList);
const where = onDeliveries;

/**
 * "<survey>#<wave>" for invitations, "<survey>#<wave>#reminder" for reminders: each kind of a wave
 * is its own fan-out with its own rows, planned, claimed and resumed the same way.
 */
export const waveKey = (surveyKey: string, wave: number, kind: DeliveryKind = 'invitation') =>
  kind === 'invitation' ? `${surveyKey}#${wave}` : `${surveyKey}#${wave}#${kind}`;
const deliveryKey = (surveyKey: string, wave: number, kind: DeliveryKind, userId: number) =>
  `${waveKey(surveyKey, wave, kind)}#${userId}`;

/**
 * The resumable fan-out of a survey wave: plan one row per recipient, claim a due row, send, mark
 * it sent or failed. A run that stops halfway resumes with what is still due; the ETag-checked
 * claim keeps two runners from sending the same row; the unique DeliveryKey keeps a re-plan from
 * duplicating anyone.
 */
export class SurveyDeliveriesRepository {
  private readonly rows: ClaimedRows;

  constructor(private readonly site: SiteContext) {
    this.rows = new ClaimedRows(site, surveyDeliveriesList, 'DeliveryState');
  }

  /**
   * Adds a pending row for every recipient not yet planned for this wave and kind, 100 per $batch
   * (reminders are planned as their own rows, next to the wave's invitations).
   */
  async planWave(
    surveyKey: string,
    wave: number,
    recipientUserIds: readonly number[],
    kind: DeliveryKind = 'invitation',
  ): Promise<PlanOutcome> {
    const list = await this.site.list(surveyDeliveriesList);
    const planned = await allOf<{ DeliveryKey: string | null }>(
      list.items.select('DeliveryKey').filter(where('WaveKey', 'eq', waveKey(surveyKey, wave, kind))),
    );
    const known = new Set(planned.map((item) => item.DeliveryKey));
    const recipients = [...new Set(recipientUserIds)];
    const missing = recipients.filter((id) => !known.has(deliveryKey(surveyKey, wave, kind, id)));
    const url = await this.site.listUrl(surveyDeliveriesList);
    const pending = states.label('pending');
    const settled = await settleInOneBatch(this.site.sp, (batched) =>
      missing.map((userId) =>
        batched.web.getList(url).items.add({
          Title: surveyKey,
          SurveyKey: surveyKey,
          Wave: wave,
          WaveKey: waveKey(surveyKey, wave, kind),
          DeliveryKind: kinds.label(kind),
          RecipientId: userId,
          DeliveryKey: deliveryKey(surveyKey, wave, kind, userId),
          DeliveryState: pending,
          Attempts: 0,
        } satisfies NewItemOf<typeof surveyDeliveriesList>),
      ),
    );
    const failure = settled.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof DuplicateValueError),
    );
    if (failure?.status === 'rejected') throw failure.reason;
    const added = settled.filter((result) => result.status === 'fulfilled').length;
    return { planned: added, existing: recipients.length - added };
  }

  /**
   * Rows still to send, page by page: pending ones (always), failed ones tried fewer than
   * `maxAttempts` times (default 10) whose last attempt is older than `retryFailedAfterMs` (default
   * 15 minutes), and 'sending' ones whose claim is older than `claimLeaseMs` (their runner died
   * between claiming and marking; they too stop after `maxAttempts`). A runner claims each row
   * before sending it, so two runners working through the same pages never both send one.
   */
  async *due(
    surveyKey: string,
    wave: number,
    options: {
      pageSize?: number;
      maxAttempts?: number;
      kind?: DeliveryKind;
      now?: Date;
      claimLeaseMs?: number;
      retryFailedAfterMs?: number;
    } = {},
  ): AsyncGenerator<Delivery[]> {
    const list = await this.site.list(surveyDeliveriesList);
    const query = DELIVERY.applyTo(list.items)
      .filter(
        `${where('WaveKey', 'eq', waveKey(surveyKey, wave, options.kind))} and ${this.rows.dueFilter(options)}`,
      )
      .orderBy('Id', true);
    for await (const page of pagesOf<DeliveryRow>(query, options.pageSize ?? 500)) yield page.map(toDelivery);
  }

  /**
   * Takes a due row for this runner: 'sending', one more attempt, LastAttemptOn = at, with the
   * row's ETag. Null when another runner claimed or changed it first (send nothing then); the
   * claimed row returned carries the new ETag for markSent/markFailed/markSkipped.
   */
  claim(delivery: Delivery, at: Date): Promise<Delivery | null> {
    return this.rows.claim(delivery, at);
  }

  /**
   * Extends a claim this runner holds (LastAttemptOn = at, not another attempt) before it retries
   * a send after a pause: null when the row changed meanwhile (the lease ran out and another runner
   * claimed it), so the card is not sent twice.
   */
  renew(delivery: Delivery, at: Date): Promise<Delivery | null> {
    return this.rows.renew(delivery, at);
  }

  /** Records a successful send; ConcurrencyConflictError if another worker updated the row first. */
  markSent(delivery: Delivery, at: Date): Promise<void> {
    return this.rows.markSent(delivery, at);
  }

  markFailed(delivery: Delivery, error: string, at: Date): Promise<void> {
    return this.rows.markFailed(delivery, error, at);
  }

  /**
   * How many rows of a wave are in each state (for the progress the quality manager sees);
   * invitations unless `kind` says reminders.
   */
  async countByState(
    surveyKey: string,
    wave: number,
    kind: DeliveryKind = 'invitation',
  ): Promise<Record<DeliveryState, number>> {
    const list = await this.site.list(surveyDeliveriesList);
    const counts = Object.fromEntries(DELIVERY_STATE_CHOICES.map((choice) => [choice.code, 0])) as Record<
      DeliveryState,
      number
    >;
    const query = list.items
      .select('Id', 'DeliveryState')
      .filter(where('WaveKey', 'eq', waveKey(surveyKey, wave, kind)));
    for await (const page of pagesOf<Pick<DeliveryRow, 'DeliveryState'>>(query, 5000)) {
      for (const item of page) {
        const state = states.code(item.DeliveryState);
        if (state) counts[state] += 1;
      }
    }
    return counts;
  }

  /** People whose invitation to this wave was sent, and when (whom a reminder may go to). */
  async sentRecipients(surveyKey: string, wave: number): Promise<SentRecipient[]> {
    const list = await this.site.list(surveyDeliveriesList);
    const query = SENT.applyTo(list.items)
      .filter(
        `${where('WaveKey', 'eq', waveKey(surveyKey, wave))} and ` +
          where('DeliveryState', 'eq', states.label('sent')),
      )
      .orderBy('Id', true);
    const recipients: SentRecipient[] = [];
    for await (const page of pagesOf<RowOf<typeof SENT>>(query, 5000))
      for (const item of page)
        recipients.push({
          userId: item.RecipientId ?? 0,
          email: item.Recipient?.EMail ?? null,
          sentOn: item.SentOn ? new Date(item.SentOn).toISOString() : null,
        });
    return recipients;
  }

  /**
   * Deletes a wave's reminder rows (once the wave has closed, so no list keeps naming those who had
   * not answered), 100 per $batch; returns how many it deleted. Idempotent: a second call, or one
   * racing another, finds nothing left (a row already gone is not counted).
   */
  async removeReminders(surveyKey: string, wave: number): Promise<number> {
    const list = await this.site.list(surveyDeliveriesList);
    const rows = await allOf<{ Id: number }>(
      list.items.select('Id').filter(where('WaveKey', 'eq', waveKey(surveyKey, wave, 'reminder'))),
    );
    if (rows.length === 0) return 0;
    const url = await this.site.listUrl(surveyDeliveriesList);
    const settled = await settleInOneBatch(this.site.sp, (batched) =>
      rows.map((row) => batched.web.getList(url).items.getById(row.Id).delete()),
    );
    const failure = settled.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof NotFoundError),
    );
    if (failure?.status === 'rejected') throw failure.reason;
    return settled.filter((result) => result.status === 'fulfilled').length;
  }

  /**
   * Records that this person cannot be reached for this wave (e.g. they blocked the app): unlike
   * failed, due() never yields the row again, so later runs do not keep knocking.
   */
  markSkipped(delivery: Delivery, reason: string, at: Date): Promise<void> {
    return this.rows.markSkipped(delivery, reason, at);
  }
}

function toDelivery(item: DeliveryRow): Delivery {
  return {
    id: item.Id,
    surveyKey: item.SurveyKey ?? '',
    wave: item.Wave ?? 0,
    // Rows planned before reminders existed are invitations.
    kind: kinds.code(item.DeliveryKind) ?? 'invitation',
    recipientUserId: item.RecipientId ?? 0,
    recipientEmail: item.Recipient?.EMail ?? null,
    state: states.code(item.DeliveryState) ?? 'pending',
    attempts: item.Attempts ?? 0,
    lastAttemptAt: item.LastAttemptOn ? new Date(item.LastAttemptOn).toISOString() : null,
    etag: etagOf(item),
  };
}
