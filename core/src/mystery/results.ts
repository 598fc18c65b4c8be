import {
  CHECKLIST_SECTIONS,
  COUNTED_STATUSES,
  MYSTERY_CHANNELS,
  type Campaign,
  type Checklist,
  type ChecklistSection,
  type Evaluation,
  type ItemFailure,
  type MysteryResults,
  type ResultRow,
  type ScoreFigure,
  type TimeFigure,
} from './contract';
import { roundScore } from '../caf/statistics';

/*
 * A campaign's results, from its released (and locked) sheets only: what was submitted but not yet
 * reviewed, returned or excluded never counts. Scores are each sheet's stored score (a sheet failed
 * on a critical item counts 0); sections, items and times come from the same sheets. Records hold
 * no names, so the figures need no anonymity threshold: a department sees its own contacts.
 */

export interface CampaignSheets {
  readonly campaign: Pick<Campaign, 'id' | 'name'>;
  readonly evaluations: readonly Evaluation[];
}

/** Sheets that count in results. */
export const countedSheets = (evaluations: readonly Evaluation[]) =>
  evaluations.filter(
    (evaluation) => COUNTED_STATUSES.includes(evaluation.status) && evaluation.score !== null,
  );

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : roundScore(values.reduce((sum, value) => sum + value, 0) / values.length);

function figureOf(sheets: readonly Evaluation[]): ScoreFigure {
  const scores = sheets
    .map((sheet) => sheet.score?.score)
    .filter((score): score is number => typeof score === 'number');
  return {
    evaluations: sheets.length,
    meanScore: mean(scores),
    failed: sheets.filter((sheet) => (sheet.score?.failedCritical.length ?? 0) > 0).length,
  };
}

/** Median and 90th percentile (nearest rank), one decimal. */
export function timeFigure(values: readonly number[]): TimeFigure {
  if (values.length === 0) return { count: 0, median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!;
  return { count: sorted.length, median: roundScore(median), p90: roundScore(p90) };
}

function groupBy<K extends string>(
  sheets: readonly Evaluation[],
  keyOf: (sheet: Evaluation) => K,
): Map<K, Evaluation[]> {
  const groups = new Map<K, Evaluation[]>();
  for (const sheet of sheets) {
    const key = keyOf(sheet);
    const group = groups.get(key);
    if (group) group.push(sheet);
    else groups.set(key, [sheet]);
  }
  return groups;
}

function rows<K extends string>(
  sheets: readonly Evaluation[],
  previous: readonly Evaluation[] | null,
  keyOf: (sheet: Evaluation) => K,
  order: (a: K, b: K) => number,
): ResultRow[] {
  const before = previous ? groupBy(previous, keyOf) : null;
  return [...groupBy(sheets, keyOf)]
    .sort(([a], [b]) => order(a, b))
    .map(([key, group]) => {
      const earlier = before?.get(key);
      return { key, ...figureOf(group), previous: earlier ? figureOf(earlier) : null };
    });
}

function sectionFigure(sheets: readonly Evaluation[], section: ChecklistSection): ScoreFigure {
  const scores = sheets
    .map((sheet) => sheet.score?.sections[section])
    .filter((score): score is number => typeof score === 'number');
  return { evaluations: scores.length, meanScore: mean(scores), failed: 0 };
}

function itemFailures(
  sheets: readonly Evaluation[],
  checklists: ReadonlyMap<number, Checklist>,
): ItemFailure[] {
  const items = new Map<string, { -readonly [K in keyof ItemFailure]: ItemFailure[K] }>();
  for (const sheet of sheets) {
    const checklist = checklists.get(sheet.checklistId);
    if (!checklist) continue;
    for (const item of checklist.items) {
      const answer = sheet.record.items[item.key]?.answer ?? null;
      if (answer === null || answer === 'na') continue;
      const id = `${checklist.channel}\u0000${item.key}`;
      let row = items.get(id);
      if (!row) {
        row = {
          key: item.key,
          section: item.section,
          channel: checklist.channel,
          text: item.text,
          critical: item.critical,
          applicable: 0,
          no: 0,
          partly: 0,
          failureRate: 0,
        };
        items.set(id, row);
      }
      row.applicable += 1;
      if (answer === 'no') row.no += 1;
      if (answer === 'partly') row.partly += 1;
    }
  }
  return [...items.values()]
    .map((row) => ({ ...row, failureRate: Math.round((1000 * row.no) / row.applicable) / 1000 }))
    .sort((a, b) => b.failureRate - a.failureRate || b.partly - a.partly || a.key.localeCompare(b.key));
}

const numbers = (values: readonly (number | null | undefined)[]) =>
  values.filter((value): value is number => typeof value === 'number');

/**
 * The results page's figures for a campaign, or for one department of it (`departmentCode`),
 * beside the previous campaign's for the same keys.
 */
export function mysteryResults(
  current: CampaignSheets,
  previous: CampaignSheets | null,
  checklists: ReadonlyMap<number, Checklist>,
  departmentCode: string | null,
): MysteryResults {
  const inScope = (sheets: readonly Evaluation[]) =>
    countedSheets(sheets).filter(
      (sheet) => departmentCode === null || sheet.departmentCode === departmentCode,
    );
  const sheets = inScope(current.evaluations);
  const before = previous ? inScope(previous.evaluations) : null;
  const channelOrder = (a: string, b: string) =>
    MYSTERY_CHANNELS.indexOf(a as never) - MYSTERY_CHANNELS.indexOf(b as never);
  const byKey = (a: string, b: string) => a.localeCompare(b);
  const answered = sheets.filter((sheet) => sheet.record.answerCorrect !== null);
  return {
    campaignId: current.campaign.id,
    campaignName: current.campaign.name,
    departmentCode,
    overall: figureOf(sheets),
    byDepartment: rows(sheets, before, (sheet) => sheet.departmentCode, byKey),
    byChannel: rows(sheets, before, (sheet) => sheet.channel, channelOrder),
    byScenario: rows(sheets, before, (sheet) => sheet.scenarioKey, byKey),
    bySection: CHECKLIST_SECTIONS.map((section) => {
      const earlier = before ? sectionFigure(before, section) : null;
      return {
        key: section,
        ...sectionFigure(sheets, section),
        previous: earlier && earlier.evaluations > 0 ? earlier : null,
      };
    }).filter((row) => row.evaluations > 0),
    items: itemFailures(sheets, checklists),
    times: {
      waitMinutes: timeFigure(numbers(sheets.map((sheet) => sheet.record.waitMinutes))),
      rings: timeFigure(numbers(sheets.map((sheet) => sheet.record.rings))),
      replyHours: timeFigure(numbers(sheets.map((sheet) => sheet.score?.replyHours))),
    },
    correctAnswers: {
      count: answered.length,
      correct: answered.filter((sheet) => sheet.record.answerCorrect === true).length,
    },
    lateReplies: sheets.filter((sheet) => sheet.score?.lateReply === true).length,
    previous:
      previous && before
        ? {
            campaignId: previous.campaign.id,
            campaignName: previous.campaign.name,
            overall: figureOf(before),
          }
        : null,
  };
}
