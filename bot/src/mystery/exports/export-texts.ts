import {
  INTL_TAGS,
  roundScore,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '@kvalita/core';

/** What both downloads write numbers and labels with, in the caller's language. */
export function exportTexts(locale: Locale) {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const tag = INTL_TAGS[locale];
  /** A score or a time, one decimal at most; "–" for none. */
  const number = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : roundScore(value).toLocaleString(tag);
  /** A change with its sign, so a rise reads as one: +5,2, −3, 0. */
  const delta = (value: number | null) => {
    if (value === null) return '–';
    const rounded = roundScore(value);
    const text = Math.abs(rounded).toLocaleString(tag);
    return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
  };
  const percent = (share: number) =>
    share.toLocaleString(tag, { style: 'percent', maximumFractionDigits: 1 });
  return { t, number, delta, percent };
}

/**
 * A moment (ISO date-time) as the wall-clock time in the office's zone, written as UTC so that a
 * spreadsheet shows 9:15 for a visit at 9:15 in Prague whatever zone the reader's computer is in.
 */
export function officeDateTime(iso: string | null): Date | null {
  if (!iso) return null;
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Prague',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  );
  const field = (name: string) => Number(parts[name]);
  return new Date(
    Date.UTC(
      field('year'),
      field('month') - 1,
      field('day'),
      field('hour'),
      field('minute'),
      field('second'),
    ),
  );
}
