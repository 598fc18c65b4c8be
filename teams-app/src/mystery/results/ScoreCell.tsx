import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { percentText } from '../mystery-text';

const useStyles = makeStyles({
  cell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: '10rem' },
  track: {
    flexGrow: 1,
    height: '0.5rem',
    backgroundColor: tokens.colorNeutralBackground4,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: {
    height: '100%',
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
  value: { minWidth: '4.5rem', textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

/** A score as a bar and its figure; the bar is a picture of the figure, so it is hidden from screen readers. */
export function ScoreCell({ score }: { readonly score: number | null }) {
  const { locale } = useI18n();
  const styles = useStyles();
  return (
    <span className={styles.cell}>
      <span className={styles.track} aria-hidden="true">
        <span
          className={styles.bar}
          style={{ display: 'block', width: `${Math.max(0, Math.min(100, score ?? 0))}%` }}
        />
      </span>
      <span className={styles.value}>{percentText(locale, score)}</span>
    </span>
  );
}
