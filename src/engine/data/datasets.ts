/**
 * Seeded 2D toy datasets for classification (labels 0 and 1), in the spirit of
 * TensorFlow Playground: points live in [-6, 6]², noise is a fraction of that scale.
 */
import { Rng } from './random';
import { type ChoiceOf, choices } from './choices';

export const DATASET_CHOICES = choices({ circle: 'Circle', xor: 'XOR', gauss: 'Two Gaussians', spiral: 'Two spirals' });
export type DatasetId = ChoiceOf<typeof DATASET_CHOICES>;
export const DATASETS = DATASET_CHOICES.options;

/** Half-width of the square the points live in. */
export const DOMAIN = 6;

export interface Dataset2D {
  /** x0, y0, x1, y1, … (length 2n). */
  x: Float32Array;
  /** 0 or 1 per point. */
  y: Float32Array;
  n: number;
}

export interface DatasetSplit {
  train: Dataset2D;
  test: Dataset2D;
}

interface DatasetOptions {
  dataset: DatasetId;
  /** 0 … 0.5: standard deviation of the added noise, as a share of the domain. */
  noise: number;
  /** Total number of points (train + test). */
  count: number;
  /** Share of points used for training, the rest is the test set. */
  trainShare: number;
  seed: number;
}

type Sampler = (rng: Rng, i: number, n: number, noise: number) => [number, number, number];

const samplers: Record<DatasetId, Sampler> = {
  // Inner disc is class 1, outer ring class 0.
  circle(rng, i, n, noise) {
    const inner = i < n / 2;
    const r = inner ? rng.range(0, DOMAIN * 0.5 * 0.9) : rng.range(DOMAIN * 0.7, DOMAIN);
    const angle = rng.range(0, 2 * Math.PI);
    const x = r * Math.sin(angle) + rng.normal() * noise * DOMAIN;
    const y = r * Math.cos(angle) + rng.normal() * noise * DOMAIN;
    return [x, y, inner ? 1 : 0];
  },
  // Class 1 where the signs of the (clean) coordinates agree.
  xor(rng, _i, _n, noise) {
    const pad = 0.3;
    let x = rng.range(-DOMAIN, DOMAIN);
    let y = rng.range(-DOMAIN, DOMAIN);
    x += x > 0 ? pad : -pad;
    y += y > 0 ? pad : -pad;
    const label = x * y >= 0 ? 1 : 0;
    return [x + rng.normal() * noise * DOMAIN, y + rng.normal() * noise * DOMAIN, label];
  },
  gauss(rng, i, n, noise) {
    const pos = i < n / 2;
    const c = pos ? 2 : -2;
    const spread = 0.5 + noise * DOMAIN;
    return [c + rng.normal() * spread, c + rng.normal() * spread, pos ? 1 : 0];
  },
  // Two interleaved spirals, as in Lang & Witbrock (1988).
  spiral(rng, i, n, noise) {
    const half = n / 2;
    const first = i < half;
    const k = first ? i : i - half;
    const r = (k / half) * 5;
    const t = 1.75 * (k / half) * 2 * Math.PI + (first ? 0 : Math.PI);
    const x = r * Math.sin(t) + rng.range(-1, 1) * noise * DOMAIN;
    const y = r * Math.cos(t) + rng.range(-1, 1) * noise * DOMAIN;
    return [x, y, first ? 1 : 0];
  },
};

/** Generate a dataset and split it into train and test sets, all from one seed. */
export function makeDataset(opts: DatasetOptions): DatasetSplit {
  const rng = new Rng(opts.seed * 7919 + DATASETS.indexOf(opts.dataset));
  const n = Math.max(4, Math.round(opts.count));
  const xs = new Float32Array(2 * n);
  const ys = new Float32Array(n);
  const sample = samplers[opts.dataset];
  for (let i = 0; i < n; i++) {
    const [x, y, label] = sample(rng, i, n, opts.noise);
    xs[2 * i] = x;
    xs[2 * i + 1] = y;
    ys[i] = label;
  }
  const order = rng.permutation(n);
  const nTrain = Math.min(n - 1, Math.max(1, Math.round(n * opts.trainShare)));
  return { train: pick(xs, ys, order, 0, nTrain), test: pick(xs, ys, order, nTrain, n) };
}

function pick(xs: Float32Array, ys: Float32Array, order: Uint32Array, from: number, to: number): Dataset2D {
  const n = to - from;
  const x = new Float32Array(2 * n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const j = order[from + i];
    x[2 * i] = xs[2 * j];
    x[2 * i + 1] = xs[2 * j + 1];
    y[i] = ys[j];
  }
  return { x, y, n };
}

/** Row-major grid of points covering the domain, for decision-boundary heatmaps. */
export function makeGrid(size: number, extent = DOMAIN): Float32Array {
  const g = new Float32Array(2 * size * size);
  for (let r = 0; r < size; r++) {
    // Row 0 is the top of the picture: the largest y.
    const y = extent - ((r + 0.5) / size) * 2 * extent;
    for (let c = 0; c < size; c++) {
      const x = -extent + ((c + 0.5) / size) * 2 * extent;
      const k = 2 * (r * size + c);
      g[k] = x;
      g[k + 1] = y;
    }
  }
  return g;
}
