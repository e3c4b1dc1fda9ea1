import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_MATH, type Activation } from '../../src/engine/networks/activations';
import { makeDataset } from '../../src/engine/data/datasets';
import { BatchedMlp, type Init } from '../../src/engine/networks/mlp';
import { Rng } from '../../src/engine/data/random';
import { type GradientsConfig, GradientsTask, gradientsSizes, layerStats } from '../../src/engine/tasks/gradients';
import { STATS_BATCH } from '../../src/engine/tasks/constants';
import { deltaTerms, firstToLastRatio, pathRows } from '../../lessons/vanishing-gradients/backprop';
import { PARAMS, PRESETS } from '../../lessons/vanishing-gradients/params';
import { GOAL_RATIO, HOW_SMALL_DEPTH, ORDER_MARGIN, ORDERS } from '../../lessons/vanishing-gradients/judges';
import { parseParams } from '../../src/store/params';
import { useCpuBackend } from './helpers';

useCpuBackend();

type Run = { activation: Activation; init: Init };

function makeMlp(sizes: number[], runs: Run[], seed: number): BatchedMlp {
  return new BatchedMlp({ sizes, runs: runs.map((r) => ({ ...r, seed, lr: 0.1 })) });
}

function batch(n: number, seed: number) {
  const rng = new Rng(seed);
  const x = new Float32Array(2 * n).map(() => rng.normal() * 3);
  const y = new Float32Array(n).map(() => (rng.uniform() < 0.5 ? 0 : 1));
  return { x, y };
}

/** What the backprop view reads (preactivations and δs of the first S examples, and the weights), for `mlp` on x, y. */
function statsSnapshot(
  mlp: BatchedMlp,
  sizes: number[],
  runs: Run[],
  x: Float32Array,
  y: Float32Array,
  n: number,
  S: number,
) {
  const acts = runs.map((r) => r.activation);
  const s = layerStats(mlp, acts, x, y, n, S, 10);
  return {
    sizes,
    runs: runs.length,
    preacts: s.preacts,
    deltas: s.deltas,
    weights: Array.from({ length: mlp.L }, (_, l) => mlp.layerWeights(l).W),
  };
}

/** ‖∂E/∂W_l‖ per run and layer from tfjs autodiff of the mean loss (weights only, bias row dropped). */
function referenceNorms(mlp: BatchedMlp, x: Float32Array, y: Float32Array, n: number): Float64Array {
  const out = new Float64Array(mlp.R * mlp.L);
  tf.tidy(() => {
    // Each run's loss depends only on its own slice of the variables, so the gradient of the sum is each run's own gradient.
    const { grads } = tf.variableGrads(
      () => tf.sum(mlp.lossOf(mlp.forward(mlp.input(x, n)), mlp.targets(y, n))) as tf.Scalar,
    );
    for (let l = 0; l < mlp.L; l++) {
      const [nIn, nOut] = [mlp.sizes[l], mlp.sizes[l + 1]];
      const g = grads[mlp.Wb[l].name].dataSync();
      for (let r = 0; r < mlp.R; r++) {
        let ss = 0;
        for (let i = 0; i < nIn * nOut; i++) ss += g[r * (nIn + 1) * nOut + i] ** 2;
        out[r * mlp.L + l] = Math.sqrt(ss);
      }
    }
    Object.values(grads).forEach((g) => g.dispose());
  });
  return out;
}

