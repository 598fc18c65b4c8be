import type { Campaign, EvaluationSummary } from '@kvalita/core';
import { DataTable } from '../../platform/components/DataTable';
import { useI18n } from '../../platform/i18n/i18n-context';
import { percentText, weekText } from '../mystery-text';
import { MysteryLink } from '../parts/MysteryLink';

/** Sheets as a table: week, department, service point, channel, scenario, evaluator, status, score. */
export function SheetTable({
  caption,
  campaign,
  sheets,
  name,
}: {
  readonly caption: string;
  readonly campaign: Campaign;
  readonly sheets: readonly EvaluationSummary[];
  readonly name: (code: string) => string;
}) {
  const { locale, t } = useI18n();
  return (
    <DataTable
      caption={caption}
      columns={[
        t('tab.mystery.sheet.week'),
        t('tab.mystery.campaign.department'),
        t('tab.mystery.sheet.servicePoint'),
        t('tab.mystery.campaign.channel'),
        t('tab.mystery.sheet.scenario'),
        t('tab.mystery.sheet.evaluator'),
        t('tab.mystery.sheet.status'),
        t('tab.mystery.sheet.score'),
      ]}
      numericColumns={[7]}
      rows={sheets.map((sheet) => ({
        key: String(sheet.id),
        header: (
          <MysteryLink to={{ page: 'evaluation', evaluationId: sheet.id }}>
            {weekText(locale, sheet.week)}
          </MysteryLink>
        ),
        cells: [
          name(sheet.departmentCode),
          campaign.servicePoints.find((point) => point.key === sheet.servicePointKey)?.name ??
            sheet.servicePointKey,
          t(`tab.mystery.channel.${sheet.channel}`),
          campaign.scenarios.find((scenario) => scenario.key === sheet.scenarioKey)?.title ??
            sheet.scenarioKey,
          sheet.evaluator.displayName,
          t(`tab.mystery.status.${sheet.status}`),
          sheet.failedCritical
            ? t('tab.mystery.sheet.failed', { score: percentText(locale, sheet.score) })
            : percentText(locale, sheet.score),
        ],
      }))}
    />
  );
}
