import { DEFAULT_TEXT_THRESHOLD, groupThreshold, isWaveOpen, resolveLocale, translate } from '@kvalita/core';
import {
  BotConversationsRepository,
  CyclePlanMeasuresRepository,
  DepartmentsRepository,
  PeopleRepository,
  SharePointCafStore,
  SiteContext,
  SurveyDeliveriesRepository,
  SurveyResponsesRepository,
  SurveysRepository,
} from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express, { type Express } from 'express';
import { cafRouter } from './api/caf-routes';
import { surveyEvidence } from './surveys/survey-evidence';
import { apiRouter } from './api/routes';
import { CafService } from './caf/caf-service';
import type { Authenticator } from './auth/identity';
import { authenticateWith } from './auth/middleware';
import { KvalitaBot } from './bot/kvalita-bot';
import { sharePointConversationRecorder } from './bot/conversation-recorder';
import { directoryRespondentResolver } from './bot/respondent';
import { botEndpoint } from './http/bot-endpoint';
import { errorHandler } from './http/errors';
import { tabRouter } from './http/tab-static';
import { hmacRespondentKeyer } from './answering/respondent-key';
import { SurveyAnswering } from './answering/survey-answering';
import { CachedSurveys } from './answering/survey-source';
import { systemClock } from './delivery/clock';
import { installInvitations } from './delivery/install-invitations';
import { cloudAdapterSend, type ProactiveSend } from './delivery/proactive-sender';
import { RateLimiter } from './delivery/rate-limiter';
import { WaveRunner, type WaveRunnerOptions } from './delivery/run-wave';
import { surveyDeliveryActivity } from './delivery/survey-activity';
import { SharePointAudience } from './scheduler/audience-directory';
import { SurveyScheduler } from './scheduler/survey-scheduler';
import { surveyApiRouter } from './surveys/survey-api';

