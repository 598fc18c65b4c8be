// The platform and CAF replies' schemas on their own: the client imports this module with its first
// request (readReply.ts, lazyReplies), so the tab's start does not wait for zod to download.
export {
  cafModelSchema,
  consensusBoardSchema,
  consensusEntrySchema,
  cycleDetailSchema,
  cycleListReplySchema,
  cycleResultsViewSchema,
  cycleSummarySchema,
  demoPeopleReplySchema,
  departmentsReplySchema,
  errorReplySchema,
  individualScoreSchema,
  measureListReplySchema,
  meSchema,
  peopleSearchReplySchema,
  myScoresSchema,
  planMeasureSchema,
  serviceConfigSchema,
  submittedReplySchema,
  teamMemberSchema,
} from '@kvalita/core/schemas';
