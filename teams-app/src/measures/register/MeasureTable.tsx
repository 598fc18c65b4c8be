import { Badge } from '@fluentui/react-components';
import { DataTable } from '../../platform/components/DataTable';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { formatDate, phaseKey, statusKey } from '../measure-text';
import type { MeasureTableProps } from './MeasureTable.types';

/** The register as a table: each measure's title links to its detail. */
export function MeasureTable({ items, total }: MeasureTableProps) {
  const { locale, t } = useI18n();
  return (
    <DataTable
      caption={t('tab.measures.table.caption', { shown: items.length, total })}
      columns={[
        t('tab.measures.table.title'),
        t('tab.measures.table.status'),
        t('tab.measures.table.phase'),
        t('tab.measures.table.priority'),
        t('tab.measures.table.department'),
        t('tab.measures.table.owner'),
        t('tab.measures.table.deadline'),
        t('tab.measures.table.progress'),
      ]}
      numericColumns={[7]}
      rows={items.map((item) => ({
        key: String(item.id),
        header: (
          <PlaceLink to={{ kind: 'measure', measureId: item.id, page: 'detail' }}>{item.title}</PlaceLink>
        ),
        cells: [
          t(statusKey(item.status)),
          t(phaseKey(item.phase)),
          t(`tab.measures.priority.${item.priority}`),
          item.departmentName ?? '—',
          item.owner?.displayName ?? '—',
          <>
            {formatDate(locale, item.deadline)}{' '}
            {item.overdue && (
              <Badge appearance="tint" color="danger">
                {t('tab.measures.table.overdue')}
              </Badge>
            )}
          </>,
          `${item.progress} %`,
        ],
      }))}
    />
  );
}
