import { cafTabCs } from './areas/caf-tab.cs';
import { cafTabEn } from './areas/caf-tab.en';
import { cafPhasesCs } from './areas/caf-phases.cs';
import { cafPhasesEn } from './areas/caf-phases.en';
import { cafBaselineCs } from './areas/caf-baseline.cs';
import { cafBaselineEn } from './areas/caf-baseline.en';
import { cafTeamCs } from './areas/caf-team.cs';
import { cafTeamEn } from './areas/caf-team.en';
import { cafReportCs } from './areas/caf-report.cs';
import { cafReportEn } from './areas/caf-report.en';
import { surveysApiCs } from './areas/surveys-api.cs';
import { surveysApiEn } from './areas/surveys-api.en';
import { surveysChatCs } from './areas/surveys-chat.cs';
import { surveysChatEn } from './areas/surveys-chat.en';
import { surveysCoreCs } from './areas/surveys-core.cs';
import { surveysCoreEn } from './areas/surveys-core.en';
import { surveysTabCs } from './areas/surveys-tab.cs';
import { surveysTabEn } from './areas/surveys-tab.en';
import { documentsRulesCs } from './areas/documents-rules.cs';
import { documentsRulesEn } from './areas/documents-rules.en';
import { documentsTabCs } from './areas/documents-tab.cs';
import { documentsTabEn } from './areas/documents-tab.en';
import { documentsChatCs } from './areas/documents-chat.cs';
import { documentsChatEn } from './areas/documents-chat.en';
import { documentsExportsCs } from './areas/documents-exports.cs';
import { documentsExportsEn } from './areas/documents-exports.en';
import { feedbackRulesCs } from './areas/feedback-rules.cs';
import { feedbackRulesEn } from './areas/feedback-rules.en';
import { feedbackTabCs } from './areas/feedback-tab.cs';
import { feedbackTabEn } from './areas/feedback-tab.en';
import { feedbackChatCs } from './areas/feedback-chat.cs';
import { feedbackChatEn } from './areas/feedback-chat.en';
import { feedbackExportsCs } from './areas/feedback-exports.cs';
import { feedbackExportsEn } from './areas/feedback-exports.en';
import { measuresTabCs } from './areas/measures-tab.cs';
import { measuresTabEn } from './areas/measures-tab.en';
import { tabNavigationCs } from './areas/tab-navigation.cs';
import { tabNavigationEn } from './areas/tab-navigation.en';
import { chatCs } from './areas/chat.cs';
import { chatEn } from './areas/chat.en';
import { measuresCs } from './areas/measures.cs';
import { measuresEn } from './areas/measures.en';
import { measuresRulesCs } from './areas/measures-rules.cs';
import { measuresRulesEn } from './areas/measures-rules.en';
import { measuresChatCs } from './areas/measures-chat.cs';
import { measuresChatEn } from './areas/measures-chat.en';
import { measuresExportsCs } from './areas/measures-exports.cs';
import { measuresExportsEn } from './areas/measures-exports.en';
import { mysteryRulesCs } from './areas/mystery-rules.cs';
import { mysteryRulesEn } from './areas/mystery-rules.en';
import { mysteryTabCs } from './areas/mystery-tab.cs';
import { mysteryTabEn } from './areas/mystery-tab.en';
import { mysteryExportsCs } from './areas/mystery-exports.cs';
import { mysteryExportsEn } from './areas/mystery-exports.en';
import { openDataRulesCs } from './areas/opendata-rules.cs';
import { openDataRulesEn } from './areas/opendata-rules.en';
import { openDataTabCs } from './areas/opendata-tab.cs';
import { openDataTabEn } from './areas/opendata-tab.en';
import { csStart } from './cs';
import { enStart } from './en';

/*
 * The whole catalogues: every user-visible string of every host (tab, bot cards, report, SPFx web
 * parts), Czech and English under the same keys. Each is cs.ts's / en.ts's start texts and each
 * area's (areas/), in a module of its own so that a bundle that needs only some parts (the tab's
 * start-up code imports cs.ts alone) does not reach the rest. Placeholders are written {name}.
 */

export const cs = {
  ...csStart,
  ...cafTabCs,
  ...cafPhasesCs,
  ...cafBaselineCs,
  ...cafTeamCs,
  ...cafReportCs,
  ...surveysCoreCs,
  ...surveysChatCs,
  ...surveysApiCs,
  ...surveysTabCs,
  ...measuresTabCs,
  ...tabNavigationCs,
  ...chatCs,
  ...measuresCs,
  ...measuresRulesCs,
  ...measuresChatCs,
  ...measuresExportsCs,
  ...documentsRulesCs,
  ...documentsTabCs,
  ...documentsChatCs,
  ...documentsExportsCs,
  ...feedbackRulesCs,
  ...feedbackTabCs,
  ...feedbackChatCs,
  ...feedbackExportsCs,
  ...mysteryRulesCs,
  ...mysteryTabCs,
  ...mysteryExportsCs,
  ...openDataRulesCs,
  ...openDataTabCs,
} as const;

export type MessageKey = keyof typeof cs;

/** English: the same keys as Czech (the compiler checks none is missing or extra). */
export const en = {
  ...enStart,
  ...cafTabEn,
  ...cafPhasesEn,
  ...cafBaselineEn,
  ...cafTeamEn,
  ...cafReportEn,
  ...surveysCoreEn,
  ...surveysChatEn,
  ...surveysApiEn,
  ...surveysTabEn,
  ...measuresTabEn,
  ...tabNavigationEn,
  ...chatEn,
  ...measuresEn,
  ...measuresRulesEn,
  ...measuresChatEn,
  ...measuresExportsEn,
  ...documentsRulesEn,
  ...documentsTabEn,
  ...documentsChatEn,
  ...documentsExportsEn,
  ...feedbackRulesEn,
  ...feedbackTabEn,
  ...feedbackChatEn,
  ...feedbackExportsEn,
  ...mysteryRulesEn,
  ...mysteryTabEn,
  ...mysteryExportsEn,
  ...openDataRulesEn,
  ...openDataTabEn,
} as const satisfies Record<MessageKey, string>;
