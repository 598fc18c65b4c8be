import { addDays } from '../measures/office-date';
import { DOCUMENT_LIMITS } from './contract';

/*
 * Periodic review dates (ISO 9001 7.5.2: documents are reviewed for continuing suitability). Dates
 * are the office's calendar days (YYYY-MM-DD); "today" is the office's (officeDate).
 */

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The date `months` later, end-of-month safe: a day the target month does not have becomes its
 * last day (31 January + 1 month = 28 or 29 February; 29 February + 12 months = 28 February).
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

/**
 * The next review after a version takes effect on `from` (or after a review confirmed on `from`):
 * the interval counts from the day the document's suitability was last established.
 */
export function nextReviewDate(from: string, intervalMonths: number): string {
  return addMonths(from, intervalMonths);
}

/** Past its review date (the review date itself is still on time). */
export function isReviewOverdue(nextReview: string | null, today: string): boolean {
  return nextReview !== null && nextReview < today;
}

/** Due within DOCUMENT_LIMITS.reviewDueSoonDays, or overdue: what the quality manager's overview lists. */
export function isReviewDue(nextReview: string | null, today: string): boolean {
  return nextReview !== null && nextReview <= addDays(today, DOCUMENT_LIMITS.reviewDueSoonDays);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The owner's review reminder due today, if any: 'reviewSoon' exactly 30 and 10 days before
 * (DOCUMENT_LIMITS.reviewReminderDays), 'reviewOverdue' on the first day past the date. A daily
 * step asks once a day, so each reminder goes once.
 */
export function reviewReminderDue(
  nextReview: string | null,
  today: string,
): { readonly kind: 'reviewSoon'; readonly daysLeft: number } | { readonly kind: 'reviewOverdue' } | null {
  if (nextReview === null) return null;
  const daysLeft = daysBetween(today, nextReview);
  if ((DOCUMENT_LIMITS.reviewReminderDays as readonly number[]).includes(daysLeft))
    return { kind: 'reviewSoon', daysLeft };
  return daysLeft === -1 ? { kind: 'reviewOverdue' } : null;
}
