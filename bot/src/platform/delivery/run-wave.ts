import {
  ConcurrencyConflictError,
  type Delivery,
  type DeliveryKind,
  type StoredBotConversation,
} from '@kvalita/sharepoint';
import type { Activity } from 'botbuilder';
import type { Clock } from './clock';
import type { ProactiveSend } from './proactive-sender';
import type { RateLimiter } from './rate-limiter';
import { classifySendFailure } from './send-failure';

/** Writes of "sent" tried again after a storage error before the run gives up (1 s, 2 s, 4 s). */
const MARK_SENT_RETRIES = 3;

/** What the fan-out reads of a row: survey deliveries, and any feature's rows planned the same way. */
export interface FanOutRow {
  readonly id: number;
  readonly kind: string;
  readonly recipientEmail: string | null;
}

/**
 * The parts of SurveyDeliveriesRepository a wave needs (another feature's rows: the same calls;
 * such a repository may ignore the survey key and wave it is asked for).
 */
export interface DeliveryRows<Row extends FanOutRow = Delivery> {
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
  ): AsyncGenerator<Row[]>;
  /** Takes the row for this runner ('sending', new ETag); null when another runner got it first. */
  claim(delivery: Row, at: Date): Promise<Row | null>;
  /**
   * Extends this runner's claim (LastAttemptOn = at, new ETag) before a retry; null when the row
   * changed meanwhile (the lease ran out during a pause and another runner took it).
   */
  renew(delivery: Row, at: Date): Promise<Row | null>;
  markSent(delivery: Row, at: Date): Promise<void>;
  markFailed(delivery: Row, error: string, at: Date): Promise<void>;
  markSkipped(delivery: Row, reason: string, at: Date): Promise<void>;
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
export type DeliveryActivity<Row extends FanOutRow = Delivery> = (
  delivery: Row,
  conversation: StoredBotConversation,
) => Promise<Partial<Activity>>;

export interface WaveRunnerDeps<Row extends FanOutRow = Delivery> {
  readonly deliveries: DeliveryRows<Row>;
  readonly conversations: ConversationDirectory;
  readonly send: ProactiveSend;
  readonly activity: DeliveryActivity<Row>;
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
  /**
   * Sends with no answer (a timeout): the card may have arrived. Counted in `failed` too; the row
   * is due again after retryFailedAfterMs, so such a person may get the card twice.
   */
  uncertain: number;
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
 * ticks — never send the same row: the loser's claim fails and it moves on.
 *
 * The at-least-once window, honestly: Teams has no idempotency key for bot messages, so a process
 * killed after the connector accepted a card but before "sent" was stored leaves the row
 * 'sending', and it is sent again once its claim lease has expired. The window is kept to the
 * sends in flight at the moment of the crash, at most `concurrency` rows:
 * - a row is claimed only once its send has its token from the rate limiter and its card is
 *   built, so no claimed row waits behind the limiter; a row is 'sending' only while its own send
 *   (or the retry of its own 429 or 5xx) is under way — or, rarely, while it waits out a
 *   Retry-After that another send met during its claim (a token taken before a pause is void:
 *   sending on it would reach Teams inside the Retry-After);
 * - the row is marked sent right after the connector accepted the message (nothing else happens
 *   between), and a failed mark is written again a few times instead of leaving the row 'sending';
 * - a retry after a pause first renews the claim with its ETag: if the pause outlasted the lease
 *   and another runner took the row, this runner drops it instead of sending a second card;
 * - a send that got no answer (timeout, connection cut) may have been accepted: it is not retried
 *   within the run but marked failed "may have arrived" and due again after retryFailedAfterMs, so
 *   nobody is missed and nobody gets a second card at once (a timeout at the connector is the one
 *   other way to a second card).
 * Rows claimed when the process died are resent after the lease whether or not their send left:
 * nobody is missed. A second card is harmless: both cards carry the survey and wave, an answer
 * counts once, and both refresh to the same state (survey-card.ts, survey-answering.ts).
 */
export class FanOutRunner<Row extends FanOutRow> {
  private readonly options: Required<WaveRunnerOptions>;

  constructor(private readonly deps: WaveRunnerDeps<Row>) {
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
      uncertain: 0,
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
          await this.deliver(delivery, conversation, report, signal);
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
    due: Row,
    conversation: StoredBotConversation | null,
    report: WaveReport,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    if (!conversation) {
      // Not claimed and not written: the row stays pending until the person installs the app.
      report.waiting += 1;
      return;
    }
    // The card is built and the token taken before the claim: a row is 'sending' only while its
    // own send is under way, which is what keeps a crash's window to the sends in flight.
    const activity = await this.deps.activity(due, conversation);
    const token = await this.deps.limiter.acquire();
    // Stopped while waiting for the token (a long pause): the row stays as it was, unclaimed.
    if (signal?.aborted) return;
    let delivery: Row | null = await this.deps.deliveries.claim(due, this.deps.now());
    if (!delivery) {
      report.claimedElsewhere += 1;
      return;
    }
    let transient = 0;
    let throttled = 0;
    for (let attempt = 0; ; attempt += 1) {
      // A retry needs a new token; so does a first send when another send's 429 paused everyone
      // while this row was being claimed (its token predates the Retry-After).
      if (attempt > 0 || this.deps.limiter.pausedSince(token)) {
        delivery = await this.retake(delivery);
        if (!delivery) {
          report.claimedElsewhere += 1;
          return;
        }
      }
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
          // An uncertain send too: failed, due after the retry pause, never resent at once.
          await this.deps.deliveries.markFailed(delivery, reason, this.deps.now());
          report.failed += 1;
          if (failure.kind === 'uncertain') report.uncertain += 1;
        }
        return;
      }
      // Nothing between the accepted send and this write: it is the at-least-once window.
      await this.markSent(delivery);
      report.sent += 1;
      return;
    }
  }

  /**
   * Takes a new token for a claimed row and renews its claim: the pause may have outlasted the
   * lease, and renewing with the ETag proves the row is still ours (null: another runner took it).
   * If yet another pause began during the renewal, the token is void again and both are repeated,
   * so the send that follows never lands inside a Retry-After.
   */
  private async retake(delivery: Row): Promise<Row | null> {
    for (let current = delivery; ;) {
      const token = await this.deps.limiter.acquire();
      const renewed = await this.deps.deliveries.renew(current, this.deps.now());
      if (!renewed || !this.deps.limiter.pausedSince(token)) return renewed;
      current = renewed;
    }
  }

  /**
   * Stores "sent", trying again on a storage error (throttling, a dropped connection): a row left
   * 'sending' by a hiccup would be sent again after its lease. A conflict means the row changed
   * under this runner: on a retry that is most likely the earlier write having landed (done);
   * on the first write the lease ran out and another runner took the row, which is thrown.
   */
  private async markSent(delivery: Row): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.deps.deliveries.markSent(delivery, this.deps.now());
        return;
      } catch (error) {
        // On a retry, a conflict most likely means the earlier write landed after all.
        if (error instanceof ConcurrencyConflictError && attempt > 0) return;
        if (error instanceof ConcurrencyConflictError || attempt >= MARK_SENT_RETRIES) throw error;
        await this.deps.clock.sleep(this.backoff(attempt));
      }
    }
  }

  private backoff(attempt: number): number {
    return Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** attempt);
  }
}

/** The survey waves' runner, on SurveyDeliveriesRepository's rows; other features use FanOutRunner. */
export class WaveRunner extends FanOutRunner<Delivery> {}
