import { formatDate, type CycleEvent } from '@kvalita/core';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { statusText } from '../caf-text';

export interface CycleHistoryProps {
  readonly history: readonly CycleEvent[];
}

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  item: { paddingBlock: tokens.spacingVerticalXXS },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** What happened to the cycle, oldest first: moves, steps back, approval and returns, with reasons. */
export function CycleHistory({ history }: CycleHistoryProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const line = (event: CycleEvent) => {
    const params = {
      date: formatDate(locale, event.at),
      name: event.byName,
      from: statusText(t, event.from),
      to: statusText(t, event.to),
      names: event.notSubmitted.join(', '),
    };
    if (event.kind === 'moved' && event.notSubmitted.length > 0)
      return t('tab.caf.history.endedScoring', params);
    return t(`tab.caf.history.${event.kind}`, params);
  };
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className={styles.heading}>
        {t('tab.caf.history.heading')}
      </h2>
      {history.length === 0 ? (
        <p>{t('tab.caf.history.empty')}</p>
      ) : (
        <ol className={styles.list}>
          {history.map((event, index) => (
            <li key={`${event.at}-${index}`} className={styles.item}>
              {line(event)}
              {event.reason !== '' && (
                <p className={styles.note}>{t('tab.caf.history.reason', { text: event.reason })}</p>
              )}
              {event.comment !== '' && (
                <p className={styles.note}>{t('tab.caf.history.comment', { text: event.comment })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
