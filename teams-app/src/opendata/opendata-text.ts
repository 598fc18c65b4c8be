import type { MessageKey, UpdateFrequency, ValidationProblem } from '@kvalita/core';
import type { Translate } from '../platform/i18n/i18n.types';

export const FREQUENCY_TEXT: Readonly<Record<UpdateFrequency, MessageKey>> = {
  weekly: 'tab.opendata.frequency.weekly',
  monthly: 'tab.opendata.frequency.monthly',
  quarterly: 'tab.opendata.frequency.quarterly',
  annual: 'tab.opendata.frequency.annual',
  irregular: 'tab.opendata.frequency.irregular',
};

/** The start of a SHA-256 digest, enough to tell publications apart at a glance. */
export const shortDigest = (sha256: string) => `${sha256.slice(0, 12)}…`;

/** Where in which file a validation problem is, as much as it says. */
export function problemPlace(t: Translate, problem: ValidationProblem): string {
  const { file, row, column } = problem;
  if (row !== null && column !== null) return t('tab.opendata.preview.whereRowColumn', { file, row, column });
  if (row !== null) return t('tab.opendata.preview.whereRow', { file, row });
  if (column !== null) return t('tab.opendata.preview.whereColumn', { file, column });
  return t('tab.opendata.preview.where', { file });
}
