export { createService, type BotCredentials, type KvalitaService, type ServiceOptions } from './service';
export { listen, type RunningServer } from './listen';
export { botEndpoint } from './http/bot-endpoint';
export { demoAuthenticator } from './auth/demo-authenticator';
export { entraAuthenticator, type EntraOptions } from './auth/entra-authenticator';
export type { Authenticator, Identity } from './auth/identity';
export { seedDemoOffice, type SeedReport } from './demo/seed';
export { DEMO_DEPARTMENTS, DEMO_MEASURES, DEMO_OFFICE_NAME, DEMO_PEOPLE } from './demo/office';
export { helpCard } from './cards/help-card';
export { surveyCard, type SurveyCardContent, type SurveyCardOptions } from './cards/survey-card';
export { surveyStatusCard } from './cards/survey-status-card';
export { KvalitaBot, type KvalitaBotDeps } from './bot/kvalita-bot';
export type { RespondentResolver } from './bot/respondent';
export {
  SurveyAnswering,
  type AnswerOutcome,
  type CardState,
  type Respondent,
  type ResponseStore,
} from './answering/survey-answering';
export { CachedSurveys, type SurveyReader } from './answering/survey-source';
export { hmacRespondentKeyer, respondentScope, type RespondentKeyer } from './answering/respondent-key';
export { CafService } from './caf/caf-service';
export { systemClock, type Clock } from './delivery/clock';
export { RateLimiter, type RateLimiterOptions } from './delivery/rate-limiter';
export { classifySendFailure, type SendFailure } from './delivery/send-failure';
export { cloudAdapterSend, conversationReferenceOf, type ProactiveSend } from './delivery/proactive-sender';
export {
  WaveRunner,
  type ConversationDirectory,
  type DeliveryActivity,
  type DeliveryRows,
  type RunWaveOptions,
  type WaveReport,
  type WaveRunnerDeps,
  type WaveRunnerOptions,
} from './delivery/run-wave';
export { surveyDeliveryActivity } from './delivery/survey-activity';
export { installInvitations, type InstallInvitations } from './delivery/install-invitations';
export { SurveyScheduler, type SurveySchedulerDeps, type TickReport } from './scheduler/survey-scheduler';
export { startSchedulerLoop, type SchedulerLoop } from './scheduler/scheduler-loop';
export { SharePointAudience, type AudienceDirectory } from './scheduler/audience-directory';
