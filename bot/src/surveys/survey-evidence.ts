import type { Survey, SurveyEvidence } from '@kvalita/core';
import { openedWaves } from './survey-waves';

/**
 * Surveys that are evidence for a CAF cycle: marked for at least one subcriterion, with at least one
 * wave that opened within the 12 months before the end of the cycle's last day (UTC).
 */
export function surveyEvidence(
  surveys: readonly Survey[],
  cycleEndDate: string,
  now: Date,
): SurveyEvidence[] {
  const end = Date.parse(`${cycleEndDate.slice(0, 10)}T00:00:00Z`) + 86_400_000;
  const start = new Date(end);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  const evidence: SurveyEvidence[] = [];
  for (const survey of surveys) {
    if (survey.evidenceFor.length === 0) continue;
    const inWindow = openedWaves(survey, now).filter((wave) => {
      const opens = Date.parse(wave.opensAt);
      return opens >= start.getTime() && opens < end;
    });
    const last = inWindow.at(-1);
    if (!last) continue;
    evidence.push({
      surveyKey: survey.key,
      title: survey.title,
      subcriteria: survey.evidenceFor,
      waves: inWindow.length,
      lastWaveOpensAt: last.opensAt,
    });
  }
  return evidence.sort((a, b) => b.lastWaveOpensAt.localeCompare(a.lastWaveOpensAt));
}
