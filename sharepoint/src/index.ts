export * from './schema';
export * from './errors';
export { odataString } from './odata';
export { connectSharePoint, EmulatorUser } from './connect';
export { provisionLists, type ListProvisionResult, type ProvisionOptions } from './provisioning';
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
