import { DataTable } from '../../platform/components/DataTable';
import { useI18n } from '../../platform/i18n/i18n-context';
import { dateText } from '../feedback-text';
import { ScoreCell } from '../report/ScoreCell';
import type { TrendTableProps } from './OrganisationPage.types';

/** The office's mean per competency across the released cycles of the same model, oldest first. */
export function TrendTable({ reply }: TrendTableProps) {
  const { locale, t } = useI18n();
  if (reply.trend.length === 0) return <p>{t('tab.feedback.organisation.noTrend')}</p>;
  return (
    <DataTable
      caption={t('tab.feedback.organisation.trendCaption')}
      columns={[t('tab.feedback.cycles.name'), ...reply.competencies.map((competency) => competency.name)]}
      numericColumns={reply.competencies.map((_competency, index) => index + 1)}
      rows={reply.trend.map((point) => ({
        key: String(point.cycleId),
        header: t('tab.feedback.organisation.trendCycle', {
          name: point.cycleName,
          date: dateText(locale, point.releasedAt),
        }),
        cells: reply.competencies.map((competency) => (
          <ScoreCell
            key={competency.key}
            score={{ mean: point.means[competency.key] ?? null, ratings: null }}
          />
        )),
        current: point.cycleId === reply.cycleId,
      }))}
    />
  );
}
