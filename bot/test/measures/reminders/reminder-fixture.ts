import type { StoredBotConversation } from '@kvalita/sharepoint';
import type { Activity } from 'botbuilder';
import type { Clock } from '../../../src/platform/delivery/clock';
import { RateLimiter } from '../../../src/platform/delivery/rate-limiter';
import { MeasureReminders } from '../../../src/measures/reminders/measure-reminders';
import type { AdaptiveCard } from '../../../src/platform/chat/adaptive-card.types';
import { MemoryMeasures, MemoryReminders, type MeasureSeed } from './memory-reminders';

export const JANA = 'jana.novakova@lipova.example';
export const PETR = 'petr.svoboda@lipova.example';
export const EVA = 'eva.dvorakova@lipova.example';

/** Time that moves when someone sleeps. */
class StepClock implements Clock {
  time = 0;
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.time += Math.max(0, ms);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export function chat(email: string, locale = 'cs-CZ'): StoredBotConversation {
  return {
    itemId: 1,
    updatedOn: null,
    userObjectId: `oid-${email}`,
    displayName: email,
    email,
    conversationId: `a:${email}`,
    channelUserId: `29:${email}`,
    serviceUrl: 'https://smba.example/',
    botId: '28:kvalita',
    tenantId: 'tenant',
    channelId: 'msteams',
    locale,
  };
}

export interface SentCard {
  readonly to: string;
  readonly card: AdaptiveCard;
}

/** An office with measures, people with chats, and the reminders as the scheduler runs them. */
export function reminderOffice(
  seeds: readonly MeasureSeed[],
  options: { chats?: StoredBotConversation[]; reminderDays?: number } = {},
) {
  const measures = new MemoryMeasures(seeds);
  const reminders = new MemoryReminders();
  const chats = options.chats ?? [chat(JANA), chat(PETR, 'en-GB')];
  const sent: SentCard[] = [];
  let now = new Date('2027-03-02T08:00:00Z');
  const build = () =>
    new MeasureReminders({
      measures,
      reminders,
      qualityManagers: async () => [PETR],
      ...(options.reminderDays !== undefined ? { reminderDays: () => options.reminderDays ?? 7 } : {}),
      conversations: { all: async () => chats },
      send: async (conversation, activity: Partial<Activity>) => {
        const card = activity.attachments?.[0]?.content as AdaptiveCard;
        sent.push({ to: conversation.email ?? '', card });
      },
      links: {
        measure: (id) => `https://teams.example/measure/${id}`,
        overdueRegister: () => 'https://teams.example/measures?overdue',
      },
      limiter: new RateLimiter(new StepClock(), { ratePerSecond: 1000 }),
      clock: new StepClock(),
      random: () => 0.5,
      now: () => now,
      options: { jitterMs: 0 },
    });
  return {
    measures,
    reminders,
    chats,
    sent,
    /** A fresh process (nothing remembered but what is stored). */
    restart: build,
    scheduler: build(),
    at(iso: string) {
      now = new Date(iso);
      return now;
    },
  };
}

/** The text of a card's blocks, one string (titles are rich text runs). */
export function cardText(card: AdaptiveCard): string {
  return JSON.stringify(card.body);
}
