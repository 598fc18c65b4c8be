import type { SurveySchedule, SurveyStatus, SurveyWave } from './contract';

/**
 * When each wave of a survey opens, closes and reminds. Waves keep the wall-clock time of the
 * first one in the office's zone (a pulse sent Monday 08:00 stays 08:00 after the clocks change),
 * and monthly waves keep the day of month, moved to the month's last day where it has none.
 */
const ZONE = 'Europe/Prague';
const DAY_MS = 86_400_000;

interface WallClock {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

function wallClockOf(instant: number): WallClock {
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

const asUtc = (clock: WallClock) =>
  Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);

/** The instant at which the office's clocks show `clock` (the later one in the autumn's repeated hour). */
function instantOf(clock: WallClock): number {
  const target = asUtc(clock);
  let guess = target;
  for (let round = 0; round < 3; round += 1) guess = target - (asUtc(wallClockOf(guess)) - guess);
  return guess;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function shifted(start: number, days: number, months: number): number {
  const clock = wallClockOf(start);
  const monthIndex = clock.month - 1 + months;
  const year = clock.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const day = Math.min(clock.day, daysInMonth(year, month));
  // Days are added on the calendar (UTC arithmetic on wall-clock fields carries over months).
  const calendar = new Date(Date.UTC(year, month - 1, day + days));
  return instantOf({
    ...clock,
    year: calendar.getUTCFullYear(),
    month: calendar.getUTCMonth() + 1,
    day: calendar.getUTCDate(),
  });
}

function opensAtOf(schedule: SurveySchedule, number: number): number {
  const first = Date.parse(schedule.opensAt);
  if (schedule.recurrence === 'weekly') return shifted(first, (number - 1) * 7, 0);
  if (schedule.recurrence === 'monthly') return shifted(first, 0, number - 1);
  return first;
}

/** Wave `number` (1-based) of a schedule, whether or not it exists under the end date. */
export function waveOf(schedule: SurveySchedule, number: number): SurveyWave {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`No wave ${number}: waves start at 1`);
  const opens = opensAtOf(schedule, number);
  return {
    number,
    opensAt: new Date(opens).toISOString(),
    closesAt: new Date(shifted(opens, schedule.waveDays, 0)).toISOString(),
    remindAt:
      schedule.reminderAfterDays === null
        ? null
        : new Date(shifted(opens, schedule.reminderAfterDays, 0)).toISOString(),
  };
}

/** The number of the last wave; null when a recurring survey runs until someone closes it. */
export function lastWaveNumber(schedule: SurveySchedule): number | null {
  if (schedule.recurrence === 'once') return 1;
  if (schedule.endsAt === null) return null;
  const end = Date.parse(schedule.endsAt);
  if (opensAtOf(schedule, 1) > end) return 1;
  // Waves are at least a week apart: an estimate from the elapsed time, then corrected.
  let number = Math.max(1, Math.floor((end - opensAtOf(schedule, 1)) / (7 * DAY_MS)) + 1);
  while (number > 1 && opensAtOf(schedule, number) > end) number -= 1;
  while (opensAtOf(schedule, number + 1) <= end) number += 1;
  return number;
}

/** Waves that have opened by `now`, oldest first. */
export function wavesOpenedBy(schedule: SurveySchedule, now: Date): SurveyWave[] {
  const last = lastWaveNumber(schedule);
  const waves: SurveyWave[] = [];
  for (let number = 1; last === null || number <= last; number += 1) {
    if (opensAtOf(schedule, number) > now.getTime()) break;
    waves.push(waveOf(schedule, number));
  }
  return waves;
}

export function isWaveOpen(schedule: SurveySchedule, wave: number, now: Date): boolean {
  if (!Number.isInteger(wave) || wave < 1) return false;
  const last = lastWaveNumber(schedule);
  if (last !== null && wave > last) return false;
  const { opensAt, closesAt } = waveOf(schedule, wave);
  return Date.parse(opensAt) <= now.getTime() && now.getTime() < Date.parse(closesAt);
}

/** The wave taking answers at `now`, if any. */
export function openWaveAt(schedule: SurveySchedule, now: Date): SurveyWave | null {
  const latest = wavesOpenedBy(schedule, now).at(-1);
  return latest && now.getTime() < Date.parse(latest.closesAt) ? latest : null;
}

/** The next wave to open after `now`, if the schedule has one. */
export function nextWaveAfter(schedule: SurveySchedule, now: Date): SurveyWave | null {
  const next = wavesOpenedBy(schedule, now).length + 1;
  const last = lastWaveNumber(schedule);
  return last !== null && next > last ? null : waveOf(schedule, next);
}

/**
 * The status a published survey has at `now`. Draft and closed are decisions of people and stay;
 * scheduled becomes open with the first wave, and a survey whose last wave closed is closed.
 */
export function statusAt(
  survey: { readonly status: SurveyStatus; readonly schedule: SurveySchedule },
  now: Date,
): SurveyStatus {
  if (survey.status === 'draft' || survey.status === 'closed') return survey.status;
  const opened = wavesOpenedBy(survey.schedule, now);
  if (opened.length === 0) return 'scheduled';
  const last = lastWaveNumber(survey.schedule);
  const lastOpened = opened.at(-1);
  if (
    last !== null &&
    lastOpened &&
    lastOpened.number === last &&
    now.getTime() >= Date.parse(lastOpened.closesAt)
  )
    return 'closed';
  return 'open';
}
