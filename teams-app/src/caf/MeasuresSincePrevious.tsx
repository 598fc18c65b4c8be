import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { formatDate, type LoopMeasure, type MeasuresSincePrevious as Since } from '@kvalita/core';
import { useI18n } from '../platform/i18n/i18n-context';
import { MeasureLink } from './MeasureLink';

export interface MeasuresSincePreviousProps {
  readonly since: Since;
  /** The subcriterion being scored. */
  readonly code: string;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const EFFECTIVENESS = {
  true: 'tab.caf.loop.effective',
  false: 'tab.caf.loop.notEffective',
  null: 'tab.caf.loop.notChecked',
} as const;

/**
 * What was done about this subcriterion since the previous cycle, with status and effectiveness,
 * so the team scores knowing it (the closed loop of CAF and the measures register). Nothing when
 * there is no previous cycle or no such measure.
 */
export function MeasuresSincePrevious({ since, code }: MeasuresSincePreviousProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const measures = since.measures.filter((measure) => measure.subcriterionCode === code);
  if (since.previousCycle === null || measures.length === 0) return null;
  const headingId = `loop-measures-${code.replace('.', '-')}`;
  const effectiveness = (measure: LoopMeasure) => t(EFFECTIVENESS[`${measure.effective}`]);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('tab.caf.loop.heading', { name: since.previousCycle.name })}</h3>
      <p>{t('tab.caf.loop.intro')}</p>
      <ul className={styles.list}>
        {measures.map((measure) => (
          <li key={measure.id}>
            <div className={styles.line}>
              <MeasureLink measureId={measure.id}>{measure.title}</MeasureLink>
              <Badge
                appearance="outline"
                color={
                  measure.effective === true
                    ? 'success'
                    : measure.effective === false
                      ? 'danger'
                      : 'informative'
                }
              >
                {effectiveness(measure)}
              </Badge>
              {measure.overdue && (
                <Badge appearance="filled" color="warning">
                  {t('tab.caf.loop.overdue')}
                </Badge>
              )}
            </div>
            <div>
              {t('tab.caf.loop.item', {
                status: t(`measures.status.${measure.status}`),
                deadline: measure.deadline === null ? '–' : formatDate(locale, measure.deadline),
              })}
              {measure.ownerName !== null && ` · ${t('tab.caf.loop.owner', { name: measure.ownerName })}`}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
