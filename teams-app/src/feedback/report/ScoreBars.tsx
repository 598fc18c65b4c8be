import { makeStyles, tokens } from '@fluentui/react-components';
import { RATING_POINTS } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import { scoreText } from '../feedback-text';
import type { ReportPartProps } from './ReportPage.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '44rem' },
  legend: { display: 'flex', gap: tokens.spacingHorizontalL, margin: 0, padding: 0, listStyleType: 'none' },
  key: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  svg: { width: '100%', height: 'auto', display: 'block' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  self: { fill: tokens.colorNeutralForeground3 },
  others: { fill: tokens.colorBrandBackground },
  selfKey: { width: '12px', height: '12px', backgroundColor: tokens.colorNeutralForeground3 },
  othersKey: { width: '12px', height: '12px', backgroundColor: tokens.colorBrandBackground },
});

const WIDTH = 640;
const LABEL = 220;
const ROW = 34;
const BAR = 12;
const TOP = 8;

/**
 * Self and all but self per competency as bars on the 1–5 scale: a picture for a quick look,
 * hidden from screen readers because the table beside it holds the same figures.
 */
export function ScoreBars({ report }: ReportPartProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const high = RATING_POINTS[RATING_POINTS.length - 1] ?? 5;
  const height = TOP + report.competencies.length * ROW + 16;
  const x = (value: number) => LABEL + (value / high) * (WIDTH - LABEL - 40);
  return (
    <div className={styles.root}>
      <ul className={styles.legend} aria-hidden="true">
        <li className={styles.key}>
          <span className={styles.selfKey} />
          {t('tab.feedback.group.self')}
        </li>
        <li className={styles.key}>
          <span className={styles.othersKey} />
          {t('tab.feedback.report.others')}
        </li>
      </ul>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
        {RATING_POINTS.map((point) => (
          <g key={point}>
            <line className={styles.grid} x1={x(point)} x2={x(point)} y1={TOP} y2={height - 16} />
            <text className={styles.label} x={x(point)} y={height - 2} textAnchor="middle">
              {point}
            </text>
          </g>
        ))}
        {report.competencies.map((competency, index) => {
          const y = TOP + index * ROW;
          const self = competency.self.mean;
          const others = competency.others.mean;
          return (
            <g key={competency.key}>
              <text className={styles.label} x={0} y={y + BAR + 4}>
                {competency.name.length > 32 ? `${competency.name.slice(0, 31)}…` : competency.name}
              </text>
              {self !== null && (
                <>
                  <rect className={styles.self} x={LABEL} y={y} width={x(self) - LABEL} height={BAR} />
                  <text className={styles.label} x={x(self) + 4} y={y + BAR - 1}>
                    {scoreText(locale, self)}
                  </text>
                </>
              )}
              {others !== null && (
                <>
                  <rect
                    className={styles.others}
                    x={LABEL}
                    y={y + BAR + 2}
                    width={x(others) - LABEL}
                    height={BAR}
                  />
                  <text className={styles.label} x={x(others) + 4} y={y + 2 * BAR + 1}>
                    {scoreText(locale, others)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
