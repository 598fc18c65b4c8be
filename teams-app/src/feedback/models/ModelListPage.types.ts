import type { NoticePageProps } from '../feedback.types';

export type ModelListPageProps = NoticePageProps;

export type ModelImportProps = Pick<NoticePageProps, 'api' | 'go'>;
