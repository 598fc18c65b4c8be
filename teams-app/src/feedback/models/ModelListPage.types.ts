import type { NoticePageProps } from '../feedback.types';

export type ModelListPageProps = NoticePageProps;

export interface ModelImportProps extends Pick<NoticePageProps, 'api' | 'go'> {}
