// Mystery shopping's reply schemas on their own: mystery-endpoints.ts imports this module with the
// first mystery request, so the mystery pages carry them and the tab's start does not.
export {
  campaignReplySchema,
  campaignsReplySchema,
  checklistReplySchema,
  checklistsReplySchema,
  evaluationFileSchema,
  evaluationReplySchema,
  evaluationsReplySchema,
  findingReplySchema,
  findingsReplySchema,
  myEvaluationsReplySchema,
  mysteryEvidenceReplySchema,
  mysteryResultsReplySchema,
  planEvaluationsReplySchema,
} from '@kvalita/core/schemas';
