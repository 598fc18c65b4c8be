import type { NoticePageProps } from '../feedback.types';

export type MyFeedbackPageProps = NoticePageProps;
