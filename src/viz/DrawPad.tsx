import { useEffect, useRef } from 'react';
import { ExportHead, useInExportFigure } from './ExportFigure';

const RES = 280;
const SIDE = 28;

/**
 * A square to draw a digit on with mouse, touch or pen (pointer events). Every stroke
 * is turned into a 28×28 image the way MNIST was made: the ink's bounding box is scaled
 * to fit 20×20 pixels and its centre of mass moved to the centre (LeCun et al. 1998).
 * `load` puts an existing digit on the pad (the keyboard-friendly way to get a digit in),
 * and the learner can draw on top of it.
 */
export function DrawPad({
  size,
  onChange,
  load,
  label,
}: {
  size: number;
  onChange: (image: Float32Array) => void;
  /** A 28×28 image in [0, 1] to show; changing the object reloads the pad. */
  load: Float32Array | null;
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const cb = useRef(onChange);
  cb.current = onChange;

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d', { willReadFrequently: true });
    if (!c || !ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, RES, RES);
    if (load) {
      const img = new ImageData(SIDE, SIDE);
      for (let i = 0; i < SIDE * SIDE; i++) {
        const v = Math.round(255 * (1 - Math.max(0, Math.min(1, load[i]))));
        img.data[4 * i] = img.data[4 * i + 1] = img.data[4 * i + 2] = v;
        img.data[4 * i + 3] = 255;
      }
      const small = document.createElement('canvas');
      small.width = SIDE;
      small.height = SIDE;
      small.getContext('2d')!.putImageData(img, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(small, 0, 0, RES, RES);
    }
  }, [load]);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) / r.width) * RES, y: ((e.clientY - r.top) / r.height) * RES };
  };
  const stroke = (from: { x: number; y: number }, to: { x: number; y: number }, pressure: number) => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.strokeStyle = '#000';
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 22 * (pressure > 0 && pressure !== 0.5 ? 0.6 + 0.8 * pressure : 1);
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x + 0.01, to.y);
    ctx.stroke();
  };
  const emit = () => {
    const c = canvas.current;
    if (c) cb.current(toMnist(c));
  };

  const nested = useInExportFigure();
  const pad = (
    <canvas
      ref={canvas}
      className="drawpad"
      width={RES}
      height={RES}
      style={{ width: size, height: size }}
      role="img"
      aria-label={label}
      onPointerDown={(e) => {
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        const p = point(e);
        last.current = p;
        stroke(p, p, e.pressure);
        emit();
      }}
      onPointerMove={(e) => {
        if (!last.current) return;
        const p = point(e);
        stroke(last.current, p, e.pressure);
        last.current = p;
        emit();
      }}
      onPointerUp={() => {
        last.current = null;
        emit();
      }}
      onPointerCancel={() => {
        last.current = null;
      }}
    />
  );
  if (nested) return pad;
  return (
    <div className="export-figure export-wrap" style={{ width: size }}>
      <ExportHead source={{ title: 'Your drawing', canvas: () => canvas.current, smooth: true }} />
      {pad}
    </div>
  );
}

/** The drawing as an MNIST-style 28×28 image in [0, 1] (1 = ink). */
export function toMnist(c: HTMLCanvasElement): Float32Array {
  const ctx = c.getContext('2d', { willReadFrequently: true })!;
  const src = ctx.getImageData(0, 0, RES, RES).data;
  let x0 = RES,
    y0 = RES,
    x1 = -1,
    y1 = -1;
  for (let y = 0; y < RES; y++)
    for (let x = 0; x < RES; x++)
      if (src[4 * (y * RES + x)] < 200) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  const out = new Float32Array(SIDE * SIDE);
  if (x1 < 0) return out;
  const bw = x1 - x0 + 1;
  const bh = y1 - y0 + 1;
  const s = 20 / Math.max(bw, bh);
  const dw = Math.max(1, bw * s);
  const dh = Math.max(1, bh * s);
  const tmp = document.createElement('canvas');
  tmp.width = SIDE;
  tmp.height = SIDE;
  const t = tmp.getContext('2d', { willReadFrequently: true })!;
  t.fillStyle = '#fff';
  t.fillRect(0, 0, SIDE, SIDE);
  t.imageSmoothingEnabled = true;
  t.imageSmoothingQuality = 'high';
  t.drawImage(c, x0, y0, bw, bh, (SIDE - dw) / 2, (SIDE - dh) / 2, dw, dh);
  const px = t.getImageData(0, 0, SIDE, SIDE).data;
  const img = new Float32Array(SIDE * SIDE);
  let m = 0,
    cx = 0,
    cy = 0;
  for (let i = 0; i < SIDE * SIDE; i++) {
    const v = 1 - px[4 * i] / 255;
    img[i] = v;
    m += v;
    cx += v * (i % SIDE);
    cy += v * Math.floor(i / SIDE);
  }
  const sx = Math.round(SIDE / 2 - 0.5 - cx / m);
  const sy = Math.round(SIDE / 2 - 0.5 - cy / m);
  for (let y = 0; y < SIDE; y++)
    for (let x = 0; x < SIDE; x++) {
      const fx = x - sx;
      const fy = y - sy;
      if (fx >= 0 && fx < SIDE && fy >= 0 && fy < SIDE) out[y * SIDE + x] = img[fy * SIDE + fx];
    }
  return out;
}
