import { useRef } from 'react';
import { CLASS_COLORS, UI } from '../../src/viz/palette';
import type { Points2D } from '../../src/engine';
import { useSize } from '../../src/viz/useSize';
import { ExportFigure } from '../../src/viz/ExportFigure';

/** A line w·x + b = 0 drawn over the points. */
export interface Line2D {
  w: [number, number];
  b: number;
  color: string;
  label: string;
  /** Shade the side where w·x + b > 0. */
  shade?: boolean;
  dashed?: boolean;
}

type V = [number, number];

/** The part of the rectangle [lo, hi]² where w·x + b > 0 (Sutherland–Hodgman against one half-plane). */
export function halfPlane(w: V, b: number, lo: number, hi: number): V[] {
  const sq: V[] = [
    [lo, lo],
    [hi, lo],
    [hi, hi],
    [lo, hi],
  ];
  const f = (p: V) => w[0] * p[0] + w[1] * p[1] + b;
  const out: V[] = [];
  sq.forEach((p, i) => {
    const q = sq[(i + 1) % 4];
    const fp = f(p);
    const fq = f(q);
    if (fp > 0) out.push(p);
    if (fp > 0 !== fq > 0) {
      const t = fp / (fp - fq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  });
  return out;
}

/** The segment of w·x + b = 0 inside [lo, hi]², or null. */
export function clipLine(w: V, b: number, lo: number, hi: number): [V, V] | null {
  const pts: V[] = [];
  if (Math.abs(w[1]) > 1e-12) for (const x of [lo, hi]) pts.push([x, -(w[0] * x + b) / w[1]]);
  if (Math.abs(w[0]) > 1e-12) for (const y of [lo, hi]) pts.push([-(w[1] * y + b) / w[0], y]);
  const inside = pts.filter(([x, y]) => x >= lo - 1e-9 && x <= hi + 1e-9 && y >= lo - 1e-9 && y <= hi + 1e-9);
  if (inside.length < 2) return null;
  let best: [V, V] = [inside[0], inside[1]];
  let d = -1;
  for (const p of inside)
    for (const q of inside) {
      const dd = Math.hypot(p[0] - q[0], p[1] - q[1]);
      if (dd > d) {
        d = dd;
        best = [p, q];
      }
    }
  return best;
}

/**
 * Points of two classes (class 1 orange circles, class 0 purple squares, a ring on the
 * misclassified) in the square [lo, hi]², with lines drawn over them.
 */
export function PointsView({
  data,
  lo,
  hi,
  lines,
  wrong,
  title,
  maxSize = 360,
  background,
}: {
  data: Points2D | { x: ArrayLike<number>; y: ArrayLike<number>; n: number };
  lo: number;
  hi: number;
  lines: Line2D[];
  /** Per point: is it misclassified? */
  wrong?: boolean[];
  title: string;
  maxSize?: number;
  background?: React.ReactNode;
}) {
  const wrap = useRef<HTMLDivElement>(null);
  const { width } = useSize(wrap, 280);
  const S = Math.round(Math.min(width, maxSize));
  const sx = (v: number) => ((v - lo) / (hi - lo)) * S;
  const sy = (v: number) => S - ((v - lo) / (hi - lo)) * S;
  const r = data.n > 10 ? Math.max(3, S / 90) : Math.max(6, S / 30);
  return (
    <div className="px-points" ref={wrap}>
      <ExportFigure title={title.replace(/[;.].*$/, '')} width={S}>
        <div className="px-points-stack" style={{ width: S, height: S }}>
          {background}
          <svg width={S} height={S} role="img" aria-label={title}>
            <rect x={0} y={0} width={S} height={S} fill="none" stroke={UI.frame} />
            {lines.map((l) => {
              const poly = l.shade ? halfPlane(l.w, l.b, lo, hi) : [];
              const seg = clipLine(l.w, l.b, lo, hi);
              return (
                <g key={l.label}>
                  {poly.length > 2 && (
                    <polygon
                      points={poly.map(([x, y]) => `${sx(x)},${sy(y)}`).join(' ')}
                      fill={CLASS_COLORS[1]}
                      opacity={0.14}
                    />
                  )}
                  {seg && (
                    <line
                      x1={sx(seg[0][0])}
                      y1={sy(seg[0][1])}
                      x2={sx(seg[1][0])}
                      y2={sy(seg[1][1])}
                      stroke={l.color}
                      strokeWidth={2.5}
                      strokeDasharray={l.dashed ? '7 4' : undefined}
                    />
                  )}
                </g>
              );
            })}
            {Array.from({ length: data.n }, (_, i) => {
              const cx = sx(data.x[2 * i]);
              const cy = sy(data.x[2 * i + 1]);
              const one = data.y[i] > 0.5;
              return (
                <g key={i}>
                  {wrong?.[i] && (
                    <circle
                      cx={cx}
                      cy={cy}
                      r={r * 1.9}
                      fill="none"
                      stroke={UI.mark}
                      strokeWidth={2}
                      strokeDasharray="3 2"
                    />
                  )}
                  {one ? (
                    <circle cx={cx} cy={cy} r={r} fill={CLASS_COLORS[1]} stroke={UI.halo} strokeWidth={1.5} />
                  ) : (
                    <rect
                      x={cx - r}
                      y={cy - r}
                      width={2 * r}
                      height={2 * r}
                      fill={CLASS_COLORS[0]}
                      stroke={UI.halo}
                      strokeWidth={1.5}
                    />
                  )}
                </g>
              );
            })}
          </svg>
        </div>
      </ExportFigure>
    </div>
  );
}
