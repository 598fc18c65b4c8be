import { DataTable } from '../../platform/components/DataTable';
import { useI18n } from '../../platform/i18n/i18n-context';
import { dateText } from '../document-text';
import { DownloadButton } from '../DownloadButton';
import type { VersionTableProps } from './VersionTable.types';

/** Every version the person may see (all approved ones are kept as records), each one downloadable. */
export function VersionTable({ api, versions }: VersionTableProps) {
  const { locale, t } = useI18n();
  const none = t('tab.documents.detail.none');
  return (
    <DataTable
      caption={t('tab.documents.detail.versionsCaption', { count: versions.length })}
      columns={[
        t('tab.documents.detail.version'),
        t('tab.documents.detail.versionStatus'),
        t('tab.documents.detail.validity'),
        t('tab.documents.detail.approvedBy'),
        t('tab.documents.detail.reasonForChange'),
        t('tab.documents.detail.file'),
      ]}
      rows={versions.map((version) => ({
        key: version.label,
        header: version.label,
        cells: [
          t(`tab.documents.versionStatus.${version.status}`),
          version.effectiveFrom === null
            ? none
            : version.effectiveUntil === null
              ? t('tab.documents.detail.validityOpen', { from: dateText(locale, version.effectiveFrom) })
              : t('tab.documents.detail.validityRange', {
                  from: dateText(locale, version.effectiveFrom),
                  until: dateText(locale, version.effectiveUntil),
                }),
          version.approvedBy === null
            ? none
            : `${version.approvedBy.displayName}, ${dateText(locale, version.approvedAt)}`,
          version.reasonForChange ?? none,
          <DownloadButton
            key="file"
            api={api}
            contentUrl={version.contentUrl}
            fileName={version.file.name}
            label={t('tab.documents.detail.downloadVersion', { version: version.label })}
          />,
        ],
      }))}
    />
  );
}
