import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { fileText } from '../document-text';
import type { RevisionPanelProps } from './RevisionPanel.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { margin: 0, whiteSpace: 'pre-line' },
});

/** The draft in progress (shown only to those the service lets see drafts). */
export function RevisionPanel({ revision }: RevisionPanelProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <p className={styles.line}>
        {t('tab.documents.detail.revisionLine', {
          version: revision.label,
          status: t(`tab.documents.versionStatus.${revision.status}`),
        })}
      </p>
      <p className={styles.line}>
        {revision.file === null
          ? t('tab.documents.detail.revisionNoFile')
          : t('tab.documents.detail.revisionFile', { file: fileText(locale, revision.file) })}
      </p>
      {revision.reasonForChange !== null && (
        <p className={styles.line}>
          {t('tab.documents.detail.revisionReason', { reason: revision.reasonForChange })}
        </p>
      )}
      {revision.returnComment !== null && (
        <p className={styles.line}>
          {t('tab.documents.detail.returnComment', { comment: revision.returnComment })}
        </p>
      )}
    </div>
  );
}
