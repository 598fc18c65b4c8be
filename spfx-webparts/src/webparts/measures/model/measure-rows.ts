import { findSubcriterion, formatDate, translate } from '@kvalita/core';
import type { Locale, MeasureListing, MeasureStatus } from '@kvalita/core';

/** One table row, with every text already in the reader's language. */
export interface MeasureRow {
  readonly id: number;
  readonly title: string;
  readonly kind: string;
  readonly status: MeasureStatus;
  readonly statusLabel: string;
  /** The owner's name, or the e-mail when SharePoint has no display name; undefined when nobody owns it. */
  readonly owner: string | undefined;
  /** The deadline as stored (ISO), for a machine-readable <time>. */
  readonly deadlineIso: string | undefined;
  readonly deadline: string | undefined;
  readonly subcriterionCode: string | undefined;
  /** The CAF 2020 title of the subcriterion; undefined for a code the model does not know. */
  readonly subcriterionTitle: string | undefined;
}

/** SharePoint gives null (or blanks) for an empty field; the view only needs "there is text" or not. */
function presentText(value: MeasureListing['ownerName']): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function toMeasureRow(measure: MeasureListing, locale: Locale): MeasureRow {
  const deadlineIso = presentText(measure.deadline);
  const subcriterionCode = presentText(measure.subcriterionCode);
  const subcriterion = subcriterionCode === undefined ? undefined : findSubcriterion(subcriterionCode);
  return {
    id: measure.id,
    title: measure.title,
    kind: translate(locale, `measures.kind.${measure.kind}`),
    status: measure.status,
    statusLabel: translate(locale, `measures.status.${measure.status}`),
    owner: presentText(measure.ownerName) ?? presentText(measure.ownerEmail),
    deadlineIso,
    deadline: deadlineIso === undefined ? undefined : formatDate(locale, deadlineIso),
    subcriterionCode,
    subcriterionTitle: subcriterion?.title[locale].text,
  };
}

export function toMeasureRows(measures: readonly MeasureListing[], locale: Locale): MeasureRow[] {
  return measures.map((measure) => toMeasureRow(measure, locale));
}

/** The texts around the table (heading, states, column headers) in one locale. */
export interface MeasuresTexts {
  readonly heading: string;
  readonly loading: string;
  readonly empty: string;
  readonly columns: {
    readonly title: string;
    readonly kind: string;
    readonly status: string;
    readonly owner: string;
    readonly deadline: string;
    readonly subcriterion: string;
  };
  /** A whole sentence: SharePoint's own (English) error text is never put inside it. */
  readonly error: string;
}

export function measuresTexts(locale: Locale): MeasuresTexts {
  return {
    heading: translate(locale, 'measures.title'),
    loading: translate(locale, 'measures.loading'),
    empty: translate(locale, 'measures.empty'),
    columns: {
      title: translate(locale, 'measures.column.title'),
      kind: translate(locale, 'measures.column.kind'),
      status: translate(locale, 'measures.column.status'),
      owner: translate(locale, 'measures.column.owner'),
      deadline: translate(locale, 'measures.column.deadline'),
      subcriterion: translate(locale, 'measures.column.subcriterion'),
    },
    error: translate(locale, 'measures.error'),
  };
}
