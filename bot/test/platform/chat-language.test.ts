import { describe, expect, it } from '@jest/globals';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { KvalitaBot } from '../../src/platform/chat/kvalita-bot';
import type { SurveyAnswering } from '../../src/surveys/answering/survey-answering';

/** No survey is open: enough to see which language each reply is in. */
const answering = { openFor: async () => [] } as unknown as SurveyAnswering;

function bot(): KvalitaBot {
  return new KvalitaBot({
    answering,
    respondent: async (context) => ({
      personId: context.activity.from.id,
      departmentCode: null,
      email: null,
    }),
  });
}

type Conversation = 'personal' | 'channel';

function incoming(
  text: string,
  language: { locale?: string; clientInfo?: string } = {},
  conversationType: Conversation = 'personal',
): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    channelId: 'msteams',
    text,
    from: { id: '29:jana', name: 'Jana Nováková' },
    recipient: { id: '28:kvalita', name: 'Kvalita' },
    conversation: { id: 'a:1', conversationType, isGroup: conversationType !== 'personal', name: '' },
    ...(language.locale === undefined ? {} : { locale: language.locale }),
    ...(language.clientInfo === undefined
      ? {}
      : { entities: [{ type: 'clientInfo', locale: language.clientInfo, country: 'CZ', platform: 'Web' }] }),
  };
}

/** Sends one activity and returns everything the bot answered, as text (cards as JSON). */
async function replies(activity: Partial<Activity>): Promise<string[]> {
  const adapter = new TestAdapter(async (context) => bot().run(context));
  await adapter.send(activity);
  return adapter.activeQueue.splice(0).map((reply) => reply.text ?? JSON.stringify(reply.attachments));
}

describe('the chat speaks the person’s language', () => {
  it('answers "help" from an English Teams in English and "nápověda" from a Czech Teams in Czech', async () => {
    const english = await replies(incoming('help', { locale: 'en-US' }));
    expect(english.join()).toContain('What I can do');
    expect(english.join()).not.toContain('Co umím');

    const czech = await replies(incoming('nápověda', { locale: 'cs-CZ' }));
    expect(czech.join()).toContain('Co umím');
    expect(czech.join()).not.toContain('What I can do');
  });

  it('follows the person’s language, not the language of the word typed', async () => {
    expect((await replies(incoming('nápověda', { locale: 'en-GB' }))).join()).toContain('What I can do');
    expect((await replies(incoming('help', { locale: 'cs-CZ' }))).join()).toContain('Co umím');
  });

  it('answers unknown text and "průzkum" in the person’s language', async () => {
    expect(await replies(incoming('what is the weather', { locale: 'en-US' }))).toEqual([
      'I did not understand that. Type "help" and I will show you what I can do.',
    ]);
    expect(await replies(incoming('jaké je počasí', { locale: 'cs-CZ' }))).toEqual([
      'Tomu nerozumím. Napište „nápověda“ a ukážu vám, co umím.',
    ]);
    expect(await replies(incoming('survey', { locale: 'en-US' }))).toEqual([
      'No survey is open for you right now. When one starts, I will send it here.',
    ]);
    expect(await replies(incoming('průzkum', { locale: 'cs-CZ' }))).toEqual([
      'Teď pro vás není otevřený žádný průzkum. Až nějaký začne, pošlu vám ho sem.',
    ]);
  });

  it('takes the Teams client’s language from the clientInfo entity when the activity has no locale', async () => {
    expect((await replies(incoming('help', { clientInfo: 'en-US' }))).join()).toContain('What I can do');
    expect((await replies(incoming('help', { clientInfo: 'cs-CZ' }))).join()).toContain('Co umím');
  });

  it('speaks Czech, the office default, when Teams says nothing or a language Kvalita does not ship', async () => {
    expect((await replies(incoming('help'))).join()).toContain('Co umím');
    expect((await replies(incoming('help', { locale: 'de-DE' }))).join()).toContain('Co umím');
  });

  it('greets in the person’s language', async () => {
    const install = (locale: string): Partial<Activity> => ({
      ...incoming('', { locale }),
      type: ActivityTypes.ConversationUpdate,
      text: undefined,
      membersAdded: [{ id: '28:kvalita', name: 'Kvalita' }],
    });
    expect((await replies(install('cs-CZ')))[0]).toMatch(/^Dobrý den, jsem Kvalita/);
    expect((await replies(install('en-US')))[0]).toMatch(/^Hello, I am Kvalita/);
  });

  it('keeps survey cards out of team channels: "průzkum" there is not a command', async () => {
    const inChannel = await replies(incoming('průzkum', { locale: 'cs-CZ' }, 'channel'));
    expect(inChannel).toEqual(['Tomu nerozumím. Napište „nápověda“ a ukážu vám, co umím.']);
  });
});
