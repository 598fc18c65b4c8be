import type { MeasureKind, MeasureStatus } from './contract';

/** A measure as the first, read-only register listed it (the SPFx web part); the contract's MeasureSummary replaces it. */
export interface MeasureListing {
  readonly id: number;
  readonly title: string;
  readonly kind: MeasureKind;
  readonly status: MeasureStatus;
  readonly ownerEmail: string | null;
  readonly ownerName: string | null;
  readonly deadline: string | null;
  readonly subcriterionCode: string | null;
}