export interface BotCredentials {
  /** Empty locally: botbuilder then skips Bot Framework authentication (Agents Playground). */
  readonly appId: string;
  readonly appPassword: string;
  readonly tenantId: string;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

export interface ServiceOptions {
  readonly mode: 'local' | 'production';
  /** App-only connection to the Kvalita site. */
  readonly sp: SPFI;
  readonly authenticator: (people: PeopleRepository) => Authenticator;
  readonly respondentKeySecret: string;
  readonly bot: BotCredentials;
  /** Folder of the built tab, served at /tab/; null to serve no tab. */
  readonly tabDirectory: string | null;
  /** Minimum group size for survey results (default 5, never below 3). */
  readonly surveyGroupThreshold?: number;
  /** Minimum respondents of a wave before text answers are shown (default 10, never lower). */
  readonly textAnswerThreshold?: number;
  /** Shown on reports, e.g. "Městský úřad Lipová". */
  readonly officeName: string;
  readonly now?: () => Date;
  readonly log?: (line: string) => void;
  /** Survey fan-out tuning (tests shorten waits); the defaults suit Teams. */
  readonly delivery?: WaveRunnerOptions;
  /** How long the chat keeps a survey it read (default 15 s): a survey closed by hand shows closed after it. */
  readonly surveyCacheMs?: number;
  /** How survey cards reach a chat; CloudAdapter.continueConversationAsync unless a test replaces it. */
  readonly proactiveSend?: ProactiveSend;
}

export interface KvalitaService {
  /** Bot endpoint, tab API and the tab, on one Express app. */
  readonly app: Express;
  /** Opens, sends, reminds and closes survey waves; the host runs `tick` every minute (startSchedulerLoop). */
  readonly scheduler: SurveyScheduler;
  /** Drops the chat's cached copy of a survey changed in this process (e.g. closed through the API). */
  readonly surveyChanged: (key: string) => void;
}

/** Builds the app service and its survey scheduler, sharing one adapter, clock and secret. */
export function createService(options: ServiceOptions): KvalitaService {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? (() => new Date());
  // One per site: every repository shares its list addresses and its copy of the departments.
  const site = new SiteContext(options.sp);
  const people = new PeopleRepository(site);
  const departments = new DepartmentsRepository(site);
  const keyer = hmacRespondentKeyer(options.respondentKeySecret);
  const surveysRepository = new SurveysRepository(site);
  const surveys = new CachedSurveys(surveysRepository, () => Date.now(), options.surveyCacheMs ?? 15_000);
  const responses = new SurveyResponsesRepository(site);
  const conversations = new BotConversationsRepository(site);
  const answering = new SurveyAnswering({
    surveys,
    responses,
    keyer,
    departments: () => departments.list(),
    now,
  });
  const caf = new CafService(
    new SharePointCafStore(site, now),
    people,
    new CyclePlanMeasuresRepository(site),
    now,
  );
  const deliveries = new SurveyDeliveriesRepository(site);
  const bot = new KvalitaBot({
    answering,
    respondent: directoryRespondentResolver(people, log),
    recordConversation: sharePointConversationRecorder(conversations, now, log),
    installInvitations: installInvitations(deliveries, now),
    log,
  });
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: options.bot.appId,
      MicrosoftAppPassword: options.bot.appPassword,
      MicrosoftAppTenantId: options.bot.tenantId,
      MicrosoftAppType: options.bot.appType,
    }),
  );
  adapter.onTurnError = async (context, error) => {
    log(`bot turn failed: ${error instanceof Error ? error.stack : String(error)}`);
    await context
      .sendActivity(translate(resolveLocale(context.activity.locale), 'bot.error'))
      .catch(() => undefined);
  };

  const scheduler = new SurveyScheduler({
    // The scheduler reads surveys fresh: it changes their state and must send the current ETag.
    surveys: surveysRepository,
    deliveries,
    responses,
    audience: new SharePointAudience(options.sp, people, departments, log),
    conversations,
    keyer,
    runner: new WaveRunner({
      deliveries,
      conversations,
      send: options.proactiveSend ?? cloudAdapterSend(adapter, options.bot.appId),
      activity: surveyDeliveryActivity(surveys),
      limiter: new RateLimiter(systemClock),
      clock: systemClock,
      random: Math.random,
      now,
      // Read fresh for each page of a fan-out: a survey closed meanwhile gets no more cards.
      waveOpen: async (key, wave) => {
        const survey = await surveysRepository.get(key);
        return (
          survey !== null &&
          (survey.status === 'open' || survey.status === 'scheduled') &&
          isWaveOpen(survey.schedule, wave, now())
        );
      },
      log,
      ...(options.delivery ? { options: options.delivery } : {}),
    }),
    log,
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  const json = express.json({ limit: '256kb', strict: true });
  const authenticator = options.authenticator(people);
  app.post('/api/messages', json, botEndpoint(adapter, bot));
  app.use(
    '/api/surveys',
    json,
    surveyApiRouter({
      site,
      people,
      authenticator,
      now,
      groupThreshold: groupThreshold(options.surveyGroupThreshold),
      textThreshold: Math.max(DEFAULT_TEXT_THRESHOLD, options.textAnswerThreshold ?? DEFAULT_TEXT_THRESHOLD),
      // A survey closed here is closed for the chat at once, not after the cache's time to live.
      onSurveyChanged: (key) => surveys.invalidate(key),
      log,
    }),
  );
  app.use(
    '/api/caf',
    json,
    cafRouter(caf, authenticateWith(authenticator), options.officeName, async (cycleEndDate) =>
      surveyEvidence(await surveysRepository.list(), cycleEndDate, now()),
    ),
  );
  app.use(
    '/api',
    json,
    apiRouter({
      mode: options.mode,
      authenticator,
      people,
      departments,
      checkSharePoint: async () => {
        await options.sp.web.select('Id')();
        return true;
      },
    }),
  );
  if (options.tabDirectory !== null) {
    app.use('/tab', tabRouter(options.tabDirectory));
    app.get('/', (_req, res) => res.redirect('/tab/'));
  }
  app.use(errorHandler(log));
  return { app, scheduler, surveyChanged: (key) => surveys.invalidate(key) };
}
