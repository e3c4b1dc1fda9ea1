/**
 * Contours of a 2D function with optimizer trajectories drawn over them.
 *
 * Layers, bottom to top: filled contour bands (SVG, drawn once per surface), the
 * trajectories (a canvas, drawn incrementally: each update only adds the new
 * segments), and an SVG with the start marker and the current positions.
 *
 * The start point is set by clicking or dragging on the plot, or from the keyboard:
 * focus the plot, then the arrow keys move the start (Shift for big steps, Home
 * restores the default). `onStart(p, commit)` reports every move; `commit` is true
 * when a drag ends or a key is pressed (the moment to write the URL).
 */
import { ExportFigure } from './ExportFigure';
import { contours, geoPath, geoTransform, scaleLinear, type ScaleLinear } from 'd3';
import {
  memo,
  type RefObject,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { extent } from './chart';
import { lightColor } from './palette';
import { useSize } from './useSize';

export interface Domain2D {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface Trajectory {
  id: string;
  label: string;
  color: string;
  dash?: number[];
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  /** Number of valid points (the arrays may be longer buffers). */
  n: number;
}

export interface ContourViewProps {
  /** n×n samples, row-major, row 0 at yMin (as Surface.gridValues). */
  values: Float32Array;
  gridN: number;
  domain: Domain2D;
  thresholds: number[];
  /** Marked with a small cross. */
  minima?: readonly (readonly [number, number])[];
  start: readonly [number, number];
  defaultStart: readonly [number, number];
  onStart: (p: [number, number], commit: boolean) => void;
  trajectories: Trajectory[];
  /** Bumped when trajectories grew. */
  version: number;
  /** Bumped when trajectories restarted (the canvas is cleared). */
  generation: number;
  maxSize?: number;
  /** Accessible name of the plot. */
  title: string;
}

/**
 * Contour levels spaced evenly in log(f − min): dense near the minimum, where the
 * interesting structure is, sparse on the steep walls.
 */
export function logThresholds(values: ArrayLike<number>, count = 16, decades = 4): number[] {
  const [lo, hi] = extent([{ values }]) ?? [0, 0];
  if (!(hi > lo)) return [];
  const span = hi - lo;
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(lo + span * 10 ** (-decades + (decades * k) / (count - 1)));
  return out;
}

const M = 30;

type Scale = ScaleLinear<number, number>;

export const ContourView = memo(function ContourView(props: ContourViewProps) {
  const {
    values,
    gridN,
    domain,
    thresholds,
    minima,
    start,
    defaultStart,
    onStart,
    trajectories,
    version,
    generation,
    maxSize = 560,
    title,
  } = props;
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { width } = useSize(wrap, 320);
  const size = Math.max(200, Math.round(Math.min(width, maxSize)));
  const inner = size - 2 * M;
  const sx = useMemo(
    () =>
      scaleLinear()
        .domain([domain.xMin, domain.xMax])
        .range([M, M + inner]),
    [domain, inner],
  );
  const sy = useMemo(
    () =>
      scaleLinear()
        .domain([domain.yMin, domain.yMax])
        .range([M + inner, M]),
    [domain, inner],
  );
  const bands = useContourBands(values, gridN, domain, thresholds, sx, sy);
  useTrajectoryCanvas(canvas, trajectories, { version, generation, size, domain, inner, sx, sy });

  return (
    <div className="contour-view" ref={wrap}>
      <ExportFigure title={title} width={size}>
        <div className="contour-stack" style={{ width: size, height: size }}>
          <ContourBands size={size} inner={inner} bands={bands} minima={minima} sx={sx} sy={sy} />
          <canvas ref={canvas} style={{ width: size, height: size }} aria-hidden="true" />
          <StartInput
            size={size}
            title={title}
            domain={domain}
            sx={sx}
            sy={sy}
            start={start}
            defaultStart={defaultStart}
            onStart={onStart}
            trajectories={trajectories}
          />
        </div>
      </ExportFigure>
      <p id="contour-help" className="small contour-help">
        Click or drag on the plot to choose the start point. From the keyboard: focus the plot, then use the arrow keys
        (Shift for big steps; Home for the default start). Crosses mark the minima.
      </p>
    </div>
  );
});

interface Band {
  d: string;
  shade: number;
}

/** Contour bands in data coordinates → pixels. d3.contours puts value i at i + 0.5. */
function useContourBands(
  values: Float32Array,
  gridN: number,
  domain: Domain2D,
  thresholds: number[],
  sx: Scale,
  sy: Scale,
): Band[] {
  return useMemo(() => {
    if (!thresholds.length || values.length !== gridN * gridN) return [];
    const dx = (domain.xMax - domain.xMin) / (gridN - 1);
    const dy = (domain.yMax - domain.yMin) / (gridN - 1);
    const clampX = (v: number) => Math.max(domain.xMin, Math.min(domain.xMax, v));
    const clampY = (v: number) => Math.max(domain.yMin, Math.min(domain.yMax, v));
    const proj = geoTransform({
      point(cx: number, cy: number) {
        this.stream.point(sx(clampX(domain.xMin + (cx - 0.5) * dx)), sy(clampY(domain.yMin + (cy - 0.5) * dy)));
      },
    });
    const path = geoPath(proj);
    const polys = contours().size([gridN, gridN]).thresholds(thresholds)(Array.from(values));
    return polys.map((p, i) => ({ d: path(p) ?? '', shade: i / Math.max(1, polys.length - 1) }));
  }, [values, gridN, domain, thresholds, sx, sy]);
}

/**
 * Incremental trajectory drawing on the canvas: the canvas is cleared when its size, the
 * generation or the domain changes; otherwise each update draws only the new segments.
 */
function useTrajectoryCanvas(
  canvas: RefObject<HTMLCanvasElement | null>,
  trajectories: Trajectory[],
  {
    version,
    generation,
    size,
    domain,
    inner,
    sx,
    sy,
  }: { version: number; generation: number; size: number; domain: Domain2D; inner: number; sx: Scale; sy: Scale },
): void {
  const drawn = useRef<Map<string, number>>(new Map());
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const dpr = globalThis.devicePixelRatio || 1;
    c.width = Math.round(size * dpr);
    c.height = Math.round(size * dpr);
    const ctx = c.getContext('2d');
    ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawn.current.clear();
  }, [canvas, size, generation, domain]);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.save();
    ctx.beginPath();
    ctx.rect(M, M, inner, inner);
    ctx.clip();
    for (const t of trajectories) {
      const from = drawn.current.get(t.id) ?? 0;
      if (t.n < 1 || from >= t.n) continue;
      // The surface is light in both themes: the paths keep the light theme's colours.
      ctx.strokeStyle = lightColor(t.color);
      ctx.fillStyle = lightColor(t.color);
      ctx.lineWidth = 2;
      ctx.setLineDash(t.dash ?? []);
      ctx.beginPath();
      const s = Math.max(0, from - 1);
      ctx.moveTo(px(sx, t.xs[s]), px(sy, t.ys[s]));
      for (let i = s + 1; i < t.n; i++) ctx.lineTo(px(sx, t.xs[i]), px(sy, t.ys[i]));
      ctx.stroke();
      ctx.setLineDash([]);
      // A dot per step shows the step sizes (zig-zags, overshoots).
      for (let i = Math.max(1, from); i < t.n; i++) {
        ctx.beginPath();
        ctx.arc(px(sx, t.xs[i]), px(sy, t.ys[i]), 1.8, 0, 2 * Math.PI);
        ctx.fill();
      }
      drawn.current.set(t.id, t.n);
    }
    ctx.restore();
  }, [canvas, trajectories, version, generation, size, sx, sy, inner]);
}

