export * from './all-lists';
export * from './platform/errors';
export { odataString } from './platform/odata';
export { connectSharePoint, EmulatorUser, type ConnectOptions } from './platform/connect';
export {
  RetryThrottled,
  retryAfterMs,
  type RetryEvent,
  type RetryOptions,
} from './platform/behaviors/retry-throttled';
export { TypedErrors } from './platform/behaviors/typed-errors';
export {
  AccessTokenBearer,
  TokenCache,
  type AccessToken,
  type AccessTokenOptions,
  type TokenSource,
} from './platform/behaviors/access-token';
export { inOneBatch, settleInOneBatch, MAX_BATCH_REQUESTS } from './platform/batch';
export {
  provisionLists,
  SchemaConflictError,
  type ListProvisionResult,
  type ProvisionOptions,
} from './platform/provisioning/index'; // not './provisioning': an old provisioning.js in dist/ would win
export { SiteLists } from './platform/site-context';
export { DepartmentsRepository, type StoredDepartment } from './platform/directory/departments';
export { PeopleRepository, type StoredPerson } from './platform/directory/people';
export {
  MeasuresRepository,
  type EditableMeasure,
  type MeasureChanges,
  type NewMeasure,
} from './measures/measures';
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
} from './surveys/survey-deliveries';
export { SurveysRepository } from './surveys/surveys';
export { UnknownDepartmentError } from './surveys/survey-items';
export {
  BotConversationsRepository,
  type BotConversation,
  type StoredBotConversation,
  type UpsertOutcome,
} from './platform/chat/bot-conversations';
export { MAX_PAGE_SIZE, pagesOf } from './platform/paging';
export {
  SurveyResponsesRepository,
  questionWaveKey,
  type AnswerRow,
  type RecordOutcome,
  type StoredAnswer,
} from './surveys/survey-responses';
export type { Measure } from '@kvalita/core';
export { SharePointCafStore } from './caf/store';
export { CafCyclesRepository, CycleAlreadyExistsError } from './caf/cycles';
export { AssessmentTeamRepository } from './caf/team';
export { ScoresRepository } from './caf/scores';
export { CyclePlanMeasuresRepository } from './caf/plan-measures';
export { fromSharePointDate, toSharePointDate, SITE_TIME_ZONE } from './caf/dates';
