export { createService, type BotCredentials, type KvalitaService, type ServiceOptions } from './service';
export { listen, type RunningServer } from './platform/http/listen';
export { botEndpoint, type BotEndpointOptions } from './platform/http/bot-endpoint';
export { BotAdapter } from './platform/http/bot-adapter';
export { TrustedServiceUrls } from './platform/http/trusted-service-urls';
export { demoAuthenticator } from './platform/auth/demo-authenticator';
export { entraAuthenticator, type EntraOptions } from './platform/auth/entra-authenticator';
export type { Authenticator, Identity } from './platform/auth/identity';
export { HELP_CARD_TAB, helpCard } from './platform/chat/help-card';
export { BOT_COMMANDS, commandsIn, type BotCommand, type CommandScope } from './platform/chat/commands';
export { surveyCard, type SurveyCardContent, type SurveyCardOptions } from './surveys/cards/survey-card';
export { surveyStatusCard } from './surveys/cards/survey-status-card';
export { KvalitaBot, type KvalitaBotDeps } from './platform/chat/kvalita-bot';
export type { RespondentResolver } from './platform/chat/respondent';
export {
  SurveyAnswering,
  type AnswerOutcome,
  type CardState,
  type Respondent,
  type ResponseStore,
} from './surveys/answering/survey-answering';
export { CachedSurveys, type SurveyReader } from './surveys/answering/survey-source';
export { aesSealedBox } from './platform/aes-sealed-box';
export { hmacRespondentKeyer, respondentScope, type RespondentKeyer } from './platform/respondent-key';
export { CafService } from './caf/caf-service';
export { OpenDataService } from './opendata/opendata-service';
export { systemClock, type Clock } from './platform/delivery/clock';
export { RateLimiter, type RateLimiterOptions, type RateToken } from './platform/delivery/rate-limiter';
export { classifySendFailure, type SendFailure } from './platform/delivery/send-failure';
export {
  cloudAdapterSend,
  conversationReferenceOf,
  type ProactiveSend,
} from './platform/delivery/proactive-sender';
export {
  WaveRunner,
  type ConversationDirectory,
  type DeliveryActivity,
  type DeliveryRows,
  type RunWaveOptions,
  type WaveReport,
  type WaveRunnerDeps,
  type WaveRunnerOptions,
} from './platform/delivery/run-wave';
export { surveyDeliveryActivity } from './surveys/delivery/survey-activity';
export { installInvitations, type InstallInvitations } from './surveys/delivery/install-invitations';
export {
  SurveyScheduler,
  type SurveySchedulerDeps,
  type TickReport,
} from './surveys/scheduler/survey-scheduler';
export { startSchedulerLoop, type SchedulerLoop } from './platform/scheduler-loop';
export { MEASURE_PROGRESS_VERB, MEASURE_REFRESH_VERB } from './measures/cards/measure-card-verbs';
export { measureCardActions, type ProgressReporter } from './measures/cards/progress-card-actions';
export { MeasureReminders, type MeasureRemindersReport } from './measures/reminders/measure-reminders';
export type { MeasureLinks } from './measures/reminders/reminder-activity';
export { SharePointAudience, type AudienceDirectory } from './surveys/scheduler/audience-directory';
export {
  DOCUMENT_ACKNOWLEDGE_VERB,
  DOCUMENT_ACK_REFRESH_VERB,
  DOCUMENT_COMMENT_VERB,
  DOCUMENT_REVIEW_REFRESH_VERB,
} from './documents/cards/document-card-verbs';
export { documentCardActions, type DocumentCardService } from './documents/chat/document-card-actions';
export { DocumentChatNotifier, type DocumentChatNotifierDeps } from './documents/chat/document-chat-notifier';
export { directoryOf, type DocumentDirectory } from './documents/chat/document-audience';
export type { DocumentLinks } from './documents/chat/notification-activity';
export {
  DocumentReminders,
  type DocumentRemindersDeps,
  type DocumentRemindersReport,
} from './documents/reminders/document-reminders';
export { DocumentsService } from './documents/documents-service';
export { FeedbackService } from './feedback/feedback-service';
export type { FeedbackPeople, FeedbackServiceDeps, FeedbackStores } from './feedback/feedback-deps';
export { feedbackRoutes, type FeedbackRoutesDeps } from './feedback/feedback-routes';
export {
  silentFeedbackNotifier,
  type FeedbackChatActions,
  type FeedbackNotifier,
} from './feedback/feedback-ports';
export { answerKeys, type AnswerKeys } from './feedback/feedback-keys';
export * from './feedback/cards/feedback-card-verbs';
export {
  feedbackCardActions,
  type CardUser,
  type FeedbackCardActions,
  type FeedbackCardActionsDeps,
  type FeedbackCardService,
} from './feedback/chat/feedback-card-actions';
export { FeedbackChat, type FeedbackChatDeps } from './feedback/chat/feedback-chat';
export { FeedbackChatNotifier, type FeedbackChatNotifierDeps } from './feedback/chat/feedback-chat-notifier';
export * from './feedback/chat/feedback-delivery-store';
export { noFeedbackLinks, type FeedbackLinks } from './feedback/chat/feedback-links';
export {
  keyedFeedbackProgress,
  type FeedbackProgress,
  type KeyedProgressDeps,
  type RaterStanding,
} from './feedback/chat/feedback-progress';
export { MysteryService } from './mystery/mystery-service';
export type { MysteryServiceDeps, MysteryStores, MysteryMeasures } from './mystery/mystery-deps';
export { MeasuresService } from './measures/measures-service';
