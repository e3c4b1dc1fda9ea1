import { memo, useEffect, useRef } from 'react';
import { prepareCanvas, putValues } from './canvasImage';
import { ExportHead, useInExportFigure } from './ExportFigure';

/** Images at least this large (CSS px) get an export menu; small kernels and maps are exported with their lesson's figure (an ExportFigure). */
export const EXPORT_MIN_SIZE = 80;

export type { PixelScale } from './canvasImage';

/**
 * A small image (an MNIST digit, a kernel, a feature map) drawn as crisp square pixels.
 * 'ink': values 0..max as white → near-black (digits, ReLU maps).
 * 'signed': a purple–white–orange diverging scale centred on 0 (kernels, edge maps);
 * colour-blind safe (ColorBrewer PuOr), with the sign also readable from the numbers
 * the lesson shows next to it. Non-finite values are grey.
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
  scale?: 'ink' | 'signed';
  /** Fixed value range (else from the data): [0, max] for ink, ±max for signed. */
  range?: number;
  title: string;
  /** A rectangle to outline, in pixel units (e.g. the kernel's current window). */
  highlight?: { x: number; y: number; w: number; h: number } | null;
  className?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const nested = useInExportFigure();
  const cell = Math.max(1, size / Math.max(width, height));
  const cssW = Math.round(cell * width);
  const cssH = Math.round(cell * height);
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const ctx = prepareCanvas(c, cssW, cssH);
    if (!ctx) return;
    if (values && values.length >= width * height)
      putValues(c, ctx, { values, base: 0, w: width, h: height, scale, range });
    else {
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, cssW, cssH);
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
  const view = (
    <canvas
      ref={canvas}
      className={`pixelview ${className ?? ''}`}
      style={{ width: cssW, height: cssH }}
      role="img"
      aria-label={title}
    />
  );
  if (size < EXPORT_MIN_SIZE || nested) return view;
  return (
    <div className="export-figure export-wrap" style={{ width: cssW }}>
      <ExportHead source={{ title, canvas: () => canvas.current }} />
      {view}
    </div>
  );
});
