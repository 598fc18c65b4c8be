import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { formatScore } from '../caf-text';

export interface ChartBar {
  readonly label: string;
  /** Read in full by assistive technology and shown as the bar's tooltip. */
  readonly description: string;
  readonly value: number | null;
  readonly group: 'enabler' | 'result' | 'total';
}

export interface ScoreChartProps {
  readonly id: string;
  readonly title: string;
  readonly bars: readonly ChartBar[];
}

const useStyles = makeStyles({
  svg: { width: '100%', maxWidth: '48rem', height: 'auto', display: 'block' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1, strokeDasharray: '2 4' },
  text: { fill: tokens.colorNeutralForeground1, fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  enabler: { fill: tokens.colorBrandBackground },
  // Results are hatched as well as differently coloured, so the groups differ without colour too.
  result: { fill: 'url(#results-pattern)' },
  total: { fill: tokens.colorNeutralForeground3 },
  patternBase: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  patternLine: { stroke: tokens.colorNeutralForegroundOnBrand, strokeWidth: 2 },
});

const WIDTH = 640;
const ROW = 28;
const LABEL = 150;
const PAD = 24;

/**
 * Horizontal bars from 0 to 100, drawn in SVG. The image has a title and a summary for screen
 * readers; the same numbers are in the data table next to it.
 */
export function ScoreChart({ id, title, bars }: ScoreChartProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const height = PAD * 2 + bars.length * ROW;
  const scale = (value: number) => ((WIDTH - LABEL - 60) * value) / 100;
  const summary = bars.map((bar) => `${bar.description}: ${formatScore(locale, bar.value)}`).join('; ');
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      <defs>
        <pattern
          id="results-pattern"
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" className={styles.patternBase} />
          <line x1="0" y1="0" x2="0" y2="8" className={styles.patternLine} />
        </pattern>
      </defs>
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick} aria-hidden="true">
          <line
            x1={LABEL + scale(tick)}
            x2={LABEL + scale(tick)}
            y1={PAD - 6}
            y2={height - PAD}
            className={styles.grid}
          />
          <text x={LABEL + scale(tick)} y={PAD - 10} textAnchor="middle" className={styles.text}>
            {tick}
          </text>
        </g>
      ))}
      <line x1={LABEL} x2={LABEL} y1={PAD - 6} y2={height - PAD} className={styles.axis} aria-hidden="true" />
      {bars.map((bar, index) => {
        const y = PAD + index * ROW;
        return (
          <g key={bar.label} aria-hidden="true">
            <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" className={styles.text}>
              {bar.label}
            </text>
            {bar.value !== null && (
              <rect
                x={LABEL}
                y={y + 5}
                width={scale(bar.value)}
                height={ROW - 10}
                className={styles[bar.group]}
              >
                <title>{bar.description}</title>
              </rect>
            )}
            <text
              x={LABEL + (bar.value === null ? 4 : scale(bar.value) + 6)}
              y={y + ROW / 2 + 4}
              className={styles.text}
            >
              {bar.value === null ? t('tab.caf.results.notScored') : formatScore(locale, bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
