import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchedMlp } from '../../src/engine/networks/mlp';
import { Rng } from '../../src/engine/data/random';
import {
  dropoutMasks,
  EarlyStopper,
  RegularizedTrainer,
  type RunRegularization,
} from '../../src/engine/networks/regularizers';
import { niceRange, RegularizeTask, regularizeData } from '../../src/engine/tasks/regularize';
import { binInto } from '../../src/engine/networks/stats';
import { regularizeConfigOf } from '../../lessons/regularization/config';
import { PARAMS } from '../../lessons/regularization/params';
import { defaults } from '../../src/store/params';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SIZES = [2, 5, 4, 1];
const REGS: RunRegularization[] = [
  { l2: 0, l1: 0, keep: 1 },
  { l2: 0.05, l1: 0, keep: 1 },
  { l2: 0, l1: 0.05, keep: 1 },
  { l2: 0.02, l1: 0.03, keep: 1 },
];

function makeMlp(runs = REGS.length) {
  return new BatchedMlp({
    sizes: SIZES,
    runs: Array.from({ length: runs }, () => ({ activation: 'tanh' as const, init: 'he' as const, seed: 4, lr: 0.1 })),
  });
}

function batch(n: number, seed: number) {
  const rng = new Rng(seed);
  const x = new Float32Array(2 * n).map(() => rng.normal());
  const y = new Float32Array(n).map(() => (rng.uniform() < 0.5 ? 0 : 1));
  return { x, y };
}

/** E + Ω per run: the mean cross-entropy plus the penalty. */
function penalized(t: RegularizedTrainer, x: Float32Array, y: Float32Array, n: number): Float32Array {
  const m = t.mlp;
  const e = tf.tidy(() => m.lossOf(m.forward(m.input(x, n)), m.targets(y, n)).dataSync() as Float32Array);
  const p = t.penalty();
  return e.map((v, r) => v + p[r]);
}

describe('weight penalties', () => {
  it('L2 and L1 gradients match central finite differences of the penalized loss (weights and biases)', () => {
    const m = makeMlp();
    const t = new RegularizedTrainer(m, REGS, 0.1, 1);
    const n = 6;
    const { x, y } = batch(n, 3);
    const analytic = t.gradients(x, y, n);
    const h = 1e-2;
    const rng = new Rng(5);
    for (let l = 0; l < m.L; l++) {
      const [nIn, nOut] = [SIZES[l], SIZES[l + 1]];
      for (let trial = 0; trial < 12; trial++) {
        const bias = trial % 4 === 3;
        const { W, b } = m.layerWeights(l);
        const arr = bias ? b : W;
        const i = rng.int(arr.length);
        if (!bias && Math.abs(arr[i]) < 2 * h) continue; // L1's kink: no derivative there
        const r = Math.floor(i / (bias ? nOut : nIn * nOut));
        const within = i - r * (bias ? nOut : nIn * nOut);
        const row = bias ? nIn : Math.floor(within / nOut);
        const col = within % nOut;
        const k = r * (nIn + 1) * nOut + row * nOut + col;
        const orig = arr[i];
        arr[i] = orig + h;
        m.setLayerWeights(l, W, b);
        const up = penalized(t, x, y, n)[r];
        arr[i] = orig - h;
        m.setLayerWeights(l, W, b);
        const down = penalized(t, x, y, n)[r];
        arr[i] = orig;
        m.setLayerWeights(l, W, b);
        expect(analytic[l][k]).toBeCloseTo((up - down) / (2 * h), 2);
      }
    }
    t.dispose();
    m.dispose();
  });

  it('a step is W − η ∂(E + Ω)/∂W: weight decay shrinks the weights by (1 − 2ηλ) on top of the data gradient', () => {
    const m = makeMlp();
    const eta = 0.3;
    const t = new RegularizedTrainer(m, REGS, eta, 1);
    const n = 8;
    const { x, y } = batch(n, 7);
    const g = t.gradients(x, y, n);
    const before = m.Wb.map((w) => w.dataSync().slice());
    t.trainStep(x, y, n);
    m.Wb.forEach((w, l) => {
      const after = w.dataSync();
      for (let i = 0; i < after.length; i++) expect(after[i]).toBeCloseTo(before[l][i] - eta * g[l][i], 5);
    });
    // The penalty never touches biases: the unpenalized run's and the L2 run's bias gradients agree.
    const last = m.L - 1;
    const rows = SIZES[last] + 1;
    expect(g[last][rows - 1]).toBeCloseTo(g[last][rows + rows - 1], 6);
    t.dispose();
    m.dispose();
  });
});

