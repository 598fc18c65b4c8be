import { DataTable } from '../platform/components/DataTable';
import { useI18n } from '../platform/i18n/i18n-context';
import { percentOf } from './document-text';
import type { AcknowledgementRateTableProps } from './AcknowledgementRateTable.types';

/** Acknowledgement rates as a table: who confirmed, who is asked, the share in per cent. */
export function AcknowledgementRateTable({ caption, nameHeading, rows }: AcknowledgementRateTableProps) {
  const { t } = useI18n();
  return (
    <DataTable
      caption={caption}
      columns={[
        nameHeading,
        t('tab.documents.rates.acknowledged'),
        t('tab.documents.rates.audience'),
        t('tab.documents.rates.percent'),
      ]}
      numericColumns={[1, 2, 3]}
      rows={rows.map((row) => ({
        key: row.key,
        header: row.name,
        cells: [
          String(row.acknowledged),
          String(row.audience),
          t('tab.documents.rates.percentValue', { percent: percentOf(row.acknowledged, row.audience) }),
        ],
      }))}
    />
  );
}
