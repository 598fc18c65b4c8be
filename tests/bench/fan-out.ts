import { RateLimiter, WaveRunner, systemClock } from '@kvalita/bot';
import { BotConversationsRepository, SurveyDeliveriesRepository } from '@kvalita/sharepoint';
import { MessageFactory } from 'botbuilder';
import { connectorRestSend } from '../support/connector-send';
import { ConnectorStub } from '../support/connector-stub';
import { startWaveFixture } from '../support/wave-fixture';
import { ms } from './stats';

const RECIPIENTS = 2_000;
const RATE = 50;
const SURVEY = 'srv-bench001';

/**
 * A survey wave to 2,000 people through a Bot Connector stub that enforces Teams' 50 requests/s
 * per app per tenant and throttles every 250th request with Retry-After 1 s, on the real clock.
 * Every row is claimed before its send (one more SharePoint write per person than before claims).
 * The floor is the rate limit itself (2,000 / 50 = 40 s): the overhead is the pauses and pacing.
 */
export async function fanOutBench(): Promise<string[][]> {
  const stub = await ConnectorStub.start({
    clock: systemClock,
    ratePerSecond: RATE,
    injectThrottle: (n) => (n % 250 === 0 ? 1 : null),
  });
  const setupStarted = performance.now();
  const fixture = await startWaveFixture({
    people: RECIPIENTS,
    serviceUrl: stub.serviceUrl,
    surveyKey: SURVEY,
    wave: 1,
  });
  const setupMs = performance.now() - setupStarted;
  try {
    const runner = new WaveRunner({
      deliveries: new SurveyDeliveriesRepository(fixture.site),
      conversations: new BotConversationsRepository(fixture.site),
      send: connectorRestSend(),
      // The card itself is built once per language and wave; the bench measures the fan-out.
      activity: async () => MessageFactory.text('survey invitation'),
      limiter: new RateLimiter(systemClock, { ratePerSecond: RATE }),
      clock: systemClock,
      random: Math.random,
      now: () => new Date(),
      options: { concurrency: 8 },
    });
    const started = performance.now();
    const report = await runner.runWave(SURVEY, 1);
    const elapsed = performance.now() - started;
    const floorMs = (RECIPIENTS / RATE) * 1000;
    const misses = fixture.emails.filter(
      (email) => !stub.received.has(fixture.conversationIdOf(email)),
    ).length;
    const counts = await new SurveyDeliveriesRepository(fixture.site).countByState(SURVEY, 1);
    const pausedMs = stub.throttles.reduce((sum, throttle) => sum + throttle.retryAfterSeconds * 1000, 0);
    return [
      ['setup: 2,000 chats stored, wave planned', ms(setupMs), ''],
      ['floor: 2,000 messages at 50/s', ms(floorMs), '1.00×'],
      [
        `fan-out of ${RECIPIENTS.toLocaleString('en')} survey invitations (claim, send, mark)`,
        ms(elapsed),
        `${(elapsed / floorMs).toFixed(2)}×`,
      ],
      ['  of which Retry-After pauses asked', ms(pausedMs), `${stub.throttles.length} × 429`],
      ['  back before Retry-After had passed', String(stub.earlyRequests), 'must be 0'],
      // Pacing is exact at the sender; network jitter can still put 51 into one sliding second now
      // and then. The connector answers that 429, and the fan-out waits it out like any other.
      ['  requests over 50/s (answered 429)', String(stub.overLimit), 'rare; waited out'],
      ['  duplicates / misses', `${stub.duplicates} / ${misses}`, 'must be 0 / 0'],
      [
        '  rows sent / sending / pending / failed',
        `${counts.sent} / ${counts.sending} / ${counts.pending} / ${counts.failed}`,
        `report: ${report.sent} sent`,
      ],
    ];
  } finally {
    await fixture.close();
    await stub.close();
  }
}
