import type { ChecklistItem, EvaluationRecord, ItemAnswer } from '@kvalita/core';

/** An ISO date-time as a datetime-local field shows it (the browser's own time). */
export function localInput(iso: string | null): string {
  if (iso === null) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local field's value as the contract's ISO date-time (with the browser's offset); null when empty. */
export function fromLocalInput(value: string): string | null {
  if (value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The answers an item offers: a critical item is yes, no or not applicable. */
export const answersOf = (item: Pick<ChecklistItem, 'critical'>): ItemAnswer[] =>
  item.critical ? ['yes', 'no', 'na'] : ['yes', 'partly', 'no', 'na'];

/** The record with one item's answer or note changed. */
export function withItem(
  record: EvaluationRecord,
  key: string,
  change: { readonly answer?: ItemAnswer | null; readonly note?: string },
): EvaluationRecord {
  const current = record.items[key] ?? { answer: null, note: '' };
  return { ...record, items: { ...record.items, [key]: { ...current, ...change } } };
}

/** A number field's value: null when empty or not a number. */
export const numberOrNull = (value: string): number | null => {
  if (value.trim() === '') return null;
  const number = Number(value.replace(',', '.'));
  return Number.isFinite(number) ? number : null;
};
