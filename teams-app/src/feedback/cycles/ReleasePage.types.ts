import type { NoticePageProps } from '../feedback.types';

export interface ReleasePageProps extends NoticePageProps {
  readonly cycleId: number;
}
