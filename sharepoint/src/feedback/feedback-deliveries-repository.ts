import { normalizeEmail } from '@kvalita/core';
import '../platform/pnp-imports';
import { ClaimedRows, type ClaimState, type DueRowsOptions } from '../platform/claimed-rows';
import { windowedPages } from '../platform/id-windows';
import { deleteRows, rowsWithValues } from '../platform/row-batches';
import { filterOn } from '../platform/schema/filter';
import type { NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn, type ChoiceCode } from '../platform/schema/types';
import { sha256Hex } from '../platform/sha256';
import type { SiteContext } from '../platform/site-context';
import { feedbackDeliveriesList, type FEEDBACK_DELIVERY_KIND_CHOICES } from './lists/feedback-deliveries';

export type FeedbackDeliveryKind = ChoiceCode<typeof FEEDBACK_DELIVERY_KIND_CHOICES>;

/** A card to plan. `subjectId` 0: about no one subject (a rater's reminder, a manager's notice). */
export interface NewFeedbackDelivery {
  readonly kind: FeedbackDeliveryKind;
  readonly cycleId: number;
  readonly subjectId: number;
  /** What makes a repeated kind a new card (a reminder's deadline and day); '-' otherwise. */
  readonly occasion: string;
  readonly recipientEmail: string;
}

export interface StoredFeedbackDelivery {
  readonly id: number;
  /** Unique: kind, cycle, subject, occasion and recipient (a second plan adds nothing). */
  readonly key: string;
  readonly kind: FeedbackDeliveryKind;
  readonly cycleId: number;
  readonly subjectId: number;
  readonly occasion: string;
  readonly recipientEmail: string | null;
  readonly state: ClaimState;
  readonly attempts: number;
  readonly lastAttemptAt: string | null;
  readonly etag: string;
}

export interface FeedbackPlanOutcome {
  readonly planned: number;
  /** Already there from an earlier run (or another instance's). */
  readonly existing: number;
}

export type DueFeedbackOptions = DueRowsOptions;

const DELIVERY = selectOf(
  feedbackDeliveriesList,
  'Id',
  'DeliveryKey',
  'DeliveryKind',
  'CycleId',
  'SubjectId',
  'Occasion',
  'RecipientEmail',
  'DeliveryState',
  'Attempts',
  'LastAttemptOn',
);
type DeliveryRow = RowOf<typeof DELIVERY>;
const kinds = choiceColumn(feedbackDeliveriesList, 'DeliveryKind');
const where = filterOn(feedbackDeliveriesList);
const KEY_LENGTH = 255;

/** "<kind>#<cycle>": the rows of one fan-out. */
export const fanOutKey = (kind: FeedbackDeliveryKind, cycleId: number) => `${kind}#${Math.trunc(cycleId)}`;

/**
 * "<kind>#<cycle>#<subject>#<occasion>#<e-mail>"; an e-mail that would make it longer than the
 * column takes is replaced by its SHA-256, so the key stays unique and the same on every plan.
 */
export function feedbackDeliveryKey(delivery: NewFeedbackDelivery): string {
  const head = `${fanOutKey(delivery.kind, delivery.cycleId)}#${Math.trunc(delivery.subjectId)}#${delivery.occasion.slice(0, 40)}#`;
  const email = normalizeEmail(delivery.recipientEmail);
  return head.length + email.length <= KEY_LENGTH ? `${head}${email}` : `${head}${sha256Hex(email)}`;
}

/**
 * 360 feedback's chat cards on Kvalita360Deliveries (service-only), the store the bot's notifier
 * plans and the platform fan-out sends (FeedbackDeliveryStore): rows planned once under a unique
 * key; claimed, renewed, marked and dropped by the shared claimed-row moves (ClaimedRows). A
 * cycle's 4,700 rating cards are read in ID windows, never against the list view threshold.
 */
export class FeedbackDeliveriesRepository {
  private readonly rows: ClaimedRows;

  constructor(private readonly site: SiteContext) {
    this.rows = new ClaimedRows(site, feedbackDeliveriesList, 'DeliveryState');
  }

