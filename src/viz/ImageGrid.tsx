import { interpolatePuOr } from 'd3';
import { memo, useEffect, useRef } from 'react';

/**
 * Many small images (digits, reconstructions, learned features) in one canvas, tiled in
 * rows: one canvas and one putImageData instead of one canvas per image, so a grid of
 * 64 first-layer features redraws in a millisecond or two. The colours match PixelView:
 * 'ink' is white → near-black for 0…max, 'signed' the purple–white–orange PuOr scale
 * (positive → orange), each image scaled by its own largest |value| unless `range` is set.
 */
export type GridScale = 'ink' | 'signed';

let signedLut: Uint8ClampedArray | null = null;
/** PuOr at 256 steps from −1 to +1, computed once (parsing d3's colours per pixel is slow). */
function puOrLut(): Uint8ClampedArray {
  if (signedLut) return signedLut;
  const lut = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * 2 - 1;
    const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(interpolatePuOr(0.5 - 0.5 * t));
    if (m) [lut[3 * i], lut[3 * i + 1], lut[3 * i + 2]] = [+m[1], +m[2], +m[3]];
  }
  signedLut = lut;
  return lut;
}

export const ImageGrid = memo(function ImageGrid({
  values,
  count,
  side,
  columns,
  cell,
  gap = 2,
  scale = 'ink',
  range,
  offset = 0,
  title,
  className,
}: {
  /** count images of side × side values each, image after image, row-major. */
  values: Float32Array | null;
  count: number;
  side: number;
  columns: number;
  /** Size of one image in CSS pixels. */
  cell: number;
  gap?: number;
  scale?: GridScale;
  /** Fixed value range for every image (else per image): [0, range] ink, ±range signed. */
  range?: number;
  /** Index of the first image within `values`. */
  offset?: number;
  title: string;
  className?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const rows = Math.max(1, Math.ceil(count / columns));
  const cssW = columns * cell + (columns - 1) * gap;
  const cssH = rows * cell + (rows - 1) * gap;
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const dpr = globalThis.devicePixelRatio || 1;
    c.width = Math.round(cssW * dpr);
    c.height = Math.round(cssH * dpr);
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, cssW, cssH);
    // All tiles at native resolution in one offscreen image, then scaled up crisply.
    const W = columns * side;
    const H = rows * side;
    const img = new ImageData(W, H);
    const px = side * side;
    const lut = scale === 'signed' ? puOrLut() : null;
    for (let k = 0; k < count; k++) {
      const base = (offset + k) * px;
      const ok = values && values.length >= base + px;
      let m = range ?? 0;
      if (ok && !range) for (let i = 0; i < px; i++) m = Math.max(m, Math.abs(values[base + i]));
      if (!(m > 0)) m = 1;
      const gx = (k % columns) * side;
      const gy = Math.floor(k / columns) * side;
      for (let i = 0; i < px; i++) {
        const v = ok ? values[base + i] : 0;
        const o = 4 * ((gy + Math.floor(i / side)) * W + gx + (i % side));
        if (lut) {
          const j = 3 * Math.round(((Math.max(-1, Math.min(1, v / m)) + 1) / 2) * 255);
          img.data[o] = lut[j];
          img.data[o + 1] = lut[j + 1];
          img.data[o + 2] = lut[j + 2];
        } else {
          const g = Math.round(255 - 235 * Math.max(0, Math.min(1, v / m)));
          img.data[o] = img.data[o + 1] = img.data[o + 2] = g;
        }
        img.data[o + 3] = 255;
      }
    }
    const off = new OffscreenCanvas(W, H);
    off.getContext('2d')!.putImageData(img, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.strokeStyle = '#c9cad1';
    ctx.lineWidth = 1;
    for (let k = 0; k < count; k++) {
      const cx = (k % columns) * (cell + gap);
      const cy = Math.floor(k / columns) * (cell + gap);
      ctx.drawImage(off, (k % columns) * side, Math.floor(k / columns) * side, side, side, cx, cy, cell, cell);
      ctx.strokeRect(cx + 0.5, cy + 0.5, cell - 1, cell - 1);
    }
  }, [values, count, side, columns, cell, gap, scale, range, offset, rows, cssW, cssH]);
  return <canvas ref={canvas} className={`imagegrid ${className ?? ''}`} style={{ width: cssW, height: cssH }} role="img" aria-label={title} />;
});
