export * from './caf/model.types';
export { CAF_2020_CRITERIA } from './caf/criteria.data';
export { allSubcriteria, findSubcriterion, isSubcriterionCode, localizeModel } from './caf/model';
export * from './caf/panels.data';
export * from './caf/steps.data';
export { CAF_EXAMPLES } from './caf/examples.data';
export * from './caf/scoring';
export * from './caf/statistics';
export * from './caf/aggregation';
export * from './caf/cycle';
export * from './caf/permissions';
export * from './caf/records';
export type * from './caf/api.types';
export { cs, type MessageKey } from './i18n/cs';
export { en } from './i18n/en';
export {
  DEFAULT_LOCALE,
  INTL_TAGS,
  LOCALES,
  formatDate,
  formatMessage,
  isLocale,
  resolveLocale,
  type MessageParams,
} from './i18n/locale';
export { translate } from './i18n/translate';
export * from './directory';
export * from './measures';
export * from './surveys/suppression';
export * from './surveys/aggregates';
export * from './surveys/survey.types';
export type * from './surveys/results.types';
export * from './surveys/survey-schema';
export * from './surveys/schedule';
export * from './surveys/answers';
export * from './surveys/question-results';
export * from './surveys/templates.data';
