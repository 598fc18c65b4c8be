import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  RateLimiter,
  WaveRunner,
  cloudAdapterSend,
  surveyDeliveryActivity,
  systemClock,
  type ProactiveSend,
} from '@kvalita/bot';
import { SURVEY_ANSWER_VERB } from '@kvalita/core';
import {
  BotConversationsRepository,
  SurveyDeliveriesRepository,
  SurveysRepository,
  connectSharePoint,
  SiteContext,
} from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { RunningPlayground } from '../../scripts/local/playground';
import { startTestPlayground, startTestStack, type LocalStack } from '../support/e2e-stack';
import { PlaygroundClient, cardOf, type StreamedMessage } from '../support/playground-client';
import { closeSeededSurveys, publishTestSurvey } from '../support/wave-fixture';

const MARIE = 'marie.prochazkova@lipova.example';
const JIRI = 'jiri.kucera@lipova.example';
// Installs the app only while a wave is already open.
const EVA = 'eva.vesela@lipova.example';
const DAY = 86_400_000;

describe('survey waves sent proactively through Microsoft 365 Agents Playground', () => {
  let stack: LocalStack;
  const playgrounds: RunningPlayground[] = [];
  let marie: PlaygroundClient;
  let jiri: PlaygroundClient;
  let eva: PlaygroundClient;
  let sp: SPFI;
  let site: SiteContext;
  // The service's clock: tests move it forward to reach a wave's reminder time.
  let offset = 0;

  beforeAll(async () => {
    stack = await startTestStack({ now: () => new Date(Date.now() + offset) });
    for (const email of [MARIE, JIRI, EVA]) playgrounds.push(await startTestPlayground(stack, email));
    marie = await PlaygroundClient.connect(playgrounds[0]?.url ?? '');
    jiri = await PlaygroundClient.connect(playgrounds[1]?.url ?? '');
    eva = await PlaygroundClient.connect(playgrounds[2]?.url ?? '');
    sp = connectSharePoint(stack.emulatorSiteUrl);
    site = new SiteContext(sp);
    await closeSeededSurveys(site, () => stack.scheduler.tickNow());
  }, 180_000);

  afterAll(async () => {
    marie?.close();
    jiri?.close();
    eva?.close();
    for (const playground of playgrounds) await playground.stop();
    await stack?.stop();
  });

  const actionData = (message: StreamedMessage) =>
    ((cardOf(message)['actions'] as { data: Record<string, unknown> }[])[0]?.data ?? {}) as Record<
      string,
      unknown
    >;

  it('keeps the conversation of each person who installs the app', async () => {
    for (const chat of [marie, jiri]) {
      await chat.install();
      expect((await chat.nextMessage()).text).toMatch(/Kvalita/);
    }
    const stored = await new BotConversationsRepository(site).getByEmail(MARIE);
    expect(stored).toMatchObject({ email: MARIE, conversationId: marie.conversationId });
    expect(stored?.serviceUrl).toContain('/_connector');
  });

  it('invites everyone with a chat once, then reminds only the one who did not answer', async () => {
    await publishTestSurvey(site, {
      key: 'srv-e2ewave1',
      opensAt: new Date(Date.now() - 60_000),
      reminderAfterDays: 2,
    });
    expect(await stack.scheduler.tickNow()).toMatchObject({ opened: ['srv-e2ewave1'], sent: 2 });
    const marieCard = await marie.nextMessage();
    const jiriCard = await jiri.nextMessage();
    expect(actionData(jiriCard)['surveyKey']).toBe('srv-e2ewave1');
    const deliveries = new SurveyDeliveriesRepository(site);
    // The rest of the demo office has no chat with the bot yet: left pending, unwritten, until they install.
    expect(await deliveries.countByState('srv-e2ewave1', 1)).toMatchObject({
      sent: 2,
      failed: 0,
      sending: 0,
    });

    const thanks = await marie.execute(marieCard, SURVEY_ANSWER_VERB, {
      ...actionData(marieCard),
      answer_q1: '5',
      answer_q2: '0',
    });
    expect(JSON.stringify(thanks.value)).toContain('Děkujeme, vaše odpovědi jsou uložené.');

    // A tick before the reminder time sends nothing new.
    expect(await stack.scheduler.tickNow()).toMatchObject({ sent: 0, reminded: 0 });
    offset = 2 * DAY + 60_000;
    expect(await stack.scheduler.tickNow()).toMatchObject({ reminded: 1, sent: 1 });
    const reminder = cardOf(await jiri.nextMessage());
    // Proactive cards speak the language stored with the chat (Czech unless Teams said otherwise).
    expect(JSON.stringify(reminder)).toMatch(/Připomínka: na tento průzkum|Reminder: you have not answered/);
    await expect(marie.nextMessage(1500)).rejects.toThrow('did not answer');
    // Reminders are planned once per wave.
    expect(await stack.scheduler.tickNow()).toMatchObject({ sent: 0, reminded: 0 });
    await expect(jiri.nextMessage(1000)).rejects.toThrow('did not answer');
    offset = 0;
  });

  it('resumes a campaign after a crash: the one not yet sent gets the card, nobody gets it twice', async () => {
    const survey = await publishTestSurvey(site, {
      key: 'srv-e2ecrash',
      opensAt: new Date(Date.now() - 60_000),
    });
    const surveys = new SurveysRepository(site);
    await surveys.setState(survey.key, { status: 'open', currentWave: 1 }, survey.etag);
    const deliveries = new SurveyDeliveriesRepository(site);
    const ids = [(await sp.web.ensureUser(MARIE)).Id, (await sp.web.ensureUser(JIRI)).Id];
    await deliveries.planWave(survey.key, 1, ids);
    // The same adapter setup as the local service: no app id, so no Bot Framework token.
    const send = cloudAdapterSend(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), '');
    const runner = (proactive: ProactiveSend) =>
      new WaveRunner({
        deliveries,
        conversations: new BotConversationsRepository(site),
        send: proactive,
        activity: surveyDeliveryActivity(surveys),
        limiter: new RateLimiter(systemClock),
        clock: systemClock,
        random: Math.random,
        now: () => new Date(),
        options: { concurrency: 1 },
      });
    const crash = new AbortController();
    const crashing: ProactiveSend = async (conversation, activity) => {
      await send(conversation, activity);
      crash.abort();
    };
    expect(await runner(crashing).runWave(survey.key, 1, { signal: crash.signal })).toMatchObject({
      sent: 1,
      stopped: true,
    });
    expect(await runner(send).runWave(survey.key, 1)).toMatchObject({ sent: 1, stopped: false });
    expect(await runner(send).runWave(survey.key, 1)).toMatchObject({ sent: 0 });
    for (const chat of [marie, jiri]) {
      expect(actionData(await chat.nextMessage())['surveyKey']).toBe('srv-e2ecrash');
      await expect(chat.nextMessage(1000)).rejects.toThrow('did not answer');
    }
  });

  it('sends the open wave’s card to someone who installs during it, once', async () => {
    await publishTestSurvey(site, { key: 'srv-e2elate1', opensAt: new Date(Date.now() - 60_000) });
    expect(await stack.scheduler.tickNow()).toMatchObject({ opened: ['srv-e2elate1'], sent: 2 });
    for (const chat of [marie, jiri])
      expect(actionData(await chat.nextMessage())['surveyKey']).toBe('srv-e2elate1');
    const deliveries = new SurveyDeliveriesRepository(site);
    const before = await deliveries.countByState('srv-e2elate1', 1);
    expect(before.pending).toBeGreaterThan(0);

    await eva.install();
    expect((await eva.nextMessage()).text).toMatch(/Kvalita/);
    // Every wave open for her whose invitation was waiting: the earlier test's survey, then this one.
    const cards = [await eva.nextMessage(), await eva.nextMessage()];
    expect(cards.map((card) => actionData(card)['surveyKey'])).toEqual(['srv-e2ewave1', 'srv-e2elate1']);
    // The scheduler finds her invitation taken by the install: no second card.
    expect(await stack.scheduler.tickNow()).toMatchObject({ sent: 0 });
    await expect(eva.nextMessage(1500)).rejects.toThrow('did not answer');
    expect(await deliveries.countByState('srv-e2elate1', 1)).toMatchObject({
      sent: 3,
      pending: before.pending - 1,
    });
  });
});
