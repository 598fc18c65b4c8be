import { z } from 'zod';

/**
 * The built-in weekly pulse: one question on a 1–5 scale. Full survey authoring comes later;
 * this is the path a survey answer takes from chat to SharePoint.
 */
export const PULSE_SCALE = [1, 2, 3, 4, 5] as const;

export const PULSE_ANSWER_VERB = 'kvalita.pulse.answer';

/** What an answered pulse card submits; everything from the client is untrusted until parsed. */
export const pulseAnswerSchema = z.object({
  verb: z.literal(PULSE_ANSWER_VERB),
  pulseId: z.string().regex(/^pulse-\d{4}-W\d{2}$/, 'pulseId must look like pulse-2026-W47'),
  score: z.coerce.number().int().min(1).max(5),
});
export type PulseAnswer = z.infer<typeof pulseAnswerSchema>;

/** ISO 8601 week of a date (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: Date): { year: number; week: number } {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return { year: day.getUTCFullYear(), week };
}

/** One pulse per ISO week: everyone asked in the same week answers the same pulse. */
export function weeklyPulseId(now: Date): string {
  const { year, week } = isoWeek(now);
  return `pulse-${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday 00:00 UTC of an ISO week. */
export function isoWeekStart(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * 86_400_000;
  return new Date(mondayOfWeek1 + (week - 1) * 7 * 86_400_000);
}

/** Parses "pulse-2026-W47"; null for anything else. */
export function parsePulseId(pulseId: string): { year: number; week: number } | null {
  const match = /^pulse-(\d{4})-W(\d{2})$/.exec(pulseId);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  return week >= 1 && week <= 53 ? { year, week } : null;
}
