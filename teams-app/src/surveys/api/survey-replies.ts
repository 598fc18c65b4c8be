// The survey replies' schemas on their own: surveyEndpoints.ts imports this module with the first
// survey request, so the survey pages carry them and the tab's start does not download them.
export {
  previewCardReplySchema,
  surveyDetailSchema,
  surveyEvidenceReplySchema,
  surveyListReplySchema,
  surveyReplySchema,
  surveyResultsSchema,
  surveyTemplatesReplySchema,
} from '@kvalita/core/schemas';
