import { useEffect, useRef } from 'react';
import { ExportHead, useInExportFigure } from './ExportFigure';
import { DOMAIN, type Dataset2D } from '../engine';
import { drawValues, prepareCanvas } from './canvasImage';
import { CLASS_COLORS, lightColor } from './palette';
import { useSize } from './useSize';
import { useApp } from '../store/useApp';

export interface BoundaryProps {
  /** Network output per cell, row 0 at the top; `offset` picks one run's grid. */
  values: Float32Array | null;
  gridSize: number;
  offset?: number;
  train?: Dataset2D;
  test?: Dataset2D;
  showTest?: boolean;
  title: string;
  version?: number;
  /** Largest side in CSS pixels (e.g. smaller in presenter mode so the demo fits). */
  maxSize?: number;
  /** The class legend under the plot (off where a group of plots shares one). */
  legend?: boolean;
}

/** Room for the axes' tick labels: left of the plot, and under it. */
/** The axes' room and type: presenter mode sets them for the back row (16 px). */
const AXES = { normal: { left: 24, bottom: 16, font: 10 }, presenter: { left: 34, bottom: 21, font: 16 } };
type AxesBox = (typeof AXES)['normal'];

/** Decision boundary as a heatmap on a canvas, with the data points on top. */
export function BoundaryView({
  values,
  gridSize,
  offset = 0,
  train,
  test,
  showTest = true,
  title,
  version,
  maxSize = 420,
  legend = true,
}: BoundaryProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { width } = useSize(wrap, 240);
  const ax = AXES[useApp((st) => st.presenter) ? 'presenter' : 'normal'];
  const size = Math.max(40, Math.round(Math.min(width - ax.left, maxSize - ax.bottom)));
  const exported = !useInExportFigure();

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const ctx = prepareCanvas(c, size, size);
    if (!ctx) return;
    ctx.fillStyle = '#f3f3f3';
    ctx.fillRect(0, 0, size, size);
    // The network's output per cell, class colours, smoothed up to the canvas (non-finite cells grey).
    if (values && gridSize > 0)
      drawValues(
        ctx,
        { values, base: offset, w: gridSize, h: gridSize, scale: 'class', alpha: 150 },
        0,
        0,
        size,
        size,
        true,
      );
    const toPx = (v: number) => ((v + DOMAIN) / (2 * DOMAIN)) * size;
    const r = Math.max(2.2, size / 110);
    const draw = (d: Dataset2D | undefined, hollow: boolean) => {
      if (!d) return;
      for (let i = 0; i < d.n; i++) {
        const px = toPx(d.x[2 * i]);
        const py = size - toPx(d.x[2 * i + 1]);
        if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
        ctx.beginPath();
        ctx.arc(px, py, r, 0, 2 * Math.PI);
        const col = lightColor(CLASS_COLORS[d.y[i] > 0.5 ? 1 : 0]);
        if (hollow) {
          ctx.lineWidth = 1.5;
          ctx.strokeStyle = col;
          ctx.fillStyle = 'rgba(255,255,255,0.85)';
          ctx.fill();
          ctx.stroke();
        } else {
          ctx.fillStyle = col;
          ctx.lineWidth = 1;
          ctx.strokeStyle = '#fff';
          ctx.fill();
          ctx.stroke();
        }
      }
    };
    draw(train, false);
    if (showTest) draw(test, true);
  }, [values, gridSize, offset, train, test, showTest, size, version]);

  return (
    <div className="boundary" ref={wrap}>
      <div className={exported ? 'export-figure' : undefined}>
        {exported && <ExportHead source={{ title, canvas: () => canvas.current, smooth: true }} />}
        <div className="boundary-frame" style={{ gridTemplateColumns: `${ax.left}px ${size}px` }}>
          <BoundaryAxis side="left" size={size} ax={ax} />
          <canvas ref={canvas} style={{ width: size, height: size }} role="img" aria-label={title} />
          <BoundaryAxis side="bottom" size={size} ax={ax} />
        </div>
        {legend && <BoundaryLegend test={showTest && !!test} short={size < 160} />}
      </div>
    </div>
  );
}

/** The input axes: −DOMAIN, the axis's name at 0, DOMAIN (the data's range on both inputs). */
function BoundaryAxis({ side, size, ax }: { side: 'left' | 'bottom'; size: number; ax: AxesBox }) {
  const { left: L, bottom: B, font } = ax;
  const lo = `−${DOMAIN}`;
  const hi = String(DOMAIN);
  if (side === 'left')
    return (
      <svg className="boundary-axis" width={L} height={size} aria-hidden="true" fontSize={font}>
        <line x1={L - 0.5} x2={L - 0.5} y1={0} y2={size} />
        <line x1={L - 4} x2={L} y1={size / 2} y2={size / 2} />
        <text x={L - 4} y={font - 1} textAnchor="end">
          {hi}
        </text>
        <text x={L - 6} y={size / 2 + font * 0.4} textAnchor="end" fontStyle="italic">
          x₂
        </text>
        <text x={L - 4} y={size - 1} textAnchor="end">
          {lo}
        </text>
      </svg>
    );
  return (
    <svg className="boundary-axis" width={size} height={B} aria-hidden="true" fontSize={font} style={{ gridColumn: 2 }}>
      <line x1={0} x2={size} y1={0.5} y2={0.5} />
      <line x1={size / 2} x2={size / 2} y1={0} y2={4} />
      <text x={0} y={B - 3} textAnchor="start">
        {lo}
      </text>
      <text x={size / 2} y={B - 3} textAnchor="middle" fontStyle="italic">
        x₁
      </text>
      <text x={size} y={B - 3} textAnchor="end">
        {hi}
      </text>
    </svg>
  );
}

/** Which colour is which class (and what a hollow point is); `short` words under a small plot. */
function BoundaryLegend({ test, short }: { test: boolean; short: boolean }) {
  return (
    <p className="boundary-legend">
      <span>
        <svg width="10" height="10" aria-hidden="true">
          <circle cx="5" cy="5" r="4" fill={CLASS_COLORS[1]} />
        </svg>{' '}
        {short ? '1' : 'class 1'}
      </span>
      <span>
        <svg width="10" height="10" aria-hidden="true">
          <circle cx="5" cy="5" r="4" fill={CLASS_COLORS[0]} />
        </svg>{' '}
        {short ? '0' : 'class 0'}
      </span>
      {test && (
        <span>
          <svg width="10" height="10" aria-hidden="true">
            <circle cx="5" cy="5" r="3.5" fill="#fff" stroke="#555" strokeWidth="1.5" />
          </svg>{' '}
          {short ? 'test' : 'test point'}
        </span>
      )}
    </p>
  );
}