describe('per-layer gradient statistics', () => {
  const cases: { name: string; sizes: number[]; runs: Run[] }[] = [
    {
      name: 'deep sigmoid (small init) and ReLU (He), 5 hidden layers',
      sizes: [2, 6, 6, 6, 6, 6, 1],
      runs: [
        { activation: 'sigmoid', init: 'smallNormal' },
        { activation: 'relu', init: 'he' },
      ],
    },
    {
      name: 'tanh (Glorot) and leaky ReLU (too large), uneven widths',
      sizes: [2, 7, 3, 5, 1],
      runs: [
        { activation: 'tanh', init: 'glorot' },
        { activation: 'leakyRelu', init: 'large' },
      ],
    },
  ];
  for (const c of cases) {
    it(`‖∂E/∂W_l‖ agrees with tf.variableGrads: ${c.name}`, () => {
      const mlp = makeMlp(c.sizes, c.runs, 7);
      const n = 13;
      const { x, y } = batch(n, 3);
      const stats = layerStats(
        mlp,
        c.runs.map((r) => r.activation),
        x,
        y,
        n,
        4,
        20,
      );
      const ref = referenceNorms(mlp, x, y, n);
      const engine = mlp.gradientNorms(x, y, n);
      expect(stats.gradNorms.length).toBe(mlp.R * mlp.L);
      for (let i = 0; i < ref.length; i++) {
        expect(ref[i]).toBeGreaterThan(0);
        expect(Math.abs(stats.gradNorms[i] - ref[i]) / ref[i]).toBeLessThan(1e-4);
        expect(Math.abs(engine[i] - ref[i]) / ref[i]).toBeLessThan(1e-4);
      }
      mlp.dispose();
    });
  }

  it('δ of every sample unit satisfies δ_j = h′(a_j) Σ_k w_kj δ_k, and the output δ is ŷ − y', () => {
    const runs: Run[] = [
      { activation: 'sigmoid', init: 'glorot' },
      { activation: 'relu', init: 'he' },
    ];
    const sizes = [2, 5, 4, 3, 1];
    const mlp = makeMlp(sizes, runs, 4);
    const n = 10;
    const S = 6;
    const { x, y } = batch(n, 9);
    const snap = statsSnapshot(mlp, sizes, runs, x, y, n, S);
    let checked = 0;
    for (let r = 0; r < 2; r++) {
      for (let p = 0; p < S; p++) {
        // Output layer: sigmoid + cross-entropy of this point's own loss gives δ = σ(a) − y.
        const aOut = snap.preacts[mlp.L - 1][r * S + p];
        expect(snap.deltas[mlp.L - 1][r * S + p]).toBeCloseTo(1 / (1 + Math.exp(-aOut)) - y[p], 5);
        for (let layer = 1; layer <= sizes.length - 2; layer++) {
          for (let j = 0; j < sizes[layer]; j++) {
            const d = deltaTerms(snap, runs[r].activation, r, layer, j, p)!;
            expect(d.terms.length).toBe(sizes[layer + 1]);
            expect(d.delta).toBeCloseTo(d.engineDelta, 6);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(2 * S * (5 + 4 + 3));
    mlp.dispose();
  });

  it('per-point δ add up to the weight gradient: ∂E/∂w_ji = mean over points of δ_j z_i', () => {
    const runs: Run[] = [{ activation: 'tanh', init: 'glorot' }];
    const sizes = [2, 4, 3, 1];
    const mlp = makeMlp(sizes, runs, 2);
    const n = 8;
    const { x, y } = batch(n, 5);
    const s = layerStats(mlp, ['tanh'], x, y, n, n, 10);
    const ref = tf.tidy(() => {
      const { grads } = tf.variableGrads(
        () => tf.sum(mlp.lossOf(mlp.forward(mlp.input(x, n)), mlp.targets(y, n))) as tf.Scalar,
      );
      const g = grads[mlp.Wb[1].name].dataSync().slice();
      Object.values(grads).forEach((t) => t.dispose());
      return g;
    });
    // Layer 2's weights: w_ji from unit i of hidden layer 1 to unit j of hidden layer 2.
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 3; j++) {
        let sum = 0;
        for (let p = 0; p < n; p++) sum += s.deltas[1][p * 3 + j] * Math.tanh(s.preacts[0][p * 4 + i]);
        expect(sum / n).toBeCloseTo(ref[i * 3 + j], 6);
      }
    }
    mlp.dispose();
  });

  it('histograms count every activation and every weight once; saturated sigmoids pile up at the ends', () => {
    const sizes = [2, 8, 8, 8, 1];
    const runs: Run[] = [
      { activation: 'sigmoid', init: 'smallNormal' },
      { activation: 'sigmoid', init: 'large' },
    ];
    const mlp = makeMlp(sizes, runs, 1);
    const data = makeDataset({ dataset: 'circle', noise: 0, count: 200, trainShare: 0.5, seed: 1 });
    const n = 64;
    const bins = 20;
    const s = layerStats(
      mlp,
      ['sigmoid', 'sigmoid'],
      data.train.x.subarray(0, 2 * n),
      data.train.y.subarray(0, n),
      n,
      4,
      bins,
    );
    const H = 3;
    const edge = (r: number, h: number) => {
      const off = (r * H + h) * bins;
      let total = 0;
      let ends = 0;
      for (let b = 0; b < bins; b++) {
        total += s.actHist[off + b];
        if (b < 2 || b >= bins - 2) ends += s.actHist[off + b];
      }
      return { total, share: ends / total };
    };
    for (let r = 0; r < 2; r++) {
      for (let h = 0; h < H; h++) expect(edge(r, h).total).toBe(n * 8);
      for (let l = 0; l < mlp.L; l++) {
        let total = 0;
        for (let b = 0; b < bins; b++) total += s.gradHist[(r * mlp.L + l) * bins + b];
        expect(total).toBe(sizes[l] * sizes[l + 1]);
      }
    }
    // σ = 0.1: every unit sits near σ(0) = ½, nothing in the outer tenths.
    for (let h = 0; h < H; h++) expect(edge(0, h).share).toBe(0);
    // Four times He: most activations are within 0.1 of 0 or 1, and a third or more of the (unit, point) pairs have σ′ < 0.025
    // (observed on this seed: 59%, 36%, 32% in layers 1–3).
    for (let h = 0; h < H; h++) expect(edge(1, h).share).toBeGreaterThan(0.5);
    for (let h = 0; h < H; h++) expect(s.saturated[1 * H + h]).toBeGreaterThan(0.3);
    // Mean slopes: sigmoid never exceeds ¼.
    for (const v of s.meanSlope) expect(v).toBeLessThanOrEqual(0.25);
    mlp.dispose();
  });
});

describe('the lesson’s claims about deep networks at initialization', () => {
  // The lesson's preset: circle dataset, 8 hidden layers of 8 units, measured on the task's
  // fixed batch of the first 64 training points, before any training. Seeds 1–10, all of them.
  const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const sizes = gradientsSizes({ depth: 8, width: 8 });
  function ratioAt(run: Run, seed: number): number {
    const data = makeDataset({ dataset: 'circle', noise: 0, count: 400, trainShare: 0.5, seed });
    const mlp = makeMlp(sizes, [run], seed);
    const n = STATS_BATCH;
    const s = layerStats(mlp, [run.activation], data.train.x.subarray(0, 2 * n), data.train.y.subarray(0, n), n, 1, 10);
    mlp.dispose();
    return firstToLastRatio(s.gradNorms, mlp.L, 0);
  }

  it('sigmoid with small init (σ = 0.1): ‖∂E/∂W₁‖ / ‖∂E/∂W₉‖ is below 10⁻⁶ for every seed', () => {
    const ratios = SEEDS.map((seed) => ratioAt({ activation: 'sigmoid', init: 'smallNormal' }, seed));
    // Observed for seeds 1–10: between 2.6×10⁻¹⁰ and 2.7×10⁻⁹; the threshold leaves more than two orders of margin.
    for (const r of ratios) expect(r).toBeLessThan(1e-6);
  });

  it('ReLU with He init: the same ratio is within an order of magnitude of 1 (9 of 10 seeds; all within 20×)', () => {
    const ratios = SEEDS.map((seed) => ratioAt({ activation: 'relu', init: 'he' }, seed));
    // Observed for seeds 1–10: 0.60, 0.96, 3.3, 0.34, 0.59, 0.40, 0.17, 0.076, 0.32, 0.15.
    // Seed 8 falls just outside [0.1, 10], so the honest claim is "9 of 10 seeds", with every seed within 20× of 1.
    const within = ratios.filter((r) => r > 0.1 && r < 10).length;
    expect(within).toBeGreaterThanOrEqual(9);
    for (const r of ratios) {
      expect(r).toBeGreaterThan(0.05);
      expect(r).toBeLessThan(20);
    }
    const geoMean = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
    expect(geoMean).toBeGreaterThan(0.2);
    expect(geoMean).toBeLessThan(5);
  });

  it('from the same seed, the ReLU + He ratio is at least a million times the sigmoid one', () => {
    for (const seed of SEEDS) {
      const sig = ratioAt({ activation: 'sigmoid', init: 'smallNormal' }, seed);
      const relu = ratioAt({ activation: 'relu', init: 'he' }, seed);
      expect(relu / sig).toBeGreaterThan(1e6);
    }
  });

  it('exercise 1 (twelve sigmoid layers, small init): the ratio is nearest 10¹³ of the choices, and clear of the midpoints, for every seed', () => {
    const sizes12 = gradientsSizes({ depth: HOW_SMALL_DEPTH, width: 8 });
    for (const seed of SEEDS) {
      const data = makeDataset({ dataset: 'circle', noise: 0, count: 400, trainShare: 0.5, seed });
      const mlp = makeMlp(sizes12, [{ activation: 'sigmoid', init: 'smallNormal' }], seed);
      const n = STATS_BATCH;
      const s = layerStats(mlp, ['sigmoid'], data.train.x.subarray(0, 2 * n), data.train.y.subarray(0, n), n, 1, 10);
      const orders = -Math.log10(firstToLastRatio(s.gradNorms, mlp.L, 0));
      mlp.dispose();
      // Observed for seeds 1–10: 12.5 to 14.3 decades.
      const nearest = [...ORDERS].sort((a, b) => Math.abs(a - orders) - Math.abs(b - orders))[0];
      expect(nearest, `seed ${seed}`).toBe(13);
      expect(Math.abs(orders - 11), `seed ${seed}`).toBeGreaterThan(ORDER_MARGIN);
      expect(Math.abs(orders - 15), `seed ${seed}`).toBeGreaterThan(ORDER_MARGIN);
    }
  });

  it('the ratio goal (exercise 4) is reachable: too-large weights pass 1/100 at width 8, Glorot and He do not (seeds 1–3)', () => {
    for (const seed of [1, 2, 3]) {
      const large = ratioAt({ activation: 'sigmoid', init: 'large' }, seed);
      // Observed: 0.084, 0.034, 0.039 (too large); Glorot about 10⁻⁵, He about 5×10⁻⁵.
      expect(large, `seed ${seed}`).toBeGreaterThan(GOAL_RATIO);
      expect(ratioAt({ activation: 'sigmoid', init: 'glorot' }, seed), `seed ${seed}`).toBeLessThan(GOAL_RATIO / 10);
      expect(ratioAt({ activation: 'sigmoid', init: 'he' }, seed), `seed ${seed}`).toBeLessThan(GOAL_RATIO / 10);
    }
  });

  it('the product of sigmoid slopes along a path is at most (¼)^H', () => {
    const run: Run = { activation: 'sigmoid', init: 'glorot' };
    const mlp = makeMlp(sizes, [run], 3);
    const { x, y } = batch(8, 1);
    const snap = statsSnapshot(mlp, sizes, [run], x, y, 8, 8);
    for (let unit = 0; unit < 8; unit++) {
      const rows = pathRows(snap, 'sigmoid', 0, unit, unit);
      expect(rows.map((r) => r.layer)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
      let prod = 1;
      let pathProd = 1;
      for (const r of rows) {
        expect(r.slope).toBeCloseTo(ACTIVATION_MATH.sigmoid.df(r.a), 12);
        prod *= r.slope;
        pathProd *= r.slope * r.w;
        expect(r.slopeProduct).toBeCloseTo(prod, 15);
        expect(r.pathProduct).toBeCloseTo(pathProd, 15);
      }
      expect(rows[7].slopeProduct).toBeLessThanOrEqual(0.25 ** 8);
    }
    mlp.dispose();
  });
});

describe('GradientsTask', () => {
  const base: GradientsConfig = {
    dataset: 'circle',
    noise: 0,
    points: 400,
    trainShare: 0.5,
    depth: 8,
    width: 8,
    runs: [
      { activation: 'sigmoid', init: 'smallNormal' },
      { activation: 'relu', init: 'he' },
    ],
    lr: 0.1,
    batch: 10,
    seed: 1,
    sampleSize: 16,
    bins: 24,
  };

  it('side by side from one seed: ReLU + He learns, deep sigmoid with small init stalls near ln 2; no tensors leak', () => {
    const before = tf.memory().numTensors;
    const task = new GradientsTask(base);
    const first = task.snapshot(true).snap;
    task.step(1);
    task.snapshot(true);
    // Baseline after one step and one snapshot: the MLP caches a ones column per batch size it has seen.
    const tensors = tf.memory().numTensors;
    task.step(399);
    const mid = task.snapshot(true).snap;
    expect(tf.memory().numTensors).toBe(tensors);
    task.step(400);
    const end = task.snapshot(false).snap;
    expect(tf.memory().numTensors).toBe(tensors);
    expect(end.step).toBe(800);
    expect(end.trainLoss[1]).toBeLessThan(0.5 * first.trainLoss[1]);
    expect(end.testAcc[1]).toBeGreaterThan(0.9);
    expect(Math.abs(end.trainLoss[0] - Math.LN2)).toBeLessThan(0.01);
    expect(mid.gradNorms!.length).toBe(2 * 9);
    expect(mid.statsStep).toBe(400);
    expect(task.divergence()).toBeNull();
    task.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('the exploding preset pauses with an explanation that names the cause and a fix', () => {
    const task = new GradientsTask({ ...base, runs: [{ activation: 'relu', init: 'large' }] });
    task.snapshot(true);
    // As in the worker: several steps between snapshots, statistics only every ~150 ms.
    for (let i = 0; i < 20 && !task.divergence(); i++) {
      task.step(5);
      task.snapshot(false);
    }
    const msg = task.divergence();
    expect(msg).toMatch(/exploded/);
    expect(msg).toMatch(/Glorot or He initialization/);
    expect(msg).toMatch(/Reset/);
    task.dispose();
  });

  it('every preset is a valid setting of the parameter table', () => {
    for (const p of PRESETS) {
      const q = new URLSearchParams(
        Object.entries(p.patch).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v)]),
      );
      const parsed = parseParams(PARAMS, q);
      expect(parsed.problems).toEqual([]);
    }
  });
});

describe('gradient chart scale', () => {
  it('covers the data with whole decades, at least two of them, and ignores zeros and NaN', async () => {
    const { decadeDomain } = await import('../../src/viz/LayerNormChart');
    const s = (values: number[]) => ({ id: 'x', label: 'x', color: '#000', values });
    expect(decadeDomain([s([1.3e-10, 0.05])])).toEqual([1e-10, 0.1]);
    expect(decadeDomain([s([2e-3, 0, NaN]), s([7e-1])])).toEqual([1e-3, 1]);
    const [lo, hi] = decadeDomain([s([0.3, 0.4])]);
    expect(Math.log10(hi / lo)).toBeCloseTo(3, 10);
    expect(lo).toBeLessThanOrEqual(0.3);
    expect(hi).toBeGreaterThanOrEqual(0.4);
    expect(decadeDomain([s([])])).toEqual([1e-4, 1]);
  });
});
