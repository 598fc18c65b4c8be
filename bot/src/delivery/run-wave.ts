import { resolveLocale } from '@kvalita/core';
import type { Delivery, StoredBotConversation } from '@kvalita/sharepoint';
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { pulseCard } from '../cards/pulse-card';
import type { Clock } from './clock';
import type { ProactiveSend } from './proactive-sender';
import type { RateLimiter } from './rate-limiter';
import { classifySendFailure } from './send-failure';

/** The parts of SurveyDeliveriesRepository a wave needs. */
export interface DeliveryRows {
  due(
    surveyKey: string,
    wave: number,
    options?: { pageSize?: number; maxAttempts?: number },
  ): AsyncGenerator<Delivery[]>;
  markSent(delivery: Delivery, at: Date): Promise<void>;
  markFailed(delivery: Delivery, error: string, at: Date): Promise<void>;
  markSkipped(delivery: Delivery, reason: string, at: Date): Promise<void>;
}

export interface ConversationDirectory {
  all(): Promise<StoredBotConversation[]>;
}

export interface WaveRunnerOptions {
  /** Sends in flight at once; the limiter, not this, sets the pace. */
  readonly concurrency?: number;
  /** Retries of a 5xx or network error for one recipient within a run (exponential backoff). */
  readonly maxTransientRetries?: number;
  /** 429s tolerated for one recipient within a run before it is left for the next run. */
  readonly maxThrottledRetries?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Up to this much random extra wait after a Retry-After, so app instances do not resume in step. */
  readonly jitterMs?: number;
  /** Rows failed this many times are not tried again (SurveyDeliveriesRepository.due). */
  readonly maxAttempts?: number;
  readonly pageSize?: number;
}

export interface WaveRunnerDeps {
  readonly deliveries: DeliveryRows;
  readonly conversations: ConversationDirectory;
  readonly send: ProactiveSend;
  readonly limiter: RateLimiter;
  readonly clock: Clock;
  /** [0, 1), for jitter. */
  readonly random: () => number;
  readonly now: () => Date;
  readonly log?: (line: string) => void;
  readonly options?: WaveRunnerOptions;
}

export interface WaveReport {
  sent: number;
  /** Not reached this run; a later run tries again (no chat yet, connector errors). */
  failed: number;
  /** Will not be reached in this wave (403/404: app blocked or removed, chat gone). */
  skipped: number;
  throttled: number;
  retried: number;
  /** The run stopped early (signal); a later run continues with what is not marked sent. */
  stopped: boolean;
}

export const NO_CONVERSATION =
  'No personal chat with Kvalita: the person has not installed the app in Teams.';

/**
 * Sends a survey wave's pulse card to everyone still due, at the pace Teams allows.
 *
 * Resumable: the delivery rows are the only state. A row is marked sent right after the Bot
 * Connector accepted the message, so a new run after a crash sends to exactly the rows not marked
 * sent. The one unavoidable at-least-once window: a process killed after the connector accepted a
 * message but before SharePoint stored "sent" (one request, milliseconds) sends that one person the
 * card again; Teams has no idempotency key for bot messages. The window is kept to that single
 * write: nothing else happens between the send and the mark, and a stop signal never interrupts it.
 * A second answer is harmless (the card carries the pulse id, an answer counts once).
 */
export class WaveRunner {
  private readonly options: Required<WaveRunnerOptions>;

  constructor(private readonly deps: WaveRunnerDeps) {
    this.options = {
      concurrency: 4,
      maxTransientRetries: 4,
      maxThrottledRetries: 8,
      baseDelayMs: 1000,
      maxDelayMs: 30_000,
      jitterMs: 1000,
      maxAttempts: 3,
      pageSize: 500,
      ...deps.options,
    };
  }

