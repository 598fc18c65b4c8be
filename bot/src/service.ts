import {
  DEFAULT_TEXT_THRESHOLD,
  NO_DEPARTMENT,
  cyclePlace,
  groupThreshold,
  isWaveOpen,
  resolveLocale,
  translate,
} from '@kvalita/core';
import {
  AcknowledgementsRepository,
  BotConversationsRepository,
  DocumentsRepository,
  CyclePlanMeasuresRepository,
  MeasureRemindersRepository,
  DepartmentsRepository,
  MeasuresRegisterRepository,
  PeopleRepository,
  SharePointCafStore,
  SiteContext,
  SurveyDeliveriesRepository,
  SurveyResponsesRepository,
  SurveyWaveReader,
  SurveysRepository,
  DocumentNotificationsRepository,
  CompetencyModelsRepository,
  FeedbackAnswersRepository,
  FeedbackCyclesRepository,
  FeedbackGoalsRepository,
  FeedbackNominationsRepository,
  FeedbackSubjectsRepository,
  FeedbackDeliveriesRepository,
  MysteryCampaignsRepository,
  MysteryChecklistsRepository,
  MysteryEvaluationsRepository,
  MysteryFilesRepository,
  OpenDataFilesRepository,
  OpenDataLogRepository,
  OpenDataSettingsRepository,
  MysteryFindingsRepository,
} from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import express, { type Express } from 'express';
import { cafRouter } from './caf/caf-routes';
import { surveyEvidence } from './surveys/survey-evidence';
import { apiRouter } from './platform/http/platform-routes';
import { CafService } from './caf/caf-service';
import { chatCafNotices } from './caf/caf-notices';
import { tabDeepLink } from './platform/chat/tab-deep-link';
import type { Authenticator } from './platform/auth/identity';
import { authenticateWith } from './platform/auth/middleware';
import { KvalitaBot } from './platform/chat/kvalita-bot';
import { sharePointConversationRecorder } from './platform/chat/conversation-recorder';
import { directoryRespondentResolver } from './platform/chat/respondent';
import { botEndpoint } from './platform/http/bot-endpoint';
import { BotAdapter, type BotCredentials } from './platform/http/bot-adapter';
import { TrustedServiceUrls } from './platform/http/trusted-service-urls';
import { compressJson } from './platform/http/compress-json';
import { errorHandler } from './platform/http/error-handler';
import { loopbackOnly } from './platform/http/loopback-only';
import { tabRouter } from './platform/http/tab-static';
import { aesSealedBox } from './platform/aes-sealed-box';
import { hmacRespondentKeyer } from './platform/respondent-key';
import { SurveyAnswering } from './surveys/answering/survey-answering';
import { CachedSurveys } from './surveys/answering/survey-source';
import { systemClock } from './platform/delivery/clock';
import { installInvitations } from './surveys/delivery/install-invitations';
import { cloudAdapterSend, type ProactiveSend } from './platform/delivery/proactive-sender';
import { RateLimiter } from './platform/delivery/rate-limiter';
import { WaveRunner, type WaveRunnerOptions } from './platform/delivery/run-wave';
import { surveyDeliveryActivity } from './surveys/delivery/survey-activity';
import { SharePointAudience } from './surveys/scheduler/audience-directory';
import { SurveyScheduler } from './surveys/scheduler/survey-scheduler';
import { surveyRoutes } from './surveys/survey-routes';
import { SurveyResultsService } from './surveys/survey-results';
import { SurveyService } from './surveys/survey-service';
import { surveyCard } from './surveys/cards/survey-card';
import { withDomainErrors } from './platform/storage-errors';
import type { MeasuresStore } from './measures/measures-store';
import { measureCardActions, type ProgressReporter } from './measures/cards/progress-card-actions';
import { MeasureReminders } from './measures/reminders/measure-reminders';
import type { MeasureLinks } from './measures/reminders/reminder-activity';
import { withChatPass, type ScheduledTick } from './platform/scheduled-pass';
import { randomInt } from 'node:crypto';
import { MeasuresService } from './measures/measures-service';
import { measuresRoutes } from './measures/measures-routes';
import { measureExportRoutes } from './measures/exports/export-routes';
import { registerLoopMeasures } from './caf/loop-measures';
import { parseBody } from './platform/http/parse-body';
import { DocumentsService } from './documents/documents-service';
import { documentsRoutes } from './documents/documents-routes';
import { documentSettingsOf } from './documents/document-settings';
import type { DocumentNotifier } from './documents/document-ports';
import { measureFilterQuerySchema } from '@kvalita/core/schemas';
import { DocumentChatNotifier } from './documents/chat/document-chat-notifier';
import { directoryOf } from './documents/chat/document-audience';
import { documentCardActions } from './documents/chat/document-card-actions';
import { documentTabLinks } from './documents/chat/document-links';
import type { DocumentLinks } from './documents/chat/notification-activity';
import { DocumentReminders } from './documents/reminders/document-reminders';
import { FeedbackService } from './feedback/feedback-service';
import { feedbackRoutes } from './feedback/feedback-routes';
import type { FeedbackNotifier } from './feedback/feedback-ports';
import type { FeedbackStores } from './feedback/feedback-deps';
import { forwardingNotifier } from './feedback/forwarding-notifier';
import { FeedbackChat } from './feedback/chat/feedback-chat';
import { feedbackCardActions } from './feedback/chat/feedback-card-actions';
import type { FeedbackDeliveryStore } from './feedback/chat/feedback-delivery-store';
import { noFeedbackLinks, type FeedbackLinks } from './feedback/chat/feedback-links';
import { keyedFeedbackProgress } from './feedback/chat/feedback-progress';
import { MysteryService } from './mystery/mystery-service';
import { mysteryRoutes } from './mystery/mystery-routes';
import type { MysteryStores } from './mystery/mystery-deps';
import { mysteryEvidenceFor } from './mystery/mystery-evidence';
import { mysteryDownloads } from './mystery/exports/mystery-downloads';
import { OpenDataService } from './opendata/opendata-service';
import { openDataRoutes } from './opendata/opendata-routes';
import { openDataPublicRoutes } from './opendata/public-routes';
import { withOpenDataPass } from './opendata/opendata-pass';
import {
  DEFAULT_MEASURE_SETTINGS,
  DomainError,
  namedDepartmentsOf,
  officeDate,
  type AcknowledgementsStore,
  type DocumentSettings,
  type DocumentsStore,
  type MeasureSettings,
  type OpenDataFilesStore,
  type OpenDataPublisher,
  type OpenDataSettingsStore,
  type PublicationLogStore,
  type ReportProgressRequest,
} from '@kvalita/core';

