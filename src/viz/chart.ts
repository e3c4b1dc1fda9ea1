/**
 * Data → pixels for the charts, as pure functions (no DOM): scales, ticks and SVG path
 * strings. The drawing (ChartFrame and the views) only places what these compute, so
 * the mapping is tested in node, with non-finite input, apart from any rendering.
 */
import { pow10 } from '../math/format';
import { format, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A tick: its value, its position in pixels along the axis, and its label. */
export interface Tick {
  value: number;
  pos: number;
  label: string;
}

export type Scale = ScaleContinuousNumeric<number, number>;

/** Pixel coordinates with one decimal: short paths, stable snapshots. */
export const px = (v: number) => Math.round(v * 10) / 10;

export const finite = (v: number) => Number.isFinite(v);
export const positive = (v: number) => v > 0 && Number.isFinite(v);

export { pow10 };

/** Ticks of a linear scale, labelled with its own format (real minus signs). */
export function linearTicks(scale: Scale, count: number): Tick[] {
  const f = scale.tickFormat(count);
  return scale.ticks(count).map((v) => ({ value: v, pos: px(scale(v)), label: f(v).replace('-', '−') }));
}

/**
 * Whole-number ticks for an axis that counts things (misclassified points, epochs): at most
 * `count` of them, never a fraction. `lo`..`hi` is the axis's domain.
 */
export function integerTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const a = Math.ceil(Math.min(lo, hi));
  const z = Math.floor(Math.max(lo, hi));
  if (z < a) return [];
  const span = z - a;
  const rough = span / Math.max(1, count - 1);
  // The smallest 1-2-5 step that keeps the count within bounds, and at least 1.
  let step = 1;
  for (let p = 1; step < rough; p *= 10) step = [1, 2, 5].map((m) => m * p).find((s) => s >= rough) ?? 10 * p;
  const out: number[] = [];
  for (let t = Math.ceil(a / step) * step; t <= z; t += step) out.push(t);
  return out;
}

/** Ticks of a linear scale that counts things: whole numbers only (integerTicks). */
export function integerLinearTicks(scale: Scale, count: number): Tick[] {
  const [lo, hi] = scale.domain() as [number, number];
  return integerTicks(lo, hi, count).map((v) => ({ value: v, pos: px(scale(v)), label: String(v).replace('-', '−') }));
}

/** Smallest and largest finite (or, on a log scale, positive) value over several arrays. */
export function extent(arrays: { values: ArrayLike<number>; n?: number }[], log = false): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const ok = log ? positive : finite;
  for (const { values, n } of arrays) {
    const m = Math.min(n ?? values.length, values.length);
    for (let i = 0; i < m; i++) {
      const v = values[i];
      if (!ok(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Whole decades covering [lo, hi], at least `min` decades wide (for a log axis). */
export function decades(
  range: [number, number] | null,
  min = 2,
  fallback: [number, number] = [1e-4, 1],
): [number, number] {
  if (!range) return fallback;
  let a = Math.floor(Math.log10(range[0]));
  let b = Math.ceil(Math.log10(range[1]));
  if (b - a < min) {
    a -= 1;
    b = a + min + 1;
  }
  return [10 ** a, 10 ** b];
}

/** Decade ticks (10ⁿ), every k-th decade so that at most `maxCount` are shown. */
export function decadeTicks(scale: Scale, maxCount: number): Tick[] {
  const [lo, hi] = scale.domain();
  const a = Math.ceil(Math.log10(lo) - 1e-9);
  const b = Math.floor(Math.log10(hi) + 1e-9);
  const every = Math.max(1, Math.ceil((b - a) / Math.max(2, maxCount)));
  const out: Tick[] = [];
  for (let e = a; e <= b; e += every) out.push({ value: 10 ** e, pos: px(scale(10 ** e)), label: pow10(e) });
  return out;
}

/** Ticks for a log scale: decades when it spans two or more, else d3's 1-2-5 ticks. */
export function logTicks(scale: Scale, maxCount: number): Tick[] {
  const [lo, hi] = scale.domain();
  if (Math.log10(hi / lo) >= 2) return decadeTicks(scale, maxCount);
  const f = format('~g');
  const ticks = scale.ticks(maxCount);
  const step = Math.max(1, Math.ceil(ticks.length / maxCount));
  return ticks.filter((_, i) => i % step === 0).map((v) => ({ value: v, pos: px(scale(v)), label: f(v) }));
}

export interface LineData {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** Number of valid points (the arrays may be longer buffers). */
  n: number;
}

/** x from 0 to the last x; y from the data (0 included on a linear scale), clamped on a log scale. */
export function lineScales(
  series: LineData[],
  width: number,
  height: number,
  log: boolean,
  m: Margins,
): { x: Scale; y: Scale } {
  let xMax = 1;
  for (const s of series) {
    const last = s.n > 0 ? s.x[s.n - 1] : NaN;
    if (Number.isFinite(last) && last > xMax) xMax = last;
  }
  const x = scaleLinear()
    .domain([0, xMax])
    .range([m.left, width - m.right]);
  const r = extent(
    series.map((s) => ({ values: s.y, n: s.n })),
    log,
  );
  let [yMin, yMax] = r ?? (log ? [1e-3, 1] : [0, 1]);
  if (yMin === yMax) [yMin, yMax] = log ? [yMin / 2, yMax * 2] : [yMin - 0.5, yMax + 0.5];
  // Headroom above the data, unless that overflows (a diverged run near Number.MAX_VALUE).
  const up = (v: number, k: number) => (Number.isFinite(v * k) ? v * k : v);
  const y = log
    ? scaleLog()
        .domain([yMin * 0.9, up(yMax, 1.1)])
        .range([height - m.bottom, m.top])
        .clamp(true)
    : scaleLinear()
        .domain([Math.min(0, yMin), up(yMax, 1.05)])
        .nice()
        .range([height - m.bottom, m.top]);
  return { x, y };
}

/**
 * An SVG path through points i = 0 … n−1, broken where `defined(i)` is false, in pixels
 * with one decimal. Long series are thinned: within one pixel column only the first,
 * lowest, highest and last points are kept, so the drawn envelope is unchanged while the
 * path stays a few thousand points long whatever the history's length.
 */
export function linePath(
  n: number,
  fx: (i: number) => number,
  fy: (i: number) => number,
  defined: (i: number) => boolean = () => true,
): string {
  const parts: string[] = [];
  let open = false;
  let col = NaN;
  // Indices kept in the current column: first, lowest y, highest y, last.
  let first = -1;
  let lo = -1;
  let hi = -1;
  let last = -1;
  const emit = () => {
    if (first < 0) return;
    const keep = [first, lo, hi, last].filter((v, k, a) => a.indexOf(v) === k).sort((p, q) => p - q);
    for (const i of keep) {
      parts.push(`${open ? 'L' : 'M'}${px(fx(i))},${px(fy(i))}`);
      open = true;
    }
    first = lo = hi = last = -1;
  };
  for (let i = 0; i < n; i++) {
    const X = fx(i);
    const Y = fy(i);
    if (!defined(i) || !Number.isFinite(X) || !Number.isFinite(Y)) {
      emit();
      open = false;
      col = NaN;
      continue;
    }
    const c = Math.floor(X);
    if (c !== col) {
      emit();
      col = c;
      first = lo = hi = i;
    } else {
      if (Y < fy(lo)) lo = i;
      if (Y > fy(hi)) hi = i;
    }
    last = i;
  }
  emit();
  return parts.join('');
}
