import { assessmentCyclesList } from './lists/assessment-cycles';
import { assessmentTeamList } from './lists/assessment-team';
import { botConversationsList } from './lists/bot-conversations';
import { competenciesList } from './lists/competencies';
import { consensusScoresList } from './lists/consensus-scores';
import { departmentsList } from './lists/departments';
import { documentAcknowledgementsList } from './lists/document-acknowledgements';
import { feedbackCyclesList } from './lists/feedback-cycles';
import { feedbackNominationsList } from './lists/feedback-nominations';
import { feedbackResponsesList } from './lists/feedback-responses';
import { individualScoresList } from './lists/individual-scores';
import { measureUpdatesList } from './lists/measure-updates';
import { measuresList } from './lists/measures';
import { mysteryEvaluationsList } from './lists/mystery-evaluations';
import { peopleList } from './lists/people';
import { qualityDocumentsList } from './lists/quality-documents';
import { surveyDeliveriesList } from './lists/survey-deliveries';
import { surveyQuestionsList } from './lists/survey-questions';
import { surveyResponsesList } from './lists/survey-responses';
import { surveysList } from './lists/surveys';
import { trainingsList } from './lists/trainings';
import type { ListSchema } from './types';

export * from './lists/assessment-cycles';
export * from './lists/assessment-team';
export * from './lists/bot-conversations';
export * from './lists/competencies';
export * from './lists/consensus-scores';
export * from './lists/departments';
export * from './lists/document-acknowledgements';
export * from './lists/feedback-cycles';
export * from './lists/feedback-nominations';
export * from './lists/feedback-relationship';
export * from './lists/feedback-responses';
export * from './lists/individual-scores';
export * from './lists/measure-updates';
export * from './lists/measures';
export * from './lists/mystery-evaluations';
export * from './lists/people';
export * from './lists/quality-documents';
export * from './lists/survey-deliveries';
export * from './lists/survey-questions';
export * from './lists/survey-responses';
export * from './lists/surveys';
export * from './lists/trainings';
export * from './types';

/**
 * Every Kvalita list and library, in provisioning order: a lookup's target list comes before the
 * list that points at it (a schema test checks this).
 */
export const ALL_LISTS: readonly ListSchema[] = [
  departmentsList,
  peopleList,
  assessmentCyclesList,
  assessmentTeamList,
  individualScoresList,
  consensusScoresList,
  measuresList,
  measureUpdatesList,
  qualityDocumentsList,
  documentAcknowledgementsList,
  surveysList,
  surveyQuestionsList,
  surveyResponsesList,
  botConversationsList,
  surveyDeliveriesList,
  competenciesList,
  feedbackCyclesList,
  feedbackNominationsList,
  feedbackResponsesList,
  mysteryEvaluationsList,
  trainingsList,
];

export function listByKey(key: string): ListSchema {
  const list = ALL_LISTS.find((candidate) => candidate.key === key);
  if (!list) throw new Error(`No list schema with key "${key}"`);
  return list;
}
