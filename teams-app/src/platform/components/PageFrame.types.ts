import type { ReactNode } from 'react';

export interface PageFrameProps {
  /** The page's heading (h1). */
  readonly heading: string;
  /** Links and buttons beside the heading. */
  readonly actions?: ReactNode;
  /** A confirmation from the page before (after an action). */
  readonly notice?: string | null;
  readonly children: ReactNode;
}
