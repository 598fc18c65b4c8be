import { assessmentCyclesList } from './caf/lists/assessment-cycles';
import { assessmentTeamList } from './caf/lists/assessment-team';
import { botConversationsList } from './platform/chat/lists/bot-conversations';
import { competencyModelsList } from './feedback/lists/competency-models';
import { consensusScoresList } from './caf/lists/consensus-scores';
import { cycleHistoryList } from './caf/lists/cycle-history';
import { departmentsList } from './platform/directory/lists/departments';
import { documentAcknowledgementsList } from './documents/lists/document-acknowledgements';
import { documentCommentsList } from './documents/lists/document-comments';
import { documentEventsList } from './documents/lists/document-events';
import { documentNotificationsList } from './documents/lists/document-notifications';
import { documentsLibrary } from './documents/lists/documents';
import { feedbackAnswersList } from './feedback/lists/feedback-answers';
import { feedbackCyclesList } from './feedback/lists/feedback-cycles';
import { feedbackDeliveriesList } from './feedback/lists/feedback-deliveries';
import { feedbackGoalsList } from './feedback/lists/feedback-goals';
import { feedbackNominationsList } from './feedback/lists/feedback-nominations';
import { feedbackSubjectsList } from './feedback/lists/feedback-subjects';
import { individualScoresList } from './caf/lists/individual-scores';
import { measureUpdatesList } from './measures/lists/measure-updates';
import { measuresList } from './measures/lists/measures';
import { measureRemindersList } from './measures/lists/measure-reminders';
import { mysteryCampaignsList } from './mystery/lists/mystery-campaigns';
import { mysteryChecklistsList } from './mystery/lists/mystery-checklists';
import { mysteryEvaluationsList } from './mystery/lists/mystery-evaluations';
import { mysteryFilesLibrary } from './mystery/lists/mystery-files';
import { mysteryFindingsList } from './mystery/lists/mystery-findings';
import { openDataFilesLibrary } from './opendata/lists/open-data-files';
import { openDataLogList } from './opendata/lists/open-data-log';
import { openDataSettingsList } from './opendata/lists/open-data-settings';
import { peopleList } from './platform/directory/lists/people';
import { surveyDeliveriesList } from './surveys/lists/survey-deliveries';
import { surveyQuestionsList } from './surveys/lists/survey-questions';
import { surveyResponsesList } from './surveys/lists/survey-responses';
import { surveysList } from './surveys/lists/surveys';
import { trainingsList } from './caf/lists/trainings';
import type { ListSchema } from './platform/schema/types';

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
  cycleHistoryList,
  measuresList,
  measureUpdatesList,
  measureRemindersList,
  documentsLibrary,
  documentEventsList,
  documentCommentsList,
  documentAcknowledgementsList,
  documentNotificationsList,
  surveysList,
  surveyQuestionsList,
  surveyResponsesList,
  botConversationsList,
  surveyDeliveriesList,
  competencyModelsList,
  feedbackCyclesList,
  feedbackSubjectsList,
  feedbackNominationsList,
  feedbackAnswersList,
  feedbackGoalsList,
  feedbackDeliveriesList,
  mysteryChecklistsList,
  mysteryCampaignsList,
  mysteryEvaluationsList,
  mysteryFilesLibrary,
  mysteryFindingsList,
  openDataFilesLibrary,
  openDataSettingsList,
  openDataLogList,
  trainingsList,
];

export function listByKey(key: string): ListSchema {
  const list = ALL_LISTS.find((candidate) => candidate.key === key);
  if (!list) throw new Error(`No list schema with key "${key}"`);
  return list;
}
