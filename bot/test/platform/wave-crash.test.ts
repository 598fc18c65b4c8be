import { describe, expect, it } from '@jest/globals';
import { SharePointError, type Delivery, type StoredBotConversation } from '@kvalita/sharepoint';
import { RateLimiter, WaveRunner, type Clock, type DeliveryRows, type ProactiveSend } from '../../src';
import { MemoryDeliveries, chatsOf } from './memory-deliveries';

const AT = Date.parse('2027-02-01T08:00:00Z');
const LEASE_MS = 15 * 60_000;
const PEOPLE = 67;
const emails = Array.from({ length: PEOPLE }, (_, index) => `person${index + 1}@lipova.example`);

/** Time that moves when someone sleeps (a minute-long wave runs in milliseconds). */
class StepClock implements Clock {
  time = 0;
  constructor(private readonly onSleep: (ms: number) => Promise<void> = async () => undefined) {}
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    await this.onSleep(ms);
    this.time += Math.max(0, ms);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The chat service: who got how many cards. */
class Connector {
  readonly cards = new Map<string, number>();
  accepted = 0;
  constructor(private readonly people: readonly string[] = emails) {}
  accept(conversation: StoredBotConversation): void {
    this.accepted += 1;
    this.cards.set(conversation.conversationId, (this.cards.get(conversation.conversationId) ?? 0) + 1);
  }
  get misses(): string[] {
    return this.people.filter((email) => !this.cards.has(email));
  }
  get twice(): string[] {
    return this.people.filter((email) => (this.cards.get(email) ?? 0) > 1);
  }
}

const never = new Promise<never>(() => undefined);

/**
 * A process that dies: once `crash()` is called nothing it started comes back (every call into
 * storage, the connector or the clock hangs for ever), as under kill -9. Writes already on their
 * way land; the run is abandoned, not awaited. It also tracks the sends in flight: handed to the
 * connector and not yet recorded as sent, failed or skipped.
 */
function dyingProcess(rows: MemoryDeliveries, connector: Connector, respond: ProactiveSend) {
  let dead = false;
  const inFlight = new Set<string>();
  const alive = async <T>(work: () => Promise<T>): Promise<T> => {
    if (dead) return never;
    const value = await work();
    if (dead) return never;
    return value;
  };
  const settled = async (delivery: Delivery, work: () => Promise<void>) =>
    alive(async () => {
      await work();
      inFlight.delete(delivery.recipientEmail ?? '');
    });
  const deliveries: DeliveryRows = {
    async *due(...args) {
      for await (const page of rows.due(...args)) yield await alive(async () => page);
    },
    claim: (delivery, at) => alive(() => rows.claim(delivery, at)),
    renew: (delivery, at) => alive(() => rows.renew(delivery, at)),
    markSent: (delivery, at) => settled(delivery, () => rows.markSent(delivery, at)),
    markFailed: (delivery, error, at) => settled(delivery, () => rows.markFailed(delivery, error, at)),
    markSkipped: (delivery, reason, at) => settled(delivery, () => rows.markSkipped(delivery, reason, at)),
  };
  const send: ProactiveSend = (conversation, activity) =>
    alive(async () => {
      inFlight.add(conversation.conversationId);
      await respond(conversation, activity);
    });
  return {
    deliveries,
    send,
    crash: () => {
      dead = true;
      return {
        inFlight: new Set(inFlight),
        sending: rows.idsIn('sending').map((id) => emails[id - 1] ?? ''),
      };
    },
    alive,
  };
}

function runner(
  deps: Pick<ConstructorParameters<typeof WaveRunner>[0], 'deliveries' | 'send'> & {
    clock?: Clock;
    now?: () => Date;
    concurrency?: number;
  },
) {
  const clock = deps.clock ?? new StepClock();
  return new WaveRunner({
    deliveries: deps.deliveries,
    conversations: chatsOf(emails),
    send: deps.send,
    activity: async (delivery) => ({ type: 'message', text: `${delivery.surveyKey} ${delivery.wave}` }),
    limiter: new RateLimiter(clock, { ratePerSecond: 50 }),
    clock,
    random: () => 0.5,
    now: deps.now ?? (() => new Date(AT + clock.now())),
    options: { concurrency: deps.concurrency ?? 4, claimLeaseMs: LEASE_MS, jitterMs: 0 },
  });
}

/** After the restart, once the lease of the dead process's claims has run out. */
async function restartAfterLease(rows: MemoryDeliveries, connector: Connector) {
  const later = new Date(AT + LEASE_MS + 60 * 60_000);
  const send: ProactiveSend = async (conversation) => connector.accept(conversation);
  return runner({ deliveries: rows, send, now: () => later }).runWave('pulse', 1);
}

describe('a crash in the middle of a fan-out (kill -9, restart)', () => {
  it.each([1, 2, 7, 20, 33, 50, 66])(
    'after %i accepted cards: nobody missed, a second card only for a send in flight at the crash',
    async (acceptedBeforeCrash) => {
      const rows = new MemoryDeliveries(emails);
      const connector = new Connector();
      let atCrash: { inFlight: Set<string>; sending: string[] } | null = null;
      const dying = dyingProcess(rows, connector, async (conversation) => {
        connector.accept(conversation);
        if (connector.accepted === acceptedBeforeCrash) atCrash = dying.crash();
      });
      void runner({ deliveries: dying.deliveries, send: dying.send }).runWave('pulse', 1);
      while (atCrash === null) await new Promise((resolve) => setImmediate(resolve));
      const { inFlight, sending } = atCrash as { inFlight: Set<string>; sending: string[] };

      // Only rows whose own send was under way are left 'sending' (due again only after the lease).
      for (const email of sending) expect(inFlight).toContain(email);
      expect(inFlight.size).toBeLessThanOrEqual(4);

      const report = await restartAfterLease(rows, connector);
      expect(connector.misses).toEqual([]);
      for (const email of connector.twice) expect(inFlight).toContain(email);
      expect(report.sent + acceptedBeforeCrash - connector.twice.length).toBe(PEOPLE);
      expect(rows.idsIn('sent')).toHaveLength(PEOPLE);
    },
  );

  it('during a Retry-After pause nothing but the throttled send holds a claim', async () => {
    const rows = new MemoryDeliveries(emails);
    const connector = new Connector();
    let atCrash: { inFlight: Set<string>; sending: string[] } | null = null;
    let requests = 0;
    const clock = new StepClock(async (ms) => {
      // The pause after the 429 (5 s) is where the process dies.
      if (ms >= 5000 && atCrash === null) atCrash = dying.crash();
    });
    const dying = dyingProcess(rows, connector, async (conversation) => {
      requests += 1;
      if (requests === 10)
        throw Object.assign(new Error('Too many requests'), {
          statusCode: 429,
          response: { headers: { 'retry-after': '5' } },
        });
      connector.accept(conversation);
    });
    void runner({ deliveries: dying.deliveries, send: dying.send, clock }).runWave('pulse', 1);
    while (atCrash === null) await new Promise((resolve) => setImmediate(resolve));
    const { inFlight, sending } = atCrash as { inFlight: Set<string>; sending: string[] };

    // Everyone else waits for the limiter with no claim: a restart sends to them at once.
    expect(sending.length).toBeGreaterThan(0);
    for (const email of sending) expect(inFlight).toContain(email);
    await restartAfterLease(rows, connector);
    expect(connector.misses).toEqual([]);
    expect(connector.twice).toEqual([]);
  });

  it('a retry after a pause longer than the lease does not send a card another runner has taken', async () => {
    const rows = new MemoryDeliveries(emails.slice(0, 3));
    const connector = new Connector(emails.slice(0, 3));
    let throttled = false;
    let other: Promise<unknown> | null = null;
    const clock = new StepClock(async (ms) => {
      // While the first runner waits out a 20-minute Retry-After, a second instance's tick finds
      // the claim expired, takes the row and sends the card.
      if (ms >= 20 * 60_000 && other === null) {
        const later = new Date(AT + 16 * 60_000);
        other = runner({
          deliveries: rows,
          send: async (conversation) => connector.accept(conversation),
          now: () => later,
        }).runWave('pulse', 1);
        await other;
      }
    });
    const first = await runner({
      deliveries: rows,
      clock,
      concurrency: 1,
      send: async (conversation) => {
        if (conversation.conversationId === 'person1@lipova.example' && !throttled) {
          throttled = true;
          throw Object.assign(new Error('Too many requests'), {
            statusCode: 429,
            response: { headers: { 'retry-after': String(20 * 60) } },
          });
        }
        connector.accept(conversation);
      },
    }).runWave('pulse', 1);

    expect(connector.cards.get('person1@lipova.example')).toBe(1);
    expect(first.claimedElsewhere).toBe(3);
    expect(rows.idsIn('sent')).toHaveLength(3);
  });

  it('a send that timed out (it may have arrived) is not sent again at once; it is due after the retry pause', async () => {
    const rows = new MemoryDeliveries(emails.slice(0, 3));
    const connector = new Connector(emails.slice(0, 3));
    let timedOut = false;
    const report = await runner({
      deliveries: rows,
      send: async (conversation) => {
        connector.accept(conversation);
        if (conversation.conversationId === 'person2@lipova.example' && !timedOut) {
          timedOut = true;
          // The connector took the message; its answer did not come within the 10 s limit.
          throw Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
        }
      },
    }).runWave('pulse', 1);

    expect(connector.cards.get('person2@lipova.example')).toBe(1);
    expect(report).toMatchObject({ sent: 2, failed: 1, uncertain: 1, retried: 0 });
    expect(rows.stateOf(2)).toBe('failed');
    expect(rows.errorOf(2)).toMatch(/may have arrived/);
    // At least once: after the retry pause the card goes again (nobody is left without one).
    await restartAfterLease(rows, connector);
    expect(connector.misses).toEqual([]);
    expect(rows.idsIn('sent')).toHaveLength(3);
  });

  it('a card the connector accepted is recorded sent even if the first write of "sent" fails', async () => {
    const rows = new MemoryDeliveries(emails.slice(0, 3));
    const connector = new Connector(emails.slice(0, 3));
    let hiccup = true;
    const flaky: DeliveryRows = {
      due: (...args) => rows.due(...args),
      claim: (...args) => rows.claim(...args),
      renew: (...args) => rows.renew(...args),
      markFailed: (...args) => rows.markFailed(...args),
      markSkipped: (...args) => rows.markSkipped(...args),
      markSent: async (delivery, at) => {
        if (delivery.id === 2 && hiccup) {
          hiccup = false;
          throw new SharePointError(503, 'ServerBusy', 'The server is busy');
        }
        await rows.markSent(delivery, at);
      },
    };
    const report = await runner({
      deliveries: flaky,
      send: async (conversation) => connector.accept(conversation),
    }).runWave('pulse', 1);
    expect(report.sent).toBe(3);
    expect(rows.idsIn('sent')).toHaveLength(3);
    // Nothing is left to be sent a second time after the lease.
    expect((await restartAfterLease(rows, connector)).sent).toBe(0);
    expect(connector.twice).toEqual([]);
  });
});
