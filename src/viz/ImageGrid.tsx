import { memo, useEffect, useRef } from 'react';
import { imageSource, paintTile, prepareCanvas } from './canvasImage';
import { ExportHead, useInExportFigure } from './ExportFigure';

/**
 * Many small images (digits, reconstructions, learned features) in one canvas, tiled in
 * rows: one canvas and one putImageData instead of one canvas per image, so a grid of
 * 64 first-layer features redraws in a millisecond or two. The colours match PixelView:
 * 'ink' is white → near-black for 0…max, 'signed' the purple–white–orange PuOr scale
 * (positive → orange), each image scaled by its own largest |value| unless `range` is set.
 */
export type GridScale = 'ink' | 'signed';

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
  const nested = useInExportFigure();
  const rows = Math.max(1, Math.ceil(count / columns));
  const cssW = columns * cell + (columns - 1) * gap;
  const cssH = rows * cell + (rows - 1) * gap;
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const ctx = prepareCanvas(c, cssW, cssH);
    if (!ctx) return;
    // All tiles at native resolution in one image, then scaled up crisply.
    const W = columns * side;
    const H = rows * side;
    const rgba = new Uint8ClampedArray(4 * W * H);
    for (let k = 0; k < count; k++) {
      paintTile(rgba, W, (k % columns) * side, Math.floor(k / columns) * side, {
        values,
        base: (offset + k) * side * side,
        w: side,
        h: side,
        scale,
        range,
      });
    }
    const off = imageSource(rgba, W, H);
    if (!off) return;
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
  const view = (
    <canvas
      ref={canvas}
      className={`imagegrid ${className ?? ''}`}
      style={{ width: cssW, height: cssH }}
      role="img"
      aria-label={title}
    />
  );
  if (nested) return view;
  return (
    <div className="export-figure export-wrap" style={{ width: cssW }}>
      <ExportHead source={{ title, canvas: () => canvas.current }} />
      {view}
    </div>
  );
});
