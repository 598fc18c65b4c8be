import {
  type CycleStatus,
  type CycleSummary,
  formatDate,
  INTL_TAGS,
  type Locale,
  roundScore,
} from '@kvalita/core';
import type { Translate } from '../platform/i18n/i18n.types';

/** A score for people: one decimal place at most, in the locale's number format; "—" when missing. */
export function formatScore(locale: Locale, score: number | null): string {
  if (score === null) return '—';
  return new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits: 1 }).format(roundScore(score));
}

/** A change in points with its sign spelled out (+5, −3, ±0), so it does not rely on colour. */
export function formatDelta(locale: Locale, delta: number | null): string {
  if (delta === null) return '—';
  const rounded = roundScore(delta);
  const magnitude = formatScore(locale, Math.abs(rounded));
  if (rounded > 0) return `+${magnitude}`;
  if (rounded < 0) return `\u2212${magnitude}`;
  return `\u00b1${magnitude}`;
}

export function statusText(t: Translate, status: CycleStatus): string {
  return t(`tab.caf.status.${status}`);
}

export function periodText(locale: Locale, cycle: Pick<CycleSummary, 'startDate' | 'endDate'>): string {
  return `${formatDate(locale, cycle.startDate)} – ${formatDate(locale, cycle.endDate)}`;
}

export function myRoleText(t: Translate, cycle: Pick<CycleSummary, 'myTeamRole'>): string {
  if (cycle.myTeamRole === 'leader') return t('tab.caf.role.leader');
  if (cycle.myTeamRole === 'member') return t('tab.caf.role.member');
  return t('tab.caf.role.none');
}
