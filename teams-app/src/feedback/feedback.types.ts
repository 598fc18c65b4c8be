import type { FeedbackView, Me, MessageKey } from '@kvalita/core';
import type { ApiClient } from '../platform/api/api.types';

export interface FeedbackSectionProps {
  readonly api: ApiClient;
}

/** The pages of the section's own navigation. */
export type FeedbackTab = 'mine' | 'models' | 'cycles' | 'organisation';

export interface FeedbackPageProps {
  readonly api: ApiClient;
  readonly me: Me;
  /** Opens a feedback page; a notice is a confirmation the page shows after an action. */
  readonly go: (view: FeedbackView, notice?: MessageKey) => void;
}

/** A page that may show a confirmation from the page before it. */
export interface NoticePageProps extends FeedbackPageProps {
  readonly notice: string | null;
}

export interface FeedbackPagesProps extends NoticePageProps {
  readonly view: FeedbackView;
}