  /**
   * Adds the cards not planned yet: the keys looked up in `or` chains in one $batch (a re-plan by
   * the daily pass finds them all and writes nothing), the missing rows added 100 per $batch.
   */
  async plan(deliveries: readonly NewFeedbackDelivery[]): Promise<FeedbackPlanOutcome> {
    const byKey = new Map(deliveries.map((delivery) => [feedbackDeliveryKey(delivery), delivery]));
    if (byKey.size === 0) return { planned: 0, existing: 0 };
    const known = new Set(
      (
        await rowsWithValues<{ Id: number; DeliveryKey: string | null }>(
          this.site,
          feedbackDeliveriesList,
          'DeliveryKey',
          [...byKey.keys()],
          [],
        )
      ).map((row) => row.DeliveryKey),
    );
    const values: NewItemOf<typeof feedbackDeliveriesList>[] = [];
    for (const [key, delivery] of byKey) {
      if (known.has(key)) continue;
      values.push({
        Title: fanOutKey(delivery.kind, delivery.cycleId),
        DeliveryKey: key,
        FanOutKey: fanOutKey(delivery.kind, delivery.cycleId),
        DeliveryKind: kinds.label(delivery.kind),
        CycleId: delivery.cycleId,
        SubjectId: delivery.subjectId,
        Occasion: delivery.occasion.slice(0, 40),
        RecipientEmail: normalizeEmail(delivery.recipientEmail),
        DeliveryState: this.rows.label('pending'),
        Attempts: 0,
      });
    }
    const outcome = await this.rows.add(values);
    return { planned: outcome.added, existing: byKey.size - outcome.added };
  }

  /** Rows still to send, page by page (ClaimedRows.dueFilter), every cycle's. */
  async *due(options: DueFeedbackOptions = {}): AsyncGenerator<StoredFeedbackDelivery[]> {
    for await (const page of this.rows.due<DeliveryRow>(DELIVERY.select, DELIVERY.expand, options))
      yield page.map((row) => this.toDelivery(row));
  }

  /** Every row of one kind of a cycle (what was planned and how far it went), oldest first. */
  async ofFanOut(kind: FeedbackDeliveryKind, cycleId: number): Promise<StoredFeedbackDelivery[]> {
    const list = await this.site.list(feedbackDeliveriesList);
    const rows: StoredFeedbackDelivery[] = [];
    for await (const page of windowedPages<DeliveryRow>(list, DELIVERY, [
      where('FanOutKey', 'eq', fanOutKey(kind, cycleId)),
    ]))
      rows.push(...page.map((row) => this.toDelivery(row)));
    return rows;
  }

  claim(row: StoredFeedbackDelivery, at: Date): Promise<StoredFeedbackDelivery | null> {
    return this.rows.claim(row, at);
  }

  renew(row: StoredFeedbackDelivery, at: Date): Promise<StoredFeedbackDelivery | null> {
    return this.rows.renew(row, at);
  }

  markSent(row: StoredFeedbackDelivery, at: Date): Promise<void> {
    return this.rows.markSent(row, at);
  }

  markFailed(row: StoredFeedbackDelivery, error: string, at: Date): Promise<void> {
    return this.rows.markFailed(row, error, at);
  }

  markSkipped(row: StoredFeedbackDelivery, reason: string, at: Date): Promise<void> {
    return this.rows.markSkipped(row, reason, at);
  }

  /** false when the row changed meanwhile (another runner sent or dropped it). */
  drop(row: StoredFeedbackDelivery, reason: string, at: Date): Promise<boolean> {
    return this.rows.drop(row, reason, at);
  }

  /**
   * Deletes a cycle's rows of these kinds (its reminders once it closed, so no list keeps naming
   * who had not acted), 100 per $batch; idempotent.
   */
  async remove(cycleId: number, removed: readonly FeedbackDeliveryKind[]): Promise<number> {
    const list = await this.site.list(feedbackDeliveriesList);
    const ids: number[] = [];
    for (const kind of new Set(removed))
      for await (const page of windowedPages<{ Id: number }>(list, selectOf(feedbackDeliveriesList, 'Id'), [
        where('FanOutKey', 'eq', fanOutKey(kind, cycleId)),
      ]))
        ids.push(...page.map((row) => row.Id));
    return deleteRows(this.site, feedbackDeliveriesList, ids);
  }

  /** Deletes every row addressed to a person (erasure), in every cycle. */
  async removeOfRecipient(email: string): Promise<number> {
    const list = await this.site.list(feedbackDeliveriesList);
    const ids: number[] = [];
    for await (const page of windowedPages<{ Id: number }>(list, selectOf(feedbackDeliveriesList, 'Id'), [
      where('RecipientEmail', 'eq', normalizeEmail(email)),
    ]))
      ids.push(...page.map((row) => row.Id));
    return deleteRows(this.site, feedbackDeliveriesList, ids);
  }

  private toDelivery(row: DeliveryRow): StoredFeedbackDelivery {
    return {
      id: row.Id,
      key: row.DeliveryKey ?? '',
      kind: kinds.code(row.DeliveryKind) ?? 'ratingRequest',
      cycleId: row.CycleId ?? 0,
      subjectId: row.SubjectId ?? 0,
      occasion: row.Occasion ?? '',
      recipientEmail: row.RecipientEmail ?? null,
      ...this.rows.claimFieldsOf(row),
      state: this.rows.stateOf(row.DeliveryState),
    };
  }
}
