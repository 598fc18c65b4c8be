// The main entry: codes, types, rules and texts, without any schema library, so the tab imports it
// for little. Schemas that check data at run time are in `@kvalita/core/schemas` (schemas.ts).
export * from './platform/contract';
export * from './caf/contract';
export * from './caf/model.types';
export { CAF_2020_CRITERIA } from './caf/criteria.data';
export { allSubcriteria, findSubcriterion, isSubcriterionCode, localizeModel } from './caf/model';
export * from './caf/panels.data';
export * from './caf/steps.data';
export { CAF_EXAMPLES } from './caf/examples.data';
export * from './caf/scoring';
export * from './caf/statistics';
export * from './caf/consensus-proposal';
export * from './caf/aggregation';
export * from './caf/previous-cycle';
export * from './caf/measure-loop';
export * from './caf/lifecycle';
export * from './platform/tab-place';
export * from './caf/permissions';
export * from './caf/records';
export { cs, en, type MessageKey } from './i18n/catalogues';
export { csStart } from './i18n/cs';
export { enStart } from './i18n/en';
// Each area's texts on their own, for hosts that load them with the pages that show them.
export { cafTabCs } from './i18n/areas/caf-tab.cs';
export { cafTabEn } from './i18n/areas/caf-tab.en';
export { cafPhasesCs } from './i18n/areas/caf-phases.cs';
export { cafPhasesEn } from './i18n/areas/caf-phases.en';
export { cafBaselineCs } from './i18n/areas/caf-baseline.cs';
export { cafBaselineEn } from './i18n/areas/caf-baseline.en';
export { cafTeamCs } from './i18n/areas/caf-team.cs';
export { cafTeamEn } from './i18n/areas/caf-team.en';
export { surveysCoreCs } from './i18n/areas/surveys-core.cs';
export { surveysCoreEn } from './i18n/areas/surveys-core.en';
export { surveysChatCs } from './i18n/areas/surveys-chat.cs';
export { surveysChatEn } from './i18n/areas/surveys-chat.en';
export { documentsRulesCs } from './i18n/areas/documents-rules.cs';
export { documentsRulesEn } from './i18n/areas/documents-rules.en';
export { documentsTabCs } from './i18n/areas/documents-tab.cs';
export { documentsTabEn } from './i18n/areas/documents-tab.en';
export { documentsChatCs } from './i18n/areas/documents-chat.cs';
export { documentsChatEn } from './i18n/areas/documents-chat.en';
export { documentsExportsCs } from './i18n/areas/documents-exports.cs';
export { documentsExportsEn } from './i18n/areas/documents-exports.en';
export { feedbackRulesCs } from './i18n/areas/feedback-rules.cs';
export { feedbackRulesEn } from './i18n/areas/feedback-rules.en';
export { feedbackTabCs } from './i18n/areas/feedback-tab.cs';
export { feedbackTabEn } from './i18n/areas/feedback-tab.en';
export { feedbackChatCs } from './i18n/areas/feedback-chat.cs';
export { feedbackChatEn } from './i18n/areas/feedback-chat.en';
export { feedbackExportsCs } from './i18n/areas/feedback-exports.cs';
export { feedbackExportsEn } from './i18n/areas/feedback-exports.en';
export { mysteryRulesCs } from './i18n/areas/mystery-rules.cs';
export { mysteryRulesEn } from './i18n/areas/mystery-rules.en';
export { mysteryTabCs } from './i18n/areas/mystery-tab.cs';
export { mysteryTabEn } from './i18n/areas/mystery-tab.en';
export { mysteryExportsCs } from './i18n/areas/mystery-exports.cs';
export { mysteryExportsEn } from './i18n/areas/mystery-exports.en';
export { measuresChatCs } from './i18n/areas/measures-chat.cs';
export { measuresChatEn } from './i18n/areas/measures-chat.en';
export { surveysTabCs } from './i18n/areas/surveys-tab.cs';
export { surveysTabEn } from './i18n/areas/surveys-tab.en';
export { measuresTabCs } from './i18n/areas/measures-tab.cs';
export { measuresTabEn } from './i18n/areas/measures-tab.en';
export { tabNavigationCs } from './i18n/areas/tab-navigation.cs';
export { tabNavigationEn } from './i18n/areas/tab-navigation.en';
export { measuresCs } from './i18n/areas/measures.cs';
export { measuresEn } from './i18n/areas/measures.en';
export { measuresRulesCs } from './i18n/areas/measures-rules.cs';
export { measuresRulesEn } from './i18n/areas/measures-rules.en';
export {
  DEFAULT_LOCALE,
  INTL_TAGS,
  LOCALES,
  formatDate,
  formatDateTime,
  formatMessage,
  isLocale,
  resolveLocale,
  type MessageParams,
} from './i18n/locale';
export { translate } from './i18n/translate';
export * from './platform/directory';
export * from './platform/safe-text';
export * from './measures/measure';
export * from './measures/contract';
export type * from './measures/store.types';
export * from './measures/permissions';
export * from './measures/lifecycle';
export * from './measures/office-date';
export * from './documents/contract';
export type * from './documents/store.types';
export * from './documents/notification-kinds';
export * from './documents/permissions';
export * from './documents/lifecycle';
export * from './documents/review-dates';
export * from './documents/audience';
export * from './documents/acknowledgements';
export * from './documents/version-label';
export * from './feedback/contract';
export type * from './feedback/store.types';
export * from './feedback/report';
export * from './feedback/model-rules';
export * from './feedback/nomination-rules';
export * from './feedback/permissions';
export * from './feedback/lifecycle';
export * from './feedback/organisation';
export * from './feedback/answer-size';
export * from './feedback/models.data';
export * from './feedback/feedback-place';
export * from './feedback/service-rules';
export * from './mystery/contract';
export type * from './mystery/store.types';
export * from './mystery/score';
export * from './mystery/iso-week';
export * from './mystery/lifecycle';
export * from './mystery/permissions';
export * from './mystery/schedule-rules';
export * from './mystery/campaign-rules';
export * from './mystery/personal-names';
export * from './mystery/results';
export * from './mystery/mystery-errors';
export * from './mystery/checklists.data';
export * from './mystery/mystery-place';
export * from './surveys/contract';
export * from './surveys/suppression';
export * from './surveys/distinct-audience';
export * from './surveys/aggregates';
export type * from './surveys/survey.types';
export * from './surveys/survey-keys';
export * from './surveys/in-locale';
export * from './surveys/schedule';
export * from './surveys/answers';
export * from './surveys/audience';
export * from './surveys/permissions';
export * from './surveys/question-results';
export * from './surveys/templates.data';
export * from './platform/errors';
export * from './platform/etag';
