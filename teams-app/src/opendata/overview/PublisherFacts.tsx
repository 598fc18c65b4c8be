import { Link, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { PublisherFactsProps } from './OverviewPage.types';

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    maxWidth: '48rem',
    '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  // An address is one long word: it breaks rather than widen a phone's page.
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
});

/** The office as the catalogue names it, and the catalogue's public address. */
export function PublisherFacts({ reply }: PublisherFactsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { publisher } = reply;
  const facts: readonly [string, ReactNode][] = [
    [t('tab.opendata.publisher.office'), publisher.officeName],
    [t('tab.opendata.publisher.ico'), publisher.ico],
    [
      t('tab.opendata.publisher.contact'),
      <Link key="contact" href={`mailto:${publisher.contactEmail}`}>
        {publisher.contactEmail}
      </Link>,
    ],
    [
      t('tab.opendata.publisher.catalogue'),
      <Link key="catalogue" href={reply.catalogueUrl} target="_blank" rel="noreferrer">
        {reply.catalogueUrl}
      </Link>,
    ],
  ];
  return (
    <section aria-labelledby="opendata-publisher">
      <Subtitle1 as="h2" id="opendata-publisher" className={styles.heading}>
        {t('tab.opendata.publisher.heading')}
      </Subtitle1>
      <dl className={styles.list}>
        {facts.map(([term, value]) => (
          <Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
