import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { scoreText } from '../feedback-text';
import { ScoreCell } from '../report/ScoreCell';
import type { HeatCellProps } from './OrganisationPage.types';

const useStyles = makeStyles({
  cell: {
    display: 'block',
    paddingInline: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground1,
  },
  low: { backgroundColor: tokens.colorPaletteRedBackground2 },
  middle: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  high: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  count: { fontSize: tokens.fontSizeBase200 },
});

/** A heat map cell: the mean (the colour only repeats it) with the subjects behind it, or "not shown". */
export function HeatCellView({ mean, subjects }: HeatCellProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  if (mean === null) return <ScoreCell score={undefined} />;
  const band = mean < 2.5 ? styles.low : mean < 3.5 ? styles.middle : styles.high;
  return (
    <span className={`${styles.cell} ${band}`}>
      {scoreText(locale, mean)}{' '}
      <span className={styles.count}>
        {t('tab.feedback.organisation.subjects', { count: subjects ?? 0 })}
      </span>
    </span>
  );
}
