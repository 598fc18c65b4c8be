import type { FeedbackPageProps } from '../feedback.types';

export type MyDataPageProps = FeedbackPageProps;
