import { Button } from '@fluentui/react-components';
import { errorText } from '../platform/components/error-text';
import { useFileDownload } from '../platform/components/use-file-download';
import { useI18n } from '../platform/i18n/i18n-context';
import type { DownloadButtonProps } from './DownloadButton.types';

/**
 * Downloads a version's file. The file comes from the service with the sign-in header (the
 * person's rights decide which versions they may open), so it cannot be a plain link.
 */
export function DownloadButton({ api, contentUrl, fileName, label }: DownloadButtonProps) {
  const { t } = useI18n();
  const { busy, failure, download } = useFileDownload(() => api.downloadDocumentFile(contentUrl), fileName);
  return (
    <>
      <Button size="small" disabled={busy} onClick={() => void download()}>
        {label}
      </Button>
      {failure !== null && (
        <span role="alert">
          {t('tab.documents.detail.downloadFailed', { reason: errorText(failure, t) })}
        </span>
      )}
    </>
  );
}
