export { createService, type BotCredentials, type ServiceOptions } from './service';
export { listen, type RunningServer } from './listen';
export { demoAuthenticator } from './auth/demo-authenticator';
export { entraAuthenticator, type EntraOptions } from './auth/entra-authenticator';
export type { Authenticator, Identity } from './auth/identity';
export { seedDemoOffice, type SeedReport } from './demo/seed';
export { DEMO_DEPARTMENTS, DEMO_MEASURES, DEMO_OFFICE_NAME, DEMO_PEOPLE } from './demo/office';
export { helpCard } from './cards/help-card';
export { pulseCard } from './cards/pulse-card';
export { PulseService } from './pulse/pulse-service';
export { PulseResultsService, type PulseResults } from './pulse/pulse-results';
export { CafService } from './caf/caf-service';
export { hmacRespondentKeyer } from './pulse/respondent-key';
export { systemClock, type Clock } from './delivery/clock';
export { RateLimiter, type RateLimiterOptions } from './delivery/rate-limiter';
export { classifySendFailure, type SendFailure } from './delivery/send-failure';
export { cloudAdapterSend, conversationReferenceOf, type ProactiveSend } from './delivery/proactive-sender';
export {
  NO_CONVERSATION,
  WaveRunner,
  type ConversationDirectory,
  type DeliveryRows,
  type WaveReport,
  type WaveRunnerDeps,
  type WaveRunnerOptions,
} from './delivery/run-wave';
