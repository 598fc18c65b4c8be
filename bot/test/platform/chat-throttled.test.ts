import { describe, expect, it } from '@jest/globals';
import { SURVEY_ANSWER_VERB, SURVEY_REFRESH_VERB } from '@kvalita/core';
import { ThrottledError } from '@kvalita/sharepoint';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { KvalitaBot } from '../../src/platform/chat/kvalita-bot';
import { withDomainErrors } from '../../src/platform/storage-errors';
import type { SurveyAnswering } from '../../src/surveys/answering/survey-answering';

/** SharePoint keeps throttling: every read and write of the answering fails as storage reports it. */
const throttled = () => Promise.reject(new ThrottledError(429, '', 'throttled', 6, 30));
const answering = withDomainErrors({
  answer: throttled,
  state: throttled,
  openFor: throttled,
}) as unknown as SurveyAnswering;

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

const person = {
  channelId: 'msteams',
  from: { id: '29:jana', name: 'Jana Nováková' },
  recipient: { id: '28:kvalita', name: 'Kvalita' },
  conversation: { id: 'a:1', conversationType: 'personal', isGroup: false, name: '' },
};

function invoke(verb: string, locale: string): Partial<Activity> {
  return {
    ...person,
    type: ActivityTypes.Invoke,
    name: 'adaptiveCard/action',
    locale,
    value: { action: { type: 'Action.Execute', verb, data: { verb, surveyKey: 'srv-abcdefgh', wave: 1 } } },
  };
}

/** Runs one activity; returns the invoke response (if any) and every other reply. */
async function run(activity: Partial<Activity>) {
  const adapter = new TestAdapter(async (context) => bot().run(context));
  await adapter.send(activity);
  const replies = adapter.activeQueue.splice(0);
  const invokeResponse = replies.find((reply) => reply.type === 'invokeResponse')?.value as
    { status: number; body: { statusCode: number; type: string; value: unknown } } | undefined;
  return { invokeResponse, others: replies.filter((reply) => reply.type !== 'invokeResponse') };
}

describe('a survey card under SharePoint throttling', () => {
  it.each([
    [SURVEY_ANSWER_VERB, 'cs-CZ', 'Zkuste to prosím znovu za minutu'],
    [SURVEY_REFRESH_VERB, 'en-US', 'try again in a minute'],
  ])('answers the %s invoke with a polite card in %s, not an error', async (verb, locale, words) => {
    const { invokeResponse } = await run(invoke(verb, locale));
    expect(invokeResponse?.status).toBe(200);
    expect(invokeResponse?.body.statusCode).toBe(200);
    expect(invokeResponse?.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(invokeResponse?.body.value)).toContain(words);
  });

  it('answers a plain card submit and the "surveys" command with the same polite words', async () => {
    const submit = await run({
      ...person,
      type: ActivityTypes.Message,
      locale: 'en-US',
      value: { verb: SURVEY_ANSWER_VERB, surveyKey: 'srv-abcdefgh', wave: 1 },
    });
    expect(JSON.stringify(submit.others)).toContain('try again in a minute');
    const command = await run({ ...person, type: ActivityTypes.Message, locale: 'en-US', text: 'surveys' });
    expect(JSON.stringify(command.others)).toContain('try again in a minute');
  });
});
