/**
 * Weight initialization for the MLPs: the schemes the lessons compare (Glorot, He, a
 * small normal, a too-large one) and the seeded initial weights of each run.
 */
import type { Activation } from './activations';
import { Rng } from '../data/random';
import { type ChoiceOf, choices } from '../data/choices';

export const INIT_CHOICES = choices({
  glorot: 'Glorot (Xavier)',
  he: 'He',
  smallNormal: 'Small normal (σ = 0.1)',
  large: 'Too large (4 × He)',
});
export type Init = ChoiceOf<typeof INIT_CHOICES>;
export const { options: INITS, names: INIT_LABELS } = INIT_CHOICES;

/** Standard deviation of the normal distribution each initialization draws weights from. */
export function initStd(init: Init, nIn: number, nOut: number): number {
  switch (init) {
    case 'glorot':
      return Math.sqrt(2 / (nIn + nOut)); // Glorot & Bengio (2010)
    case 'he':
      return Math.sqrt(2 / nIn); // He et al. (2015)
    case 'smallNormal':
      return 0.1;
    case 'large':
      return 4 * Math.sqrt(2 / nIn);
  }
}

export interface RunSpec {
  activation: Activation;
  init: Init;
  seed: number;
  lr: number;
}

/**
 * Initial weights, drawn in plain JS from each run's seed so they are identical on
 * every backend. Runs with the same seed and init start from the same weights,
 * which makes side-by-side comparisons of activations fair.
 */
export function initialWeights(sizes: number[], runs: RunSpec[]): { W: Float32Array[] } {
  const W: Float32Array[] = [];
  for (let l = 0; l < sizes.length - 1; l++) {
    const [nIn, nOut] = [sizes[l], sizes[l + 1]];
    const w = new Float32Array(runs.length * nIn * nOut);
    runs.forEach((run, r) => {
      const rng = new Rng(run.seed * 1009 + l);
      const std = initStd(run.init, nIn, nOut);
      const off = r * nIn * nOut;
      for (let i = 0; i < nIn * nOut; i++) w[off + i] = rng.normal() * std;
    });
    W.push(w);
  }
  return { W };
}
