import type { SPFI } from '@pnp/sp';
import '../pnp-imports';
import { settleInOneBatch } from '../batch';
import { DuplicateValueError, sharePointCall } from '../errors';
import { odataString } from '../odata';
import {
  DELIVERY_STATE_CHOICES,
  choiceCode,
  choiceLabel,
  fieldOf,
  surveyDeliveriesList,
  type ChoiceCode,
} from '../schema';
import { SiteLists } from '../web-url';
import { allOf, etagOf, pagesOf } from './paging';

export type DeliveryState = ChoiceCode<typeof DELIVERY_STATE_CHOICES>;

export interface Delivery {
  readonly id: number;
  readonly surveyKey: string;
  readonly wave: number;
  readonly recipientUserId: number;
  readonly recipientEmail: string | null;
  readonly state: DeliveryState;
  readonly attempts: number;
  readonly etag: string;
}

export interface PlanOutcome {
  readonly planned: number;
  /** Already there from an earlier (interrupted) run, or added by a concurrent one. */
  readonly existing: number;
}

interface DeliveryItem {
  Id: number;
  SurveyKey: string;
  Wave: number;
  RecipientId: number;
  Recipient?: { EMail?: string } | null;
  DeliveryState: string;
  Attempts: number | null;
}

const stateField = fieldOf(surveyDeliveriesList, 'DeliveryState');
const SELECT = ['Id', 'SurveyKey', 'Wave', 'RecipientId', 'Recipient/EMail', 'DeliveryState', 'Attempts'];

export const waveKey = (surveyKey: string, wave: number) => `${surveyKey}#${wave}`;
const deliveryKey = (surveyKey: string, wave: number, userId: number) =>
  `${waveKey(surveyKey, wave)}#${userId}`;

/**
 * The resumable fan-out of a survey wave: plan one row per recipient, send what is pending, mark
 * each row sent or failed. A run that stops halfway resumes with what is still pending; ETags keep
 * two workers from sending the same row twice; the unique DeliveryKey keeps a re-plan from
 * duplicating anyone.
 */
export class SurveyDeliveriesRepository {
  private readonly site: SiteLists;

  constructor(
    private readonly sp: SPFI,
    webServerRelativeUrl?: string,
  ) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
  }

  /** Adds a pending row for every recipient not yet planned for this wave, 100 per $batch. */
  async planWave(surveyKey: string, wave: number, recipientUserIds: readonly number[]): Promise<PlanOutcome> {
    const list = await this.site.list(surveyDeliveriesList);
    const planned = await allOf<{ DeliveryKey: string }>(
      list.items.select('DeliveryKey').filter(`WaveKey eq ${odataString(waveKey(surveyKey, wave))}`),
    );
    const known = new Set(planned.map((item) => item.DeliveryKey));
    const recipients = [...new Set(recipientUserIds)];
    const missing = recipients.filter((id) => !known.has(deliveryKey(surveyKey, wave, id)));
    const url = await this.site.url(surveyDeliveriesList);
    const pending = choiceLabel(stateField, 'pending');
    const settled = await settleInOneBatch(this.sp, (batched) =>
      missing.map((userId) =>
        sharePointCall(() =>
          batched.web.getList(url).items.add({
            Title: surveyKey,
            SurveyKey: surveyKey,
            Wave: wave,
            WaveKey: waveKey(surveyKey, wave),
            RecipientId: userId,
            DeliveryKey: deliveryKey(surveyKey, wave, userId),
            DeliveryState: pending,
            Attempts: 0,
          }),
        ),
      ),
    );
    const failure = settled.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof DuplicateValueError),
    );
    if (failure?.status === 'rejected') throw failure.reason;
    const added = settled.filter((result) => result.status === 'fulfilled').length;
    return { planned: added, existing: recipients.length - added };
  }

  /** Rows still to send (pending, or failed fewer than `maxAttempts` times), page by page. */
  async *due(
    surveyKey: string,
    wave: number,
    options: { pageSize?: number; maxAttempts?: number } = {},
  ): AsyncGenerator<Delivery[]> {
    const list = await this.site.list(surveyDeliveriesList);
    const maxAttempts = options.maxAttempts ?? 3;
    const query = list.items
      .select(...SELECT)
      .expand('Recipient')
      .filter(
        `WaveKey eq ${odataString(waveKey(surveyKey, wave))} and ` +
          `(DeliveryState eq ${odataString(choiceLabel(stateField, 'pending'))} or ` +
          `(DeliveryState eq ${odataString(choiceLabel(stateField, 'failed'))} and Attempts lt ${maxAttempts}))`,
      )
      .orderBy('Id', true);
    for await (const page of pagesOf<DeliveryItem>(query, options.pageSize ?? 500))
      yield page.map(toDelivery);
  }

  /** Records a successful send; ConcurrencyConflictError if another worker updated the row first. */
  async markSent(delivery: Delivery, at: Date): Promise<void> {
    await this.record(delivery, {
      DeliveryState: choiceLabel(stateField, 'sent'),
      Attempts: delivery.attempts + 1,
      LastAttemptOn: at.toISOString(),
      SentOn: at.toISOString(),
      LastError: null,
    });
  }

  async markFailed(delivery: Delivery, error: string, at: Date): Promise<void> {
    await this.record(delivery, {
      DeliveryState: choiceLabel(stateField, 'failed'),
      Attempts: delivery.attempts + 1,
      LastAttemptOn: at.toISOString(),
      LastError: error.slice(0, 255),
    });
  }

  /** How many rows of a wave are in each state (for the progress the quality manager sees). */
  async countByState(surveyKey: string, wave: number): Promise<Record<DeliveryState, number>> {
    const list = await this.site.list(surveyDeliveriesList);
    const counts = Object.fromEntries(DELIVERY_STATE_CHOICES.map((choice) => [choice.code, 0])) as Record<
      DeliveryState,
      number
    >;
    const query = list.items
      .select('Id', 'DeliveryState')
      .filter(`WaveKey eq ${odataString(waveKey(surveyKey, wave))}`);
    for await (const page of pagesOf<{ DeliveryState: string }>(query, 5000)) {
      for (const item of page) {
        const state = choiceCode(stateField, item.DeliveryState) as DeliveryState | null;
        if (state) counts[state] += 1;
      }
    }
    return counts;
  }

  /**
   * Records that this person cannot be reached for this wave (e.g. they blocked the app): unlike
   * failed, due() never yields the row again, so later runs do not keep knocking.
   */
  async markSkipped(delivery: Delivery, reason: string, at: Date): Promise<void> {
    await this.record(delivery, {
      DeliveryState: choiceLabel(stateField, 'skipped'),
      Attempts: delivery.attempts + 1,
      LastAttemptOn: at.toISOString(),
      LastError: reason.slice(0, 255),
    });
  }

  private async record(delivery: Delivery, values: Record<string, unknown>): Promise<void> {
    const list = await this.site.list(surveyDeliveriesList);
    await sharePointCall(() => list.items.getById(delivery.id).update(values, delivery.etag));
  }
}

function toDelivery(item: DeliveryItem): Delivery {
  return {
    id: item.Id,
    surveyKey: item.SurveyKey,
    wave: item.Wave,
    recipientUserId: item.RecipientId,
    recipientEmail: item.Recipient?.EMail ?? null,
    state: (choiceCode(stateField, item.DeliveryState) as DeliveryState | null) ?? 'pending',
    attempts: item.Attempts ?? 0,
    etag: etagOf(item),
  };
}
