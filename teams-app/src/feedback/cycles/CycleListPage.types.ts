import type { NoticePageProps } from '../feedback.types';

export type CycleListPageProps = NoticePageProps;
