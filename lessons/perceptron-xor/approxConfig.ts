/**
 * Part B's defaults as an engine config (no React): the lesson builds its config the same
 * way, and the unit test of the central claim runs exactly this.
 */
import {
  type ApproxAct,
  grid1d,
  sampleTarget,
  type TargetId,
  UNIT_COUNTS,
  type Approx1dConfig,
} from '../../src/engine';

/** Points the target is sampled at (the training set). */
export const APPROX_POINTS = 128;

/** The runs: the fixed counts of the error-vs-n chart, plus the slider's n if it is not one of them. */
export function unitsFor(n: number): number[] {
  return (UNIT_COUNTS as readonly number[]).includes(n) ? [...UNIT_COUNTS] : [...UNIT_COUNTS, n].sort((a, b) => a - b);
}

export function approxConfig(
  target: TargetId | Float32Array,
  act: ApproxAct,
  n: number,
  lr: number,
  seed: number,
): Approx1dConfig {
  const values = typeof target === 'string' ? sampleTarget(target, grid1d(APPROX_POINTS)) : target;
  return { target: values, act, units: unitsFor(n), lr, seed };
}

export const APPROX_DEFAULTS: Approx1dConfig = approxConfig('sine', 'sigmoid', 8, 0.02, 1);
