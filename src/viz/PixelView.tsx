import { memo, useEffect, useRef } from 'react';
import { interpolatePuOr } from 'd3';

export type PixelScale = 'ink' | 'signed';

/**
 * A small image (an MNIST digit, a kernel, a feature map) drawn as crisp square pixels.
 * 'ink': values 0..max as white → near-black (digits, ReLU maps).
 * 'signed': a purple–white–orange diverging scale centred on 0 (kernels, edge maps);
 * colour-blind safe (ColorBrewer PuOr), with the sign also readable from the numbers
 * the lesson shows next to it.
 */
export const PixelView = memo(function PixelView({
  values,
  width,
  height,
  size,
  scale = 'ink',
  range,
  title,
  highlight,
  className,
}: {
  values: ArrayLike<number> | null;
  width: number;
  height: number;
  /** Largest side in CSS pixels. */
  size: number;
  scale?: PixelScale;
  /** Fixed value range (else from the data): [0, max] for ink, ±max for signed. */
  range?: number;
  title: string;
  /** A rectangle to outline, in pixel units (e.g. the kernel's current window). */
  highlight?: { x: number; y: number; w: number; h: number } | null;
  className?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const cell = Math.max(1, size / Math.max(width, height));
  const cssW = Math.round(cell * width);
  const cssH = Math.round(cell * height);
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const dpr = globalThis.devicePixelRatio || 1;
    c.width = Math.round(cssW * dpr);
    c.height = Math.round(cssH * dpr);
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, cssW, cssH);
    if (values && values.length >= width * height) {
      let m = range ?? 0;
      if (!range) for (let i = 0; i < width * height; i++) m = Math.max(m, Math.abs(values[i]));
      if (!(m > 0)) m = 1;
      const img = new ImageData(width, height);
      for (let i = 0; i < width * height; i++) {
        const v = values[i];
        let r: number, g: number, b: number;
        if (scale === 'ink') {
          const t = Math.max(0, Math.min(1, v / m));
          r = g = b = Math.round(255 - 235 * t);
        } else {
          const t = Math.max(-1, Math.min(1, v / m));
          // d3's PuOr runs purple (0) → orange (1): positive → orange, negative → purple.
          const col = interpolatePuOr(0.5 + 0.5 * t);
          const mm = /rgb\((\d+), (\d+), (\d+)\)/.exec(col);
          [r, g, b] = mm ? [+mm[1], +mm[2], +mm[3]] : [255, 255, 255];
        }
        img.data[4 * i] = r;
        img.data[4 * i + 1] = g;
        img.data[4 * i + 2] = b;
        img.data[4 * i + 3] = 255;
      }
      const off = new OffscreenCanvas(width, height);
      off.getContext('2d')!.putImageData(img, 0, 0);
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(off, 0, 0, cssW, cssH);
    }
    if (highlight) {
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#0072B2';
      ctx.strokeRect(highlight.x * cell + 1, highlight.y * cell + 1, highlight.w * cell - 2, highlight.h * cell - 2);
    }
    ctx.strokeStyle = '#c9cad1';
    ctx.lineWidth = 1;
    ctx.strokeRect(0.5, 0.5, cssW - 1, cssH - 1);
  }, [values, width, height, cssW, cssH, cell, scale, range, highlight]);
  return <canvas ref={canvas} className={`pixelview ${className ?? ''}`} style={{ width: cssW, height: cssH }} role="img" aria-label={title} />;
});
