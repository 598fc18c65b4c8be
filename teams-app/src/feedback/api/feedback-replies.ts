// The 360 feedback replies' schemas on their own: feedback-endpoints.ts imports this module with the
// first feedback request, so the feedback pages carry them and the tab's start does not.
export {
  competencyModelReplySchema,
  competencyModelsReplySchema,
  cycleLoadReplySchema,
  cycleSubjectsReplySchema,
  feedbackCycleReplySchema,
  feedbackCyclesReplySchema,
  feedbackReportReplySchema,
  myFeedbackDataReplySchema,
  myFeedbackReplySchema,
  organisationReplySchema,
  subjectNominationsReplySchema,
} from '@kvalita/core/schemas';
