import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connectSharePoint, SurveyResponsesRepository } from '@kvalita/sharepoint';
import { weeklyPulseId } from '@kvalita/core';
import type { RunningPlayground } from '../../scripts/local/playground';
import { startTestPlayground, startTestStack, type LocalStack } from '../support/e2e-stack';
import { PlaygroundClient, cardOf, type StreamedMessage } from '../support/playground-client';

describe('bot through Microsoft 365 Agents Playground', () => {
  let stack: LocalStack;
  let playground: RunningPlayground;
  let chat: PlaygroundClient;

  beforeAll(async () => {
    stack = await startTestStack();
    playground = await startTestPlayground(
      `${stack.serviceUrl}/api/messages`,
      'marie.prochazkova@lipova.example',
    );
    chat = await PlaygroundClient.connect(playground.url);
  }, 120_000);

  afterAll(async () => {
    chat?.close();
    await playground?.stop();
    await stack?.stop();
  });

  it('greets once when the app is installed', async () => {
    await chat.install();
    expect((await chat.nextMessage()).text).toMatch(/^Dobrý den, jsem Kvalita|^Hello, I am Kvalita/);
    // Teams sends installationUpdate and conversationUpdate; the next reply must be the help card, not a second greeting.
    await chat.say('help');
    expect(JSON.stringify(cardOf(await chat.nextMessage()))).toContain('What I can do');
  });

  it('answers help with an Adaptive Card of what it can do', async () => {
    await chat.say('help');
    const card = cardOf(await chat.nextMessage());
    expect(card['version']).toBe('1.5');
    expect(JSON.stringify(card)).toContain('pulse');
    expect(JSON.stringify(card)).toContain('What I can do');
  });

  it('answers the Czech command nápověda too', async () => {
    await chat.say('nápověda');
    expect(JSON.stringify(cardOf(await chat.nextMessage()))).toContain('What I can do');
  });

  it('runs the pulse: card, answer stored once, second submit acknowledged without a second record', async () => {
    await chat.say('pulse');
    const pulse: StreamedMessage = await chat.nextMessage();
    const card = cardOf(pulse);
    const actions = card['actions'] as { data: Record<string, unknown> }[];
    const data = actions[0]?.data ?? {};
    expect(data['pulseId']).toBe(weeklyPulseId(new Date()));

    await chat.submit(pulse, { ...data, score: '4' });
    expect((await chat.nextMessage()).text).toBe('Thank you, your answer (4 of 5) is saved.');

    await chat.submit(pulse, { ...data, score: '2' });
    expect((await chat.nextMessage()).text).toBe(
      'You have already answered this question. Thank you, we count one answer.',
    );

    const responses = new SurveyResponsesRepository(connectSharePoint(stack.emulatorSiteUrl));
    expect(await responses.countFor(String(data['pulseId']))).toBe(1);
  });

  it('answers a tampered submit politely and stores nothing', async () => {
    await chat.say('pulz');
    const pulse = await chat.nextMessage();
    const data = (cardOf(pulse)['actions'] as { data: Record<string, unknown> }[])[0]?.data ?? {};
    await chat.submit(pulse, { ...data, pulseId: "pulse-2026-W47' or 1 eq 1", score: '9' });
    expect((await chat.nextMessage()).text).toBe(
      'We could not read the answer. Please pick a value from 1 to 5 and send again.',
    );
  });

  it('says what it does not understand', async () => {
    await chat.say('what is the weather');
    expect((await chat.nextMessage()).text).toContain('Type "help"');
  });
});
