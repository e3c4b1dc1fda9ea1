/**
 * How much a first-layer unit's weights look like a picture rather than static: the
 * correlation of each pixel's weight with its right and lower neighbour's (after removing
 * the unit's mean), averaged over the units. Random weights give about 0; smooth strokes
 * and blobs give a clearly positive value. The features section prints it per network,
 * and the lecture's beat checks it.
 */
import { METHODS, type Method } from '../../src/engine';

/** Mean neighbour correlation of `units` images of side × side, stored unit-major from `offset`. */
export function imageSmoothness(values: ArrayLike<number>, offset: number, units: number, side: number): number {
  const n = side * side;
  if (units < 1 || values.length < offset + units * n) return NaN;
  let total = 0;
  for (let u = 0; u < units; u++) {
    const o = offset + u * n;
    let mean = 0;
    for (let i = 0; i < n; i++) mean += values[o + i]!;
    mean /= n;
    let num = 0;
    let pairs = 0;
    let den = 0;
    for (let r = 0; r < side; r++) {
      for (let q = 0; q < side; q++) {
        const v = values[o + r * side + q]! - mean;
        den += v * v;
        if (q + 1 < side) {
          num += v * (values[o + r * side + q + 1]! - mean);
          pairs++;
        }
        if (r + 1 < side) {
          num += v * (values[o + (r + 1) * side + q]! - mean);
          pairs++;
        }
      }
    }
    total += den > 0 ? num / pairs / (den / n) : 0;
  }
  return total / units;
}

/** The measure for each network's first-layer features (METHODS order), or null before any arrive. */
export function featureSmoothness(
  features: Float32Array | undefined,
  units: number | undefined,
  side = 28,
): Record<Method, number> | null {
  if (!features || !units) return null;
  return Object.fromEntries(
    METHODS.map((m, i) => [m, imageSmoothness(features, i * units * side * side, units, side)]),
  ) as Record<Method, number>;
}
