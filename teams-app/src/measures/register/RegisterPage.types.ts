import type { MeasurePageProps } from '../measures.types';

export interface RegisterPageProps extends MeasurePageProps {
  /** A channel tab's department: the register shows only its measures. */
  readonly departmentCode: string | null;
  /** Where the person's settings are remembered (localStorage in the browser). */
  readonly storage: Storage | null;
  /** A confirmation to show (after an action on another page). */
  readonly notice: string | null;
  /** Today (the report's default quarter, the year filter's years, "closed this year"). */
  readonly today: Date;
}
