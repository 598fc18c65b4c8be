/*
 * Why 360 feedback's service refuses a step beyond the role matrix (permissions.ts): the rules of
 * a cycle's phases, answers and nominations (409), and input that names what does not exist (400).
 * Each has a sentence in the cs and en catalogues (feedback-rules area) that the tab and the chat
 * cards show as it is.
 */

export const FEEDBACK_RULES = [
  /** The step is not one the cycle's phase allows. */
  'notInPhase',
  /** Answers, declines and nominations after the cycle closed. */
  'cycleClosed',
  /** A cycle moves one phase at a time. */
  'notNextPhase',
  /** A frozen model version is never changed (a change makes the next version). */
  'modelFrozen',
  'deadlineOrder',
  'deadlinePast',
  'noSubjects',
  'ruleOrder',
  /** Chosen people and departments make more subjects than a cycle holds. */
  'tooManySubjects',
  /** After the cycle started, only its deadlines change. */
  'onlyDeadlines',
  /** The subject's list is not in the state the step needs (submitted twice, changed after approval). */
  'nominationState',
  /** A rater who answered cannot decline any more. */
  'alreadyAnswered',
  /** A rater declines once. */
  'alreadyDeclined',
  /** Self-assessment cannot be declined. */
  'selfDecline',
  /** Reports are read and goals set once the reports are released. */
  'notReleased',
] as const;
export type FeedbackRule = (typeof FEEDBACK_RULES)[number];

export const FEEDBACK_INVALID = [
  'unknownPerson',
  'unknownDepartment',
  'unknownModel',
  'unknownCompetency',
  'unknownMeasure',
  /** Release without confirming that results are development feedback, not an appraisal for pay. */
  'releaseUnconfirmed',
  /** The .xlsx import is not a workbook, or lacks a sheet or a column. */
  'importFile',
  /** The .xlsx import has bad rows; each is named in the details (sheet, row, column). */
  'importRows',
  /** The rating does not answer the cycle's model exactly. */
  'ratingShape',
] as const;
export type FeedbackInvalid = (typeof FEEDBACK_INVALID)[number];
