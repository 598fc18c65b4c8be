import { Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { formatDateTime } from '@kvalita/core';
import { DataTable } from '../../platform/components/DataTable';
import { useI18n } from '../../platform/i18n/i18n-context';
import { shortDigest } from '../opendata-text';
import { ScrollRegion } from '../parts/ScrollRegion';
import { VisuallyHidden } from '../parts/VisuallyHidden';
import type { PublicationLogProps } from './OverviewPage.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: 'none' },
  digest: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  nowrap: { whiteSpace: 'nowrap' },
});

/** The publications, newest first: when, who, how, which datasets with how many rows, the catalogue's digest, the files' versions. */
export function PublicationLog({ log, titles }: PublicationLogProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const caption = t('tab.opendata.log.caption', { count: log.length });
  return (
    <section className={styles.root} aria-labelledby="opendata-log">
      <Subtitle1 as="h2" id="opendata-log" className={styles.heading}>
        {t('tab.opendata.log.heading')}
      </Subtitle1>
      {log.length === 0 ? (
        <p>{t('tab.opendata.log.empty')}</p>
      ) : (
        <ScrollRegion label={caption}>
          <DataTable
            caption={caption}
            columns={[
              t('tab.opendata.log.at'),
              t('tab.opendata.log.by'),
              t('tab.opendata.log.trigger'),
              t('tab.opendata.log.datasets'),
              t('tab.opendata.log.sha'),
              t('tab.opendata.log.versions'),
            ]}
            rows={log.map((entry) => ({
              key: String(entry.id),
              header: <span className={styles.nowrap}>{formatDateTime(locale, entry.at)}</span>,
              cells: [
                entry.by.displayName,
                t(`tab.opendata.trigger.${entry.trigger}`),
                <ul key="datasets" className={styles.list}>
                  {entry.datasets.map((dataset) => (
                    <li key={dataset.key}>
                      {t('tab.opendata.log.datasetRows', {
                        title: titles.get(dataset.key) ?? dataset.key,
                        rows: dataset.rows,
                      })}
                    </li>
                  ))}
                </ul>,
                // The start shows; the whole digest is the tooltip and what a screen reader reads.
                <span key="sha" className={styles.digest} title={entry.catalogue.sha256}>
                  <span aria-hidden="true">{shortDigest(entry.catalogue.sha256)}</span>
                  <VisuallyHidden>
                    {t('tab.opendata.log.shaFull', { sha: entry.catalogue.sha256 })}
                  </VisuallyHidden>
                </span>,
                <ul key="versions" className={styles.list}>
                  <li>{t('tab.opendata.log.catalogueVersion', { version: entry.catalogue.version })}</li>
                  {entry.datasets.flatMap((dataset) =>
                    dataset.files.map((file) => (
                      <li key={`${dataset.key}-${file.name}`}>
                        {t('tab.opendata.log.fileVersion', { name: file.name, version: file.version })}
                      </li>
                    )),
                  )}
                </ul>,
              ],
            }))}
          />
        </ScrollRegion>
      )}
    </section>
  );
}
