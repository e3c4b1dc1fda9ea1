/**
 * Plain measurements on a snapshot's arrays, with no engine import (no tfjs): the lecture's
 * beat claims (beats.ts, loaded with the app) read them, and so do the lesson's views.
 */

/** ‖∂E/∂W_1‖ / ‖∂E/∂W_L‖ for run r from a [R × L] array of norms. */
export function firstToLastRatio(norms: ArrayLike<number>, L: number, r: number): number {
  return norms[r * L] / norms[r * L + L - 1];
}

/** Share of the activations in the outer tenth of the range at each end (saturation of sigmoid and tanh). */
export function edgeShare(counts: Float32Array, off: number, bins: number): number {
  const edge = Math.max(1, Math.round(bins / 10));
  let total = 0;
  let ends = 0;
  for (let i = 0; i < bins; i++) {
    total += counts[off + i];
    if (i < edge || i >= bins - edge) ends += counts[off + i];
  }
  return total ? ends / total : NaN;
}