  async runWave(surveyKey: string, wave: number, signal?: AbortSignal): Promise<WaveReport> {
    const report: WaveReport = { sent: 0, failed: 0, skipped: 0, throttled: 0, retried: 0, stopped: false };
    // One read of every reference per run instead of one lookup per recipient.
    const byEmail = new Map<string, StoredBotConversation>();
    for (const conversation of await this.deps.conversations.all()) {
      if (conversation.email) byEmail.set(conversation.email.toLowerCase(), conversation);
    }
    const pages = this.deps.deliveries.due(surveyKey, wave, {
      pageSize: this.options.pageSize,
      maxAttempts: this.options.maxAttempts,
    });
    for await (const page of pages) {
      let next = 0;
      const worker = async () => {
        for (;;) {
          if (signal?.aborted) return;
          const delivery = page[next++];
          if (!delivery) return;
          const conversation = delivery.recipientEmail
            ? (byEmail.get(delivery.recipientEmail.toLowerCase()) ?? null)
            : null;
          await this.deliver(delivery, conversation, report);
        }
      };
      let stop: unknown = null;
      const guarded = async () => {
        try {
          await worker();
        } catch (error) {
          stop ??= error;
          next = page.length; // the other workers finish what they hold and take nothing new
        }
      };
      // Settle every worker before returning or throwing, so no send or mark runs on afterwards.
      await Promise.all(Array.from({ length: Math.max(1, this.options.concurrency) }, guarded));
      if (stop !== null) throw stop;
      if (signal?.aborted) {
        report.stopped = true;
        break;
      }
    }
    return report;
  }

  private async deliver(
    delivery: Delivery,
    conversation: StoredBotConversation | null,
    report: WaveReport,
  ): Promise<void> {
    if (!conversation) {
      await this.deps.deliveries.markFailed(delivery, NO_CONVERSATION, this.deps.now());
      report.failed += 1;
      return;
    }
    const activity = pulseActivity(delivery.surveyKey, conversation.locale);
    let transient = 0;
    let throttled = 0;
    for (;;) {
      await this.deps.limiter.acquire();
      try {
        await this.deps.send(conversation, activity);
      } catch (error) {
        const failure = classifySendFailure(error, this.deps.clock.now());
        // The row stays as it was: a run with fixed credentials sends it.
        if (failure.kind === 'fatal') throw new Error(`Wave stopped: ${failure.reason}`, { cause: error });
        if (failure.kind === 'throttled' && throttled < this.options.maxThrottledRetries) {
          throttled += 1;
          report.throttled += 1;
          const wait = failure.retryAfterMs ?? this.backoff(throttled - 1);
          this.deps.limiter.pause(wait + this.deps.random() * this.options.jitterMs);
          continue;
        }
        if (failure.kind === 'transient' && transient < this.options.maxTransientRetries) {
          await this.deps.clock.sleep(this.backoff(transient) * (0.5 + this.deps.random() / 2));
          transient += 1;
          report.retried += 1;
          continue;
        }
        const reason = failure.kind === 'throttled' ? 'Bot Connector 429: still throttled' : failure.reason;
        this.deps.log?.(`pulse not delivered to delivery ${delivery.id}: ${reason}`);
        if (failure.kind === 'permanent') {
          await this.deps.deliveries.markSkipped(delivery, reason, this.deps.now());
          report.skipped += 1;
        } else {
          await this.deps.deliveries.markFailed(delivery, reason, this.deps.now());
          report.failed += 1;
        }
        return;
      }
      // Nothing between the accepted send and this write: it is the at-least-once window.
      await this.deps.deliveries.markSent(delivery, this.deps.now());
      report.sent += 1;
      return;
    }
  }

  private backoff(attempt: number): number {
    return Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** attempt);
  }
}

function pulseActivity(pulseId: string, locale: string | null): Partial<Activity> {
  return MessageFactory.attachment(
    CardFactory.adaptiveCard(pulseCard(resolveLocale(locale ?? undefined), pulseId)),
  );
}
