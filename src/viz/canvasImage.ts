/**
 * Values → pixels on a canvas, shared by BoundaryView, PixelView and ImageGrid.
 *
 * The colouring is pure (values in, RGBA bytes out; tested in node). The canvas part
 * sizes the backing store for the device pixel ratio only when the size changes (setting
 * canvas.width reallocates and clears it) and scales a small native-resolution image up
 * through one shared scratch canvas.
 */
import { interpolatePuOr } from 'd3';
import { classLut } from './palette';

/**
 * 'ink': 0…max as white → near-black (digits, ReLU maps). 'signed': ±max on the
 * purple–white–orange PuOr scale (positive → orange). 'class': 0…1 from class 0
 * (purple) to class 1 (orange), as the decision boundary.
 */
export type PixelScale = 'ink' | 'signed' | 'class';

/** Colour of a value that is NaN or infinite: a flat mid grey, unlike any colour of the scales. */
export const MISSING_RGB = [200, 200, 200] as const;

const luts: Partial<Record<PixelScale, Uint8ClampedArray>> = {};
/** 256 RGB steps of a scale, computed once (parsing d3's colours per pixel is slow). */
export function lutFor(scale: PixelScale): Uint8ClampedArray {
  const hit = luts[scale];
  if (hit) return hit;
  let lut: Uint8ClampedArray;
  if (scale === 'class') lut = classLut(256);
  else {
    lut = new Uint8ClampedArray(256 * 3);
    for (let i = 0; i < 256; i++) {
      if (scale === 'ink') {
        lut[3 * i] = lut[3 * i + 1] = lut[3 * i + 2] = Math.round(255 - (235 * i) / 255);
        continue;
      }
      // d3's PuOr runs purple (0) → orange (1): i = 0 is −max, i = 255 is +max.
      const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(interpolatePuOr(i / 255));
      if (m) [lut[3 * i], lut[3 * i + 1], lut[3 * i + 2]] = [+m[1], +m[2], +m[3]];
    }
  }
  luts[scale] = lut;
  return lut;
}

/** Largest finite |value| of values[base … base+n), or 1 when there is none above 0. */
export function maxAbs(values: ArrayLike<number>, base: number, n: number): number {
  let m = 0;
  const end = Math.min(values.length, base + n);
  for (let i = base; i < end; i++) {
    const a = Math.abs(values[i]);
    if (a > m && a !== Infinity) m = a;
  }
  return m > 0 ? m : 1;
}

/** LUT step (0…255) of a value on a scale, or −1 for a non-finite value. */
export function lutIndex(v: number, scale: PixelScale, max: number): number {
  if (!Number.isFinite(v)) return -1;
  if (scale === 'class') return Math.round(Math.min(1, Math.max(0, v)) * 255);
  if (scale === 'ink') return Math.round(Math.min(1, Math.max(0, v / max)) * 255);
  return Math.round(((Math.max(-1, Math.min(1, v / max)) + 1) / 2) * 255);
}

export interface Tile {
  values: ArrayLike<number> | null;
  /** Index of the tile's first value in `values`. */
  base: number;
  w: number;
  h: number;
  scale: PixelScale;
  /** Fixed range (else the tile's largest |value|; 'class' is always 0…1). */
  range?: number;
  alpha?: number;
}

/**
 * Paints a w × h tile of values (row-major) into RGBA bytes `out` (outW pixels wide) at
 * (ox, oy). Non-finite values are grey, never black; no array (or one too short) paints
 * the scale's zero (white: nothing to show yet).
 */
