/** ISO 9001 / CAF vocabulary: a measure corrects a found weakness, prevents one, or improves. */
export const MEASURE_KINDS = ['corrective', 'preventive', 'improvement'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const MEASURE_STATUSES = ['proposed', 'planned', 'inProgress', 'done', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** A measure of the office's register (the SPFx web part lists them). */
export interface Measure {
  readonly id: number;
  readonly title: string;
  readonly kind: MeasureKind;
  readonly status: MeasureStatus;
  readonly ownerEmail: string | null;
  readonly ownerName: string | null;
  readonly deadline: string | null;
  readonly subcriterionCode: string | null;
}
