import type { Clock } from './clock';

/**
 * A taken token. A send may not go out at once (its row is claimed first, a storage round trip);
 * the token remembers which pauses had begun when it was taken, so the sender can tell whether a
 * Retry-After started meanwhile.
 */
export interface RateToken {
  readonly pausesBefore: number;
}

export interface RateLimiterOptions {
  /**
   * Requests per second for the whole app in the tenant. Teams documents a global limit of 50
   * requests per second per app per tenant for the bot APIs (sending, roster reads … all count).
   */
  readonly ratePerSecond?: number;
  /**
   * Tokens that may be spent at once after a quiet spell. 1 by default (even pacing): Teams does not
   * document its window, and a full second of burst followed by the steady rate would put up to
   * twice the limit into one sliding second.
   */
  readonly burst?: number;
}

/**
 * A token bucket shared by every send of a fan-out, with a global pause for Retry-After.
 *
 * Why global: Teams' 50 requests/s limit is per app per tenant, so a 429 on one recipient means
 * every other send would be refused too; pausing only the one recipient would keep hammering.
 *
 * Teams also limits each conversation ("per bot per thread": a few operations per second and at
 * most 1,800 per hour in one chat). A wave sends one message per personal chat, so those limits
 * cannot be reached by a fan-out; only the global one shapes it.
 */
export class RateLimiter {
  readonly ratePerSecond: number;
  private readonly capacity: number;
  private tokens: number;
  private refilledAt: number;
  private pausedUntil = 0;
  /** Pauses begun so far: a token taken before the latest one may not be spent inside it. */
  private pauses = 0;

  constructor(
    private readonly clock: Clock,
    options: RateLimiterOptions = {},
  ) {
    this.ratePerSecond = options.ratePerSecond ?? 50;
    if (!(this.ratePerSecond > 0)) throw new Error('ratePerSecond must be positive');
    this.capacity = Math.max(1, options.burst ?? 1);
    this.tokens = this.capacity;
    this.refilledAt = clock.now();
  }

  /** Waits until a request may go out, then takes its token. */
  async acquire(): Promise<RateToken> {
    for (;;) {
      const now = this.clock.now();
      if (now < this.pausedUntil) {
        await this.clock.sleep(this.pausedUntil - now);
        continue;
      }
      this.refill(now);
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return { pausesBefore: this.pauses };
      }
      await this.clock.sleep(((1 - this.tokens) / this.ratePerSecond) * 1000);
    }
  }

  /**
   * Stops every sender for `ms` (Retry-After). The bucket restarts empty, so the fan-out resumes at
   * the steady rate instead of a burst that would be throttled again.
   */
  pause(ms: number): void {
    const until = this.clock.now() + Math.max(0, ms);
    if (until > this.pausedUntil) this.pausedUntil = until;
    this.tokens = 0;
    this.refilledAt = this.pausedUntil;
    this.pauses += 1;
  }

  /**
   * Whether a pause began after this token was taken. Such a token is void: the request it was
   * taken for would reach Teams inside the Retry-After (and be refused again); take a new one.
   */
  pausedSince(token: RateToken): boolean {
    return this.pauses !== token.pausesBefore;
  }

  private refill(now: number): void {
    if (now <= this.refilledAt) return;
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.refilledAt) / 1000) * this.ratePerSecond,
    );
    this.refilledAt = now;
  }
}
