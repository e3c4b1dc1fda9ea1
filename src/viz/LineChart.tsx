import { useMemo } from 'react';
import { integerLinearTicks, linearTicks, lineScales, linePath, logTicks, positive, type Margins } from './chart';
import { ChartFrame, useChartBox } from './ChartFrame';

export interface Series {
  id: string;
  label: string;
  color: string;
  dashed?: boolean;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** Number of valid points (arrays may be longer buffers). */
  n: number;
}

export interface LineChartProps {
  series: Series[];
  xLabel: string;
  yLabel: string;
  log?: boolean;
  height?: number;
  /** Accessible name of the figure; the live values are also given as text elsewhere. */
  title: string;
  /** Changes whenever the data changes (arrays are reused buffers). */
  version?: number;
  /** The y values count things (misclassified points): whole-number ticks only. */
  integerY?: boolean;
}

export const LINE_MARGINS: Margins = { top: 10, right: 12, bottom: 36, left: 54 };

/**
 * What a line chart draws, computed from the data alone: axis ticks and one path per
 * series (non-finite points, and values ≤ 0 on a log scale, break the line).
 */
export function lineChartLayout(
  series: Series[],
  width: number,
  height: number,
  log: boolean,
  m: Margins = LINE_MARGINS,
  integerY = false,
) {
  const { x, y } = lineScales(series, width, height, log, m);
  const xTicks = linearTicks(x, Math.max(2, Math.floor(width / 90)));
  // At most one tick per 22 px of plot: a short chart (presenter mode) keeps its labels apart.
  const yCount = Math.max(2, Math.min(5, Math.floor((height - m.top - m.bottom) / 22)));
  const yTicks = log ? logTicks(y, yCount) : integerY ? integerLinearTicks(y, yCount) : linearTicks(y, yCount);
  const paths = series.map((s) => ({
    id: s.id,
    d: linePath(
      Math.min(s.n, s.x.length, s.y.length),
      (i) => x(s.x[i]),
      (i) => y(s.y[i]),
      (i) => (log ? positive(s.y[i]) : Number.isFinite(s.y[i])),
    ),
  }));
  return { xTicks, yTicks, paths };
}

/** The series' lines, drawn along their laid-out paths (dashed ones thinner). */
export function SeriesLines({ series, paths }: { series: readonly Series[]; paths: readonly { d: string }[] }) {
  return (
    <g className="lines" fill="none">
      {series.map((s, k) => (
        <path
          key={s.id}
          d={paths[k]?.d ?? ''}
          stroke={s.color}
          strokeWidth={s.dashed ? 1.75 : 2.25}
          strokeDasharray={s.dashed ? '5 4' : undefined}
        />
      ))}
    </g>
  );
}

export function LineChart({
  series,
  xLabel,
  yLabel,
  log = false,
  height = 220,
  title,
  version,
  integerY = false,
}: LineChartProps) {
  const box = useChartBox(400, height, LINE_MARGINS);
  const layout = useMemo(
    () => lineChartLayout(series, box.width, box.height, log, box.margins, integerY),
    // the arrays are reused buffers: version says when they changed
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the signal, not a value the layout reads
    [series, box.width, box.height, log, box.margins, version, integerY],
  );
  return (
    <ChartFrame
      {...box}
      axes={layout}
      xLabel={xLabel}
      yLabel={yLabel}
      legend={series}
      title={title}
      history={() => ({ series, xName: xLabel })}
    >
      <SeriesLines series={series} paths={layout.paths} />
    </ChartFrame>
  );
}
