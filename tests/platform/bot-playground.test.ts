import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SURVEY_ANSWER_VERB, SURVEY_REFRESH_VERB } from '@kvalita/core';
import {
  SurveyResponsesRepository,
  SurveysRepository,
  connectSharePoint,
  SiteContext,
} from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import type { RunningPlayground } from '../../scripts/local/playground';
import { startTestPlayground, startTestStack, type LocalStack } from '../support/e2e-stack';
import { PlaygroundClient, cardOf, type StreamedMessage } from '../support/playground-client';
import { closeSeededSurveys, publishTestSurvey } from '../support/wave-fixture';
import { TEST_ANSWER_BOX } from '../support/answer-box';

// Marie chats in a Czech Teams, as everyone in the demo office; Jiří's Teams is in English.
const MARIE = 'marie.prochazkova@lipova.example';
const JIRI = 'jiri.kucera@lipova.example';
const SURVEY = 'srv-e2eplay1';
const CLOSING = 'srv-e2eclos1';

describe('bot through Microsoft 365 Agents Playground', () => {
  let stack: LocalStack;
  let playground: RunningPlayground;
  let englishPlayground: RunningPlayground;
  let chat: PlaygroundClient;
  let english: PlaygroundClient;
  let sp: SPFI;
  let site: SiteContext;
  let invitation: StreamedMessage;

  beforeAll(async () => {
    stack = await startTestStack();
    playground = await startTestPlayground(stack, MARIE);
    chat = await PlaygroundClient.connect(playground.url);
    englishPlayground = await startTestPlayground(stack, JIRI, 'en-US');
    english = await PlaygroundClient.connect(englishPlayground.url);
    sp = connectSharePoint(stack.emulatorSiteUrl);
    site = new SiteContext(sp);
    await closeSeededSurveys(site, () => stack.scheduler.tickNow());
  }, 120_000);

  afterAll(async () => {
    chat?.close();
    english?.close();
    await playground?.stop();
    await englishPlayground?.stop();
    await stack?.stop();
  });

  const actionData = (message: StreamedMessage) =>
    ((cardOf(message)['actions'] as { data: Record<string, unknown> }[])[0]?.data ?? {}) as Record<
      string,
      unknown
    >;
  const answers = { answer_q1: '4', answer_q2: '1', answer_q3: 'More **quiet** <script>x</script>' };

  it('greets once in Czech when the app is installed in the demo office', async () => {
    await chat.install();
    expect((await chat.nextMessage()).text).toMatch(/^Dobrý den, jsem Kvalita/);
    // Teams sends installationUpdate and conversationUpdate; the next reply must be the help card, not a second greeting.
    await chat.say('nápověda');
    const help = JSON.stringify(cardOf(await chat.nextMessage()));
    expect(help).toContain('Co umím');
    expect(help).toContain('průzkum — Otevřené průzkumy');
    expect(help).not.toContain('What I can do');
  });

  it('answers in Czech whichever language the command is typed in, and says when no survey is open', async () => {
    await chat.say('help');
    expect(JSON.stringify(cardOf(await chat.nextMessage()))).toContain('Co umím');
    await chat.say('průzkum');
    expect((await chat.nextMessage()).text).toBe(
      'Teď pro vás není otevřený žádný průzkum. Až nějaký začne, pošlu vám ho sem.',
    );
  });

  it('speaks English to a person whose Teams is in English: greeting, help, survey and unknown text', async () => {
    await english.install();
    expect((await english.nextMessage()).text).toMatch(/^Hello, I am Kvalita/);
    await english.say('nápověda');
    const help = JSON.stringify(cardOf(await english.nextMessage()));
    expect(help).toContain('What I can do');
    expect(help).toContain('survey — Open surveys');
    await english.say('survey');
    expect((await english.nextMessage()).text).toBe(
      'No survey is open for you right now. When one starts, I will send it here.',
    );
    await english.say('what is the weather');
    expect((await english.nextMessage()).text).toBe(
      'I did not understand that. Type "help" and I will show you what I can do.',
    );
  });

  it('sends a published survey proactively when the scheduler opens its wave', async () => {
    await publishTestSurvey(site, { key: SURVEY, opensAt: new Date(Date.now() - 60_000) });
    const tick = await stack.scheduler.tickNow();
    expect(tick).toMatchObject({ opened: [SURVEY] });
    invitation = await chat.nextMessage();
    const card = cardOf(invitation);
    expect(card['version']).toBe('1.5');
    expect(card['refresh']).toMatchObject({
      action: { type: 'Action.Execute', verb: SURVEY_REFRESH_VERB, data: { surveyKey: SURVEY, wave: 1 } },
    });
    expect(actionData(invitation)).toEqual({ verb: SURVEY_ANSWER_VERB, surveyKey: SURVEY, wave: 1 });
    expect(JSON.stringify(card)).toContain('Cítím se v práci dobře.');
    expect(JSON.stringify(card)).toContain('Vzkaz (nepovinné)');
    expect((await new SurveysRepository(site).get(SURVEY))?.status).toBe('open');
  });

  it('answers through Action.Execute: "answered" card, the text echoed literally, refresh shows answered', async () => {
    const incomplete = await chat.execute(invitation, SURVEY_ANSWER_VERB, {
      ...actionData(invitation),
      answer_q2: '1',
    });
    expect(JSON.stringify(incomplete.value)).toContain('Cítím se v práci dobře.: chybí odpověď');

    const answered = await chat.execute(invitation, SURVEY_ANSWER_VERB, {
      ...actionData(invitation),
      ...answers,
    });
    expect(answered.type).toBe('application/vnd.microsoft.card.adaptive');
    const shown = JSON.stringify(answered.value);
    expect(shown).toContain('Děkujeme, vaše odpovědi jsou uložené.');
    expect(shown).toContain('"type":"TextRun","text":"More **quiet** <script>x</script>"');
    expect(shown).not.toContain('Input.');

    const refreshed = await chat.execute(
      invitation,
      SURVEY_REFRESH_VERB,
      { surveyKey: SURVEY, wave: 1 },
      'automatic',
    );
    expect(JSON.stringify(refreshed.value)).toContain('Děkujeme, vaše odpovědi jsou uložené.');
    expect(JSON.stringify(refreshed.value)).not.toContain('Input.');
  });

  it('stores a second submit (plain Action.Submit from an older client) once', async () => {
    await chat.submit(invitation, { ...actionData(invitation), ...answers, answer_q1: '1' });
    expect(JSON.stringify(cardOf(await chat.nextMessage()))).toContain(
      'Na toto kolo průzkumu jste už odpověděli.',
    );
    const again = await chat.execute(invitation, SURVEY_ANSWER_VERB, {
      ...actionData(invitation),
      ...answers,
    });
    expect(JSON.stringify(again.value)).toContain('Na toto kolo průzkumu jste už odpověděli.');
    const responses = new SurveyResponsesRepository(site, TEST_ANSWER_BOX);
    for (const question of ['q1', 'q2', 'q3'])
      expect((await responses.respondentKeys(SURVEY, 1, question)).size).toBe(1);
    expect((await responses.waveAnswers(SURVEY, 1, 'q1')).map((row) => row.score)).toEqual([4]);
    await chat.say('průzkum');
    expect((await chat.nextMessage()).text).toContain('Teď pro vás není otevřený žádný průzkum.');
  });

  it('refuses a closed survey politely, on answer and on refresh', async () => {
    await publishTestSurvey(site, { key: CLOSING, opensAt: new Date(Date.now() - 60_000) });
    await stack.scheduler.tickNow();
    const card = await chat.nextMessage();
    expect(actionData(card)['surveyKey']).toBe(CLOSING);
    const surveys = new SurveysRepository(site);
    const open = await surveys.get(CLOSING);
    await surveys.setState(CLOSING, { status: 'closed', currentWave: 1 }, open?.etag ?? '');

    const refused = await chat.execute(card, SURVEY_ANSWER_VERB, { ...actionData(card), ...answers });
    expect(JSON.stringify(refused.value)).toContain('Tento průzkum je už uzavřený a odpovědi nepřijímá.');
    const refreshed = await chat.execute(
      card,
      SURVEY_REFRESH_VERB,
      { surveyKey: CLOSING, wave: 1 },
      'automatic',
    );
    expect(JSON.stringify(refreshed.value)).toContain('Tento průzkum je už uzavřený');
    expect(
      (await new SurveyResponsesRepository(site, TEST_ANSWER_BOX).respondentKeys(CLOSING, 1, 'q1')).size,
    ).toBe(0);
    // An unknown verb is a 400 with Teams' error shape, which the playground reports as the bot's error.
    await expect(chat.execute(card, 'kvalita.survey.nothing', {})).rejects.toThrow(
      /"statusCode":400.*Unknown verb/,
    );
  });

  it('answers a tampered submit politely and stores nothing', async () => {
    await chat.submit(invitation, {
      ...actionData(invitation),
      surveyKey: "srv-e2eplay1' or 1 eq 1",
      ...answers,
    });
    expect(JSON.stringify(cardOf(await chat.nextMessage()))).toContain('Odpověď se nepodařilo přečíst.');
  });

  it('says in Czech what it does not understand', async () => {
    await chat.say('jaké je počasí');
    expect((await chat.nextMessage()).text).toBe('Tomu nerozumím. Napište „nápověda“ a ukážu vám, co umím.');
  });
});
