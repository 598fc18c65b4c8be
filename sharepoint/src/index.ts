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
} from './provisioning';
export { SiteLists } from './web-url';
export { DepartmentsRepository, type StoredDepartment } from './repositories/departments';
export { PeopleRepository, type StoredPerson } from './repositories/people';
export { MeasuresRepository, type NewMeasure } from './repositories/measures';
export {
  SurveyResponsesRepository,
  type RecordOutcome,
  type SurveyAnswer,
} from './repositories/survey-responses';
export type { Measure } from '@kvalita/core';