describe('dropout', () => {
  it('keeps a share p of the units and scales them by 1/p, so the expected activation is unchanged', () => {
    const rng = new Rng(11);
    const keep = [1, 0.5, 0.8];
    const n = 200;
    const [mask] = dropoutMasks(rng, keep, n, [50])!;
    const per = n * 50;
    const stats = keep.map((p, r) => {
      let kept = 0;
      let sum = 0;
      for (let i = r * per; i < (r + 1) * per; i++) {
        if (mask[i] > 0) kept++;
        sum += mask[i];
        expect(mask[i] === 0 || Math.abs(mask[i] - 1 / p) < 1e-6).toBe(true);
      }
      return { kept: kept / per, mean: sum / per };
    });
    expect(stats[0]).toEqual({ kept: 1, mean: 1 });
    expect(stats[1].kept).toBeCloseTo(0.5, 1);
    expect(Math.abs(stats[1].kept - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(stats[2].kept - 0.8)).toBeLessThan(0.02);
    // E[m h / p] = h: the mean of the mask is 1.
    expect(Math.abs(stats[1].mean - 1)).toBeLessThan(0.03);
    expect(Math.abs(stats[2].mean - 1)).toBeLessThan(0.03);
    expect(dropoutMasks(rng, [1, 1], 4, [3])).toBeNull();
  });

  it('backpropagates through the masks: the hand-written gradient matches tf autodiff of the thinned network', () => {
    const m = makeMlp(2);
    const n = 5;
    const { x, y } = batch(n, 9);
    const masks = dropoutMasks(new Rng(2), [1, 0.5], n, SIZES.slice(1, -1))!;
    tf.tidy(() => {
      const mt = masks.map((a, h) => tf.tensor3d(a, [2, n, SIZES[h + 1]]));
      const mine = m.backward(m.forward(m.input(x, n), mt), m.targets(y, n), n);
      const { grads } = tf.variableGrads(
        () => tf.sum(m.lossOf(m.forward(m.input(x, n), mt), m.targets(y, n))) as tf.Scalar,
      );
      for (let l = 0; l < m.L; l++) {
        const a = mine.dWb[l].dataSync();
        const b = grads[m.Wb[l].name].dataSync();
        for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i], 5);
      }
      Object.values(grads).forEach((g) => g.dispose());
    });
    m.dispose();
  });
});

describe('early stopping', () => {
  it('restores the weights of the best validation loss into its own run, then keeps them', () => {
    const m = makeMlp(3);
    const regs = [0, 1, 2].map(() => ({ l2: 0, l1: 0, keep: 1 }));
    const t = new RegularizedTrainer(m, regs, 0.5, 1);
    const es = new EarlyStopper(t, 1, 20);
    const { x, y } = batch(8, 1);
    const perRun = (l: number, r: number) => {
      const w = m.Wb[l].dataSync();
      const size = w.length / 3;
      return Array.from(w.slice(r * size, (r + 1) * size));
    };
    t.trainStep(x, y, 8);
    expect(es.observe(0.9, 10)).toBe(false);
    const best = m.Wb.map((_, l) => perRun(l, 1));
    for (let i = 0; i < 5; i++) t.trainStep(x, y, 8);
    expect(es.observe(1.2, 20)).toBe(false);
    expect(perRun(0, 1)).not.toEqual(best[0]);
    expect(es.observe(1.1, 30)).toBe(true);
    expect(es.stoppedAt).toBe(30);
    expect(es.bestStep).toBe(10);
    m.Wb.forEach((_, l) => expect(perRun(l, 1)).toEqual(best[l]));
    const others = m.Wb.map((_, l) => [perRun(l, 0), perRun(l, 2)]);
    t.trainStep(x, y, 8);
    m.Wb.forEach((_, l) => {
      expect(perRun(l, 1)).toEqual(best[l]); // stopped: it stays put
      expect(perRun(l, 0)).not.toEqual(others[l][0]); // the others still learn
    });
    es.dispose();
    t.dispose();
    m.dispose();
  });
});

describe('the regularize task', () => {
  it('draws nested training sets from one pool and keeps the held-out set fixed', () => {
    const a = regularizeData({ dataset: 'xor', noise: 0.1, trainPoints: 20, testPoints: 50, seed: 3 });
    const b = regularizeData({ dataset: 'xor', noise: 0.1, trainPoints: 60, testPoints: 50, seed: 3 });
    expect(a.train.n).toBe(20);
    expect(Array.from(b.train.x.slice(0, 40))).toEqual(Array.from(a.train.x));
    expect(Array.from(b.test.x)).toEqual(Array.from(a.test.x));
  });

  it('bins weights into a steady symmetric range', () => {
    expect(niceRange(0.7)).toBe(1);
    expect(niceRange(1.2)).toBe(1.5);
    expect(niceRange(2.6)).toBe(3);
    const out = new Float32Array(4);
    binInto(new Float32Array([-5, -0.1, 0.1, 0.6, 9]), -1, 1, out, 0, 4);
    expect(Array.from(out)).toEqual([1, 1, 1, 2]);
  });

  it('keeps the tensor count flat over 1,000 steps (with dropout, penalties, an early stop and snapshots)', () => {
    const p = { ...defaults(PARAMS), patience: 100 };
    const task = new RegularizeTask({ ...regularizeConfigOf(p, 8), hidden: [12, 12] });
    // Until early stopping has stopped (it then holds its best weights and a mask: a fixed number of tensors).
    for (let i = 0; i < 40 && task.early!.stoppedAt < 0; i++) task.step(50);
    expect(task.early!.stoppedAt).toBeGreaterThan(0);
    task.snapshot(true, true);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 10; i++) {
      task.step(100);
      task.snapshot(false, i % 3 === 0);
    }
    expect(tf.memory().numTensors).toBe(before);
    task.dispose();
  });
});
