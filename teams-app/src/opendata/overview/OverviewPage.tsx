import { MessageBar, MessageBarBody, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { OpenDatasetKey } from '@kvalita/core';
import { errorText } from '../../platform/components/error-text';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { OpenDataPageProps } from '../opendata.types';
import { DatasetTable } from './DatasetTable';
import type { SaveMessage } from './OverviewPage.types';
import { PublicationLog } from './PublicationLog';
import { PublishPanel } from './PublishPanel';
import { PublisherFacts } from './PublisherFacts';
import { RegistrationPanel } from './RegistrationPanel';
import { useOverview } from './use-overview';

const useStyles = makeStyles({
  intro: { margin: 0, maxWidth: '48rem' },
  datasets: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  status: { minHeight: tokens.lineHeightBase300, margin: 0 },
});

/**
 * Open data's overview: who publishes, the datasets with their settings (saved as they change),
 * publishing the chosen ones, registering the catalogue in NKOD, and the publication log.
 */
export function OverviewPage({ api }: OpenDataPageProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const overview = useOverview(api);
  const { load, datasets, message } = overview;
  const titles = new Map<OpenDatasetKey, string>(
    datasets.map((dataset) => [dataset.key, dataset.title[locale]]),
  );
  const titleOf = (key: OpenDatasetKey) => titles.get(key) ?? key;
  return (
    <PageFrame heading={t('tab.opendata.overview.heading')}>
      <p className={styles.intro}>{t('tab.opendata.overview.intro')}</p>
      {load.status === 'loading' && <Loading />}
      {load.status === 'error' && <LoadError error={load.error} onRetry={load.retry} />}
      {load.status === 'ready' && (
        <>
          <PublisherFacts reply={load.data} />
          <section className={styles.datasets} aria-labelledby="opendata-datasets">
            <Subtitle1 as="h2" id="opendata-datasets" className={styles.heading}>
              {t('tab.opendata.datasets.heading')}
            </Subtitle1>
            <SaveStatus message={message} titleOf={titleOf} />
            <DatasetTable datasets={datasets} onChange={overview.change} />
          </section>
          <PublishPanel
            api={api}
            chosen={datasets.filter((dataset) => dataset.chosen).length}
            onPublished={overview.reload}
          />
          <RegistrationPanel api={api} catalogueUrl={load.data.catalogueUrl} />
          <PublicationLog log={load.data.log} titles={titles} />
        </>
      )}
    </PageFrame>
  );
}

/** What became of the last change in the table: said politely while it saves, and loudly when it did not. */
function SaveStatus({
  message,
  titleOf,
}: {
  readonly message: SaveMessage | null;
  readonly titleOf: (key: OpenDatasetKey) => string;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  if (message?.kind === 'stale' || message?.kind === 'failed') {
    const title = titleOf(message.key);
    return (
      <MessageBar layout="multiline" intent={message.kind === 'stale' ? 'warning' : 'error'} role="alert">
        <MessageBarBody>
          {message.kind === 'failed'
            ? t('tab.opendata.datasets.saveFailed', { title, reason: errorText(message.error, t) })
            : t('tab.opendata.datasets.stale', { title })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <p role="status" className={styles.status}>
      {message === null
        ? ''
        : t(message.kind === 'saving' ? 'tab.opendata.datasets.saving' : 'tab.opendata.datasets.saved', {
            title: titleOf(message.key),
          })}
    </p>
  );
}
