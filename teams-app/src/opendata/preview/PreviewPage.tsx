import { Link, MessageBar, MessageBarBody, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { OPEN_DATASET_DEFINITIONS, type DatasetPreviewReply } from '@kvalita/core';
import { useCallback } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { problemPlace } from '../opendata-text';
import type { PreviewPageProps } from '../opendata.types';
import { CodeBlock } from '../parts/CodeBlock';
import { ScrollRegion } from '../parts/ScrollRegion';

const useStyles = makeStyles({
  intro: { margin: 0, maxWidth: '48rem' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // An address is one long word: it breaks rather than widen a phone's page.
  links: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  heading: { margin: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    maxWidth: '48rem',
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, fontVariantNumeric: 'tabular-nums' },
  hint: {
    gridColumn: '1 / -1',
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  place: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

const json = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * One dataset's files as the next publication would write them: the first rows under the columns'
 * Czech titles, the count of rows and of departments left out, what validation found, and the CSV,
 * its CSVW metadata and the catalogue record as text.
 */
export function PreviewPage({ api, datasetKey }: PreviewPageProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const preview = useLoad(
    useCallback((signal: AbortSignal) => api.getOpenDatasetPreview(datasetKey, signal), [api, datasetKey]),
  );
  const title = OPEN_DATASET_DEFINITIONS[datasetKey].title[locale];
  return (
    <PageFrame
      heading={t('tab.opendata.preview.heading', { title })}
      actions={
        <PlaceLink to={{ kind: 'opendata', datasetKey: null }}>{t('tab.opendata.preview.back')}</PlaceLink>
      }
    >
      <p className={styles.intro}>{t('tab.opendata.preview.intro')}</p>
      {preview.status === 'loading' && <Loading />}
      {preview.status === 'error' && <LoadError error={preview.error} onRetry={preview.retry} />}
      {preview.status === 'ready' && <PreviewContent reply={preview.data} />}
    </PageFrame>
  );
}

function PreviewContent({ reply }: { readonly reply: DatasetPreviewReply }) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const caption = t('tab.opendata.preview.rowsCaption', { shown: reply.rows.length, total: reply.totalRows });
  const numeric = reply.columns.flatMap((column, index) =>
    column.datatype === 'integer' || column.datatype === 'decimal' ? [index] : [],
  );
  const cellText = (value: string | number | null | undefined) =>
    value === null || value === undefined ? '' : String(value);
  const [first, ...rest] = reply.columns;
  return (
    <>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('tab.opendata.preview.totalRows')}</dt>
        <dd className={styles.value}>{reply.totalRows}</dd>
        <dt className={styles.term}>{t('tab.opendata.preview.withheld')}</dt>
        <dd className={styles.value}>{reply.withheldDepartments}</dd>
        <dd className={styles.hint}>{t('tab.opendata.preview.withheldHint')}</dd>
      </dl>

      <section className={styles.section} aria-labelledby="opendata-public">
        <Subtitle1 as="h2" id="opendata-public" className={styles.heading}>
          {t('tab.opendata.preview.publicLinks')}
        </Subtitle1>
        <p>{t('tab.opendata.preview.publicHint')}</p>
        <ul className={styles.links}>
          <li>
            <Link href={reply.urls.csv} target="_blank" rel="noopener noreferrer">
              {t('tab.opendata.preview.csv')}
            </Link>
          </li>
          <li>
            <Link href={reply.urls.metadata} target="_blank" rel="noopener noreferrer">
              {t('tab.opendata.preview.metadata')}
            </Link>
          </li>
          <li>
            <Link href={reply.urls.record} target="_blank" rel="noopener noreferrer">
              {t('tab.opendata.preview.record')}
            </Link>
          </li>
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="opendata-validation">
        <Subtitle1 as="h2" id="opendata-validation" className={styles.heading}>
          {t('tab.opendata.preview.validation')}
        </Subtitle1>
        {reply.problems.length === 0 ? (
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody>{t('tab.opendata.preview.valid')}</MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>
              <p>{t('tab.opendata.preview.invalid', { count: reply.problems.length })}</p>
              <ul className={styles.problems}>
                {reply.problems.map((problem, index) => (
                  <li key={index}>
                    <span className={styles.place}>{problemPlace(t, problem)}</span>
                    {': '}
                    {t(`tab.opendata.problem.${problem.code}`)}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={styles.section} aria-labelledby="opendata-rows">
        <Subtitle1 as="h2" id="opendata-rows" className={styles.heading}>
          {t('tab.opendata.preview.rows')}
        </Subtitle1>
        {reply.rows.length === 0 || first === undefined ? (
          <p>{t('tab.opendata.preview.noRows')}</p>
        ) : (
          <ScrollRegion label={caption}>
            <DataTable
              caption={caption}
              columns={reply.columns.map((column) => column.title[locale])}
              numericColumns={numeric}
              rows={reply.rows.map((row, index) => ({
                key: String(index),
                header: cellText(row[first.name]),
                cells: rest.map((column) => cellText(row[column.name])),
              }))}
            />
          </ScrollRegion>
        )}
      </section>

      <section className={styles.section} aria-labelledby="opendata-files">
        <Subtitle1 as="h2" id="opendata-files" className={styles.heading}>
          {t('tab.opendata.preview.files')}
        </Subtitle1>
        <CodeBlock title={t('tab.opendata.preview.csv')} text={reply.csv} />
        <CodeBlock title={t('tab.opendata.preview.metadata')} text={json(reply.metadata)} />
        <CodeBlock title={t('tab.opendata.preview.record')} text={json(reply.record)} />
      </section>
    </>
  );
}
