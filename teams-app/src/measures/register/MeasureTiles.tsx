import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { TILES } from '../tile-filters';
import type { MeasureTilesProps } from './MeasureTiles.types';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  heading: { ...typographyStyles.subtitle2, margin: `0 0 ${tokens.spacingVerticalS}` },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    minWidth: '9rem',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    cursor: 'pointer',
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  count: { ...typographyStyles.title2 },
});

/** The register's figures; each tile is a button that applies its filter. */
export function MeasureTiles({ tiles, onSelect }: MeasureTilesProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('tab.measures.register.tiles')}
      </h2>
      <ul className={styles.list}>
        {TILES.map((tile) => (
          <li key={tile}>
            <button type="button" className={styles.tile} onClick={() => onSelect(tile)}>
              {/* The name is what the tile shows ("Po termínu 10"): a voice user says what they see. */}
              <span>{t(`tab.measures.tile.${tile}`)}</span>{' '}
              <span className={styles.count}>{tiles[tile]}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
