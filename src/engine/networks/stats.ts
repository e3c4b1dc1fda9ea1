/**
 * Plain-number statistics of a layer's pre-activations, for the lessons' readouts.
 * Pure functions over typed arrays: easy to test, cheap enough for every snapshot.
 */
import { ACTIVATION_MATH, type Activation } from './activations';

interface LayerActivity {
  /** Share of (unit, example) pairs whose unit is on: a > 0. */
  active: number;
  /** Share of units that are off (a ≤ 0) for every example: dead ReLUs. */
  dead: number;
  /** Share of (unit, example) pairs where h'(a) is below 10% of its peak: saturated. */
  saturated: number;
}

/** Peak of h' for each activation (σ' peaks at 1/4). */
export const PEAK_SLOPE: Record<Activation, number> = {
  sigmoid: 0.25,
  tanh: 1,
  relu: 1,
  leakyRelu: 1,
  softplus: 1,
  linear: 1,
};

/**
 * `pre` holds the pre-activations of one run and one layer, example-major: n × width.
 */
export function layerActivity(
  pre: ArrayLike<number>,
  n: number,
  width: number,
  act: Activation,
  offset = 0,
): LayerActivity {
  let on = 0;
  let flat = 0;
  let dead = 0;
  const df = ACTIVATION_MATH[act].df;
  const threshold = 0.1 * PEAK_SLOPE[act];
  for (let u = 0; u < width; u++) {
    let everOn = false;
    for (let i = 0; i < n; i++) {
      const a = pre[offset + i * width + u];
      if (a > 0) {
        on++;
        everOn = true;
      }
      if (df(a) < threshold) flat++;
    }
    if (!everOn) dead++;
  }
  const pairs = Math.max(1, n * width);
  return { active: on / pairs, dead: dead / Math.max(1, width), saturated: flat / pairs };
}

/** A finite-check for typed arrays: true when every value is a finite number. */
export function allFinite(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

/** √((N − B)/(B (N − 1))): how much of the per-example spread survives averaging B of N examples. */
export function finitePopulationFactor(N: number, B: number): number {
  if (N <= 1) return 0;
  return Math.sqrt(Math.max(0, N - B) / (B * (N - 1)));
}

/** The bin of v among `bins` equal bins over [lo, hi]; values outside go to the end bins (−∞ to the first). */
export function binOf(v: number, lo: number, hi: number, bins: number): number {
  return Math.max(0, Math.min(bins - 1, Math.floor(((v - lo) / (hi - lo)) * bins)));
}

/** Count the finite `values` into `bins` equal bins over [lo, hi], at out[offset …] (outside values go to the end bins). */
export function binInto(
  values: ArrayLike<number>,
  lo: number,
  hi: number,
  out: Float32Array,
  offset: number,
  bins: number,
): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) out[offset + binOf(v, lo, hi, bins)]++;
  }
}
