import {
  BotConversationsRepository,
  SurveyDeliveriesRepository,
  botConversationsList,
  connectSharePoint,
  provisionLists,
  surveyDeliveriesList,
} from '@kvalita/sharepoint';
import { startEmulator, type RunningEmulator } from '@kvalita/sharepoint-emulator';
import type { SPFI } from '@pnp/sp';

export interface WaveFixture {
  readonly sp: SPFI;
  readonly emails: readonly string[];
  conversationIdOf(email: string): string;
  close(): Promise<void>;
}

async function inChunks<T>(
  items: readonly T[],
  size: number,
  each: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size)
    await Promise.all(items.slice(start, start + size).map(each));
}

/**
 * A local SharePoint with `people` recipients: each has a stored personal chat on `serviceUrl`
 * (except those in `withoutChat`), and one wave of `surveyKey` planned for all of them.
 */
export async function startWaveFixture(options: {
  people: number;
  serviceUrl: string;
  surveyKey: string;
  wave: number;
  withoutChat?: readonly number[];
}): Promise<WaveFixture> {
  const emails = Array.from({ length: options.people }, (_, index) => `person${index + 1}@lipova.example`);
  const emulator: RunningEmulator = await startEmulator({
    port: 0,
    dataFile: ':memory:',
    directory: emails.map((email, index) => ({ email, displayName: `Person ${index + 1}` })),
  });
  const sp = connectSharePoint(emulator.siteUrl);
  await provisionLists(sp, { locale: 'cs', lists: [botConversationsList, surveyDeliveriesList] });
  const conversationIdOf = (email: string) => `a:1chat-${email}`;
  const conversations = new BotConversationsRepository(sp);
  const skip = new Set(options.withoutChat ?? []);
  const at = new Date('2027-02-01T07:00:00Z');
  await inChunks(
    emails.filter((_, index) => !skip.has(index)),
    20,
    (email) =>
      conversations.upsert(
        {
          userObjectId: `oid-${email}`,
          displayName: email,
          email,
          conversationId: conversationIdOf(email),
          channelUserId: `29:${email}`,
          serviceUrl: options.serviceUrl,
          botId: '28:kvalita',
          tenantId: 'tenant',
          channelId: 'msteams',
          locale: 'cs-CZ',
        },
        at,
      ),
  );
  const userIds: number[] = [];
  await inChunks(emails, 20, async (email) => userIds.push((await sp.web.ensureUser(email)).Id));
  await new SurveyDeliveriesRepository(sp).planWave(options.surveyKey, options.wave, userIds);
  return { sp, emails, conversationIdOf, close: () => emulator.close() };
}
