import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { gapText } from '../feedback-text';
import { PageSection } from '../parts/PageSection';
import type { FindingsProps } from './ReportPage.types';
import { behaviourText } from './report-text';

const useStyles = makeStyles({
  columns: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL },
  column: { minWidth: '16rem', flex: '1 1 16rem' },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * Blind spots (others see less than self does) and hidden strengths (others see more), each a gap
 * over a third of the scale; then the highest and lowest behaviours by all but self.
 */
export function Findings({ report, onGoal }: FindingsProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const findings = (kind: 'blindSpot' | 'hiddenStrength') => {
    const rows = [
      ...report.competencies
        .filter((competency) => competency.finding === kind)
        .map((competency) => ({
          key: competency.key,
          competencyKey: competency.key,
          text: competency.name,
          gap: competency.gap,
        })),
      ...report.competencies.flatMap((competency) =>
        competency.behaviours
          .filter((behaviour) => behaviour.finding === kind)
          .map((behaviour) => ({
            key: behaviour.key,
            competencyKey: competency.key,
            text: behaviour.text,
            gap: behaviour.gap,
          })),
      ),
    ];
    return (
      <div className={styles.column}>
        <h3 className={styles.heading}>{t(`tab.feedback.report.findings.${kind}`)}</h3>
        {rows.length === 0 ? (
          <p className={styles.note}>{t('tab.feedback.report.findings.none')}</p>
        ) : (
          <ul className={styles.list}>
            {rows.map((row) => (
              <li key={row.key} className={styles.item}>
                <span>
                  {t('tab.feedback.report.findings.line', { text: row.text, gap: gapText(locale, row.gap) })}
                </span>
                {kind === 'blindSpot' && onGoal !== null && (
                  <Button size="small" onClick={() => onGoal(row.competencyKey)}>
                    {t('tab.feedback.report.findings.toGoal', { text: row.text })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };
  const behaviours = (kind: 'top' | 'bottom', keys: readonly string[]) => (
    <div className={styles.column}>
      <h3 className={styles.heading}>{t(`tab.feedback.report.${kind}`)}</h3>
      {keys.length === 0 ? (
        <p className={styles.note}>{t('tab.feedback.report.findings.noneShown')}</p>
      ) : (
        <ol className={styles.list}>
          {keys.map((key) => (
            <li key={key}>{behaviourText(report, key)}</li>
          ))}
        </ol>
      )}
    </div>
  );
  return (
    <PageSection heading={t('tab.feedback.report.findingsHeading')}>
      <p className={styles.note}>{t('tab.feedback.report.findingsIntro')}</p>
      <div className={styles.columns}>
        {findings('blindSpot')}
        {findings('hiddenStrength')}
      </div>
      <div className={styles.columns}>
        {behaviours('top', report.topBehaviours)}
        {behaviours('bottom', report.bottomBehaviours)}
      </div>
    </PageSection>
  );
}
