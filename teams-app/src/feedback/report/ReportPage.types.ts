import type {
  CompetencyResult,
  DevelopmentGoal,
  FeedbackReport,
  FeedbackReportReply,
  GoalRequest,
} from '@kvalita/core';
import type { ApiClient } from '../../platform/api/api.types';
import type { NoticePageProps } from '../feedback.types';

export interface ReportPageProps extends NoticePageProps {
  readonly cycleId: number;
  readonly subjectId: number;
}

export interface ReportPartProps {
  readonly report: FeedbackReport;
}

export interface CompetencyPartProps extends ReportPartProps {
  readonly competency: CompetencyResult;
}

export interface FindingsProps extends ReportPartProps {
  /** Turns a competency's gap into a development goal (when the reader may add goals). */
  readonly onGoal: ((competencyKey: string) => void) | null;
}

export interface ReportDownloadProps {
  readonly api: Pick<ApiClient, 'downloadFeedbackReport'>;
  readonly report: FeedbackReport;
  readonly subjectId: number;
}

export interface GoalsPanelProps {
  readonly reply: FeedbackReportReply;
  readonly goals: readonly DevelopmentGoal[];
  /** The goal the form is open for: a new goal on a competency, a stored goal, or none. */
  readonly editing: GoalEditing | null;
  readonly onEdit: (editing: GoalEditing | null) => void;
  readonly onSave: (request: GoalRequest, goal: DevelopmentGoal | null) => Promise<void>;
  readonly onRemove: (goal: DevelopmentGoal) => Promise<void>;
  readonly problem: unknown;
  readonly busy: boolean;
}

export type GoalEditing =
  | { readonly kind: 'new'; readonly competencyKey: string | null }
  | { readonly kind: 'stored'; readonly goal: DevelopmentGoal };

export interface GoalFormProps {
  readonly report: FeedbackReport;
  readonly editing: GoalEditing;
  readonly busy: boolean;
  readonly onSave: (request: GoalRequest) => void;
  readonly onCancel: () => void;
}