export function paintTile(out: Uint8ClampedArray, outW: number, ox: number, oy: number, t: Tile): void {
  const n = t.w * t.h;
  const lut = lutFor(t.scale);
  const ok = t.values !== null && t.values.length >= t.base + n;
  const max = t.scale === 'class' ? 1 : t.range && t.range > 0 ? t.range : ok ? maxAbs(t.values!, t.base, n) : 1;
  const alpha = t.alpha ?? 255;
  for (let i = 0; i < n; i++) {
    const k = lutIndex(ok ? t.values![t.base + i] : 0, t.scale, max);
    const o = 4 * ((oy + Math.floor(i / t.w)) * outW + ox + (i % t.w));
    if (k < 0) {
      out[o] = MISSING_RGB[0];
      out[o + 1] = MISSING_RGB[1];
      out[o + 2] = MISSING_RGB[2];
    } else {
      out[o] = lut[3 * k];
      out[o + 1] = lut[3 * k + 1];
      out[o + 2] = lut[3 * k + 2];
    }
    out[o + 3] = alpha;
  }
}

/**
 * The canvas's 2D context, drawing in CSS pixels: the backing store is resized (which
 * clears it) only when the size or the pixel ratio changed, else just cleared.
 */
export function prepareCanvas(c: HTMLCanvasElement, cssW: number, cssH: number): CanvasRenderingContext2D | null {
  const dpr = globalThis.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(cssW * dpr));
  const h = Math.max(1, Math.round(cssH * dpr));
  if (c.width !== w) c.width = w;
  if (c.height !== h) c.height = h;
  const ctx = c.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

const scratch = new Map<string, HTMLCanvasElement | OffscreenCanvas>();
/**
 * RGBA bytes of a w × h image on a scratch canvas of exactly that size (one per size,
 * shared by all views), to draw from at once with drawImage, possibly in parts.
 */
export function imageSource(rgba: Uint8ClampedArray<ArrayBuffer>, w: number, h: number): CanvasImageSource | null {
  const key = `${w}x${h}`;
  let c = scratch.get(key);
  if (!c) {
    c =
      typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(w, h)
        : typeof document !== 'undefined'
          ? Object.assign(document.createElement('canvas'), { width: w, height: h })
          : undefined;
    if (!c) return null;
    if (scratch.size > 16) scratch.clear();
    scratch.set(key, c);
  }
  const ctx = c.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) return null;
  ctx.putImageData(new ImageData(rgba, w, h), 0, 0);
  return c;
}

/** Paints tiles at native resolution and draws the whole image scaled to (dx, dy, dw, dh). */
export function drawValues(
  ctx: CanvasRenderingContext2D,
  t: Tile,
  dx: number,
  dy: number,
  dw: number,
  dh: number,
  smooth: boolean,
): void {
  const rgba = new Uint8ClampedArray(4 * t.w * t.h);
  paintTile(rgba, t.w, 0, 0, t);
  const src = imageSource(rgba, t.w, t.h);
  if (!src) return;
  ctx.imageSmoothingEnabled = smooth;
  ctx.drawImage(src, 0, 0, t.w, t.h, dx, dy, dw, dh);
}

/**
 * Paints one tile over the whole canvas (nearest-neighbour, at the backing store's
 * resolution) with a single putImageData: no scratch canvas, no drawImage. Cheaper for
 * small views redrawn often (kernels, feature maps): drawing from a scratch canvas makes
 * the browser snapshot it on every call, which costs a lot on software-only machines.
 */
export function putValues(c: HTMLCanvasElement, ctx: CanvasRenderingContext2D, t: Tile): void {
  const W = c.width;
  const H = c.height;
  const rgba = new Uint8ClampedArray(4 * t.w * t.h);
  paintTile(rgba, t.w, 0, 0, t);
  const out = new Uint8ClampedArray(4 * W * H);
  const out32 = new Uint32Array(out.buffer);
  const src32 = new Uint32Array(rgba.buffer);
  const col = new Int32Array(W);
  for (let x = 0; x < W; x++) col[x] = Math.min(t.w - 1, Math.floor((x * t.w) / W));
  for (let y = 0; y < H; y++) {
    const row = Math.min(t.h - 1, Math.floor((y * t.h) / H)) * t.w;
    const o = y * W;
    for (let x = 0; x < W; x++) out32[o + x] = src32[row + col[x]];
  }
  ctx.putImageData(new ImageData(out, W, H), 0, 0);
}
