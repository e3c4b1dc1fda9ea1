import { useEffect, useRef } from 'react';
import { ExportHead, useInExportFigure } from './ExportFigure';
import { DOMAIN, type Dataset2D } from '../engine';
import { drawValues, prepareCanvas } from './canvasImage';
import { CLASS_COLORS, lightColor } from './palette';
import { useSize } from './useSize';

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
}

/** Decision boundary as a heatmap on a canvas, with the data points on top. */
export function BoundaryView({ values, gridSize, offset = 0, train, test, showTest = true, title, version, maxSize = 420 }: BoundaryProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { width } = useSize(wrap, 240);
  const size = Math.round(Math.min(width, maxSize));
  const exported = !useInExportFigure();

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const ctx = prepareCanvas(c, size, size);
    if (!ctx) return;
    ctx.fillStyle = '#f3f3f3';
    ctx.fillRect(0, 0, size, size);
    // The network's output per cell, class colours, smoothed up to the canvas (non-finite cells grey).
    if (values && gridSize > 0) drawValues(ctx, { values, base: offset, w: gridSize, h: gridSize, scale: 'class', alpha: 150 }, 0, 0, size, size, true);
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
      <div className={exported ? 'export-figure' : undefined} style={{ width: size }}>
        {exported && <ExportHead source={{ title, canvas: () => canvas.current, smooth: true }} />}
        <canvas ref={canvas} style={{ width: size, height: size }} role="img" aria-label={title} />
      </div>
    </div>
  );
}
