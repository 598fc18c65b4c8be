import type { Delivery, DeliveryKind, StoredBotConversation } from '@kvalita/sharepoint';
import type { Activity } from 'botbuilder';
import type { Clock } from './clock';
import type { ProactiveSend } from './proactive-sender';
import type { RateLimiter } from './rate-limiter';
import { classifySendFailure } from './send-failure';

/** The parts of SurveyDeliveriesRepository a wave needs. */
export interface DeliveryRows {
  due(
    surveyKey: string,
    wave: number,
    options?: {
      pageSize?: number;
      maxAttempts?: number;
      kind?: DeliveryKind;
      now?: Date;
      claimLeaseMs?: number;
      retryFailedAfterMs?: number;
    },
  ): AsyncGenerator<Delivery[]>;
  /** Takes the row for this runner ('sending', new ETag); null when another runner got it first. */
  claim(delivery: Delivery, at: Date): Promise<Delivery | null>;
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
  /** A failed row is due again only this long after its attempt (a connector outage passes). */
  readonly retryFailedAfterMs?: number;
  readonly pageSize?: number;
  /**
   * How long a claimed row belongs to the runner that claimed it. After that a 'sending' row is
   * due again (its runner died mid-send). Longer than any send including Retry-After pauses.
   */
  readonly claimLeaseMs?: number;
}

/** Builds the message for one row: the survey card, or the reminder card for a reminder row. */
export type DeliveryActivity = (
  delivery: Delivery,
  conversation: StoredBotConversation,
) => Promise<Partial<Activity>>;

export interface WaveRunnerDeps {
  readonly deliveries: DeliveryRows;
  readonly conversations: ConversationDirectory;
  readonly send: ProactiveSend;
  readonly activity: DeliveryActivity;
  readonly limiter: RateLimiter;
  readonly clock: Clock;
  /** [0, 1), for jitter. */
  readonly random: () => number;
  readonly now: () => Date;
  /**
   * Whether the wave still takes answers, asked before each page of rows (uncached): a survey
   * closed while its fan-out runs stops getting cards at the next page. None: never asked.
   */
  readonly waveOpen?: (surveyKey: string, wave: number) => Promise<boolean>;
  readonly log?: (line: string) => void;
  readonly options?: WaveRunnerOptions;
}

export interface WaveReport {
  sent: number;
  /**
   * No personal chat yet (the person has not installed the app): the row is left pending, not
   * claimed, not written, so a tick every minute costs nothing for them; the first run after they
   * install sends the card (or the install itself does, see install-invitations.ts).
   */
  waiting: number;
  /** Not reached this run (connector errors); due again after retryFailedAfterMs. */
  failed: number;
  /** Will not be reached in this wave (403/404: app blocked or removed, chat gone). */
  skipped: number;
  throttled: number;
  retried: number;
  /** Rows another runner claimed first (two runners on one wave): left to it. */
  claimedElsewhere: number;
  /** The run stopped early (signal); a later run continues with what is not marked sent. */
  stopped: boolean;
  /** The survey was closed (or the wave ended) while the run went on: the rest was not sent. */
  closed: boolean;
}

export interface RunWaveOptions {
  /** Invitations (default) or reminders: each has its own rows. */
  readonly kind?: DeliveryKind;
  /** Stops taking new rows; what is in flight finishes and is marked. */
  readonly signal?: AbortSignal;
}

/**
 * Sends a survey wave's invitations (or reminders) to everyone still due, at the pace Teams allows.
 *
 * Resumable: the delivery rows are the only state. Each row is claimed first (state 'sending',
 * with its ETag), so two runners on the same wave — two instances, or two overlapping scheduler
 * ticks — never send the same row: the loser's claim fails and it moves on. A row is marked sent
 * right after the Bot Connector accepted the message, so a new run after a crash sends to exactly
 * the rows not marked sent. The one unavoidable at-least-once window: a process killed after the
 * claim (or after the connector accepted the message) but before "sent" was stored leaves the row
 * 'sending'; it is sent again only once its claim lease has expired, so that person may get the
 * card twice; Teams has no idempotency key for bot messages. Nothing else happens between the
 * send and the mark, and a stop signal never interrupts it. A second card is harmless: it carries
 * the survey and wave, and an answer counts once.
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
      maxAttempts: 10,
      retryFailedAfterMs: 15 * 60_000,
      pageSize: 500,
      claimLeaseMs: 15 * 60_000,
      ...deps.options,
    };
  }

  async runWave(surveyKey: string, wave: number, options: RunWaveOptions = {}): Promise<WaveReport> {
    const { signal, kind = 'invitation' } = options;
    const report: WaveReport = {
      sent: 0,
      waiting: 0,
      failed: 0,
      skipped: 0,
      throttled: 0,
      retried: 0,
      claimedElsewhere: 0,
      stopped: false,
      closed: false,
    };
    // One read of every reference per run instead of one lookup per recipient.
    const byEmail = new Map<string, StoredBotConversation>();
    for (const conversation of await this.deps.conversations.all()) {
      if (conversation.email) byEmail.set(conversation.email.toLowerCase(), conversation);
    }
    const pages = this.deps.deliveries.due(surveyKey, wave, {
      pageSize: this.options.pageSize,
      maxAttempts: this.options.maxAttempts,
      kind,
      now: this.deps.now(),
      claimLeaseMs: this.options.claimLeaseMs,
      retryFailedAfterMs: this.options.retryFailedAfterMs,
    });
    for await (const page of pages) {
      if (this.deps.waveOpen && !(await this.deps.waveOpen(surveyKey, wave))) {
        report.closed = true;
        break;
      }
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
    due: Delivery,
    conversation: StoredBotConversation | null,
    report: WaveReport,
  ): Promise<void> {
    if (!conversation) {
      // Not claimed and not written: the row stays pending until the person installs the app.
      report.waiting += 1;
      return;
    }
    const delivery = await this.deps.deliveries.claim(due, this.deps.now());
    if (!delivery) {
      report.claimedElsewhere += 1;
      return;
    }
    const activity = await this.deps.activity(delivery, conversation);
    let transient = 0;
    let throttled = 0;
    for (;;) {
      await this.deps.limiter.acquire();
      try {
        await this.deps.send(conversation, activity);
      } catch (error) {
        const failure = classifySendFailure(error, this.deps.clock.now());
        if (failure.kind === 'fatal') {
          // The claimed row is handed back as failed (due again after retryFailedAfterMs, sooner
          // than a claim left to expire); the rows not yet claimed stay pending for the next run.
          await this.deps.deliveries.markFailed(delivery, failure.reason, this.deps.now());
          throw new Error(`Wave stopped: ${failure.reason}`, { cause: error });
        }
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
        this.deps.log?.(`survey ${delivery.kind} not delivered (delivery ${delivery.id}): ${reason}`);
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
