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

  it('answers through Universal Actions: the card turns into "answered" on every refresh, once stored', async () => {
    await chat.say('pulse');
    const pulse = await chat.nextMessage();
    const card = cardOf(pulse);
    expect(card['refresh']).toMatchObject({
      action: { type: 'Action.Execute', verb: 'kvalita.pulse.refresh' },
    });
    const action = (card['actions'] as { type: string; verb: string; data: Record<string, unknown> }[])[0];
    expect(action).toMatchObject({ type: 'Action.Execute', verb: 'kvalita.pulse.answer' });
    const pulseId = String(action?.data['pulseId']);

    // Marie answered through a plain submit in the test above: the refresh already says "answered".
    const refreshed = await chat.execute(pulse, 'kvalita.pulse.refresh', { pulseId }, 'automatic');
    expect(refreshed.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(refreshed.value)).toContain('Your answer is saved. Thank you!');
    expect(JSON.stringify(refreshed.value)).not.toContain('Input.ChoiceSet');

    const again = await chat.execute(pulse, 'kvalita.pulse.answer', { ...action?.data, score: '5' });
    expect(JSON.stringify(again.value)).toContain('You have already answered this question.');
    const responses = new SurveyResponsesRepository(connectSharePoint(stack.emulatorSiteUrl));
    expect(await responses.countFor(pulseId)).toBe(1);
  });

  it('shows a closed pulse as closed when Teams refreshes an old card', async () => {
    await chat.say('pulse');
    const pulse = await chat.nextMessage();
    const closed = await chat.execute(
      pulse,
      'kvalita.pulse.refresh',
      { pulseId: 'pulse-2020-W10' },
      'automatic',
    );
    expect(JSON.stringify(closed.value)).toContain('This pulse survey is closed.');
    // An unknown verb is a 400 with Teams' error shape, which the playground reports as the bot's error.
    await expect(chat.execute(pulse, 'kvalita.pulse.nothing', {})).rejects.toThrow(
      /"statusCode":400.*Unknown verb/,
    );
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
