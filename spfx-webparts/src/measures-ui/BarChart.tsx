import * as React from 'react';

import type { BarDatum } from './chart-counts';
import { classes } from './styles';
import { fill, type MeasuresTexts } from './texts';

export interface BarChartProps {
  readonly texts: MeasuresTexts;
  readonly title: string;
  readonly bars: readonly BarDatum[];
}

const ROW = 28;
const LABEL_WIDTH = 190;
const BAR_AREA = 260;
const WIDTH = LABEL_WIDTH + BAR_AREA + 50;

/**
 * Horizontal bars in plain SVG. The figure's caption names it and the image's label reads every bar
 * ("Probíhá: 4, …"), so a screen reader gets the same numbers as the eye; each count is also printed.
 */
export function BarChart(props: BarChartProps): React.ReactElement {
  const { bars, texts } = props;
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const height = bars.length * ROW;
  const summary = bars.map((bar) => fill(texts.ChartBarText, bar.label, bar.count)).join(', ');
  return (
    <figure style={{ margin: '0 0 16px' }}>
      <figcaption className={classes.subheading}>{props.title}</figcaption>
      <svg
        className={classes.chart}
        role="img"
        aria-label={`${props.title}: ${summary}`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
      >
        {bars.map((bar, index) => {
          const y = index * ROW;
          const width = Math.round((bar.count / max) * BAR_AREA);
          return (
            <g key={bar.key}>
              <text x={0} y={y + 18} fill="currentColor" fontSize={13}>
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 6} width={width} height={16} fill="var(--accent, #0f6cbd)" />
              <text x={LABEL_WIDTH + width + 6} y={y + 18} fill="currentColor" fontSize={13}>
                {bar.count}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
