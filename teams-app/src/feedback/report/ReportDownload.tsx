import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { errorText } from '../../platform/components/error-text';
import { useFileDownload } from '../../platform/components/use-file-download';
import { useI18n } from '../../platform/i18n/i18n-context';
import { fileStem } from '../parts/file-name';
import type { ReportDownloadProps } from './ReportPage.types';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

/** The report as a .docx file, fetched with the sign-in header (only its reader may have it). */
export function ReportDownload({ api, report, subjectId }: ReportDownloadProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { busy, failure, download } = useFileDownload(
    () => api.downloadFeedbackReport(report.cycleId, subjectId),
    `${fileStem(`zprava-360 ${report.subject.displayName}`, 'zprava-360')}.docx`,
  );
  return (
    <div>
      <Button disabled={busy} onClick={() => void download()}>
        {t('tab.feedback.report.download')}
      </Button>
      {failure !== null && (
        <p role="alert" className={styles.error}>
          {t('tab.feedback.report.downloadFailed', { reason: errorText(failure, t) })}
        </p>
      )}
    </div>
  );
}
