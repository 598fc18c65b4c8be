import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RateLimiter, WaveRunner, cloudAdapterSend, systemClock } from '@kvalita/bot';
import { weeklyPulseId } from '@kvalita/core';
import {
  BotConversationsRepository,
  SurveyDeliveriesRepository,
  connectSharePoint,
} from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { RunningPlayground } from '../../scripts/local/playground';
import { startTestPlayground, startTestStack, type LocalStack } from '../support/e2e-stack';
import { PlaygroundClient, cardOf } from '../support/playground-client';

const MARIE = 'marie.prochazkova@lipova.example';

describe('survey wave sent proactively through Microsoft 365 Agents Playground', () => {
  let stack: LocalStack;
  let playground: RunningPlayground;
  let chat: PlaygroundClient;
  let sp: SPFI;

  beforeAll(async () => {
    stack = await startTestStack();
    playground = await startTestPlayground(`${stack.serviceUrl}/api/messages`, MARIE);
    chat = await PlaygroundClient.connect(playground.url);
    sp = connectSharePoint(stack.emulatorSiteUrl);
  }, 120_000);

  afterAll(async () => {
    chat?.close();
    await playground?.stop();
    await stack?.stop();
  });

  function runner(): WaveRunner {
    // The same adapter setup as the local service: no app id, so no Bot Framework token.
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    return new WaveRunner({
      deliveries: new SurveyDeliveriesRepository(sp),
      conversations: new BotConversationsRepository(sp),
      send: cloudAdapterSend(adapter, ''),
      limiter: new RateLimiter(systemClock),
      clock: systemClock,
      random: Math.random,
      now: () => new Date(),
    });
  }

  it('keeps the conversation of a person who installs the app', async () => {
    await chat.install();
    expect((await chat.nextMessage()).text).toMatch(/Kvalita/);
    const stored = await new BotConversationsRepository(sp).getByEmail(MARIE);
    expect(stored).toMatchObject({ email: MARIE, conversationId: chat.conversationId });
    expect(stored?.serviceUrl).toContain('/_connector');
  });

  it('delivers a planned wave as a pulse card in the personal chat, once', async () => {
    const pulseId = weeklyPulseId(new Date());
    const deliveries = new SurveyDeliveriesRepository(sp);
    const marie = await sp.web.ensureUser(MARIE);
    await deliveries.planWave(pulseId, 1, [marie.Id]);

    const first = await runner().runWave(pulseId, 1);
    expect(first).toMatchObject({ sent: 1, failed: 0 });
    const card = cardOf(await chat.nextMessage());
    const actions = card['actions'] as { data: Record<string, unknown> }[];
    expect(actions[0]?.data['pulseId']).toBe(pulseId);
    expect(await deliveries.countByState(pulseId, 1)).toMatchObject({ sent: 1, pending: 0, failed: 0 });

    expect(await runner().runWave(pulseId, 1)).toMatchObject({ sent: 0, failed: 0 });
    await expect(chat.nextMessage(1500)).rejects.toThrow('did not answer');
  });
});
