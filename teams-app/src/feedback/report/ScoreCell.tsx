import { Badge, makeStyles } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { gapText, scoreText } from '../feedback-text';
import type { GapCellProps, ScoreCellProps } from './ScoreCell.types';

const useStyles = makeStyles({
  // Read by screen readers, not shown: a dash alone would be read as "dash".
  unseen: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** A mean in a report's table, or a dash that a screen reader reads as "not shown". */
export function ScoreCell({ score }: ScoreCellProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const mean = score?.mean ?? null;
  if (mean !== null) return <>{scoreText(locale, mean)}</>;
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className={styles.unseen}>{t('tab.feedback.report.notShown')}</span>
    </>
  );
}

/** The others − self gap with its sign, and the finding it makes (blind spot, hidden strength) in words. */
export function GapCell({ gap, finding }: GapCellProps) {
  const { locale, t } = useI18n();
  if (gap === null) return <ScoreCell score={undefined} />;
  return (
    <>
      {gapText(locale, gap)}{' '}
      {finding !== null && (
        <Badge appearance="tint" color={finding === 'blindSpot' ? 'warning' : 'informative'}>
          {t(`tab.feedback.report.finding.${finding}`)}
        </Badge>
      )}
    </>
  );
}
