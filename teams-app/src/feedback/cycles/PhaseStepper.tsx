import { makeStyles, tokens } from '@fluentui/react-components';
import { CYCLE_PHASES } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { PhaseStepperProps } from './PhaseStepper.types';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    counterReset: 'phase',
  },
  step: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: '8rem',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke2}`,
  },
  done: { borderTopColor: tokens.colorNeutralForeground3 },
  current: { borderTopColor: tokens.colorCompoundBrandStroke, fontWeight: tokens.fontWeightSemibold },
  state: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * The cycle's six phases in order, each said in words as done, in progress or to come (not by
 * colour only); the current one is the list's aria-current step.
 */
export function PhaseStepper({ phase }: PhaseStepperProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const current = CYCLE_PHASES.indexOf(phase);
  return (
    <ol className={styles.list} aria-label={t('tab.feedback.cycle.phases')}>
      {CYCLE_PHASES.map((step, index) => {
        const where = index < current ? 'done' : index === current ? 'current' : 'next';
        return (
          <li
            key={step}
            className={`${styles.step} ${where === 'done' ? styles.done : where === 'current' ? styles.current : ''}`}
            aria-current={where === 'current' ? 'step' : undefined}
          >
            <span>{`${index + 1}. ${t(`tab.feedback.phase.${step}`)}`}</span>
            <span className={styles.state}>{t(`tab.feedback.cycle.step.${where}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}
