import { describe, expect, it } from '@jest/globals';
import type { StoredBotConversation } from '@kvalita/sharepoint';
import { RateLimiter, WaveRunner, type Clock, type DeliveryRows } from '../../src';
import { MemoryDeliveries, chatsOf } from './memory-deliveries';

const AT = Date.parse('2027-02-01T08:00:00Z');
const RETRY_AFTER_MS = 1000;
/** A SharePoint round trip (claim, renew, mark) and the connector's answer, in virtual time. */
const STORAGE_MS = 25;
const CONNECTOR_MS = 10;

const turn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Virtual time that moves only when everything is waiting on it: each sleeper wakes at its own
 * moment, so a storage call and a Retry-After overlap as they would on the wire.
 */
class SchedulerClock implements Clock {
  private time = 0;
  private readonly timers: { at: number; wake: () => void }[] = [];
  now(): number {
    return this.time;
  }
  sleep(ms: number): Promise<void> {
    return new Promise((wake) => this.timers.push({ at: this.time + Math.max(0, ms), wake }));
  }
  /** Runs the work to its end, moving time to the next wake-up whenever nothing else can run. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    void work.finally(() => (settled = true)).catch(() => undefined);
    while (!settled) {
      for (let index = 0; index < 20; index += 1) await turn();
      if (settled) break;
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers.shift();
      if (!next) throw new Error('nothing left to wake: the work waits for ever');
      this.time = Math.max(this.time, next.at);
      next.wake();
    }
    return work;
  }
}

/** Teams as the fan-out meets it: the first message answered 429 Retry-After 1 s. */
class ThrottlingConnector {
  readonly accepted: { conversationId: string; at: number }[] = [];
  /** Requests that arrived while the Retry-After was running (Teams would answer 429 again). */
  earlyRequests = 0;
  private blockedUntil = 0;
  private requests = 0;
  constructor(private readonly clock: SchedulerClock) {}

  send = async (conversation: StoredBotConversation): Promise<void> => {
    const arrived = this.clock.now();
    this.requests += 1;
    if (arrived < this.blockedUntil) this.earlyRequests += 1;
    await this.clock.sleep(CONNECTOR_MS);
    if (this.requests === 1) {
      this.blockedUntil = this.clock.now() + RETRY_AFTER_MS;
      throw Object.assign(new Error('Too many requests'), {
        statusCode: 429,
        response: { headers: { 'retry-after': String(RETRY_AFTER_MS / 1000) } },
      });
    }
    this.accepted.push({ conversationId: conversation.conversationId, at: arrived });
  };
}

/** Memory rows whose every call takes a SharePoint round trip of virtual time. */
function slowRows(rows: MemoryDeliveries, clock: SchedulerClock): DeliveryRows {
  const trip = async <T>(call: () => Promise<T>) => {
    await clock.sleep(STORAGE_MS);
    return call();
  };
  return {
    due: (...args) => rows.due(...args),
    claim: (delivery, at) => trip(() => rows.claim(delivery, at)),
    renew: (delivery, at) => trip(() => rows.renew(delivery, at)),
    markSent: (delivery, at) => trip(() => rows.markSent(delivery, at)),
    markFailed: (delivery, error, at) => trip(() => rows.markFailed(delivery, error, at)),
    markSkipped: (delivery, reason, at) => trip(() => rows.markSkipped(delivery, reason, at)),
  };
}

describe('a Retry-After pause and the sends that already hold a token', () => {
  it('a send whose token was taken before another send was throttled waits out the Retry-After', async () => {
    const emails = Array.from({ length: 6 }, (_, index) => `person${index + 1}@lipova.example`);
    const clock = new SchedulerClock();
    const rows = new MemoryDeliveries(emails);
    const connector = new ThrottlingConnector(clock);
    // Tokens every 20 ms; the second sender takes its token at 20 ms and claims its row until
    // 45 ms, while the first send's 429 comes back at 35 ms.
    const runner = new WaveRunner({
      deliveries: slowRows(rows, clock),
      conversations: chatsOf(emails),
      send: connector.send,
      activity: async () => ({ type: 'message', text: 'card' }),
      limiter: new RateLimiter(clock, { ratePerSecond: 50 }),
      clock,
      random: () => 0,
      now: () => new Date(AT + clock.now()),
      options: { concurrency: 2, jitterMs: 0 },
    });
    const report = await clock.run(runner.runWave('pulse', 1));

    expect(connector.earlyRequests).toBe(0);
    // Nobody missed, nobody twice: the throttled card is sent again, the other one after the pause.
    expect(connector.accepted.map((card) => card.conversationId).sort()).toEqual([...emails].sort());
    expect(report).toMatchObject({ sent: 6, throttled: 1, claimedElsewhere: 0, failed: 0 });
    expect(rows.idsIn('sent')).toHaveLength(6);
  });
});
