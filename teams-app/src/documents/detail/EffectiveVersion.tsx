import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { dateText, fileText } from '../document-text';
import { DownloadButton } from '../DownloadButton';
import type { EffectiveVersionProps } from './EffectiveVersion.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  line: { margin: 0 },
});

/** The version in force: open it in SharePoint or download it, and the person's acknowledgement. */
export function EffectiveVersion({ api, reply, onAcknowledge }: EffectiveVersionProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const { document, acknowledgement, allowed } = reply;
  const version = document.effectiveVersion;
  if (version === null) return <p className={styles.line}>{t('tab.documents.detail.noEffective')}</p>;
  const acknowledge = async () => {
    setBusy(true);
    try {
      await onAcknowledge(version.label);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.root}>
      <p className={styles.line}>
        {t('tab.documents.detail.effectiveLine', {
          version: version.label,
          date: dateText(locale, version.effectiveFrom),
        })}
      </p>
      <div className={styles.row}>
        {document.webUrl !== null && (
          <Link href={document.webUrl} target="_blank" rel="noreferrer">
            {t('tab.documents.detail.openInSharePoint')}
          </Link>
        )}
        <DownloadButton
          api={api}
          contentUrl={version.contentUrl}
          fileName={version.file.name}
          label={t('tab.documents.detail.download', { file: fileText(locale, version.file) })}
        />
      </div>
      {acknowledgement.required && acknowledgement.acknowledgedAt !== null && (
        <p className={styles.line}>
          {t('tab.documents.detail.myAcknowledged', {
            version: acknowledgement.versionLabel ?? version.label,
            date: dateText(locale, acknowledgement.acknowledgedAt),
          })}
        </p>
      )}
      {acknowledgement.required && acknowledgement.acknowledgedAt === null && (
        <p className={styles.line}>{t('tab.documents.detail.myPending')}</p>
      )}
      {allowed.includes('acknowledge') && (
        <div>
          <Button appearance="primary" disabled={busy} onClick={() => void acknowledge()}>
            {t('tab.documents.detail.acknowledge', { version: version.label })}
          </Button>
        </div>
      )}
    </div>
  );
}
