import { scaleLog, scalePoint } from 'd3';
import { useMemo } from 'react';
import { decades, decadeTicks, extent, linePath, positive, px, type Margins, type Tick } from './chart';
import { ChartFrame, type LegendItem, useChartBox } from './ChartFrame';
import { UI } from './palette';

export interface LayerSeries {
  id: string;
  label: string;
  color: string;
  dashed?: boolean;
  /** One positive value per layer; values ≤ 0 or not finite are left out. */
  values: ArrayLike<number>;
}

export interface LayerNormChartProps {
  series: LayerSeries[];
  /** Tick label per layer, left to right. */
  layers: string[];
  xLabel: string;
  yLabel: string;
  height?: number;
  /** Accessible name of the figure (the numbers are also given in a table). */
  title: string;
}

export const LAYER_MARGINS: Margins = { top: 10, right: 14, bottom: 38, left: 62 };

/** Whole decades that cover the data, with at least two decades shown. */
export function decadeDomain(series: LayerSeries[]): [number, number] {
  return decades(
    extent(
      series.map((s) => ({ values: s.values })),
      true,
    ),
  );
}

/** Circles for solid series, squares for dashed ones: the runs differ in shape as well as colour. */
const CIRCLE = 'M-4.5,0a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0';
const SQUARE = 'M-4,-4h8v8h-8z';

/** What the chart draws, from the data alone: ticks, a path and the points of each series. */
export function layerNormLayout(
  series: LayerSeries[],
  layers: string[],
  width: number,
  height: number,
  m: Margins = LAYER_MARGINS,
) {
  const x = scalePoint<string>()
    .domain(layers)
    .range([m.left, width - m.right])
    .padding(0.4);
  const y = scaleLog()
    .domain(decadeDomain(series))
    .range([height - m.bottom, m.top])
    .clamp(true);
  const xTicks: Tick[] = layers.map((l, i) => ({ value: i, pos: px(x(l) ?? 0), label: l }));
  const yTicks = decadeTicks(y, Math.max(2, Math.floor((height - m.top - m.bottom) / 26)));
  const out = series.map((s) => {
    const n = Math.min(layers.length, s.values.length);
    const fx = (i: number) => x(layers[i]) ?? NaN;
    const fy = (i: number) => y(s.values[i]);
    const ok = (i: number) => positive(s.values[i]);
    const points: { i: number; x: number; y: number }[] = [];
    for (let i = 0; i < n; i++) if (ok(i)) points.push({ i, x: px(fx(i)), y: px(fy(i)) });
    return { id: s.id, d: linePath(n, fx, fy, ok), points };
  });
  return { xTicks, yTicks, series: out };
}

/** A value per layer on a log scale: the size of the gradient, layer by layer. */
export function LayerNormChart({ series, layers, xLabel, yLabel, height = 260, title }: LayerNormChartProps) {
  const box = useChartBox(400, height, LAYER_MARGINS);
  const layout = useMemo(
    () => layerNormLayout(series, layers, box.width, box.height, box.margins),
    [series, layers, box.width, box.height, box.margins],
  );
  const legend: LegendItem[] = series.map((s) => ({ ...s, marker: s.dashed ? 'square' : 'circle' }));
  return (
    <ChartFrame {...box} axes={layout} grid xLabel={xLabel} yLabel={yLabel} legend={legend} title={title}>
      <g className="series">
        {series.map((s, k) => (
          <g key={s.id}>
            <path
              d={layout.series[k].d}
              fill="none"
              stroke={s.color}
              strokeWidth={2.5}
              strokeDasharray={s.dashed ? '6 4' : undefined}
            />
            {layout.series[k].points.map((p) => (
              <path
                key={p.i}
                className="pt"
                d={s.dashed ? SQUARE : CIRCLE}
                transform={`translate(${p.x},${p.y})`}
                fill={s.dashed ? UI.paper : s.color}
                stroke={s.color}
                strokeWidth={2}
              />
            ))}
          </g>
        ))}
      </g>
    </ChartFrame>
  );
}
