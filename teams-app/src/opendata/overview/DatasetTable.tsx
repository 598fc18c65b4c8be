import { Checkbox, Link, Select, makeStyles, tokens } from '@fluentui/react-components';
import { UPDATE_FREQUENCIES, type UpdateFrequency } from '@kvalita/core';
import { DataTable } from '../../platform/components/DataTable';
import { dateText } from '../../platform/i18n/date-text';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { FREQUENCY_TEXT } from '../opendata-text';
import { ScrollRegion } from '../parts/ScrollRegion';
import { VisuallyHidden } from '../parts/VisuallyHidden';
import type { DatasetTableProps } from './OverviewPage.types';

const useStyles = makeStyles({
  title: { display: 'block', minWidth: '12rem', fontWeight: tokens.fontWeightSemibold },
  description: {
    display: 'block',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    maxWidth: '24rem',
  },
  select: { minWidth: '9rem' },
  nowrap: { whiteSpace: 'nowrap' },
  links: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/**
 * The five datasets: whether each is published and how often (each change saved at once), when it
 * was last published and is next due, whether the catalogue holds it, its public files and its preview.
 */
export function DatasetTable({ datasets, onChange }: DatasetTableProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const caption = t('tab.opendata.datasets.caption', { count: datasets.length });
  return (
    <ScrollRegion label={caption}>
      <DataTable
        caption={caption}
        columns={[
          t('tab.opendata.datasets.title'),
          t('tab.opendata.datasets.chosen'),
          t('tab.opendata.datasets.frequency'),
          t('tab.opendata.datasets.lastPublished'),
          t('tab.opendata.datasets.nextDue'),
          t('tab.opendata.datasets.inCatalogue'),
          t('tab.opendata.datasets.files'),
          t('tab.opendata.datasets.preview'),
        ]}
        rows={datasets.map((dataset) => {
          const title = dataset.title[locale];
          const ofDataset = (
            <VisuallyHidden>{t('tab.opendata.datasets.ofDataset', { title })}</VisuallyHidden>
          );
          return {
            key: dataset.key,
            header: (
              <>
                <span className={styles.title}>{title}</span>
                <span className={styles.description}>{dataset.description[locale]}</span>
              </>
            ),
            cells: [
              <Checkbox
                key="chosen"
                checked={dataset.chosen}
                aria-label={t('tab.opendata.datasets.chosenLabel', { title })}
                onChange={(_event, data) => onChange(dataset.key, { chosen: data.checked === true })}
              />,
              <Select
                key="frequency"
                className={styles.select}
                value={dataset.frequency}
                aria-label={t('tab.opendata.datasets.frequencyLabel', { title })}
                onChange={(_event, data) =>
                  onChange(dataset.key, { frequency: data.value as UpdateFrequency })
                }
              >
                {UPDATE_FREQUENCIES.map((frequency) => (
                  <option key={frequency} value={frequency}>
                    {t(FREQUENCY_TEXT[frequency])}
                  </option>
                ))}
              </Select>,
              dataset.lastPublished === null
                ? t('tab.opendata.datasets.never')
                : t('tab.opendata.datasets.lastPublishedValue', {
                    date: dateText(locale, dataset.lastPublished.at),
                    rows: dataset.lastPublished.rows,
                  }),
              <span key="next" className={styles.nowrap}>
                {dateText(locale, dataset.nextDue)}
              </span>,
              dataset.inCatalogue ? t('tab.opendata.datasets.yes') : t('tab.opendata.datasets.no'),
              // The files are there once the dataset has been published.
              dataset.lastPublished === null ? (
                '—'
              ) : (
                <span key="files" className={styles.links}>
                  <Link href={dataset.urls.csv} target="_blank" rel="noreferrer">
                    {t('tab.opendata.datasets.csv')}
                    {ofDataset}
                  </Link>
                  <Link href={dataset.urls.record} target="_blank" rel="noreferrer">
                    {t('tab.opendata.datasets.record')}
                    {ofDataset}
                  </Link>
                </span>
              ),
              <PlaceLink key="preview" to={{ kind: 'opendata', datasetKey: dataset.key }}>
                {t('tab.opendata.datasets.preview')}
                {ofDataset}
              </PlaceLink>,
            ],
          };
        })}
      />
    </ScrollRegion>
  );
}
