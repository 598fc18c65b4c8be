// List schemas, one file per list, in the folder of the feature that owns it.
export * from './platform/directory/lists/departments';
export * from './platform/directory/lists/people';
export * from './platform/chat/lists/bot-conversations';
export * from './caf/lists/assessment-cycles';
export * from './caf/lists/assessment-team';
export * from './caf/lists/individual-scores';
export * from './caf/lists/consensus-scores';
export * from './caf/lists/trainings';
export * from './caf/lists/cycle-history';
export * from './measures/lists/measures';
export * from './measures/lists/measure-updates';
export * from './measures/lists/measure-reminders';
export * from './documents/lists/documents';
export * from './documents/lists/document-events';
export * from './documents/lists/document-comments';
export * from './documents/lists/document-acknowledgements';
export * from './documents/lists/document-notifications';
export * from './surveys/lists/surveys';
export * from './surveys/lists/survey-questions';
export * from './surveys/lists/survey-responses';
export * from './surveys/lists/survey-deliveries';
export * from './feedback/lists/competency-models';
export * from './feedback/lists/feedback-cycles';
export * from './feedback/lists/feedback-subjects';
export * from './feedback/lists/feedback-nominations';
export * from './feedback/lists/feedback-answers';
export * from './feedback/lists/feedback-goals';
export * from './feedback/lists/feedback-deliveries';
export * from './mystery/lists/mystery-evaluations';
export * from './mystery/lists/mystery-checklists';
export * from './mystery/lists/mystery-campaigns';
export * from './mystery/lists/mystery-files';
export * from './mystery/lists/mystery-findings';
export * from './mystery/lists/mystery-choices';
export { MysteryChecklistsRepository } from './mystery/mystery-checklists-repository';
export { MysteryCampaignsRepository } from './mystery/mystery-campaigns-repository';
export { MysteryEvaluationsRepository } from './mystery/mystery-evaluations-repository';
export { MysteryFilesRepository } from './mystery/mystery-files-repository';
export * from './opendata/lists/open-data-files';
export * from './opendata/lists/open-data-settings';
export * from './opendata/lists/open-data-log';
export { OpenDataFilesRepository } from './opendata/open-data-files-repository';
export { OpenDataSettingsRepository } from './opendata/open-data-settings-repository';
export { OpenDataLogRepository } from './opendata/open-data-log-repository';
export { MysteryFindingsRepository } from './mystery/mystery-findings-repository';
export { ALL_LISTS, listByKey } from './all-lists';
// Typed list access: item types, $select and $filter from the schemas.
export * from './platform/schema/types';
export type {
  BuiltInRead,
  ItemChangesOf,
  ItemOf,
  LinkValue,
  NewItemOf,
  PersonRead,
  SelectableName,
} from './platform/schema/items';
export { selectOf, type RowOf, type Selection, type SelectableQuery } from './platform/schema/select';
export { filterOn, type Comparison, type FilterableName, type FilterValue } from './platform/schema/filter';
export { noteField, uniqueKeyField } from './platform/schema/fields';
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
export { GuardIfMatch } from './platform/behaviors/guard-if-match';
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
} from './platform/provisioning/index';
export {
  SiteContext,
  DEFAULT_DEPARTMENTS_MAX_AGE_MS,
  type SiteContextOptions,
} from './platform/site-context';
export { Cached } from './platform/cached';
export { DepartmentsRepository, type StoredDepartment } from './platform/directory/departments';
export { PeopleRepository, type StoredPerson } from './platform/directory/people';
export {
  MeasuresRepository,
  type EditableMeasure,
  type MeasureChanges,
  type NewMeasure,
} from './measures/measures';
export {
  MeasuresRegisterRepository,
  addMeasureUpdates,
  type MeasuresRegisterOptions,
} from './measures/register';
export { UnknownPersonError } from './measures/measure-errors';
export {
  MeasureRemindersRepository,
  reminderKey,
  type DueReminderOptions,
  type NewReminder,
  type ReminderKind,
  type ReminderPlanOutcome,
  type ReminderState,
  type StoredReminder,
} from './measures/reminders-repository';
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
export { SurveyWaveReader, type WaveRead, type WaveSlice } from './surveys/survey-wave-reader';
export { UnknownDepartmentError } from './platform/directory/unknown-department';
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
  sealKey,
  type AnswerRow,
  type RecordOutcome,
  type RecordedAnswer,
  type StoredAnswer,
} from './surveys/survey-responses';
export { TEXT_BYTES, VALUE_BYTES } from './surveys/sealed-answer';
export { SealedValueError, type SealedBox } from './platform/sealed-box';
export type { Measure } from '@kvalita/core';
export { SharePointCafStore } from './caf/store';
export { CafCyclesRepository, CycleAlreadyExistsError } from './caf/cycles';
export { CycleHistoryRepository } from './caf/history';
export { AssessmentTeamRepository } from './caf/team';
export { ScoresRepository } from './caf/scores';
export {
  MemberSubmittedError,
  ScoreExistsError,
  ScoresSubmittedError,
  SubmitBusyError,
} from './caf/scoring-errors';
export { CyclePlanMeasuresRepository } from './caf/plan-measures';
export {
  DocumentNotificationsRepository,
  notificationKey,
  notificationSubjectKey,
  type DueNotificationOptions,
  type NewDocumentNotification,
  type NotificationKind,
  type NotificationPlanOutcome,
  type NotificationState,
  type StoredDocumentNotification,
} from './documents/notifications-repository';
export { fromSharePointDate, toSharePointDate, SITE_TIME_ZONE } from './platform/dates';
// Controlled documents: the library and its lists as the service's storage ports.
export {
  DocumentsRepository,
  documentClauses,
  type DocumentsRepositoryOptions,
} from './documents/documents-repository';
export { AcknowledgementsRepository, acknowledgementKey } from './documents/acknowledgements-repository';
export { DocumentFileTypeError, UploadLengthError } from './documents/document-errors';
export { documentFileName } from './documents/document-values';
export {
  ClaimedRows,
  CLAIM_STATES,
  type ClaimState,
  type ClaimedRow,
  type DueRowsOptions,
} from './platform/claimed-rows';
export { CompetencyModelsRepository } from './feedback/competency-models-repository';
export { FeedbackCyclesRepository } from './feedback/feedback-cycles-repository';
export { FeedbackSubjectsRepository } from './feedback/feedback-subjects-repository';
export { FeedbackNominationsRepository } from './feedback/feedback-nominations-repository';
export { FeedbackAnswersRepository } from './feedback/feedback-answers-repository';
export { FeedbackGoalsRepository } from './feedback/feedback-goals-repository';
export {
  FeedbackDeliveriesRepository,
  feedbackDeliveryKey,
  type DueFeedbackOptions,
  type FeedbackDeliveryKind,
  type FeedbackPlanOutcome,
  type NewFeedbackDelivery,
  type StoredFeedbackDelivery,
} from './feedback/feedback-deliveries-repository';
export { StoredContentError } from './platform/stored-rows';
