import { axisBottom, axisLeft, line, scaleLinear, scaleLog, select } from 'd3';
import { useEffect, useRef } from 'react';
import { useSize } from './useSize';

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
}

const M = { top: 10, right: 12, bottom: 36, left: 54 };

/** Scales for the data: the channel mapping, apart from the drawing. */
export function chartScales(series: Series[], width: number, height: number, log: boolean) {
  let xMax = 1;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (const s of series) {
    if (s.n > 0) xMax = Math.max(xMax, s.x[s.n - 1]);
    for (let i = 0; i < s.n; i++) {
      const v = s.y[i];
      if (!Number.isFinite(v) || (log && v <= 0)) continue;
      if (v < yMin) yMin = v;
      if (v > yMax) yMax = v;
    }
  }
  if (!Number.isFinite(yMin)) [yMin, yMax] = log ? [1e-3, 1] : [0, 1];
  if (yMin === yMax) [yMin, yMax] = log ? [yMin / 2, yMax * 2] : [yMin - 0.5, yMax + 0.5];
  const x = scaleLinear().domain([0, xMax]).range([M.left, width - M.right]);
  const y = log
    ? scaleLog().domain([yMin * 0.9, yMax * 1.1]).range([height - M.bottom, M.top]).clamp(true)
    : scaleLinear().domain([Math.min(0, yMin), yMax * 1.05]).nice().range([height - M.bottom, M.top]);
  return { x, y };
}

export function LineChart({ series, xLabel, yLabel, log = false, height = 220, title, version }: LineChartProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const { width } = useSize(wrap, 400);

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const { x, y } = chartScales(series, width, height, log);
    const root = select(el);
    root.select<SVGGElement>('.x-axis').attr('transform', `translate(0,${height - M.bottom})`).call(axisBottom(x).ticks(Math.max(2, width / 90)).tickSizeOuter(0));
    root
      .select<SVGGElement>('.y-axis')
      .attr('transform', `translate(${M.left},0)`)
      .call(log ? axisLeft(y).ticks(4, '~g') : axisLeft(y).ticks(5).tickSizeOuter(0));
    root.select('.x-label').attr('x', (M.left + width - M.right) / 2).attr('y', height - 4);
    root.select('.y-label').attr('transform', `translate(14,${(M.top + height - M.bottom) / 2}) rotate(-90)`);
    root
      .select('.lines')
      .selectAll<SVGPathElement, Series>('path')
      .data(series, (d) => d.id)
      .join('path')
      .attr('fill', 'none')
      .attr('stroke', (d) => d.color)
      .attr('stroke-width', (d) => (d.dashed ? 1.75 : 2.25))
      .attr('stroke-dasharray', (d) => (d.dashed ? '5 4' : null))
      .attr('d', (d) => {
        const idx = Array.from({ length: d.n }, (_, i) => i);
        return (
          line<number>()
            .defined((i) => Number.isFinite(d.y[i]) && (!log || d.y[i] > 0))
            .x((i) => x(d.x[i]))
            .y((i) => y(d.y[i]))(idx) ?? ''
        );
      });
  }, [series, width, height, log, version]);

  return (
    <figure className="chart" ref={wrap}>
      <svg ref={svg} width={width} height={height} role="img" aria-label={title}>
        <g className="x-axis" />
        <g className="y-axis" />
        <g className="lines" />
        <text className="x-label axis-label" textAnchor="middle">
          {xLabel}
        </text>
        <text className="y-label axis-label" textAnchor="middle">
          {yLabel}
        </text>
      </svg>
      <figcaption className="legend">
        {series.map((s) => (
          <span key={s.id} className="legend-item">
            <svg width="22" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="22" y2="5" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dashed ? '5 4' : undefined} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
