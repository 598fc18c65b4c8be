import type { NoticePageProps } from '../feedback.types';

export interface RaterLoadPageProps extends NoticePageProps {
  readonly cycleId: number;
}
