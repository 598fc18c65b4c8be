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
};
