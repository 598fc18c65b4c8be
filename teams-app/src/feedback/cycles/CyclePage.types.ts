import type { CycleProgress, FeedbackCycleReply, NominationCount } from '@kvalita/core';
import type { NoticePageProps } from '../feedback.types';
import type { CycleDetail } from './use-cycle';

export interface CyclePageProps extends NoticePageProps {
  readonly cycleId: number;
}

export interface CycleProgressTableProps {
  readonly progress: CycleProgress;
}

export interface NextPhaseProps extends Pick<CyclePageProps, 'go'> {
  readonly reply: FeedbackCycleReply;
  readonly advance: CycleDetail['advance'];
}

export type SubjectsTableProps = Pick<CyclePageProps, 'api' | 'cycleId'>;

export interface CycleFactsProps {
  readonly reply: FeedbackCycleReply;
}

export interface CountLineProps {
  readonly count: NominationCount;
}
