import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { formatDateTime } from '@kvalita/core';
import type { DocumentHistoryProps } from './DocumentHistory.types';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  what: { fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, whiteSpace: 'pre-line' },
});

/** The document's history, newest first: who did what to which version, and why. */
export function DocumentHistory({ events }: DocumentHistoryProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  return (
    <ol className={styles.list}>
      {events.map((event) => (
        <li key={event.id}>
          <div className={styles.what}>
            {t('tab.documents.detail.historyItem', {
              event: t(`tab.documents.event.${event.kind}`),
              version: event.versionLabel,
            })}
          </div>
          <div>
            {t('tab.documents.detail.historyBy', {
              name: event.by?.displayName ?? t('tab.documents.detail.none'),
              at: formatDateTime(locale, event.at),
            })}
          </div>
          {event.note !== '' && <p className={styles.note}>{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
