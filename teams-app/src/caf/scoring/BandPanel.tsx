import { bandOf } from '@kvalita/core';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { BandPanelProps } from './ScoreFields.types';
import { panelFor } from './score-values';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, fontSize: tokens.fontSizeBase200 },
  band: {
    display: 'grid',
    gridTemplateColumns: '4.5em 1fr',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalXS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: 'transparent',
  },
  current: {
    borderInlineStartColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The six bands of a CAF panel; the band of the typed score is marked in words, not by colour only. */
export function BandPanel({ id, dimension, kind, score }: BandPanelProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const bands = panelFor(dimension, kind);
  const current = score === null ? null : bandOf(bands, score);
  return (
    <ul id={id} className={styles.list} aria-label={t('tab.caf.score.panel')}>
      {bands.map((band) => {
        const isCurrent = band === current;
        return (
          <li key={band.min} className={isCurrent ? `${styles.band} ${styles.current}` : styles.band}>
            <span>
              {band.min}–{band.max}
            </span>
            <span>
              {band.description[locale].text}
              {isCurrent && ` (${t('tab.caf.score.currentBand')})`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
