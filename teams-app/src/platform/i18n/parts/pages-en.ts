import {
  cafBaselineEn,
  cafPhasesEn,
  cafTabEn,
  cafTeamEn,
  surveysChatEn,
  surveysCoreEn,
  surveysTabEn,
  measuresTabEn,
  tabNavigationEn,
  measuresEn,
  documentsTabEn,
  documentsRulesEn,
  feedbackTabEn,
  feedbackRulesEn,
  mysteryTabEn,
  mysteryRulesEn,
  openDataTabEn,
  openDataRulesEn,
} from '@kvalita/core';

// The English texts of the tab's pages beyond the first, a chunk fetched when one of them opens.
export const messages = {
  ...cafTabEn,
  ...cafPhasesEn,
  ...cafBaselineEn,
  ...cafTeamEn,
  ...surveysCoreEn,
  ...surveysChatEn,
  ...surveysTabEn,
  ...measuresTabEn,
  ...tabNavigationEn,
  ...measuresEn,
  ...documentsTabEn,
  // The service's precise sentences about documents (a rule, a refused file), shown as it names them.
  ...documentsRulesEn,
  ...feedbackTabEn,
  // The service's precise sentences about 360 feedback (a model rule, a nomination limit).
  ...feedbackRulesEn,
  ...mysteryTabEn,
  // The service's precise sentences about mystery shopping (a schedule rule, a campaign check).
  ...mysteryRulesEn,
  ...openDataTabEn,
  // The service's precise sentences about open data (nothing chosen, files that failed the checks).
  ...openDataRulesEn,
};
