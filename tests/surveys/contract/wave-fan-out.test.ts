import { afterEach, describe, expect, it } from '@jest/globals';
import { RateLimiter, WaveRunner, installInvitations, type ProactiveSend } from '@kvalita/bot';
import { BotConversationsRepository, SurveyDeliveriesRepository, type Delivery } from '@kvalita/sharepoint';
import { MessageFactory } from 'botbuilder';
import { connectorRestSend } from '../../support/connector-send';
import { ConnectorStub, type ConnectorStubOptions } from '../../support/connector-stub';
import { VirtualClock } from '../../support/virtual-clock';
import { startWaveFixture, type WaveFixture } from '../../support/wave-fixture';

const PULSE = 'pulse-2027-W05';
let fixture: WaveFixture | null = null;
let stub: ConnectorStub | null = null;

afterEach(async () => {
  await stub?.close();
  await fixture?.close();
  stub = null;
  fixture = null;
});

async function setUp(
  people: number,
  stubOptions: Omit<ConnectorStubOptions, 'clock'>,
  withoutChat: number[] = [],
) {
  const clock = new VirtualClock();
  stub = await ConnectorStub.start({ clock, ...stubOptions });
  fixture = await startWaveFixture({
    people,
    serviceUrl: stub.serviceUrl,
    surveyKey: PULSE,
    wave: 1,
    withoutChat,
  });
  return { clock, stub, fixture };
}

const AT = new Date('2027-02-01T08:00:00Z');
const activity = async (delivery: Delivery) => MessageFactory.text(`${delivery.kind} ${delivery.surveyKey}`);

function runner(
  fixture: WaveFixture,
  clock: VirtualClock,
  send: ProactiveSend = connectorRestSend(),
  limiter = new RateLimiter(clock, { ratePerSecond: 50 }),
  now = AT,
) {
  return new WaveRunner({
    deliveries: new SurveyDeliveriesRepository(fixture.site),
    conversations: new BotConversationsRepository(fixture.site),
    send,
    activity,
    limiter,
    clock,
    random: () => 0.5,
    now: () => now,
    // One sender at a time: the virtual clock is exact for it.
    options: { concurrency: 1, jitterMs: 200 },
  });
}

