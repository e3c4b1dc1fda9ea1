import { axisBottom, axisLeft, line, scaleLog, scalePoint, select } from 'd3';
import { useEffect, useRef } from 'react';
import { useSize } from './useSize';

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

const M = { top: 10, right: 14, bottom: 38, left: 62 };
const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
const pow10 = (e: number) => `10${String(e).split('').map((c) => SUP[c] ?? c).join('')}`;

/** Whole decades that cover the data, with at least two decades shown. */
export function decadeDomain(series: LayerSeries[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i];
      if (!(v > 0) || !Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!Number.isFinite(lo)) return [1e-4, 1];
  let a = Math.floor(Math.log10(lo));
  let b = Math.ceil(Math.log10(hi));
  if (b - a < 2) {
    a -= 1;
    b = a + 3;
  }
  return [10 ** a, 10 ** b];
}

/** A value per layer on a log scale: the size of the gradient, layer by layer. */
export function LayerNormChart({ series, layers, xLabel, yLabel, height = 260, title }: LayerNormChartProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const { width } = useSize(wrap, 400);

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const x = scalePoint<string>().domain(layers).range([M.left, width - M.right]).padding(0.4);
    const [lo, hi] = decadeDomain(series);
    const y = scaleLog().domain([lo, hi]).range([height - M.bottom, M.top]).clamp(true);
    const decades = Math.round(Math.log10(hi / lo));
    const every = Math.max(1, Math.ceil(decades / Math.max(2, Math.floor((height - M.top - M.bottom) / 26))));
    const ticks: number[] = [];
    for (let e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e += every) ticks.push(10 ** e);
    const root = select(el);
    root.select<SVGGElement>('.x-axis').attr('transform', `translate(0,${height - M.bottom})`).call(axisBottom(x).tickSizeOuter(0));
    root
      .select<SVGGElement>('.y-axis')
      .attr('transform', `translate(${M.left},0)`)
      .call(axisLeft(y).tickValues(ticks).tickFormat((v) => pow10(Math.round(Math.log10(Number(v))))).tickSizeOuter(0));
    root
      .select('.grid')
      .selectAll('line')
      .data(ticks)
      .join('line')
      .attr('x1', M.left)
      .attr('x2', width - M.right)
      .attr('y1', (v) => y(v))
      .attr('y2', (v) => y(v));
    root.select('.x-label').attr('x', (M.left + width - M.right) / 2).attr('y', height - 4);
    root.select('.y-label').attr('transform', `translate(14,${(M.top + height - M.bottom) / 2}) rotate(-90)`);
    const ok = (v: number) => v > 0 && Number.isFinite(v);
    const groups = root
      .select('.series')
      .selectAll<SVGGElement, LayerSeries>('g')
      .data(series, (d) => d.id)
      .join('g');
    groups
      .selectAll('path')
      .data((d) => [d])
      .join('path')
      .attr('fill', 'none')
      .attr('stroke', (d) => d.color)
      .attr('stroke-width', 2.5)
      .attr('stroke-dasharray', (d) => (d.dashed ? '6 4' : null))
      .attr('d', (d) =>
        line<number>()
          .defined((i) => ok(d.values[i]))
          .x((i) => x(layers[i]) ?? 0)
          .y((i) => y(d.values[i]))(Array.from({ length: Math.min(layers.length, d.values.length) }, (_, i) => i)) ?? '',
      );
    groups
      .selectAll('.pt')
      .data((d) => Array.from({ length: Math.min(layers.length, d.values.length) }, (_, i) => ({ d, i })).filter((p) => ok(p.d.values[p.i])))
      .join((enter) => enter.append('path').attr('class', 'pt'))
      .attr('fill', (p) => (p.d.dashed ? '#fff' : p.d.color))
      .attr('stroke', (p) => p.d.color)
      .attr('stroke-width', 2)
      // Circles for solid series, squares for dashed ones: the runs differ in shape as well as colour.
      .attr('d', (p) => (p.d.dashed ? 'M-4,-4h8v8h-8z' : 'M-4.5,0a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0'))
      .attr('transform', (p) => `translate(${x(layers[p.i])},${y(p.d.values[p.i])})`);
  }, [series, layers, width, height]);

  return (
    <figure className="chart" ref={wrap}>
      <svg ref={svg} width={width} height={height} role="img" aria-label={title}>
        <g className="grid" stroke="#e3e4e8" />
        <g className="x-axis" />
        <g className="y-axis" />
        <g className="series" />
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
            <svg width="26" height="12" aria-hidden="true">
              <line x1="0" y1="6" x2="26" y2="6" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dashed ? '6 4' : undefined} />
              {s.dashed ? <rect x="9" y="2" width="8" height="8" fill="#fff" stroke={s.color} strokeWidth="2" /> : <circle cx="13" cy="6" r="4" fill={s.color} />}
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
