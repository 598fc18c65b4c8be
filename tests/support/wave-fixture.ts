import type { Survey, SurveyDraft } from '@kvalita/core';
import {
  BotConversationsRepository,
  SurveyDeliveriesRepository,
  SiteContext,
  SurveysRepository,
  botConversationsList,
  connectSharePoint,
  provisionLists,
  surveyDeliveriesList,
} from '@kvalita/sharepoint';
import { startEmulator, type RunningEmulator } from '@kvalita/sharepoint-emulator';
import type { SPFI } from '@pnp/sp';

export interface WaveFixture {
  /** The local SharePoint's site, for a process of its own (the bench's crash scenario). */
  readonly siteUrl: string;
  readonly sp: SPFI;
  readonly site: SiteContext;
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
  const site = new SiteContext(sp);
  await provisionLists(sp, { locale: 'cs', lists: [botConversationsList, surveyDeliveriesList] });
  const conversationIdOf = (email: string) => `a:1chat-${email}`;
  const conversations = new BotConversationsRepository(site);
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
  await new SurveyDeliveriesRepository(site).planWave(options.surveyKey, options.wave, userIds);
  return { siteUrl: emulator.siteUrl, sp, site, emails, conversationIdOf, close: () => emulator.close() };
}

/**
 * A survey as the quality manager would publish it through the tab: created from a draft and
 * scheduled. One question of each kind the chat tests need: a 1–5 scale, a choice and a text.
 */
export async function publishTestSurvey(
  site: SiteContext,
  options: { key: string; opensAt: Date; waveDays?: number; reminderAfterDays?: number | null },
): Promise<Survey> {
  const surveys = new SurveysRepository(site);
  const none = { cs: [], en: [] };
  const draft: SurveyDraft = {
    title: { cs: 'Pohoda v práci', en: 'Wellbeing at work' },
    introduction: { cs: 'Dvě otázky a vzkaz.', en: 'Two questions and a note.' },
    template: null,
    questions: [
      {
        key: 'q1',
        type: 'scale5',
        text: { cs: 'Cítím se v práci dobře.', en: 'I feel good at work.' },
        options: none,
      },
      {
        key: 'q2',
        type: 'singleChoice',
        text: { cs: 'Kde pracujete nejčastěji?', en: 'Where do you work most?' },
        options: { cs: ['Kancelář', 'Doma'], en: ['Office', 'Home'] },
      },
      { key: 'q3', type: 'text', text: { cs: 'Vzkaz', en: 'A note' }, options: none },
    ],
    audience: { kind: 'office' },
    schedule: {
      recurrence: 'once',
      opensAt: options.opensAt.toISOString(),
      waveDays: options.waveDays ?? 7,
      endsAt: null,
      reminderAfterDays: options.reminderAfterDays ?? null,
    },
    evidenceFor: [],
  };
  const created = await surveys.create({ key: options.key, draft, ownerEmail: null });
  return surveys.setState(options.key, { status: 'scheduled', currentWave: 0 }, created.etag);
}

/**
 * Closes every survey the demo seed opened, after the scheduler's start-up pass has settled, so a
 * chat test sees only the cards of its own surveys.
 */
export async function closeSeededSurveys(site: SiteContext, settle: () => Promise<unknown>): Promise<void> {
  await settle();
  const surveys = new SurveysRepository(site);
  for (const survey of await surveys.active())
    await surveys.setState(survey.key, { status: 'closed', currentWave: survey.currentWave }, survey.etag);
}
