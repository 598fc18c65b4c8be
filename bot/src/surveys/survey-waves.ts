import {
  nextWaveAfter,
  openWaveAt,
  waveOf,
  wavesOpenedBy,
  type Survey,
  type SurveyWave,
} from '@kvalita/core';

/**
 * The waves of a survey that have opened: none for a draft; for a closed survey the ones opened
 * before it closed (stored currentWave); otherwise those the schedule has opened by now, or more if
 * the scheduler already recorded more.
 */
export function openedWaves(
  survey: Pick<Survey, 'status' | 'schedule' | 'currentWave'>,
  now: Date,
): SurveyWave[] {
  if (survey.status === 'draft') return [];
  const bySchedule = survey.status === 'closed' ? 0 : wavesOpenedBy(survey.schedule, now).length;
  const count = Math.max(survey.currentWave, bySchedule);
  return Array.from({ length: count }, (_unused, index) => waveOf(survey.schedule, index + 1));
}

/** The wave taking answers now and the next to open; neither for drafts and closed surveys. */
export function liveWaves(
  survey: Pick<Survey, 'status' | 'schedule'>,
  now: Date,
): { openWave: SurveyWave | null; nextWave: SurveyWave | null } {
  if (survey.status === 'draft' || survey.status === 'closed') return { openWave: null, nextWave: null };
  return { openWave: openWaveAt(survey.schedule, now), nextWave: nextWaveAfter(survey.schedule, now) };
}
