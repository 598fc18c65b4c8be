import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { DataTable } from '../../platform/components/DataTable';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { dateText } from '../document-text';
import type { DocumentTableProps } from './DocumentTable.types';

const useStyles = makeStyles({
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** The register as a table: kind, code, title (a link to the document), version, dates, status. */
export function DocumentTable({ items, total }: DocumentTableProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  return (
    <DataTable
      caption={t('tab.documents.table.caption', { shown: items.length, total })}
      columns={[
        t('tab.documents.table.title'),
        t('tab.documents.table.code'),
        t('tab.documents.table.kind'),
        t('tab.documents.table.version'),
        t('tab.documents.table.effectiveFrom'),
        t('tab.documents.table.nextReview'),
        t('tab.documents.table.status'),
      ]}
      rows={items.map((item) => ({
        key: String(item.id),
        header: (
          <PlaceLink to={{ kind: 'document', documentId: item.id, page: 'detail' }}>{item.title}</PlaceLink>
        ),
        cells: [
          item.code,
          t(`tab.documents.kind.${item.kind}`),
          item.versionLabel ?? '—',
          dateText(locale, item.effectiveFrom),
          <>
            {dateText(locale, item.nextReviewDate)}{' '}
            {item.reviewOverdue && (
              <Badge appearance="tint" color="danger">
                {t('tab.documents.table.reviewOverdue')}
              </Badge>
            )}
          </>,
          <span className={styles.badges}>
            {t(`tab.documents.status.${item.status}`)}
            {item.revisionStatus !== null && (
              <Badge appearance="outline" color="informative">
                {t('tab.documents.table.revision', {
                  status: t(`tab.documents.versionStatus.${item.revisionStatus}`),
                })}
              </Badge>
            )}
          </span>,
        ],
      }))}
    />
  );
}