/** The bottom layer: the filled contour bands, the frame, the ticks and the minima's crosses. */
function ContourBands({
  size,
  inner,
  bands,
  minima,
  sx,
  sy,
}: {
  size: number;
  inner: number;
  bands: Band[];
  minima?: readonly (readonly [number, number])[];
  sx: Scale;
  sy: Scale;
}) {
  const ticksX = sx.ticks(5);
  const ticksY = sy.ticks(5);
  return (
    <svg width={size} height={size} aria-hidden="true" className="contour-bands">
      <rect x={M} y={M} width={inner} height={inner} fill="#fafafa" />
      <g>
        {bands.map((b, i) => (
          <path key={i} d={b.d} fill={bandFill(b.shade)} stroke="#8a8a8a" strokeWidth={0.6} strokeOpacity={0.7} />
        ))}
      </g>
      <rect x={M} y={M} width={inner} height={inner} fill="none" stroke="#666" />
      {ticksX.map((t) => (
        <text key={`x${t}`} x={sx(t)} y={M + inner + 16} textAnchor="middle" className="tick-label">
          {fmtTick(t)}
        </text>
      ))}
      {ticksY.map((t) => (
        <text key={`y${t}`} x={M - 5} y={sy(t) + 4} textAnchor="end" className="tick-label">
          {fmtTick(t)}
        </text>
      ))}
      {minima?.map((m, i) => (
        <g key={i} transform={`translate(${sx(m[0])},${sy(m[1])})`} stroke="#000" strokeWidth={2}>
          <line x1={-5} y1={-5} x2={5} y2={5} />
          <line x1={-5} y1={5} x2={5} y2={-5} />
        </g>
      ))}
    </svg>
  );
}