describe('wave fan-out against a rate-limited Bot Connector', () => {
  it('reaches everyone exactly once at ≤ 50/s and waits out every Retry-After before sending again', async () => {
    const { clock, stub, fixture } = await setUp(60, {
      ratePerSecond: 50,
      // Teams throttles now and then even under the limit (other apps' traffic does not count, but
      // retries of the same app do): every 17th request gets Retry-After 2 s.
      injectThrottle: (n) => (n % 17 === 0 ? 2 : null),
    });
    const report = await runner(fixture, clock).runWave(PULSE, 1);

    expect(report).toMatchObject({ sent: 60, failed: 0, stopped: false });
    expect(stub.received.size).toBe(60);
    expect(stub.duplicates).toBe(0);
    for (const email of fixture.emails)
      expect(stub.received.get(fixture.conversationIdOf(email))).toHaveLength(1);
    // Every 429 was waited out: nothing came back early, and the limiter never exceeded 50/s.
    expect(stub.throttles.length).toBeGreaterThanOrEqual(3);
    expect(report.throttled).toBe(stub.throttles.length);
    expect(stub.earlyRequests).toBe(0);
    expect(stub.overLimit).toBe(0);
    // The pause is Retry-After plus jitter (random 0.5 × 200 ms).
    expect(clock.sleeps.filter((ms) => ms === 2100).length).toBe(stub.throttles.length);
    // 60 messages at 50/s with three 2 s pauses take at least 1.2 s + 6 s of (virtual) time.
    expect(clock.now()).toBeGreaterThanOrEqual(1180 + stub.throttles.length * 2000);
    const counts = await new SurveyDeliveriesRepository(fixture.site).countByState(PULSE, 1);
    expect(counts).toMatchObject({ sent: 60, pending: 0, failed: 0 });
  });

  it('marks who cannot be reached with the reason (skipped for good on 403/404) and leaves someone without a chat pending, unwritten', async () => {
    const { clock, stub, fixture } = await setUp(
      6,
      {
        ratePerSecond: 50,
        statusFor: (id) => (id.includes('person2@') ? 403 : id.includes('person3@') ? 404 : null),
      },
      [3],
    );
    const report = await runner(fixture, clock).runWave(PULSE, 1);
    // 403/404 will not get better in this wave; a person with no chat yet may install the app.
    expect(report).toMatchObject({ sent: 3, waiting: 1, failed: 0, skipped: 2 });
    const reasons = new Map<string, string>();
    const items = await fixture.sp.web
      .getList('/sites/kvalita/Lists/KvalitaSurveyDeliveries')
      .items.select('Recipient/EMail', 'LastError', 'DeliveryState', 'Attempts')
      .expand('Recipient')<
      { Recipient: { EMail: string }; LastError: string | null; Attempts: number | null }[]
    >();
    for (const item of items) reasons.set(item.Recipient.EMail, item.LastError ?? '');
    // Not claimed, not written: a tick every minute costs nothing for someone who has not installed.
    const waiting = items.find((item) => item.Recipient.EMail === 'person4@lipova.example');
    expect(waiting).toMatchObject({ LastError: null, Attempts: 0 });
    expect(reasons.get('person2@lipova.example')).toMatch(/^Bot Connector 403/);
    expect(reasons.get('person3@lipova.example')).toMatch(/^Bot Connector 404/);
    expect(reasons.get('person1@lipova.example')).toBe('');
    expect(stub.received.size).toBe(3);
    const again = await runner(fixture, clock).runWave(PULSE, 1);
    expect(again).toMatchObject({ sent: 0, waiting: 1, failed: 0, skipped: 0 });
    expect(stub.requests).toBe(5);
    expect(await new SurveyDeliveriesRepository(fixture.site).countByState(PULSE, 1)).toMatchObject({
      pending: 1,
    });
  });

  it('stops the run on 401 (the bot’s credentials) and leaves every row due for the next run', async () => {
    const { clock, fixture } = await setUp(3, { ratePerSecond: 50, statusFor: () => 401 });
    await expect(runner(fixture, clock).runWave(PULSE, 1)).rejects.toThrow('Wave stopped: Bot Connector 401');
    const counts = await new SurveyDeliveriesRepository(fixture.site).countByState(PULSE, 1);
    // The one row in flight is handed back as failed; every row is due for the next run.
    expect(counts).toMatchObject({ pending: 2, failed: 1, sending: 0, sent: 0 });
    // The failed one comes back after the retry pause, with the two never tried.
    const due: Delivery[] = [];
    const later = new Date(AT.getTime() + 16 * 60_000);
    for await (const page of new SurveyDeliveriesRepository(fixture.site).due(PULSE, 1, { now: later }))
      due.push(...page);
    expect(due).toHaveLength(3);
  });

  it('backs off on 5xx and retries the same person', async () => {
    let failures = 2;
    const { clock, stub, fixture } = await setUp(2, {
      ratePerSecond: 50,
      statusFor: () => (failures-- > 0 ? 502 : null),
    });
    const report = await runner(fixture, clock).runWave(PULSE, 1);
    expect(report).toMatchObject({ sent: 2, failed: 0, retried: 2 });
    expect(stub.duplicates).toBe(0);
    // 1 s then 2 s, scaled by 0.5 + random/2 = 0.75.
    expect(clock.sleeps).toEqual(expect.arrayContaining([750, 1500]));
  });

  it('resumes after a crash mid-wave: nobody twice, nobody missed', async () => {
    const { clock, stub, fixture } = await setUp(25, { ratePerSecond: 50 });
    const crash = new AbortController();
    let sends = 0;
    const base = connectorRestSend();
    const crashAfterTen: ProactiveSend = async (conversation, activity) => {
      await base(conversation, activity);
      if (++sends === 10) crash.abort();
    };
    const first = await runner(fixture, clock, crashAfterTen).runWave(PULSE, 1, { signal: crash.signal });
    expect(first).toMatchObject({ sent: 10, stopped: true });
    const due: Delivery[] = [];
    for await (const page of new SurveyDeliveriesRepository(fixture.site).due(PULSE, 1)) due.push(...page);
    expect(due).toHaveLength(15);

    const second = await runner(fixture, clock).runWave(PULSE, 1);
    expect(second).toMatchObject({ sent: 15, failed: 0, stopped: false });
    expect(stub.received.size).toBe(25);
    expect(stub.duplicates).toBe(0);
  });

  it('two runners on one wave (two instances, overlapping ticks) reach everyone exactly once', async () => {
    const { clock, stub, fixture } = await setUp(30, { ratePerSecond: 50 });
    const limiter = new RateLimiter(clock, { ratePerSecond: 50 });
    const [a, b] = await Promise.all([
      runner(fixture, clock, connectorRestSend(), limiter).runWave(PULSE, 1),
      runner(fixture, clock, connectorRestSend(), limiter).runWave(PULSE, 1),
    ]);
    expect(a.sent + b.sent).toBe(30);
    expect(stub.received.size).toBe(30);
    expect(stub.duplicates).toBe(0);
    // Each row was claimed by one of them; the other saw its claim fail or the row gone.
    expect(await new SurveyDeliveriesRepository(fixture.site).countByState(PULSE, 1)).toMatchObject({
      sent: 30,
      sending: 0,
      pending: 0,
    });
  });

  it('re-sends a row whose runner died after the send only once its claim lease has expired', async () => {
    const { clock, stub, fixture } = await setUp(5, { ratePerSecond: 50 });
    const deliveries = new SurveyDeliveriesRepository(fixture.site);
    let marks = 0;
    let killedAt: number | null = null;
    const dying = new WaveRunner({
      deliveries: {
        due: (...args) => deliveries.due(...args),
        claim: (...args) => deliveries.claim(...args),
        renew: (...args) => deliveries.renew(...args),
        markFailed: (...args) => deliveries.markFailed(...args),
        markSkipped: (...args) => deliveries.markSkipped(...args),
        // The third mark never lands, however often it is written: the process is gone.
        markSent: async (delivery, at) => {
          if (++marks === 3) killedAt = delivery.id;
          if (delivery.id === killedAt) throw new Error('process killed');
          await deliveries.markSent(delivery, at);
        },
      },
      conversations: new BotConversationsRepository(fixture.site),
      send: connectorRestSend(),
      activity,
      limiter: new RateLimiter(clock),
      clock,
      random: () => 0.5,
      now: () => AT,
      options: { concurrency: 1 },
    });
    await expect(dying.runWave(PULSE, 1)).rejects.toThrow('process killed');
    // A restart right away leaves the claimed row alone: its runner might still be sending.
    const restarted = await runner(fixture, clock).runWave(PULSE, 1);
    expect(restarted.sent).toBe(2);
    expect(stub.duplicates).toBe(0);
    expect(await deliveries.countByState(PULSE, 1)).toMatchObject({ sent: 4, sending: 1 });
    // After the lease (15 minutes) the row is due again: the one person who may get the card twice.
    const later = new Date(AT.getTime() + 16 * 60_000);
    const afterLease = await runner(fixture, clock, connectorRestSend(), undefined, later).runWave(PULSE, 1);
    expect(afterLease.sent).toBe(1);
    expect(stub.received.size).toBe(5);
    expect(stub.duplicates).toBe(1);
    expect(await deliveries.countByState(PULSE, 1)).toMatchObject({ sent: 5, sending: 0 });
  });

  it('stops sending at the next page once the survey is closed', async () => {
    const { clock, stub, fixture } = await setUp(6, { ratePerSecond: 50 });
    let open = true;
    let sends = 0;
    const base = connectorRestSend();
    const closingAfterTwo: ProactiveSend = async (conversation, message) => {
      await base(conversation, message);
      if (++sends === 2) open = false;
    };
    const closing = new WaveRunner({
      deliveries: new SurveyDeliveriesRepository(fixture.site),
      conversations: new BotConversationsRepository(fixture.site),
      send: closingAfterTwo,
      activity,
      limiter: new RateLimiter(clock),
      clock,
      random: () => 0.5,
      now: () => AT,
      waveOpen: async () => open,
      options: { concurrency: 1, pageSize: 2 },
    });
    expect(await closing.runWave(PULSE, 1)).toMatchObject({ sent: 2, closed: true });
    expect(stub.received.size).toBe(2);
    expect(await new SurveyDeliveriesRepository(fixture.site).countByState(PULSE, 1)).toMatchObject({
      sent: 2,
      pending: 4,
    });
  });

  it('an install takes the person’s pending invitation once; the fan-out then does not send it again', async () => {
    const { clock, stub, fixture } = await setUp(3, { ratePerSecond: 50 }, [2]);
    expect(await runner(fixture, clock).runWave(PULSE, 1)).toMatchObject({ sent: 2, waiting: 1 });
    const deliveries = new SurveyDeliveriesRepository(fixture.site);
    const install = installInvitations(deliveries, () => AT);
    const row = await install.claim(PULSE, 1, 'PERSON3@lipova.example');
    expect(row).toMatchObject({ recipientEmail: 'person3@lipova.example', state: 'sending' });
    // A second install turn (or a second device) finds nothing left to take.
    expect(await install.claim(PULSE, 1, 'person3@lipova.example')).toBeNull();
    if (row) await install.markSent(row);
    expect(await install.claim(PULSE, 1, 'person1@lipova.example')).toBeNull();
    expect(await runner(fixture, clock).runWave(PULSE, 1)).toMatchObject({ sent: 0, waiting: 0 });
    expect(stub.received.size).toBe(2);
    expect(await deliveries.countByState(PULSE, 1)).toMatchObject({ sent: 3, pending: 0 });
  });
});
