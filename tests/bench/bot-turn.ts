import {
  BotAdapter,
  CachedSurveys,
  KvalitaBot,
  SurveyAnswering,
  botEndpoint,
  aesSealedBox,
  hmacRespondentKeyer,
  listen,
  systemClock,
} from '@kvalita/bot';
import { SURVEY_ANSWER_VERB, surveyFromTemplate } from '@kvalita/core';
import {
  SurveyResponsesRepository,
  SurveysRepository,
  connectSharePoint,
  departmentsList,
  provisionLists,
  surveyQuestionsList,
  surveyResponsesList,
  surveysList,
  SiteContext,
} from '@kvalita/sharepoint';
import { startEmulator } from '@kvalita/sharepoint-emulator';
import { ActivityHandler } from 'botbuilder';
import express from 'express';
import { ConnectorStub } from '../support/connector-stub';
import { ms, percentile, samples } from './stats';

const TURNS = 200;
const WARM_UP = 20;

/** Says back what it was told: the cheapest turn the adapter can run, one reply to the connector. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(context.activity.text ?? '');
      await next();
    });
  }
}

/**
 * Bot turn latency: answering a survey card (an adaptiveCard/action invoke: read the survey, parse,
 * one $batch of answer rows into the local SharePoint, the "answered" card back) against an echo
 * turn through the same CloudAdapter, HTTP in and out on loopback. Every answer comes from another
 * person, so each stores rows; the respondent's department is given (no roster call), so the
 * figure is the bot's own path. Local SharePoint in memory; figures only.
 */
export async function botTurnBench(): Promise<string[][]> {
  const emulator = await startEmulator({ port: 0, dataFile: ':memory:' });
  const stub = await ConnectorStub.start({ clock: systemClock, ratePerSecond: 100_000 });
  try {
    const sp = connectSharePoint(emulator.siteUrl);
    const site = new SiteContext(sp);
    await provisionLists(sp, {
      locale: 'cs',
      lists: [departmentsList, surveysList, surveyQuestionsList, surveyResponsesList],
    });
    const surveys = new SurveysRepository(site);
    const draft = surveyFromTemplate('wellbeing', new Date(Date.now() - 60_000));
    const created = await surveys.create({ key: 'srv-benchtur', draft, ownerEmail: null });
    const survey = await surveys.setState(created.key, { status: 'open', currentWave: 1 }, created.etag);

    // No app id: botbuilder checks no Bot Framework token, as with Agents Playground.
    const adapter = new BotAdapter(
      { appId: '', appPassword: '', tenantId: '', appType: 'MultiTenant' },
      10_000,
    );
    const kvalita = new KvalitaBot({
      answering: new SurveyAnswering({
        surveys: new CachedSurveys(surveys),
        responses: new SurveyResponsesRepository(
          site,
          aesSealedBox('bench-secret-that-is-long-enough-0123456789'),
        ),
        keyer: hmacRespondentKeyer('bench-secret-that-is-long-enough-0123456789'),
        departments: async () => [],
        now: () => new Date(),
      }),
      respondent: async (context) => ({
        personId: context.activity.from.aadObjectId ?? context.activity.from.id,
        departmentCode: 'OSV',
      }),
    });
    const app = express();
    const json = express.json({ limit: '256kb' });
    app.post('/kvalita', json, botEndpoint(adapter, kvalita));
    app.post('/echo', json, botEndpoint(adapter, new EchoBot()));
    const server = await listen(app, 0, '127.0.0.1');
    try {
      const activity = (person: number, extra: Record<string, unknown>) => ({
        id: `activity-${person}-${Math.random()}`,
        channelId: 'msteams',
        serviceUrl: stub.serviceUrl,
        from: { id: `29:person-${person}`, aadObjectId: `oid-bench-${person}` },
        recipient: { id: '28:kvalita' },
        conversation: { id: `a:chat-${person}`, conversationType: 'personal' },
        locale: 'cs-CZ',
        ...extra,
      });
      const post = async (path: string, body: unknown) => {
        const response = await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const text = await response.text();
        if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
        return text;
      };
      const answers = Object.fromEntries(
        survey.questions.map((question) => [
          `answer_${question.key}`,
          question.type === 'text' ? 'Díky' : '4',
        ]),
      );
      const answer = (person: number) =>
        post(
          '/kvalita',
          activity(person, {
            type: 'invoke',
            name: 'adaptiveCard/action',
            value: {
              action: {
                type: 'Action.Execute',
                verb: SURVEY_ANSWER_VERB,
                data: { verb: SURVEY_ANSWER_VERB, surveyKey: survey.key, wave: 1, ...answers },
              },
              trigger: 'manual',
            },
          }),
        );
      const echo = (person: number) => post('/echo', activity(person, { type: 'message', text: 'ping' }));

      await samples(WARM_UP, (index) => echo(index));
      await samples(WARM_UP, (index) => answer(100_000 + index));
      const echoes = await samples(TURNS, (index) => echo(index));
      const stored = await samples(TURNS, (index) => answer(index));
      const duplicates = await samples(TURNS, (index) => answer(index));
      const check = await answer(0);
      if (!check.includes('Na toto kolo průzkumu jste už odpověděli'))
        throw new Error('a repeat was not refused');
      const rows = await new SurveyResponsesRepository(
        site,
        aesSealedBox('bench-secret-that-is-long-enough-0123456789'),
      ).respondentKeys(survey.key, 1, 'q1');

      const echoP50 = percentile(echoes, 50);
      const row = (label: string, values: number[]) => [
        label,
        `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`,
        `${(percentile(values, 50) / echoP50).toFixed(1)}× echo`,
      ];
      return [
        row(`echo turn (message, one reply), p50 / p95 of ${TURNS}`, echoes),
        row(`answer a ${survey.questions.length}-question card (Action.Execute, stored)`, stored),
        row('answer again (duplicate refused, "already answered")', duplicates),
        ['  people who answered (rows of question 1)', String(rows.size), `expected ${TURNS + WARM_UP}`],
      ];
    } finally {
      await server.close();
    }
  } finally {
    await stub.close();
    await emulator.close();
  }
}