/** The top layer: the current positions, the start marker, and the pointer and keyboard input that moves it. */
function StartInput({
  size,
  title,
  domain,
  sx,
  sy,
  start,
  defaultStart,
  onStart,
  trajectories,
}: {
  size: number;
  title: string;
  domain: Domain2D;
  sx: Scale;
  sy: Scale;
  start: readonly [number, number];
  defaultStart: readonly [number, number];
  onStart: (p: [number, number], commit: boolean) => void;
  trajectories: Trajectory[];
}) {
  // Dragging the start point.
  const [dragging, setDragging] = useState(false);
  const toData = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = sx.invert(e.clientX - r.left);
    const y = sy.invert(e.clientY - r.top);
    return [round(clamp(x, domain.xMin, domain.xMax)), round(clamp(y, domain.yMin, domain.yMax))];
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const big = e.shiftKey ? 0.1 : 0.02;
    const dx = (domain.xMax - domain.xMin) * big;
    const dy = (domain.yMax - domain.yMin) * big;
    let p: [number, number] | null = null;
    if (e.key === 'ArrowLeft') p = [start[0] - dx, start[1]];
    else if (e.key === 'ArrowRight') p = [start[0] + dx, start[1]];
    else if (e.key === 'ArrowUp') p = [start[0], start[1] + dy];
    else if (e.key === 'ArrowDown') p = [start[0], start[1] - dy];
    else if (e.key === 'Home') p = [defaultStart[0], defaultStart[1]];
    if (!p) return;
    e.preventDefault();
    e.stopPropagation();
    onStart([round(clamp(p[0], domain.xMin, domain.xMax)), round(clamp(p[1], domain.yMin, domain.yMax))], true);
  };

  return (
    <svg
      width={size}
      height={size}
      className={`contour-input ${dragging ? 'is-dragging' : ''}`}
      role="application"
      aria-label={title}
      aria-roledescription="loss surface"
      aria-describedby="contour-help"
      tabIndex={0}
      onKeyDown={onKey}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        setDragging(true);
        onStart(toData(e), false);
      }}
      onPointerMove={(e) => {
        if (dragging) onStart(toData(e), false);
      }}
      onPointerUp={(e) => {
        if (!dragging) return;
        setDragging(false);
        onStart(toData(e), true);
      }}
      onPointerCancel={() => setDragging(false)}
    >
      {trajectories.map((t) =>
        t.n > 0 ? (
          <circle
            key={t.id}
            data-testid={`pos-${t.id}`}
            cx={clampPx(sx(t.xs[t.n - 1]), size)}
            cy={clampPx(sy(t.ys[t.n - 1]), size)}
            r={5}
            fill={t.color}
            stroke="#fff"
            strokeWidth={1.5}
          />
        ) : null,
      )}
      <g transform={`translate(${sx(start[0])},${sy(start[1])})`} className="start-marker">
        <circle r={8} fill="#fff" stroke="#000" strokeWidth={2} />
        <circle r={2.5} fill="#000" />
      </g>
    </svg>
  );
}

function bandFill(shade: number): string {
  // Light (low loss) to mid grey (high loss): leaves room for the coloured paths.
  const v = Math.round(250 - 95 * shade);
  return `rgb(${v},${v},${Math.min(255, v + 6)})`;
}

function px(scale: (v: number) => number, v: number): number {
  const p = scale(v);
  // Canvas coordinates far outside the plot are clipped anyway; keep them finite.
  return Number.isFinite(p) ? Math.max(-1e5, Math.min(1e5, p)) : 0;
}

function clampPx(p: number, size: number): number {
  return Number.isFinite(p) ? Math.max(4, Math.min(size - 4, p)) : size / 2;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

function fmtTick(v: number): string {
  return String(v).replace('-', '−');
}
