import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import type { SummaryListProps } from './SummaryList.types';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Documents as a list of links, each with a line of detail and an overdue mark in words. */
export function SummaryList({ items, detail }: SummaryListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.id} className={styles.line}>
          <PlaceLink to={{ kind: 'document', documentId: item.id, page: 'detail' }}>
            {`${item.code} ${item.title}`}
          </PlaceLink>
          <span>{detail(item)}</span>
          {item.reviewOverdue && (
            <Badge appearance="tint" color="danger">
              {t('tab.documents.table.reviewOverdue')}
            </Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
