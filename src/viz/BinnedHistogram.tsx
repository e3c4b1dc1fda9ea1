import { memo, useRef } from 'react';
import { UI } from './palette';
import { ExportHead, useInExportFigure } from './ExportFigure';
import { useSize } from './useSize';

export interface BinnedHistogramProps {
  /** Counts per bin (a view into a larger array: see offset). */
  counts: ArrayLike<number> | null;
  offset?: number;
  bins: number;
  color: string;
  title: string;
  height?: number;
  /** Axis ticks under the bars: position as a share of the range (0 … 1) and label. */
  ticks?: { at: number; label: string }[];
}

/** Largest finite count of the bins (0 when there is none). */
export function maxCount(counts: ArrayLike<number>, offset: number, bins: number): number {
  let max = 0;
  for (let i = 0; i < bins; i++) {
    const c = counts[offset + i];
    if (Number.isFinite(c) && c > max) max = c;
  }
  return max;
}

/**
 * Height of a bar: square-root scaled, so a few values in a bin stay visible next to a
 * tall one; null (no bar) for an empty bin or a count that is not a finite positive number.
 */
export function barHeight(count: number, max: number, full: number): number | null {
  if (!(count > 0) || !Number.isFinite(count) || !(max > 0)) return null;
  return Math.max(1.5, Math.sqrt(Math.min(count, max) / max) * full);
}

/** A histogram from counts already binned (in the worker): small enough to draw dozens. */
export const BinnedHistogram = memo(function BinnedHistogram({
  counts,
  offset = 0,
  bins,
  color,
  title,
  height = 44,
  ticks,
}: BinnedHistogramProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { width } = useSize(wrap, 160);
  const axis = ticks ? 16 : 0;
  const h = height - axis;
  const max = counts ? maxCount(counts, offset, bins) : 0;
  const w = width / bins;
  const exported = !useInExportFigure();
  return (
    <div className={exported ? 'binned-hist export-figure' : 'binned-hist'} ref={wrap}>
      {exported && <ExportHead source={{ title, svg: () => svgRef.current }} />}
      <svg ref={svgRef} width={width} height={height} role="img" aria-label={title}>
        <line x1={0} x2={width} y1={h - 0.5} y2={h - 0.5} stroke={UI.frame} />
        {counts &&
          max > 0 &&
          Array.from({ length: bins }, (_, i) => {
            const bh = barHeight(counts[offset + i], max, h - 2);
            if (bh === null) return null;
            return <rect key={i} x={i * w + 0.5} width={Math.max(1, w - 1)} y={h - 1 - bh} height={bh} fill={color} />;
          })}
        {ticks?.map((t, i) => (
          <text
            key={i}
            x={Math.min(width - 2, Math.max(2, t.at * width))}
            y={height - 3}
            textAnchor={t.at <= 0 ? 'start' : t.at >= 1 ? 'end' : 'middle'}
            className="axis-label"
          >
            {t.label}
          </text>
        ))}
      </svg>
    </div>
  );
});
