import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { PendingAcknowledgement } from '@kvalita/core';
import { useCallback, useId, useState } from 'react';
import { errorText } from '../../platform/components/error-text';
import { LoadError } from '../../platform/components/LoadError';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { dateText } from '../document-text';
import { DownloadButton } from '../DownloadButton';
import type { PendingAcknowledgementsProps } from './PendingAcknowledgements.types';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  intro: { margin: 0 },
  list: {
    margin: 0,
    paddingInlineStart: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

type Outcome =
  | { readonly kind: 'confirmed'; readonly code: string; readonly version: string }
  | { readonly kind: 'failed'; readonly error: unknown };

/**
 * "You have N documents to confirm": the person's pending acknowledgements with an explicit
 * confirm button for each version (Teams has no read receipts), a link to open the file first.
 */
export function PendingAcknowledgements({ api, count, onConfirmed }: PendingAcknowledgementsProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const load = useCallback(
    (signal: AbortSignal) =>
      count > 0 ? api.getMyAcknowledgements(signal) : Promise.resolve({ pending: [] }),
    [api, count],
  );
  const mine = useLoad(load);
  // Versions confirmed here: hidden at once, before the list is read again (a confirmation is final).
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const keyOf = (item: PendingAcknowledgement) => `${item.documentId}@${item.versionLabel}`;
  const confirm = async (item: PendingAcknowledgement) => {
    setBusy(keyOf(item));
    try {
      await api.acknowledgeDocument(item.documentId, { versionLabel: item.versionLabel });
      setDone((old) => new Set([...old, keyOf(item)]));
      setOutcome({ kind: 'confirmed', code: item.code, version: item.versionLabel });
      onConfirmed();
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(null);
    }
  };

  const message =
    outcome === null ? null : (
      <MessageBar layout="multiline" intent={outcome.kind === 'confirmed' ? 'success' : 'error'}>
        <MessageBarBody>
          {outcome.kind === 'confirmed'
            ? t('tab.documents.pending.confirmed', { code: outcome.code, version: outcome.version })
            : t('tab.documents.pending.failed', { reason: errorText(outcome.error, t) })}
        </MessageBarBody>
      </MessageBar>
    );
  const live = <div aria-live="polite">{message}</div>;
  if (mine.status === 'error') return <LoadError error={mine.error} onRetry={mine.retry} />;
  const pending = mine.status === 'ready' ? mine.data.pending.filter((item) => !done.has(keyOf(item))) : [];
  if (pending.length === 0) return live;
  return (
    <>
      {live}
      <section className={styles.root} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          {t('tab.documents.pending.heading', { count: pending.length })}
        </h2>
        <p className={styles.intro}>{t('tab.documents.pending.intro')}</p>
        <ul className={styles.list}>
          {pending.map((item) => (
            <li key={keyOf(item)} className={styles.item}>
              <PlaceLink to={{ kind: 'document', documentId: item.documentId, page: 'detail' }}>
                {`${item.code} ${item.title}`}
              </PlaceLink>
              <span>
                {t('tab.documents.pending.item', {
                  version: item.versionLabel,
                  date: dateText(locale, item.effectiveFrom),
                })}
              </span>
              <span>{t('tab.documents.pending.waiting', { days: item.daysWaiting })}</span>
              {item.webUrl !== null ? (
                <Link href={item.webUrl} target="_blank" rel="noreferrer">
                  {t('tab.documents.pending.open', { code: item.code })}
                </Link>
              ) : (
                <DownloadButton
                  api={api}
                  contentUrl={item.contentUrl}
                  fileName={item.code}
                  label={t('tab.documents.pending.open', { code: item.code })}
                />
              )}
              <Button appearance="primary" disabled={busy !== null} onClick={() => void confirm(item)}>
                {t('tab.documents.pending.confirm', { code: item.code, version: item.versionLabel })}
              </Button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
