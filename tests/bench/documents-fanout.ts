import {
  DocumentChatNotifier,
  DocumentReminders,
  RateLimiter,
  classifySendFailure,
  directoryOf,
  systemClock,
} from '@kvalita/bot';
import type { Person } from '@kvalita/core';
import {
  BotConversationsRepository,
  DocumentNotificationsRepository,
  SiteContext,
  botConversationsList,
  connectSharePoint,
  documentNotificationsList,
  provisionLists,
} from '@kvalita/sharepoint';
import { startEmulator } from '@kvalita/sharepoint-emulator';
import { MessageFactory } from 'botbuilder';
import { MemoryAcknowledgements, MemoryLibrary } from '../../bot/test/documents/document-fixture';
import { connectorRestSend } from '../support/connector-send';
import { ConnectorStub } from '../support/connector-stub';
import { RequestCounter } from '../support/request-counter';
import { ms } from './stats';

const PEOPLE = 590;
const RATE = 50;
const DOCUMENT = 1;

/**
 * Teams' limit alone: `count` bare messages through the same token bucket and stub, nothing stored.
 * A 429 the stub answers when network jitter puts 51 sends into one second is waited out as the
 * fan-out waits it out (its Retry-After), so the floor is the limit's, not a crash.
 */
export async function measuredFloor(count = PEOPLE): Promise<number> {
  const stub = await ConnectorStub.start({ clock: systemClock, ratePerSecond: RATE });
  try {
    const limiter = new RateLimiter(systemClock, { ratePerSecond: RATE });
    const send = connectorRestSend();
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      for (let index = next++; index < count; index = next++) {
        for (;;) {
          await limiter.acquire();
          try {
            await send(chatOf(`floor${index}@lipova.example`, stub.serviceUrl), MessageFactory.text('floor'));
            break;
          } catch (error) {
            const failure = classifySendFailure(error, Date.now());
            if (failure.kind !== 'throttled') throw error;
            limiter.pause(failure.retryAfterMs ?? 1000);
          }
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    return performance.now() - started;
  } finally {
    await stub.close();
  }
}

/** A personal chat with the bot, as the conversations list keeps it. */
export function chatOf(email: string, serviceUrl: string) {
  return {
    itemId: 0,
    updatedOn: null,
    userObjectId: `oid-${email}`,
    displayName: email,
    email,
    conversationId: `a:1chat-${email}`,
    channelUserId: `29:${email}`,
    serviceUrl,
    botId: '28:kvalita',
    tenantId: 'tenant',
    channelId: 'msteams',
    locale: 'cs-CZ',
  };
}

/**
 * The read-and-confirm card of a code of ethics to the whole office (590 people, Plzeň's size
 * class) when it takes effect: DocumentChatNotifier plans one row per person on the local
 * SharePoint's notifications list, DocumentReminders' fan-out claims, sends and marks each through
 * a Bot Connector stub that enforces Teams' 50 requests/s and throttles every 250th request with
 * Retry-After 1 s. The floor is measured in the same run: 590 bare messages through the same
 * token bucket and stub. A second run afterwards must send nothing (no duplicates after a restart).
 */
export async function documentsFanOutBench(): Promise<string[][]> {
  const floorMs = await measuredFloor();
  const stub = await ConnectorStub.start({
    clock: systemClock,
    ratePerSecond: RATE,
    injectThrottle: (n) => (n % 250 === 0 ? 1 : null),
  });
  const emails = Array.from({ length: PEOPLE }, (_, index) => `person${index + 1}@lipova.example`);
  const emulator = await startEmulator({
    port: 0,
    dataFile: ':memory:',
    directory: emails.map((email, index) => ({ email, displayName: `Person ${index + 1}` })),
  });
  try {
    const counter = RequestCounter();
    const sp = connectSharePoint(emulator.siteUrl, {}, counter);
    const site = new SiteContext(sp);
    await provisionLists(sp, { locale: 'cs', lists: [botConversationsList, documentNotificationsList] });
    const conversations = new BotConversationsRepository(site);
    for (let start = 0; start < emails.length; start += 20)
      await Promise.all(
        emails
          .slice(start, start + 20)
          .map((email) =>
            conversations.upsert(chatOf(email, stub.serviceUrl), new Date('2027-02-01T07:00:00Z')),
          ),
      );
    const people: Person[] = emails.map((email, index) => ({
      email,
      displayName: `Person ${index + 1}`,
      jobTitle: null,
      departmentCode: index % 2 === 0 ? 'OSV' : 'OD',
      managerEmail: null,
      roles: ['employee'],
    }));
    const directory = directoryOf(
      { list: async () => people },
      {
        list: async () => [
          { code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null },
          { code: 'OD', name: 'Odbor dopravy', parentCode: null },
        ],
      },
    );
    const library = new MemoryLibrary([{ id: DOCUMENT, code: 'EK-01', title: 'Etický kodex' }]);
    const acknowledgements = new MemoryAcknowledgements();
    const notifications = new DocumentNotificationsRepository(site);
    const notifier = new DocumentChatNotifier({
      notifications,
      directory,
      acknowledgements,
      documents: library,
      now: () => new Date(),
    });
    const fanOut = () =>
      new DocumentReminders({
        documents: library,
        acknowledgements,
        notifications: new DocumentNotificationsRepository(new SiteContext(sp)),
        directory,
        conversations: new BotConversationsRepository(new SiteContext(sp)),
        send: connectorRestSend(),
        links: { document: () => 'https://teams.example/documents/1', register: () => null },
        limiter: new RateLimiter(systemClock, { ratePerSecond: RATE }),
        clock: systemClock,
        random: Math.random,
        now: () => new Date(),
        options: { concurrency: 8 },
        // The bench sends whatever the hour (the office's cards wait for 8:00).
        sendFromHour: 0,
      });
    const document = await library.get(DOCUMENT);
    if (!document) throw new Error('the bench document is missing');

    counter.reset();
    const planStarted = performance.now();
    await notifier.tookEffect(document);
    const planMs = performance.now() - planStarted;
    const planTrips = counter.count();

    const started = performance.now();
    const report = await fanOut().sendDue();
    const elapsed = performance.now() - started;
    const again = await fanOut().sendDue();

    const misses = emails.filter((email) => !stub.received.has(`a:1chat-${email}`)).length;
    const rows = await notifications.ofDocument(DOCUMENT);
    const byState = (state: string) => rows.filter((row) => row.state === state).length;
    const pausedMs = stub.throttles.reduce((sum, throttle) => sum + throttle.retryAfterSeconds * 1000, 0);
    return [
      [`floor: ${PEOPLE} bare messages at ${RATE}/s (measured, same stub)`, ms(floorMs), '1.00×'],
      [
        `plan ${PEOPLE} read-and-confirm rows (tookEffect, ${planTrips} round trips)`,
        ms(planMs),
        `${(planMs / floorMs).toFixed(2)}× floor`,
      ],
      [
        `fan-out of ${PEOPLE} read-and-confirm cards (claim, send, mark)`,
        ms(elapsed),
        `${(elapsed / floorMs).toFixed(2)}× floor`,
      ],
      ['  of which Retry-After pauses asked', ms(pausedMs), `${stub.throttles.length} × 429`],
      ['  back before Retry-After had passed', String(stub.earlyRequests), 'must be 0'],
      // Pacing is exact at the sender; network jitter can still put 51 into one sliding second now
      // and then. The connector answers that 429 (sends already in flight meet its Retry-After).
      ['  requests over 50/s (answered 429)', String(stub.overLimit), 'rare; waited out'],
      ['  duplicates / misses', `${stub.duplicates} / ${misses}`, 'must be 0 / 0'],
      ['  a second run (restart) sends', String(again.sent), 'must be 0'],
      [
        '  rows sent / sending / pending / failed',
        `${byState('sent')} / ${byState('sending')} / ${byState('pending')} / ${byState('failed')}`,
        `report: ${report.sent} sent`,
      ],
    ];
  } finally {
    await emulator.close();
    await stub.close();
  }
}