export type { BotCredentials };

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
  /** The Teams app's id (manifest `id`): cards about a CAF report link to the cycle in the tab. */
  readonly teamsAppId?: string;
  /**
   * Local mode: the chat services whose activities the bot accepts (the local Agents Playground's
   * serviceUrl, added when it starts); every other activity gets 401. Ignored in production, where
   * the Bot Framework token says which serviceUrl it was issued for.
   */
  readonly trustedServiceUrls?: TrustedServiceUrls;
  /** How long one call to the Bot Connector may take before it fails (default 10 s). */
  readonly connectorTimeoutMs?: number;
  /** The measures register's office settings (defaults: every department visible, reminders 7 days ahead). */
  readonly measures?: Partial<MeasureSettings>;
  /**
   * Measures in chat: the register (storage port) the reminders plan from, the measures service
   * the cards' "Nahlásit postup" reports through, the office's reminder days and the tab links.
   * None: no measure reminders are sent.
   */
  readonly measuresChat?: {
    readonly store: Pick<MeasuresStore, 'get' | 'summaries'>;
    readonly progress: ProgressReporter;
    readonly reminderDays?: number;
    readonly links?: MeasureLinks;
  };
  /**
   * Controlled documents: storage (default: the KvalitaDocuments library and its lists on `sp`)
   * and the office's acknowledgement reminder and escalation days (defaults 7 and 14, checked).
   */
  readonly documents?: {
    readonly store?: DocumentsStore;
    readonly acknowledgements?: AcknowledgementsStore;
    readonly settings?: Partial<DocumentSettings>;
  };
  /** Who is told what happened to documents; by default the chat (cards planned and sent). */
  readonly documentNotifier?: DocumentNotifier;
  /** The document cards' links into the tab; by default deep links when the Teams app id is set. */
  readonly documentLinks?: DocumentLinks;
  /**
   * Whether the scheduler runs the documents' daily pass and sends their cards (default true). Off,
   * cards are still planned (the notifications list) but go out only once it is on: a chat test of
   * another feature turns it off so the demo office's documents to confirm do not reach its chats.
   */
  readonly documentsChat?: boolean;
  /** 360 feedback's storage (default: its lists on `sp`; answers sealed with the respondent secret). */
  readonly feedback?: { readonly stores?: Partial<FeedbackStores> };
  /** Who is told what happened in 360 cycles; by default the chat (cards planned and sent). */
  readonly feedbackNotifier?: FeedbackNotifier;
  /** The 360 cards' links into the tab; by default none (the tab's 360 places are not linked yet). */
  readonly feedbackLinks?: FeedbackLinks;
  /**
   * Whether the scheduler runs 360 feedback's daily pass and sends its cards (default true). Off,
   * cards are still planned but go out only once it is on (as `documentsChat`).
   */
  readonly feedbackChat?: boolean;
  /** Mystery shopping's storage (default: its lists and files library on `sp`). */
  readonly mystery?: { readonly stores?: Partial<MysteryStores> };
  /**
   * Open data: the office as the catalogue names it (IČO, RÚIAN municipality, contact, the public
   * URL the files are served at); storage defaults to its library and lists on `sp`.
   */
  readonly openData: {
    readonly publisher: OpenDataPublisher;
    readonly stores?: {
      readonly files?: OpenDataFilesStore;
      readonly settings?: OpenDataSettingsStore;
      readonly log?: PublicationLogStore;
    };
  };
}

