import { axisBottom, max, scaleLinear, select } from 'd3';
import { useEffect, useRef } from 'react';
import { binValues } from './histogram';
import { useSize } from './useSize';

export interface HistogramProps {
  values: ArrayLike<number> | null;
  n?: number;
  bins?: number;
  lo?: number;
  hi?: number;
  color: string;
  title: string;
  xLabel?: string;
  height?: number;
}

const M = { top: 6, right: 8, bottom: 26, left: 8 };

export function Histogram({ values, n, bins = 30, lo, hi, color, title, xLabel, height = 110 }: HistogramProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const { width } = useSize(wrap, 200);
  useEffect(() => {
    if (!svg.current) return;
    const b = binValues(values ?? [], n ?? values?.length ?? 0, bins, lo, hi);
    const x = scaleLinear().domain([b.lo, b.hi]).range([M.left, width - M.right]);
    const y = scaleLinear().domain([0, max(b.counts) || 1]).range([height - M.bottom, M.top]);
    const w = (width - M.left - M.right) / bins;
    const root = select(svg.current);
    root.select<SVGGElement>('.x-axis').attr('transform', `translate(0,${height - M.bottom})`).call(axisBottom(x).ticks(4).tickSizeOuter(0));
    root
      .select('.bars')
      .selectAll('rect')
      .data(Array.from(b.counts))
      .join('rect')
      .attr('x', (_, i) => M.left + i * w + 0.5)
      .attr('width', Math.max(1, w - 1))
      .attr('y', (c) => y(c))
      .attr('height', (c) => y(0) - y(c))
      .attr('fill', color);
  }, [values, n, bins, lo, hi, color, width, height]);
  return (
    <figure className="hist" ref={wrap}>
      <svg ref={svg} width={width} height={height} role="img" aria-label={title}>
        <g className="bars" />
        <g className="x-axis" />
      </svg>
      {xLabel && <figcaption className="axis-label">{xLabel}</figcaption>}
    </figure>
  );
}
