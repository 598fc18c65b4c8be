import {
  cafBaselineCs,
  cafPhasesCs,
  cafTabCs,
  cafTeamCs,
  surveysChatCs,
  surveysCoreCs,
  surveysTabCs,
  measuresTabCs,
  tabNavigationCs,
  measuresCs,
  documentsTabCs,
  documentsRulesCs,
  feedbackTabCs,
  feedbackRulesCs,
  mysteryTabCs,
  mysteryRulesCs,
  openDataTabCs,
  openDataRulesCs,
} from '@kvalita/core';

// The Czech texts of the tab's pages beyond the first, a chunk fetched when one of them opens.
export const messages = {
  ...cafTabCs,
  ...cafPhasesCs,
  ...cafBaselineCs,
  ...cafTeamCs,
  ...surveysCoreCs,
  ...surveysChatCs,
  ...surveysTabCs,
  ...measuresTabCs,
  ...tabNavigationCs,
  ...measuresCs,
  ...documentsTabCs,
  // The service's precise sentences about documents (a rule, a refused file), shown as it names them.
  ...documentsRulesCs,
  ...feedbackTabCs,
  // The service's precise sentences about 360 feedback (a model rule, a nomination limit).
  ...feedbackRulesCs,
  ...mysteryTabCs,
  // The service's precise sentences about mystery shopping (a schedule rule, a campaign check).
  ...mysteryRulesCs,
  ...openDataTabCs,
  // The service's precise sentences about open data (nothing chosen, files that failed the checks).
  ...openDataRulesCs,
};
