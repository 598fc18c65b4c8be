import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ResultRow } from '@kvalita/core';
import { useCallback, useState } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { PlainSelect } from '../../platform/components/PlainSelect';
import { saveFile } from '../../platform/components/save-file';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { CampaignNav } from '../campaigns/CampaignNav';
import { deltaText, numberText, percentText } from '../mystery-text';
import type { CampaignPageProps } from '../mystery.types';
import { ActionError } from '../../platform/components/ActionError';
import { useAction } from '../parts/use-action';
import { useDepartmentNames } from '../parts/use-department-names';
import { ScoreCell } from './ScoreCell';

const useStyles = makeStyles({
  figures: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL, margin: 0 },
  figure: { display: 'flex', flexDirection: 'column' },
  number: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
});

/**
 * A campaign's results from its released sheets: the overall score beside the previous campaign,
 * by department, channel, scenario and section, the items failed most, waiting and answer times
 * (median and 90th percentile), correct answers, and the downloads.
 */
export function ResultsPage({ api, campaignId, go, notice }: CampaignPageProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const name = useDepartmentNames(api);
  const [department, setDepartment] = useState<string | null>(null);
  const campaign = useLoad(
    useCallback((signal: AbortSignal) => api.getCampaign(campaignId, signal), [api, campaignId]),
  );
  const loaded = useLoad(
    useCallback(
      (signal: AbortSignal) => api.getMysteryResults(campaignId, department, signal),
      [api, campaignId, department],
    ),
  );
  const download = useAction();
  if (loaded.status === 'loading' || campaign.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadError error={loaded.error} onRetry={loaded.retry} />;
  if (campaign.status === 'error') return <LoadError error={campaign.error} onRetry={campaign.retry} />;
  const { results, departments } = loaded.data;
  const office =
    campaign.data.allowed.includes('results') &&
    departments.length === campaign.data.campaign.departmentCodes.length;
  const scenarioTitle = (key: string) =>
    campaign.data.campaign.scenarios.find((one) => one.key === key)?.title ?? key;
  const table = (
    caption: string,
    first: string,
    rows: readonly ResultRow[],
    label: (key: string) => string,
  ) => (
    <DataTable
      caption={caption}
      columns={[
        first,
        t('tab.mystery.results.score'),
        t('tab.mystery.results.evaluations'),
        t('tab.mystery.results.failed'),
        t('tab.mystery.results.previous'),
        t('tab.mystery.results.change'),
      ]}
      numericColumns={[2, 3, 4, 5]}
      rows={rows.map((row) => ({
        key: row.key,
        header: label(row.key),
        cells: [
          <ScoreCell key="score" score={row.meanScore} />,
          String(row.evaluations),
          String(row.failed),
          percentText(locale, row.previous?.meanScore ?? null),
          deltaText(locale, row.meanScore, row.previous?.meanScore ?? null),
        ],
      }))}
    />
  );
  const shownDepartment = results.departmentCode;
  return (
    <PageFrame heading={t('tab.mystery.results.heading', { name: results.campaignName })} notice={notice}>
      <CampaignNav campaignId={campaignId} current="results" allowed={campaign.data.allowed} go={go} />
      <div className={styles.row}>
        {(office || departments.length > 1) && (
          <PlainSelect
            label={t('tab.mystery.results.scope')}
            value={department ?? ''}
            onChange={(value) => setDepartment(value === '' ? null : value)}
          >
            {office && <option value="">{t('tab.mystery.results.wholeOffice')}</option>}
            {departments.map((code) => (
              <option key={code} value={code}>
                {name(code)}
              </option>
            ))}
          </PlainSelect>
        )}
        {shownDepartment !== null && (
          <Button
            disabled={download.busy}
            onClick={() =>
              void download.run(async () =>
                saveFile(
                  await api.downloadMysteryReport(campaignId, shownDepartment),
                  `mystery-${campaignId}-${shownDepartment}.docx`,
                ),
              )
            }
          >
            {t('tab.mystery.results.downloadReport', { department: name(shownDepartment) })}
          </Button>
        )}
        {office && (
          <Button
            disabled={download.busy}
            onClick={() =>
              void download.run(async () =>
                saveFile(await api.downloadMysteryData(campaignId), `mystery-${campaignId}.xlsx`),
              )
            }
          >
            {t('tab.mystery.results.downloadData')}
          </Button>
        )}
      </div>
      <ActionError text={download.error} />
      {results.overall.evaluations === 0 ? (
        <p>{t('tab.mystery.results.none')}</p>
      ) : (
        <>
          <dl className={styles.figures}>
            <div className={styles.figure}>
              <dt>{t('tab.mystery.results.overall')}</dt>
              <dd className={styles.number}>{percentText(locale, results.overall.meanScore)}</dd>
            </div>
            <div className={styles.figure}>
              <dt>{t('tab.mystery.results.evaluations')}</dt>
              <dd className={styles.number}>{results.overall.evaluations}</dd>
            </div>
            <div className={styles.figure}>
              <dt>{t('tab.mystery.results.failed')}</dt>
              <dd className={styles.number}>{results.overall.failed}</dd>
            </div>
            <div className={styles.figure}>
              <dt>{t('tab.mystery.results.correct')}</dt>
              <dd className={styles.number}>
                {results.correctAnswers.count === 0
                  ? '—'
                  : percentText(
                      locale,
                      (100 * results.correctAnswers.correct) / results.correctAnswers.count,
                    )}
              </dd>
            </div>
          </dl>
          {results.previous !== null && (
            <p>
              {t('tab.mystery.results.versus', {
                name: results.previous.campaignName,
                score: percentText(locale, results.previous.overall.meanScore),
                change: deltaText(locale, results.overall.meanScore, results.previous.overall.meanScore),
              })}
            </p>
          )}
          {table(
            t('tab.mystery.results.byDepartment'),
            t('tab.mystery.campaign.department'),
            results.byDepartment,
            name,
          )}
          {table(
            t('tab.mystery.results.byChannel'),
            t('tab.mystery.campaign.channel'),
            results.byChannel,
            (key) => t(`tab.mystery.channel.${key}` as 'tab.mystery.channel.visit'),
          )}
          {table(
            t('tab.mystery.results.bySection'),
            t('tab.mystery.checklists.section'),
            results.bySection,
            (key) => t(`tab.mystery.section.${key}` as 'tab.mystery.section.outcome'),
          )}
          {table(
            t('tab.mystery.results.byScenario'),
            t('tab.mystery.sheet.scenario'),
            results.byScenario,
            scenarioTitle,
          )}
          <DataTable
            caption={t('tab.mystery.results.items')}
            columns={[
              t('tab.mystery.results.item'),
              t('tab.mystery.campaign.channel'),
              t('tab.mystery.results.failureRate'),
              t('tab.mystery.results.partly'),
              t('tab.mystery.results.applicable'),
            ]}
            numericColumns={[2, 3, 4]}
            rows={results.items.slice(0, 15).map((item) => ({
              key: `${item.channel}-${item.key}`,
              header: item.critical ? `${item.text} (${t('tab.mystery.item.criticalShort')})` : item.text,
              cells: [
                t(`tab.mystery.channel.${item.channel}`),
                percentText(locale, 100 * item.failureRate),
                String(item.partly),
                String(item.applicable),
              ],
            }))}
          />
          <DataTable
            caption={t('tab.mystery.results.times')}
            columns={[
              t('tab.mystery.results.measure'),
              t('tab.mystery.results.count'),
              t('tab.mystery.results.median'),
              t('tab.mystery.results.p90'),
            ]}
            numericColumns={[1, 2, 3]}
            rows={(['waitMinutes', 'rings', 'replyHours'] as const).map((measure) => ({
              key: measure,
              header: t(`tab.mystery.results.time.${measure}`),
              cells: [
                String(results.times[measure].count),
                numberText(locale, results.times[measure].median),
                numberText(locale, results.times[measure].p90),
              ],
            }))}
          />
          <p>{t('tab.mystery.results.late', { count: results.lateReplies })}</p>
        </>
      )}
    </PageFrame>
  );
}
