/**
 * The arithmetic the lesson writes out, from the numbers of a snapshot: the terms of
 * δ_j = h'(a_j) Σ_k w_kj δ_k for one unit, and the product of h' factors along a path
 * from the top hidden layer down to layer 1. Pure functions, tested against the engine.
 */
import { ACTIVATION_MATH, type Activation } from '../../src/engine';

/** The parts of a snapshot these functions read (see GradientsSnapshot). */
export interface BackpropNumbers {
  sizes: number[];
  runs: number;
  preacts?: Float32Array[];
  deltas?: Float32Array[];
  weights?: Float32Array[];
}

export interface DeltaTerms {
  /** Pre-activation a_j and slope h'(a_j) of the chosen unit. */
  a: number;
  slope: number;
  /** w_kj δ_k for every unit k of the layer above. */
  terms: { w: number; delta: number }[];
  sum: number;
  /** h'(a_j) Σ_k w_kj δ_k, computed here. */
  delta: number;
  /** δ_j as the engine's backward pass computed it. */
  engineDelta: number;
}

/** Number of sample points a snapshot carries a and δ for. */
export function sampleCount(s: BackpropNumbers): number {
  const pre = s.preacts?.[0];
  return pre ? pre.length / (s.runs * s.sizes[1]) : 0;
}

/**
 * `layer` is the hidden layer, 1-based (1 … H); `unit` and `point` are 0-based.
 * Returns null when the snapshot lacks the numbers or the indices are out of range.
 */
export function deltaTerms(
  s: BackpropNumbers,
  act: Activation,
  run: number,
  layer: number,
  unit: number,
  point: number,
): DeltaTerms | null {
  const { sizes, preacts, deltas, weights } = s;
  const H = sizes.length - 2;
  const S = sampleCount(s);
  if (!preacts || !deltas || !weights || layer < 1 || layer > H || run >= s.runs || point >= S) return null;
  const n = sizes[layer];
  const up = sizes[layer + 1];
  if (unit < 0 || unit >= n) return null;
  const a = preacts[layer - 1][(run * S + point) * n + unit];
  const slope = ACTIVATION_MATH[act].df(a);
  const W = weights[layer]; // [R × n × up]: w_kj = W[run, j, k]
  const dUp = deltas[layer]; // [R × S × up]
  const terms: { w: number; delta: number }[] = [];
  let sum = 0;
  for (let k = 0; k < up; k++) {
    const w = W[run * n * up + unit * up + k];
    const delta = dUp[(run * S + point) * up + k];
    terms.push({ w, delta });
    sum += w * delta;
  }
  return { a, slope, terms, sum, delta: slope * sum, engineDelta: deltas[layer - 1][(run * S + point) * n + unit] };
}

export interface PathRow {
  /** Hidden layer, 1-based. */
  layer: number;
  a: number;
  slope: number;
  /** Weight on the path from this unit to the unit of the layer above (or the output). */
  w: number;
  /** Product of the slopes from the top hidden layer down to this one. */
  slopeProduct: number;
  /** Product of slope × weight from the top down to this one: how much of δ_out reaches here along the path. */
  pathProduct: number;
}

/**
 * The path through unit `unit` of every hidden layer (clamped to each layer's width),
 * from the top hidden layer down to layer 1, for one sample point.
 */
export function pathRows(s: BackpropNumbers, act: Activation, run: number, unit: number, point: number): PathRow[] {
  const { sizes, preacts, weights } = s;
  const H = sizes.length - 2;
  const S = sampleCount(s);
  if (!preacts || !weights || run >= s.runs || point >= S) return [];
  const rows: PathRow[] = [];
  let slopeProduct = 1;
  let pathProduct = 1;
  for (let layer = H; layer >= 1; layer--) {
    const n = sizes[layer];
    const up = sizes[layer + 1];
    const j = Math.min(unit, n - 1);
    const k = layer === H ? 0 : Math.min(unit, up - 1);
    const a = preacts[layer - 1][(run * S + point) * n + j];
    const slope = ACTIVATION_MATH[act].df(a);
    const w = weights[layer][run * n * up + j * up + k];
    slopeProduct *= slope;
    pathProduct *= slope * w;
    rows.push({ layer, a, slope, w, slopeProduct, pathProduct });
  }
  return rows;
}

export { edgeShare, firstToLastRatio } from './measures';
