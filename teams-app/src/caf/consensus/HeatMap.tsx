import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { formatScore } from '../caf-text';
import type { HeatMapProps } from './consensus.types';
import { heatLevel } from './heat-level';

const useStyles = makeStyles({
  grid: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(8.5rem, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  cell: {
    width: '100%',
    minHeight: '5.5rem',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    textAlign: 'start',
    cursor: 'pointer',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  // Too few scores to compare, or none: neutral, so nothing looks like agreement.
  noScores: {},
  tooFew: {
    border: `${tokens.strokeWidthThin} dotted ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  low: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  medium: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  // Needs discussion: a hatched pattern and a thick border, besides the colour and the words.
  high: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    backgroundImage:
      'repeating-linear-gradient(135deg, transparent 0 8px, rgba(127, 127, 127, 0.18) 8px 12px)',
    border: `${tokens.strokeWidthThicker} dashed ${tokens.colorNeutralStroke1}`,
  },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: '1px' },
  code: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  flag: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The 28 subcriteria as a heat map of the team's spread, for the consensus meeting's screen share.
 * Each cell says its spread and, above the limit, "needs discussion" in words and with a pattern;
 * with fewer than two scores it says there are too few, on a neutral background.
 */
export function HeatMap({ rows, spreadLimit, selected, onSelect }: HeatMapProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  return (
    <ul className={styles.grid} aria-label={t('tab.caf.consensus.heatMap')}>
      {rows.map((row) => {
        const level = heatLevel(row, spreadLimit);
        const spread = row.stats?.spread ?? 0;
        return (
          <li key={row.code}>
            <button
              type="button"
              className={mergeClasses(styles.cell, styles[level], selected === row.code && styles.selected)}
              aria-pressed={selected === row.code}
              onClick={() => onSelect(row.code)}
            >
              <span className={styles.code}>{row.code}</span>
              <span>
                {level === 'noScores'
                  ? t('tab.caf.consensus.noScores')
                  : level === 'tooFew'
                    ? t('tab.caf.consensus.tooFew')
                    : t('tab.caf.consensus.spread', { spread: formatScore(locale, spread) })}
              </span>
              {row.stats !== null && <span>{t('tab.caf.consensus.count', { n: row.stats.n })}</span>}
              {row.needsDiscussion && (
                <span className={styles.flag}>⚠ {t('tab.caf.consensus.needsDiscussion')}</span>
              )}
              {row.consensus !== null && (
                <span>
                  {t('tab.caf.consensus.agreed', { score: formatScore(locale, row.consensus.score) })}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
