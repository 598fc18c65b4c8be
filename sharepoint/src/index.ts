export * from './schema';
export * from './errors';
export { odataString } from './odata';
export { connectSharePoint, EmulatorUser, type ConnectOptions } from './connect';
export {
  RetryThrottled,
  retryAfterMs,
  type RetryEvent,
  type RetryOptions,
} from './behaviors/retry-throttled';
export {
  AccessTokenBearer,
  TokenCache,
  type AccessToken,
  type AccessTokenOptions,
  type TokenSource,
} from './behaviors/access-token';
export { inOneBatch, settleInOneBatch, MAX_BATCH_REQUESTS } from './batch';
export {
  provisionLists,
  SchemaConflictError,
  type ListProvisionResult,
  type ProvisionOptions,
} from './provisioning/index'; // not './provisioning': an old provisioning.js in dist/ would win
export { SiteLists } from './web-url';
export { DepartmentsRepository, type StoredDepartment } from './repositories/departments';
export { PeopleRepository, type StoredPerson } from './repositories/people';
export {
  MeasuresRepository,
  type EditableMeasure,
  type MeasureChanges,
  type NewMeasure,
} from './repositories/measures';
export {
  SurveyDeliveriesRepository,
  DEFAULT_CLAIM_LEASE_MS,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_FAILED_AFTER_MS,
  waveKey,
  type Delivery,
  type DeliveryKind,
  type DeliveryState,
  type PlanOutcome,
  type SentRecipient,
} from './repositories/survey-deliveries';
export { SurveysRepository } from './repositories/surveys';
export { UnknownDepartmentError } from './repositories/survey-items';
export {
  BotConversationsRepository,
  type BotConversation,
  type StoredBotConversation,
  type UpsertOutcome,
} from './repositories/bot-conversations';
export { MAX_PAGE_SIZE, pagesOf } from './repositories/paging';
export {
  QualityDocumentsRepository,
  type AcknowledgementStatus,
  type DocumentKind,
  type DocumentMetadata,
  type DocumentStatus,
  type StoredDocument,
} from './repositories/quality-documents';
export {
  MyWorkRepository,
  type AcknowledgementRequest,
  type FeedbackInvitation,
  type MyWork,
  type OpenMeasure,
} from './repositories/my-work';
export {
  SurveyResponsesRepository,
  questionWaveKey,
  type AnswerRow,
  type RecordOutcome,
  type StoredAnswer,
} from './repositories/survey-responses';
export type { Measure } from '@kvalita/core';
export { SharePointCafStore } from './repositories/caf/store';
export { CafCyclesRepository, CycleAlreadyExistsError } from './repositories/caf/cycles';
export { AssessmentTeamRepository } from './repositories/caf/team';
export { ScoresRepository } from './repositories/caf/scores';
export { CyclePlanMeasuresRepository } from './repositories/caf/plan-measures';
export { fromSharePointDate, toSharePointDate, SITE_TIME_ZONE } from './repositories/caf/dates';
