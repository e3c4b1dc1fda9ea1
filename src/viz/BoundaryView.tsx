import { useEffect, useMemo, useRef } from 'react';
import { DOMAIN, type Dataset2D } from '../engine/datasets';
import { CLASS_COLORS, classLut } from './palette';
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

let LUT: Uint8ClampedArray | null = null;

/** Decision boundary as a heatmap on a canvas, with the data points on top. */
export function BoundaryView({ values, gridSize, offset = 0, train, test, showTest = true, title, version, maxSize = 420 }: BoundaryProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { width } = useSize(wrap, 240);
  const size = Math.round(Math.min(width, maxSize));
  const cells = useMemo(() => (typeof document === 'undefined' ? null : document.createElement('canvas')), []);

  useEffect(() => {
    const c = canvas.current;
    if (!c || !cells) return;
    const dpr = globalThis.devicePixelRatio || 1;
    c.width = Math.round(size * dpr);
    c.height = Math.round(size * dpr);
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#f3f3f3';
    ctx.fillRect(0, 0, size, size);
    if (values && gridSize > 0) {
      LUT ??= classLut();
      cells.width = gridSize;
      cells.height = gridSize;
      const cctx = cells.getContext('2d')!;
      const img = cctx.createImageData(gridSize, gridSize);
      const n = gridSize * gridSize;
      for (let i = 0; i < n; i++) {
        const v = values[offset + i];
        const k = Number.isFinite(v) ? Math.round(Math.min(1, Math.max(0, v)) * 255) * 3 : -1;
        const p = 4 * i;
        if (k < 0) {
          img.data[p] = img.data[p + 1] = img.data[p + 2] = 200;
        } else {
          img.data[p] = LUT[k];
          img.data[p + 1] = LUT[k + 1];
          img.data[p + 2] = LUT[k + 2];
        }
        img.data[p + 3] = 150;
      }
      cctx.putImageData(img, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(cells, 0, 0, size, size);
    }
    const toPx = (v: number) => ((v + DOMAIN) / (2 * DOMAIN)) * size;
    const r = Math.max(2.2, size / 110);
    const draw = (d: Dataset2D | undefined, hollow: boolean) => {
      if (!d) return;
      for (let i = 0; i < d.n; i++) {
        const px = toPx(d.x[2 * i]);
        const py = size - toPx(d.x[2 * i + 1]);
        ctx.beginPath();
        ctx.arc(px, py, r, 0, 2 * Math.PI);
        const col = CLASS_COLORS[d.y[i] > 0.5 ? 1 : 0];
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
  }, [values, gridSize, offset, train, test, showTest, size, cells, version]);

  return (
    <div className="boundary" ref={wrap}>
      <canvas ref={canvas} style={{ width: size, height: size }} role="img" aria-label={title} />
    </div>
  );
}
