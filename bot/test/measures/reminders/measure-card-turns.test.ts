import { describe, expect, it } from '@jest/globals';
import { DomainError, type MeasureDetailReply } from '@kvalita/core';
import { ThrottledError } from '@kvalita/sharepoint';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { MEASURE_PROGRESS_VERB, MEASURE_REFRESH_VERB } from '../../../src/measures/cards/measure-card-verbs';
import { measureCardActions, type ProgressReporter } from '../../../src/measures/cards/progress-card-actions';
import { KvalitaBot } from '../../../src/platform/chat/kvalita-bot';
import { withDomainErrors } from '../../../src/platform/storage-errors';
import type { SurveyAnswering } from '../../../src/surveys/answering/survey-answering';
import { storedMeasure } from './memory-reminders';
import { JANA } from './reminder-fixture';

const measure = storedMeasure({ id: 42, status: 'inProgress', deadline: '2027-03-09', progress: 40 });

/** The measures service: Jana owns measure 42; `throttle` makes SharePoint refuse everything. */
function measures(throttle: boolean): ProgressReporter {
  const throttled = () => Promise.reject(new ThrottledError(429, '', 'throttled', 6, 30));
  const reply = async (): Promise<MeasureDetailReply> => ({
    measure,
    updates: [],
    allowed: ['reportProgress'],
  });
  return withDomainErrors({
    detail: throttle ? throttled : reply,
    reportProgress: throttle
      ? throttled
      : async (_email: string, _id: number, request: { progress: number }) => {
          if (request.progress > 100) throw new DomainError('badRequest');
          return { ...(await reply()), measure: { ...measure, progress: request.progress } };
        },
  });
}

function bot(throttle = false): KvalitaBot {
  return new KvalitaBot({
    answering: {} as SurveyAnswering,
    respondent: async (context) => ({
      personId: context.activity.from.id,
      departmentCode: null,
      email: JANA,
    }),
    measureCards: measureCardActions({
      measures: measures(throttle),
      link: () => null,
      today: () => '2027-03-02',
    }),
  });
}

const person = {
  channelId: 'msteams',
  from: { id: '29:jana', name: 'Jana Nováková' },
  recipient: { id: '28:kvalita', name: 'Kvalita' },
  conversation: { id: 'a:1', conversationType: 'personal', isGroup: false, name: '' },
};

async function run(activity: Partial<Activity>, throttle = false) {
  const adapter = new TestAdapter(async (context) => bot(throttle).run(context));
  await adapter.send(activity);
  const replies = adapter.activeQueue.splice(0);
  const invokeResponse = replies.find((reply) => reply.type === 'invokeResponse')?.value as
    { status: number; body: { statusCode: number; type: string; value: unknown } } | undefined;
  return { invokeResponse, others: replies.filter((reply) => reply.type !== 'invokeResponse') };
}

const invoke = (verb: string, data: Record<string, unknown>, locale = 'cs-CZ'): Partial<Activity> => ({
  ...person,
  type: ActivityTypes.Invoke,
  name: 'adaptiveCard/action',
  locale,
  value: { action: { type: 'Action.Execute', verb, data } },
});

describe('the reminder card’s actions in a bot turn', () => {
  it('“Nahlásit postup” is answered with the refreshed card', async () => {
    const { invokeResponse } = await run(
      invoke(MEASURE_PROGRESS_VERB, { measureId: 42, etag: measure.etag, progress: '70', phase: 'do' }),
    );
    expect(invokeResponse?.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(invokeResponse?.body.value)).toContain('Děkujeme, postup je uložený.');
    expect(JSON.stringify(invokeResponse?.body.value)).toContain('70 %');
  });

  it('a plain submit from an older client gets the same card as a new message', async () => {
    const { others } = await run({
      ...person,
      type: ActivityTypes.Message,
      locale: 'en-US',
      value: { verb: MEASURE_PROGRESS_VERB, measureId: 42, etag: measure.etag, progress: 70, phase: 'do' },
    });
    expect(JSON.stringify(others)).toContain('Thank you, the progress is saved.');
  });

  it('under SharePoint throttling: a polite card whose button shows the measure again', async () => {
    const { invokeResponse } = await run(
      invoke(
        MEASURE_PROGRESS_VERB,
        { measureId: 42, etag: measure.etag, progress: 70, phase: 'do' },
        'en-US',
      ),
      true,
    );
    expect(invokeResponse?.body.statusCode).toBe(200);
    expect(JSON.stringify(invokeResponse?.body.value)).toContain('try again in a minute');
    expect(invokeResponse?.body.value).toMatchObject({
      refresh: { action: { verb: MEASURE_REFRESH_VERB, data: { measureId: 42 } } },
    });
  });
});
