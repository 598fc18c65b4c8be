import type { ReactNode } from 'react';

export interface PageSectionProps {
  /** The section's heading (h2), also its region's name. */
  readonly heading: string;
  readonly children: ReactNode;
}
