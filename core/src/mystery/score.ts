import {
  CHECKLIST_SECTIONS,
  WRITTEN_CHANNELS,
  type ChecklistDraft,
  type ChecklistSection,
  type EvaluationRecord,
  type EvaluationScore,
  type ItemAnswer,
  type MysteryChannel,
  type Scenario,
} from './contract';
import { roundScore } from '../caf/statistics';

/** What an answer earns of an item's weight; N/A and unanswered items earn nothing and weigh nothing. */
const EARNS: Readonly<Record<Exclude<ItemAnswer, 'na'>, number>> = { yes: 1, partly: 0.5, no: 0 };

const HOUR_MS = 3_600_000;

interface Tally {
  earned: number;
  weight: number;
}

const percent = (tally: Tally): number | null =>
  tally.weight === 0 ? null : roundScore((100 * tally.earned) / tally.weight);

/** Hours between two ISO date-times, one decimal; null without both or when the answer came first. */
export function hoursBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  const hours = (Date.parse(to) - Date.parse(from)) / HOUR_MS;
  return Number.isFinite(hours) && hours >= 0 ? roundScore(hours) : null;
}

/**
 * One evaluation's score: 100 × Σ weight × earned / Σ weight over the items that apply (yes earns
 * all, partly half, no nothing; N/A and unanswered items are left out), per section the same.
 * A critical item answered "no" fails the whole evaluation: its score is 0, the raw score keeps
 * what the answers alone give. Written channels: the reply time, and whether it came late against
 * the scenario's deadline — or has not come and the deadline has passed by `now`.
 */
export function scoreEvaluation(
  checklist: Pick<ChecklistDraft, 'items'>,
  channel: MysteryChannel,
  record: EvaluationRecord,
  scenario: Pick<Scenario, 'deadlineHours'> | null,
  now: Date,
): EvaluationScore {
  const total: Tally = { earned: 0, weight: 0 };
  const bySection = new Map<ChecklistSection, Tally>();
  const failedCritical: string[] = [];
  for (const item of checklist.items) {
    const answer = record.items[item.key]?.answer ?? null;
    if (answer === null || answer === 'na') continue;
    const earned = EARNS[answer] * item.weight;
    total.earned += earned;
    total.weight += item.weight;
    const section = bySection.get(item.section) ?? { earned: 0, weight: 0 };
    section.earned += earned;
    section.weight += item.weight;
    bySection.set(item.section, section);
    if (item.critical && answer === 'no') failedCritical.push(item.key);
  }
  const sections: Partial<Record<ChecklistSection, number | null>> = {};
  for (const code of CHECKLIST_SECTIONS) {
    const tally = bySection.get(code);
    if (tally) sections[code] = percent(tally);
  }
  const rawScore = percent(total);
  const written = WRITTEN_CHANNELS.includes(channel);
  const replyHours = written ? hoursBetween(record.contactAt, record.answeredAt) : null;
  return {
    score: rawScore === null ? null : failedCritical.length > 0 ? 0 : rawScore,
    rawScore,
    failedCritical,
    sections,
    replyHours,
    lateReply: written && isLate(record, replyHours, scenario?.deadlineHours ?? null, now),
  };
}

function isLate(
  record: EvaluationRecord,
  replyHours: number | null,
  deadlineHours: number | null,
  now: Date,
): boolean {
  if (deadlineHours === null || record.contactAt === null) return false;
  if (replyHours !== null) return replyHours > deadlineHours;
  return record.answeredAt === null && now.getTime() - Date.parse(record.contactAt) > deadlineHours * HOUR_MS;
}

/** Items the record leaves unanswered (submit refuses a sheet with any). */
export function unansweredItems(
  checklist: Pick<ChecklistDraft, 'items'>,
  record: EvaluationRecord,
): string[] {
  return checklist.items
    .filter((item) => (record.items[item.key]?.answer ?? null) === null)
    .map((item) => item.key);
}
