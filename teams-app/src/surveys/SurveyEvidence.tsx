import { formatDateTime } from '@kvalita/core';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ApiClient } from '../platform/api/api.types';
import { useI18n } from '../platform/i18n/i18n-context';
import { useLoad } from '../platform/load/use-load';
import { textIn } from './survey-text';

export interface SurveyEvidenceProps {
  readonly api: ApiClient;
  readonly cycleId: number;
  /** The subcriterion being scored. */
  readonly code: string;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * Surveys marked as evidence for this subcriterion with a wave in the cycle's last 12 months
 * (GET /api/surveys/evidence). Loaded once per cycle; shows nothing where there is none, and
 * nothing when the list cannot be loaded (it is a help, not a step of scoring).
 */
export function SurveyEvidence({ api, cycleId, code }: SurveyEvidenceProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const load = useCallback((signal: AbortSignal) => api.getSurveyEvidence(cycleId, signal), [api, cycleId]);
  const evidence = useLoad(load);
  if (evidence.status !== 'ready') return null;
  const surveys = evidence.data.filter((item) =>
    item.subcriteria.some((subcriterion) => subcriterion === code),
  );
  if (surveys.length === 0) return null;
  const headingId = `survey-evidence-${code.replace('.', '-')}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('tab.surveys.cafEvidence.heading')}</h3>
      <ul className={styles.list}>
        {surveys.map((survey) => (
          <li key={survey.surveyKey}>
            {t('tab.surveys.cafEvidence.item', {
              title: textIn(locale, survey.title),
              subcriteria: survey.subcriteria.join(', '),
              waves: survey.waves,
              last: formatDateTime(locale, survey.lastWaveOpensAt),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
