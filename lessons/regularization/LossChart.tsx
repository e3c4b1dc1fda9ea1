import { ChartHead } from '../../src/kit';
import { useMemo, useRef, useState } from 'react';
import { ChartFrame, type LegendItem, useChartMargins, useFigureHeight } from '../../src/viz/ChartFrame';
import type { RegMethod } from '../../src/engine';
import { LINE_MARGINS, lineChartLayout, type Series, SeriesLines } from '../../src/viz/LineChart';
import { lineScales } from '../../src/viz/chart';
import { useSize } from '../../src/viz/useSize';
import { SWATCH, UI } from '../../src/viz/palette';
import { fmt } from '../../src/math/format';
import { METHOD_COLORS, METHOD_SHORT } from './runs';

/**
 * Training (solid) and held-out (dashed) loss of every network, with early stopping's
 * best point marked: the minimum of its validation curve, whose weights it keeps.
 */
export function LossChart({
  methods,
  series,
  best,
  height: baseHeight,
}: {
  methods: RegMethod[];
  series: Series[];
  best: { step: number; loss: number } | null;
  height: number;
}) {
  const [log, setLog] = useState(false);
  const wrap = useRef<HTMLElement>(null);
  const { width } = useSize(wrap, 400);
  const height = useFigureHeight(wrap, baseHeight);
  const m = useChartMargins(LINE_MARGINS);
  // The series are rebuilt whenever the history changes (useHistoryView), so they say when to lay out again.
  const bestStep = best?.step ?? NaN;
  const bestLoss = best?.loss ?? NaN;
  const layout = useMemo(() => {
    const l = lineChartLayout(series, width, height, log, m);
    const { x, y } = lineScales(series, width, height, log, m);
    return { ...l, marker: Number.isFinite(bestLoss) ? { cx: x(bestStep), cy: y(bestLoss) } : null };
  }, [series, width, height, log, m, bestStep, bestLoss]);
  const legend: LegendItem[] = useMemo(
    () => [
      ...methods.map((m) => ({ id: m, label: METHOD_SHORT[m], color: METHOD_COLORS[m] })),
      { id: 'train', label: 'training', color: SWATCH.grey },
      { id: 'test', label: 'held-out', color: SWATCH.grey, dashed: true },
      ...(methods.includes('early')
        ? [{ id: 'best', label: 'early stop: best', color: METHOD_COLORS.early, marker: 'circle' as const }]
        : []),
    ],
    [methods],
  );
  const title =
    'Training (solid) and held-out (dashed) loss of each network against the step.' +
    (best ? ` Early stopping's best held-out loss, ${fmt(best.loss)}, came at step ${best.step}.` : '');
  return (
    <div id="reg-loss">
      <ChartHead
        heading="Training and held-out loss"
        headingId="reg-loss-h"
        check="Log scale"
        checked={log}
        onCheck={setLog}
      />
      <ChartFrame
        wrapRef={wrap}
        width={width}
        height={height}
        margins={m}
        axes={layout}
        xLabel="training step"
        yLabel="cross-entropy loss"
        legend={legend}
        title={title}
      >
        <SeriesLines series={series} paths={layout.paths} />
        {layout.marker && (
          <g data-testid="early-marker">
            <line
              x1={layout.marker.cx}
              x2={layout.marker.cx}
              y1={m.top}
              y2={height - m.bottom}
              stroke={METHOD_COLORS.early}
              strokeDasharray="2 3"
            />
            <circle
              cx={layout.marker.cx}
              cy={layout.marker.cy}
              r={5}
              fill={METHOD_COLORS.early}
              stroke={UI.halo}
              strokeWidth={1.5}
            />
          </g>
        )}
      </ChartFrame>
    </div>
  );
}
