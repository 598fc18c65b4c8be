import { CAF_PHASES, CAF_STEPS, type CafPhase } from '@kvalita/core';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';

export interface JourneyProps {
  /** The first step not done yet (11 = all ten done). */
  readonly currentStep: number;
}

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  phase: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase400,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  item: { paddingBlock: tokens.spacingVerticalXXS },
  current: { fontWeight: tokens.fontWeightSemibold },
  state: { color: tokens.colorNeutralForeground2 },
});

/** The 10 CAF steps in their 3 phases, each with its state in words: done, current or next. */
export function Journey({ currentStep }: JourneyProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const phases = [1, 2, 3] as const satisfies readonly CafPhase[];
  return (
    <section aria-labelledby="journey-heading">
      <h2 id="journey-heading" className={styles.heading}>
        {t('tab.caf.journey.heading')}
      </h2>
      {phases.map((phase) => {
        const steps = CAF_STEPS.filter((step) => step.phase === phase && !step.optional);
        const headingId = `journey-phase-${phase}`;
        return (
          <div key={phase}>
            <h3 id={headingId} className={styles.phase}>
              {t('tab.caf.journey.phase', { number: phase, title: CAF_PHASES[phase][locale].text })}
            </h3>
            <ol className={styles.list} start={steps[0]?.number} aria-labelledby={headingId}>
              {steps.map((step) => {
                const state =
                  step.number < currentStep ? 'done' : step.number === currentStep ? 'current' : 'next';
                return (
                  <li
                    key={step.number}
                    className={state === 'current' ? `${styles.item} ${styles.current}` : styles.item}
                    aria-current={state === 'current' ? 'step' : undefined}
                  >
                    {step.title[locale].text}{' '}
                    <span className={styles.state}>({t(`tab.caf.journey.${state}`)})</span>
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