export interface KvalitaService {
  /** Bot endpoint, tab API and the tab, on one Express app. */
  readonly app: Express;
  /**
   * Opens, sends, reminds and closes survey waves, then sends the measure reminders; the host runs
   * `tick` every minute (startSchedulerLoop).
   */
  readonly scheduler: ScheduledTick;
  /** Drops the chat's cached copy of a survey changed in this process (e.g. closed through the API). */
  readonly surveyChanged: (key: string) => void;
  /** The controlled documents' service (the chat's card actions call it; tests and the demo too). */
  readonly documents: DocumentsService;
  /** 360 feedback's service (the chat's card actions call it; tests and the demo too). */
  readonly feedback: FeedbackService;
  /** Mystery shopping's service (tests and the demo). */
  readonly mystery: MysteryService;
  /** Open data's service (tests and the demo). */
  readonly openData: OpenDataService;
}

/** [0, 1) for survey keys and the order of text answers. */
const cryptoRandom = () => randomInt(0, 2 ** 32) / 2 ** 32;

/**
 * The composition root: builds every repository and service once, wires them into the bot, the
 * scheduler and the API routers, and shares one adapter, clock and secret between them.
 */
export function createService(options: ServiceOptions): KvalitaService {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? (() => new Date());

  // Storage: one repository per list, each built once on one site context (list addresses and the
  // departments copy shared). Feature services see them through their ports, with SharePoint's
  // errors turned into domain errors.
  const site = new SiteContext(options.sp);
  const people = new PeopleRepository(site);
  const departments = new DepartmentsRepository(site);
  const surveysRepository = new SurveysRepository(site);
  // Answers are sealed with a key derived from the respondent secret: SharePoint never holds it.
  const answerBox = aesSealedBox(options.respondentKeySecret);
  const responses = new SurveyResponsesRepository(site, answerBox);
  // Answers as results and seals read them: storage failures as domain errors.
  const storedResponses = withDomainErrors(responses);
  const deliveries = new SurveyDeliveriesRepository(site);
  const conversations = new BotConversationsRepository(site);
  const cafStore = new SharePointCafStore(site, now);
  const planMeasures = new CyclePlanMeasuresRepository(site);
  const measuresStore = new MeasuresRegisterRepository(site, { today: () => officeDate(now()) });
  const measureSettings: MeasureSettings = { ...DEFAULT_MEASURE_SETTINGS, ...options.measures };

  const keyer = hmacRespondentKeyer(options.respondentKeySecret);
  const surveys = new CachedSurveys(surveysRepository, () => Date.now(), options.surveyCacheMs ?? 15_000);
  // A survey closed through the API is closed for the chat at once, not after the cache's lifetime.
  const surveyChanged = (key: string) => surveys.invalidate(key);

  // Feature services.
  const cafNotices = chatCafNotices({
    // Roles are a multi-choice column SharePoint cannot index; the notice runs after the reply,
    // so reading the directory costs the person who moved the cycle nothing.
    withRole: async (role) =>
      (await people.list()).filter((person) => person.roles.includes(role)).map((person) => person.email),
    conversation: (email) => conversations.getByEmail(email),
    // The adapter is built below with the chat; a notice is only ever sent after start-up.
    send: (conversation, activity) => proactiveSend(conversation, activity),
    link: (cycleId) =>
      options.teamsAppId ? tabDeepLink(options.teamsAppId, cyclePlace(cycleId, 'results')) : null,
    log,
  });
  const caf = new CafService(
    withDomainErrors(cafStore),
    people,
    withDomainErrors(departments),
    withDomainErrors(planMeasures),
    now,
    undefined,
    cafNotices,
    keyer,
    // The closed loop: the measures tied to a subcriterion, with status and effectiveness, from the register.
    registerLoopMeasures(withDomainErrors(measuresStore), now),
  );
  const surveyService = new SurveyService({
    surveys: withDomainErrors(surveysRepository),
    departments: withDomainErrors(departments),
    // Spread into a plain JSON object, as the contract's AdaptiveCardJson describes the card.
    previewCard: (locale, survey, wave) => ({ ...surveyCard(locale, survey, wave) }),
    now,
    random: cryptoRandom,
    onSurveyChanged: surveyChanged,
    removeReminders: (surveyKey, wave) => deliveries.removeReminders(surveyKey, wave),
    seals: storedResponses,
  });
  const surveyResults = new SurveyResultsService({
    answers: storedResponses,
    deliveries: withDomainErrors(deliveries),
    // Every wave's answers and invitations in one $batch, not one read per wave and question.
    waves: withDomainErrors(new SurveyWaveReader(site, answerBox)),
    seals: storedResponses,
    departments: withDomainErrors(departments),
    // The distinct-audience rule's headcounts, in one $batch when an earlier survey meets this one.
    headcounts: async (groups, upTo) => {
      const counts = await withDomainErrors(people).countByDepartment(
        groups.map((group) => (group === NO_DEPARTMENT ? null : group)),
        upTo,
      );
      return new Map([...counts].map(([code, count]) => [code ?? NO_DEPARTMENT, count]));
    },
    now,
    threshold: groupThreshold(options.surveyGroupThreshold),
    textThreshold: Math.max(DEFAULT_TEXT_THRESHOLD, options.textAnswerThreshold ?? DEFAULT_TEXT_THRESHOLD),
    random: cryptoRandom,
  });
  const measures = new MeasuresService({
    store: withDomainErrors(measuresStore),
    people: withDomainErrors(people),
    departments: withDomainErrors(departments),
    settings: measureSettings,
    now,
  });
  // Controlled documents: the library and its lists, the service, and the chat it tells what
  // happened (cards planned on the notifications list, sent by the scheduler loop's fan-out).
  const documentSettings: DocumentSettings = documentSettingsOf(options.documents?.settings);
  const documentsStore = withDomainErrors(options.documents?.store ?? new DocumentsRepository(site, { now }));
  const acknowledgementsStore = withDomainErrors(
    options.documents?.acknowledgements ?? new AcknowledgementsRepository(site),
  );
  // Not wrapped: the fan-out tells a lost claim (ConcurrencyConflictError) from a failure.
  const documentNotifications = new DocumentNotificationsRepository(site);
  const documentDirectory = directoryOf(people, departments);
  // The reminders are built with the chat below; the notifier asks them to send at once.
  let documentReminders: DocumentReminders | null = null;
  const documentNotifier: DocumentNotifier =
    options.documentNotifier ??
    new DocumentChatNotifier({
      notifications: documentNotifications,
      directory: documentDirectory,
      acknowledgements: acknowledgementsStore,
      documents: documentsStore,
      now,
      kick: () => {
        if (options.documentsChat === false) return;
        documentReminders
          ?.sendDue()
          .catch((error: unknown) =>
            log(`document notifications not sent: ${error instanceof Error ? error.message : String(error)}`),
          );
      },
      log,
    });
  const documents = new DocumentsService({
    store: documentsStore,
    acknowledgements: acknowledgementsStore,
    people: withDomainErrors(people),
    departments: withDomainErrors(departments),
    notifier: documentNotifier,
    settings: documentSettings,
    now,
    log,
  });
  // 360 feedback: models, cycles, subjects, nominations, sealed keyed answers and goals on their
  // lists; answers sealed with the surveys' box and keyed with the same secret, in scopes of their own.
  const feedbackStore = options.feedback?.stores ?? {};
  const feedbackStores: FeedbackStores = {
    models: withDomainErrors(feedbackStore.models ?? new CompetencyModelsRepository(site)),
    cycles: withDomainErrors(feedbackStore.cycles ?? new FeedbackCyclesRepository(site)),
    subjects: withDomainErrors(feedbackStore.subjects ?? new FeedbackSubjectsRepository(site)),
    nominations: withDomainErrors(feedbackStore.nominations ?? new FeedbackNominationsRepository(site)),
    answers: withDomainErrors(feedbackStore.answers ?? new FeedbackAnswersRepository(site, answerBox)),
    goals: withDomainErrors(feedbackStore.goals ?? new FeedbackGoalsRepository(site)),
  };
  // Not wrapped: the fan-out tells a lost claim (ConcurrencyConflictError) from a failure.
  const feedbackDeliveries: FeedbackDeliveryStore = new FeedbackDeliveriesRepository(site);
  // The chat is built with the bot below; the service tells it what happened once it exists.
  let feedbackChat: FeedbackChat | null = null;
  const feedback = new FeedbackService({
    stores: feedbackStores,
    people: withDomainErrors(people),
    departments: withDomainErrors(departments),
    notifier: options.feedbackNotifier ?? forwardingNotifier(() => feedbackChat?.notifier ?? null),
    keyer,
    // A development goal may link a measure of the register: it must be one.
    measures: { exists: async (id) => (await withDomainErrors(measuresStore).get(id)) !== null },
    // Erasing a person removes the cards planned or sent to them.
    deliveries: feedbackDeliveries,
    now,
    log,
  });
  // Chat has no token: the person's roles are the directory's, as for measures and documents.
  const feedbackActorOf = async (email: string) => {
    const person = await withDomainErrors(people).findByEmail(email);
    return person ? feedback.actorOf({ email: person.email, roles: person.roles }) : null;
  };
  const feedbackLinks = options.feedbackLinks ?? noFeedbackLinks;
  // Mystery shopping: checklists, campaigns, sheets, files and findings on their service-only lists;
  // findings become measures of the register through the measures service and its rules.
  const mysteryStore = options.mystery?.stores ?? {};
  const mysteryStores: MysteryStores = {
    checklists: withDomainErrors(mysteryStore.checklists ?? new MysteryChecklistsRepository(site)),
    campaigns: withDomainErrors(mysteryStore.campaigns ?? new MysteryCampaignsRepository(site)),
    evaluations: withDomainErrors(mysteryStore.evaluations ?? new MysteryEvaluationsRepository(site)),
    files: withDomainErrors(mysteryStore.files ?? new MysteryFilesRepository(site)),
    findings: withDomainErrors(mysteryStore.findings ?? new MysteryFindingsRepository(site)),
  };
  const mystery = new MysteryService({
    stores: mysteryStores,
    people: withDomainErrors(people),
    departments: withDomainErrors(departments),
    measures: {
      create: async (identity, draft) => (await measures.create(identity, draft)).measure.id,
      statuses: async (ids) => {
        const found = await Promise.all(ids.map((id) => withDomainErrors(measuresStore).get(id)));
        return new Map(found.flatMap((measure) => (measure ? [[measure.id, measure.status] as const] : [])));
      },
    },
    documentExists: async (id) => (await documentsStore.get(id)) !== null,
    now,
  });
  const evidenceFor = async (cycleEndDate: string) =>
    surveyEvidence(await surveysRepository.list(), cycleEndDate, now());
  const answering = new SurveyAnswering({
    surveys,
    responses,
    keyer,
    departments: () => departments.list(),
    now,
  });

  // Measures in chat: reminders sent by the scheduler loop after the surveys' tick, progress
  // reported on their cards through the measures service.
  // Chat has no token: the person's roles are the directory's (as the tab's local sign-in reads them).
  const chatIdentity = async (email: string) => {
    const person = await withDomainErrors(people).findByEmail(email);
    if (!person) throw new DomainError('forbidden');
    return { email: person.email, displayName: person.displayName, roles: person.roles };
  };
  const measuresChat = options.measuresChat ?? {
    store: withDomainErrors(measuresStore),
    progress: {
      detail: async (email: string, id: number) => measures.detail(await chatIdentity(email), id),
      reportProgress: async (email: string, id: number, request: ReportProgressRequest) =>
        measures.reportProgress(await chatIdentity(email), id, request),
    },
    reminderDays: measureSettings.reminderDays,
  };
  // The cards open the measure, and the digest the register, in the tab (when the Teams app id is set).
  const teamsAppId = options.teamsAppId;
  const measureLinks: MeasureLinks =
    measuresChat.links ??
    (teamsAppId
      ? {
          measure: (measureId) => tabDeepLink(teamsAppId, { kind: 'measure', measureId, page: 'detail' }),
          overdueRegister: () => tabDeepLink(teamsAppId, { kind: 'measures', departmentCode: null }),
        }
      : { measure: () => null, overdueRegister: () => null });
  const measureCards = measureCardActions({
    measures: measuresChat.progress,
    link: (id) => measureLinks.measure(id),
    today: () => officeDate(now()),
  });
  // One token bucket for every fan-out: Teams' limit is per app and tenant.
  const limiter = new RateLimiter(systemClock);
  const documentLinks = options.documentLinks ?? documentTabLinks(options.teamsAppId);
  documentReminders = new DocumentReminders({
    documents: documentsStore,
    acknowledgements: acknowledgementsStore,
    notifications: documentNotifications,
    directory: documentDirectory,
    settings: () => documentSettings,
    takeEffectDue: (today) => documents.takeEffectDue(today),
    conversations,
    // The adapter is built below with the chat; cards are only ever sent after start-up.
    send: (conversation, activity) => proactiveSend(conversation, activity),
    links: documentLinks,
    limiter,
    clock: systemClock,
    random: Math.random,
    now,
    log,
    ...(options.delivery ? { options: options.delivery } : {}),
  });
  const documentCards = documentCardActions({
    documents,
    // Chat has no token: the person's roles are the directory's, as for measures.
    actorOf: async (email) => {
      const person = await withDomainErrors(people).findByEmail(email);
      return person ? documents.actorOf({ email: person.email, roles: person.roles }) : null;
    },
    confirmedAt: async (email, documentId, versionLabel) =>
      (await acknowledgementsStore.forPerson(email)).find(
        (ack) => ack.documentId === documentId && ack.versionLabel === versionLabel,
      )?.at ?? null,
    link: (documentId) => documentLinks.document(documentId),
  });
  feedbackChat = new FeedbackChat({
    deliveries: feedbackDeliveries,
    cycles: feedbackStores.cycles,
    models: feedbackStores.models,
    subjects: feedbackStores.subjects,
    nominations: feedbackStores.nominations,
    service: feedback,
    actorOf: feedbackActorOf,
    // Who has forms left, from the answers' keys: the chat never reads an answer.
    progress: keyedFeedbackProgress({
      nominations: feedbackStores.nominations,
      subjects: feedbackStores.subjects,
      answers: feedbackStores.answers,
      keyer,
    }),
    conversations,
    // The adapter is built below with the chat; cards are only ever sent after start-up.
    send: (conversation, activity) => proactiveSend(conversation, activity),
    links: feedbackLinks,
    limiter,
    clock: systemClock,
    random: Math.random,
    now,
    log,
    ...(options.delivery ? { options: options.delivery } : {}),
  });
  const feedbackCards = feedbackCardActions({
    service: feedback,
    cycles: feedbackStores.cycles,
    models: feedbackStores.models,
    actorOf: feedbackActorOf,
    links: feedbackLinks,
    log,
  });
  const measureReminders = new MeasureReminders({
    measures: measuresChat.store,
    reminders: new MeasureRemindersRepository(site),
    // Roles cannot be indexed; read once a day, when the Monday digest is planned.
    qualityManagers: async () =>
      (await people.list())
        .filter((person) => person.roles.includes('qualityManager'))
        .map((person) => person.email),
    ...(measuresChat.reminderDays !== undefined
      ? { reminderDays: () => measuresChat.reminderDays ?? 0 }
      : {}),
    conversations,
    // The adapter is built below with the chat; reminders are only ever sent after start-up.
    send: (conversation, activity) => proactiveSend(conversation, activity),
    links: measureLinks,
    limiter,
    clock: systemClock,
    random: Math.random,
    now,
    log,
    ...(options.delivery ? { options: options.delivery } : {}),
  });

  // Chat.
  const bot = new KvalitaBot({
    answering,
    respondent: directoryRespondentResolver(people, log),
    recordConversation: sharePointConversationRecorder(conversations, now, log),
    installInvitations: installInvitations(deliveries, now),
    measureCards,
    documentCards,
    feedbackCards,
    log,
  });
  // Open data: every dataset built from the features' own results (as the publishing quality
  // manager reads them); a department is named only where the survey results show it.
  const openDataThreshold = groupThreshold(options.surveyGroupThreshold);
  const openData = new OpenDataService({
    sources: {
      caf: async (publisher) => {
        const approved = (await caf.listCycles(publisher)).filter(
          (cycle) => cycle.status === 'improvement' || cycle.status === 'closed',
        );
        return Promise.all(
          approved.map(async (cycle) => {
            const view = await caf.results(cycle.id);
            return { ...cycle, results: view.results, subcriteria: view.subcriteria };
          }),
        );
      },
      measures: (publisher) => measures.summaries(publisher, {}),
      surveys: async (publisher) => {
        const listed = (await surveyService.list(publisher)).filter((survey) => survey.status !== 'draft');
        return Promise.all(
          listed.map(async (summary) => {
            const { survey, outlines } = await surveyService.forResults(publisher, summary.key);
            return surveyResults.results(survey, outlines);
          }),
        );
      },
      mystery: () => mystery.openDataFigures(),
      feedback: () => feedback.openDataFigures(),
    },
    files: withDomainErrors(options.openData.stores?.files ?? new OpenDataFilesRepository(site)),
    settings: withDomainErrors(options.openData.stores?.settings ?? new OpenDataSettingsRepository(site)),
    log: withDomainErrors(options.openData.stores?.log ?? new OpenDataLogRepository(site)),
    // Named as the latest survey's results page shows departments (its suppression), else by headcount.
    departments: async (surveys) => {
      const all = await departments.list();
      const headcounts = await people.countByDepartment(
        all.map((department) => department.code),
        openDataThreshold,
      );
      return namedDepartmentsOf({
        departments: all,
        surveys,
        headcounts,
        threshold: openDataThreshold,
      });
    },
    publisher: options.openData.publisher,
    threshold: openDataThreshold,
    now,
  });

  const adapter = new BotAdapter(options.bot, options.connectorTimeoutMs ?? 10_000);
  const proactiveSend = options.proactiveSend ?? cloudAdapterSend(adapter, options.bot.appId);
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
    seals: responses,
    audience: new SharePointAudience(options.sp, people, departments, log),
    conversations,
    keyer,
    runner: new WaveRunner({
      deliveries,
      conversations,
      send: proactiveSend,
      activity: surveyDeliveryActivity(surveys),
      limiter,
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

  // HTTP: the bot endpoint, each feature's API, the platform's API and the tab.
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  if (options.mode === 'local') app.use(loopbackOnly());
  const json = express.json({ limit: '256kb', strict: true });
  const authenticator = options.authenticator(people);
  const authenticate = authenticateWith(authenticator);
  const trustedServiceUrls = options.trustedServiceUrls ?? new TrustedServiceUrls();
  app.post(
    '/api/messages',
    json,
    botEndpoint(
      adapter,
      bot,
      options.mode === 'local' ? { acceptServiceUrl: (url) => trustedServiceUrls.allows(url) } : {},
    ),
  );
  // After the bot endpoint, whose replies go to the Bot Connector as they are.
  app.use('/api', compressJson());
  app.use(
    '/api/surveys',
    json,
    surveyRoutes({
      authenticate,
      surveys: surveyService,
      results: surveyResults,
      caf,
      evidence: evidenceFor,
    }),
  );
  app.use(
    '/api/measures',
    authenticate,
    measureExportRoutes({
      source: { summaries: (filter, identity) => measures.summaries(identity, filter) },
      // The register's own query string; `locale` says the file's language.
      filterOf: ({ locale: _locale, ...query }) => parseBody(measureFilterQuerySchema, query),
      officeName: options.officeName,
      now,
    }),
  );
  app.use('/api/measures', json, measuresRoutes({ authenticate, measures }));
  // Parses its JSON bodies itself: a file upload streams from the request, unread by any parser.
  app.use('/api/documents', documentsRoutes({ authenticate, documents }));
  // Parses its JSON bodies itself: the model import reads an .xlsx body raw.
  app.use('/api/feedback', feedbackRoutes({ authenticate, feedback, officeName: options.officeName }));
  app.use(
    '/api/mystery',
    mysteryRoutes({ authenticate, mystery, downloads: mysteryDownloads(mystery, options.officeName) }),
  );
  app.use('/api/opendata', openDataRoutes({ authenticate, openData }));
  app.use('/opendata', openDataPublicRoutes(openData));
  app.use(
    '/api/caf',
    json,
    cafRouter(
      caf,
      authenticate,
      options.officeName,
      evidenceFor,
      () => departments.list(),
      (onDate) => documents.documentsInForce(onDate),
      async (cycleEndDate) => mysteryEvidenceFor((await mystery.evidence()).items, cycleEndDate),
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
  return {
    app,
    // The documents' daily pass (approved versions taking effect, reminders) runs in the chat's.
    scheduler: withOpenDataPass(
      withChatPass(
        withChatPass(
          withChatPass(scheduler, measureReminders, 'measure reminders', log),
          options.documentsChat === false ? null : documentReminders,
          'document notifications',
          log,
        ),
        options.feedbackChat === false ? null : feedbackChat,
        '360 feedback',
        log,
      ),
      openData,
      log,
    ),
    surveyChanged,
    documents,
    feedback,
    mystery,
    openData,
  };
}
