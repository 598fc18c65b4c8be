import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { PDCA_PHASES, type PdcaPhase } from '@kvalita/core';
import { useId } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { formatDate, phaseKey, statusKey } from '../measure-text';
import type { MeasureBoardProps } from './MeasureBoard.types';

const useStyles = makeStyles({
  board: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  column: {
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  heading: { ...typographyStyles.subtitle2, margin: `0 0 ${tokens.spacingVerticalS}` },
  cards: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
});

/**
 * The register by PDCA phase: Plánuj, Dělej, Kontroluj, Jednej. Each column is a titled list and
 * each card a link, so the board is read and walked with Tab like any list of links.
 */
export function MeasureBoard({ items }: MeasureBoardProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const captionId = useId();
  return (
    <section aria-labelledby={captionId}>
      <h2 id={captionId} className={styles.heading}>
        {t('tab.measures.board.caption')}
      </h2>
      <div className={styles.board}>
        {PDCA_PHASES.map((phase) => (
          <BoardColumn key={phase} phase={phase} items={items.filter((item) => item.phase === phase)} />
        ))}
      </div>
    </section>
  );
}

function BoardColumn({
  phase,
  items,
}: {
  readonly phase: PdcaPhase;
  readonly items: MeasureBoardProps['items'];
}) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.column} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t('tab.measures.board.column', { phase: t(phaseKey(phase)), count: items.length })}
      </h3>
      {items.length === 0 ? (
        <p className={styles.meta}>{t('tab.measures.board.empty')}</p>
      ) : (
        <ul className={styles.cards}>
          {items.map((item) => (
            <li key={item.id} className={styles.card}>
              <PlaceLink to={{ kind: 'measure', measureId: item.id, page: 'detail' }}>{item.title}</PlaceLink>
              <span className={styles.meta}>
                {t(statusKey(item.status))} · {formatDate(locale, item.deadline)} · {item.progress} %
                {item.overdue ? ` · ${t('tab.measures.table.overdue')}` : ''}
              </span>
              <span className={styles.meta}>{item.owner?.displayName ?? '—'}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
