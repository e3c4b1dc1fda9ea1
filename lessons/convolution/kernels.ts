/**
 * How much a first-layer kernel looks like a picture rather than noise: the correlation of
 * neighbouring weights (each weight with its right and lower neighbour, after removing the
 * kernel's mean), averaged over the kernels. Independent random weights give about 0; a
 * kernel made of a few smooth patches (a stroke or edge detector) gives a clearly positive
 * value. The "Inside" section prints it, and the lecture's beat checks it.
 */
import { cnnShapes, initWeights, type CnnArch } from '../../src/engine';

/** The mean neighbour correlation of the kernels in a first-layer weight array [k, k, 1, F] (tfjs order: position-major, filter-minor). */
export function kernelSmoothness(w1: ArrayLike<number>, k: number, filters: number): number {
  if (w1.length !== k * k * filters || filters < 1) return NaN;
  let total = 0;
  for (let f = 0; f < filters; f++) {
    const w = Array.from({ length: k * k }, (_, i) => w1[i * filters + f]!);
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const c = w.map((v) => v - mean);
    let num = 0;
    let pairs = 0;
    let den = 0;
    for (let r = 0; r < k; r++) {
      for (let q = 0; q < k; q++) {
        const v = c[r * k + q]!;
        den += v * v;
        if (q + 1 < k) {
          num += v * c[r * k + q + 1]!;
          pairs++;
        }
        if (r + 1 < k) {
          num += v * c[(r + 1) * k + q]!;
          pairs++;
        }
      }
    }
    total += den > 0 ? num / pairs / (den / (k * k)) : 0;
  }
  return total / filters;
}

/** The same measure on the kernels the run started from (the task's He initialization for this seed). */
export function initialSmoothness(arch: CnnArch, seed: number): number {
  const w1 = initWeights(cnnShapes(arch).params, seed)[0]!;
  return kernelSmoothness(w1, arch.kernel, arch.filters1);
}
