import { axisBottom, axisLeft, line, range, scaleLinear, select } from 'd3';
import { memo, useEffect, useRef } from 'react';
import { ACTIVATION_MATH, type Activation } from '../engine/activations';
import { useSize } from './useSize';

export interface ActivationPlotProps {
  activation: Activation;
  color: string;
  /** Current pre-activations to mark on the curves. */
  marks?: ArrayLike<number>;
  markCount?: number;
  /** Highlighted pre-activation (hovered unit), if any. */
  highlight?: number | null;
  title: string;
  height?: number;
  xMax?: number;
  /** Called with a mark's index when the pointer moves onto it (hover to pick a unit). */
  onPick?: (index: number) => void;
}

const M = { top: 10, right: 10, bottom: 28, left: 34 };

/** h(a) (solid) and h'(a) (dashed) with the layer's current pre-activations marked. */
export const ActivationPlot = memo(function ActivationPlot({ activation, color, marks, markCount, highlight, title, height = 170, xMax = 5, onPick }: ActivationPlotProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const { width } = useSize(wrap, 240);
  // The latest callback, read by one delegated listener: a new closure each render must not re-bind anything.
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);
  const picking = Boolean(onPick);

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const m = ACTIVATION_MATH[activation];
    const yTop = activation === 'sigmoid' ? 1.05 : activation === 'tanh' ? 1.05 : Math.min(xMax, 3);
    const yBottom = activation === 'tanh' ? -1.05 : -0.25;
    const x = scaleLinear().domain([-xMax, xMax]).range([M.left, width - M.right]);
    const y = scaleLinear().domain([yBottom, yTop]).range([height - M.bottom, M.top]);
    const xs = range(-xMax, xMax + 1e-9, (2 * xMax) / 240);
    const root = select(el);
    root.select<SVGGElement>('.x-axis').attr('transform', `translate(0,${y(0)})`).call(axisBottom(x).ticks(5).tickSizeOuter(0));
    root.select<SVGGElement>('.y-axis').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(4).tickSizeOuter(0));
    root.select('.f').attr('d', line<number>().x(x).y((a) => y(m.f(a)))(xs) ?? '').attr('stroke', color);
    root.select('.df').attr('d', line<number>().x(x).y((a) => y(m.df(a)))(xs) ?? '').attr('stroke', color);
    const n = Math.min(markCount ?? marks?.length ?? 0, 400);
    // Marks keep their index (what a pick reports); non-finite pre-activations are not drawn.
    const pts: { a: number; i: number }[] = [];
    for (let i = 0; i < n; i++) if (Number.isFinite(marks![i])) pts.push({ a: marks![i], i });
    const clampA = (a: number) => Math.max(-xMax, Math.min(xMax, a));
    root
      .select('.marks')
      .attr('cursor', picking ? 'pointer' : 'default')
      .selectAll('circle')
      .data(pts)
      .join('circle')
      .attr('data-i', (p) => p.i)
      .attr('cx', (p) => x(clampA(p.a)))
      .attr('cy', (p) => y(m.df(p.a)))
      .attr('r', 3)
      .attr('fill', color)
      .attr('fill-opacity', 0.35);
    const hl = highlight !== null && highlight !== undefined && Number.isFinite(highlight) ? highlight : null;
    root
      .select('.hl')
      .attr('display', hl === null ? 'none' : null)
      .attr('cx', hl === null ? 0 : x(clampA(hl)))
      .attr('cy', hl === null ? 0 : y(m.df(hl)));
  }, [activation, color, marks, markCount, highlight, width, height, xMax, picking]);

  return (
    <figure className="actplot" ref={wrap}>
      <svg ref={svg} width={width} height={height} role="img" aria-label={title}>
        <g className="x-axis" />
        <g className="y-axis" />
        <path className="f" fill="none" strokeWidth={2.25} />
        <path className="df" fill="none" strokeWidth={1.75} strokeDasharray="5 4" />
        <g
          className="marks"
          onPointerOver={(e) => {
            const i = (e.target as Element).getAttribute?.('data-i');
            if (i !== null && i !== undefined) pick.current?.(Number(i));
          }}
        />
        <circle className="hl" r={6} fill="none" stroke="#111" strokeWidth={2} />
      </svg>
    </figure>
  );
});
