import type { DepartmentOption, OrganisationReply } from '@kvalita/core';
import type { NoticePageProps } from '../feedback.types';

export interface OrganisationPageProps extends NoticePageProps {
  /** The cycle shown; null = the newest released cycle the person may see. */
  readonly cycleId: number | null;
}

export interface HeatMapProps {
  readonly reply: OrganisationReply;
  /** The office's departments, to name the hidden ones. */
  readonly departments: readonly DepartmentOption[];
}

export interface TrendTableProps {
  readonly reply: OrganisationReply;
}

export interface HeatCellProps {
  readonly mean: number | null;
  readonly subjects: number | null;
}
