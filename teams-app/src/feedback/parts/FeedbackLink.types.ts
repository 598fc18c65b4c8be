import type { FeedbackView } from '@kvalita/core';
import type { ReactNode } from 'react';

export interface FeedbackLinkProps {
  readonly to: FeedbackView;
  readonly children: ReactNode;
}
