import { makeStyles, tokens } from '@fluentui/react-components';
import { formatDateTime, type QuestionTrend } from '@kvalita/core';
import { useI18n } from '../platform/i18n/i18n-context';
import { DataTable } from '../platform/components/DataTable';
import { formatNumber, formatSigned, textIn } from './survey-text';

export interface TrendChartProps {
  readonly trend: QuestionTrend;
  readonly number: number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  svg: { width: '100%', maxWidth: '40rem', height: 'auto', display: 'block' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1, strokeDasharray: '2 4' },
  text: { fill: tokens.colorNeutralForeground1, fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  line: { stroke: tokens.colorBrandForeground1, strokeWidth: 2, fill: 'none' },
  point: { fill: tokens.colorBrandForeground1 },
});

const WIDTH = 560;
const HEIGHT = 220;
const LEFT = 44;
// Room for half of the last wave's label ("Vlna 12"), which is centred on the last point.
const RIGHT = 40;
const TOP = 16;
const BOTTOM = 32;

/**
 * One scale question across waves: an SVG line (gaps where a wave is hidden) with a title and a
 * summary for screen readers, and the same numbers in a table. 0–10 questions show eNPS.
 */
export function TrendChart({ trend, number }: TrendChartProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const enps = trend.type === 'scale11';
  const [low, high] = enps ? [-100, 100] : trend.type === 'scale5' ? [1, 5] : [0, 10];
  const ticks = enps ? [-100, -50, 0, 50, 100] : [1, 2, 3, 4, 5];
  const value = (point: QuestionTrend['points'][number]) => (enps ? point.enps : point.average);
  const shown = (point: QuestionTrend['points'][number]) =>
    enps ? formatSigned(locale, point.enps) : formatNumber(locale, point.average, 2);
  const count = trend.points.length;
  const x = (index: number) => LEFT + (count <= 1 ? 0.5 : index / (count - 1)) * (WIDTH - LEFT - RIGHT);
  const y = (figure: number) => TOP + ((high - figure) / (high - low)) * (HEIGHT - TOP - BOTTOM);
  // Consecutive shown points are joined; a hidden wave breaks the line.
  const segments: string[] = [];
  let current = '';
  trend.points.forEach((point, index) => {
    const figure = value(point);
    if (figure === null) {
      if (current !== '') segments.push(current);
      current = '';
      return;
    }
    current += `${current === '' ? 'M' : ' L'}${x(index).toFixed(1)},${y(figure).toFixed(1)}`;
  });
  if (current !== '') segments.push(current);
  const id = `trend-${trend.key}`;
  const title = t(enps ? 'tab.surveys.trend.chartEnps' : 'tab.surveys.trend.chart', {
    number,
    text: textIn(locale, trend.text),
  });
  const summary = trend.points
    .map((point) =>
      t('tab.surveys.trend.point', {
        wave: point.wave,
        value: value(point) === null ? t('tab.surveys.trend.hiddenShort') : shown(point),
      }),
    )
    .join('; ');
  return (
    <section className={styles.root} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className={styles.heading}>
        {title}
      </h3>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((tick) => (
          <g key={tick} aria-hidden="true">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className={styles.grid} />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" className={styles.text}>
              {enps ? formatSigned(locale, tick) : tick}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={LEFT} y1={TOP} y2={HEIGHT - BOTTOM} className={styles.axis} aria-hidden="true" />
        {segments.map((path) => (
          <path key={path} d={path} className={styles.line} aria-hidden="true" />
        ))}
        {trend.points.map((point, index) => {
          const figure = value(point);
          return (
            <g key={point.wave} aria-hidden="true">
              {figure !== null && <circle cx={x(index)} cy={y(figure)} r={4} className={styles.point} />}
              <text x={x(index)} y={HEIGHT - 10} textAnchor="middle" className={styles.text}>
                {t('tab.surveys.trend.waveShort', { wave: point.wave })}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable
        caption={t('tab.surveys.trend.table', { number })}
        columns={[
          t('tab.surveys.trend.wave'),
          t('tab.surveys.trend.opened'),
          t(enps ? 'tab.surveys.results.enps' : 'tab.surveys.results.average'),
        ]}
        numericColumns={[2]}
        rows={trend.points.map((point) => ({
          key: String(point.wave),
          header: t('tab.surveys.trend.waveShort', { wave: point.wave }),
          cells: [
            formatDateTime(locale, point.opensAt),
            value(point) === null ? t('tab.surveys.trend.hiddenShort') : shown(point),
          ],
        }))}
      />
    </section>
  );
}
