import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import { BatchedMlp, type MlpSpec, initStd } from '../../src/engine/networks/mlp';
import { ACTIVATIONS, ACTIVATION_MATH } from '../../src/engine/networks/activations';
import { applyActivation } from '../../src/engine/networks/activation-ops';
import { Rng } from '../../src/engine/data/random';
import { useCpuBackend } from './helpers';

useCpuBackend();

const allActs: MlpSpec['runs'] = ACTIVATIONS.map((activation, i) => ({
  activation,
  init: 'glorot',
  seed: 3 + i,
  lr: 0.1,
}));

function batch(n: number, inDim: number, outDim: number, seed: number, classes = false) {
  const rng = new Rng(seed);
  const x = new Float32Array(n * inDim).map(() => rng.normal());
  const y = new Float32Array(n * outDim);
  for (let i = 0; i < n; i++) {
    if (classes) y[i * outDim + rng.int(outDim)] = 1;
    else for (let j = 0; j < outDim; j++) y[i * outDim + j] = rng.uniform() < 0.5 ? 0 : 1;
  }
  return { x, y };
}

/** Per-run loss as a plain number, via the engine's forward pass and loss. */
function lossPerRun(mlp: BatchedMlp, x: Float32Array, y: Float32Array, n: number): Float32Array {
  return tf.tidy(() => {
    const f = mlp.forward(mlp.input(x, n));
    return mlp.lossOf(f, mlp.targets(y, n)).dataSync() as Float32Array;
  });
}

describe('BatchedMlp gradients', () => {
  const cases: { name: string; spec: MlpSpec; classes?: boolean }[] = [
    { name: 'sigmoid output + cross-entropy, all activations', spec: { sizes: [2, 5, 4, 1], runs: allActs } },
    {
      name: 'softmax + cross-entropy',
      spec: { sizes: [3, 6, 4], runs: allActs.slice(0, 3), output: 'softmax' },
      classes: true,
    },
    {
      name: 'sigmoid output + squared error (autoencoder-style)',
      spec: { sizes: [4, 3, 4], runs: allActs.slice(1, 3), output: 'sigmoid', loss: 'mse' },
    },
    {
      name: 'linear output + squared error',
      spec: { sizes: [2, 4, 4, 2], runs: allActs.slice(0, 2), output: 'linear', loss: 'mse' },
    },
  ];

  for (const c of cases) {
    it(`match tf.grads: ${c.name}`, () => {
      const mlp = new BatchedMlp(c.spec);
      const n = 7;
      const { x, y } = batch(n, c.spec.sizes[0], c.spec.sizes[c.spec.sizes.length - 1], 11, c.classes);
      tf.tidy(() => {
        const mine = mlp.backward(mlp.forward(mlp.input(x, n)), mlp.targets(y, n), n);
        // Reference: tfjs autodiff of the summed per-run loss w.r.t. every variable.
        const { grads } = tf.variableGrads(
          () => tf.sum(mlp.lossOf(mlp.forward(mlp.input(x, n)), mlp.targets(y, n))) as tf.Scalar,
        );
        for (let l = 0; l < mlp.L; l++) {
          // Weights and biases together: [W; b] per run.
          const a = mine.dWb[l].dataSync();
          const b = grads[mlp.Wb[l].name].dataSync();
          expect(a.length).toBe(b.length);
          for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i], 5);
        }
        Object.values(grads).forEach((g) => g.dispose());
      });
      mlp.dispose();
    });
  }

  it('match central finite differences of the loss', () => {
    const spec: MlpSpec = { sizes: [2, 4, 3, 1], runs: allActs.map((r) => ({ ...r, init: 'he' })) };
    const mlp = new BatchedMlp(spec);
    const n = 5;
    const { x, y } = batch(n, 2, 1, 5);
    const analytic = tf.tidy(() =>
      mlp.backward(mlp.forward(mlp.input(x, n)), mlp.targets(y, n), n).dWb.map((d) => d.dataSync() as Float32Array),
    );
    const h = 1e-2;
    const rng = new Rng(99);
    // Float32 arithmetic: compare a sample of entries with a tolerance that suits it.
    for (let l = 0; l < mlp.L; l++) {
      const { W, b } = mlp.layerWeights(l);
      for (let trial = 0; trial < 6; trial++) {
        const i = rng.int(W.length);
        const run = Math.floor(i / (W.length / mlp.R));
        const plus = W.slice();
        plus[i] += h;
        mlp.setLayerWeights(l, plus, b);
        const lp = lossPerRun(mlp, x, y, n)[run];
        const minus = W.slice();
        minus[i] -= h;
        mlp.setLayerWeights(l, minus, b);
        const lm = lossPerRun(mlp, x, y, n)[run];
        mlp.setLayerWeights(l, W, b);
        const numeric = (lp - lm) / (2 * h);
        const act = spec.runs[run].activation;
        // ReLU-like units are not differentiable at 0; a step across a kink spoils a
        // finite difference, so allow a little more slack for them.
        const tol = act === 'relu' || act === 'leakyRelu' ? 5e-3 : 2e-3;
        const per = mlp.sizes[l] * mlp.sizes[l + 1];
        const k = run * (mlp.sizes[l] + 1) * mlp.sizes[l + 1] + (i % per); // index into [W; b]
        expect(Math.abs(analytic[l][k] - numeric)).toBeLessThan(tol + 0.02 * Math.abs(numeric));
      }
    }
    mlp.dispose();
  });

  it('hand-computed gradient for a 1-1-1 sigmoid network', () => {
    // x = 1, w1 = 0.5, w2 = -1 (set by hand), biases 0, target y = 1.
    const mlp = new BatchedMlp({ sizes: [1, 1, 1], runs: [{ activation: 'sigmoid', init: 'glorot', seed: 1, lr: 1 }] });
    mlp.setLayerWeights(0, new Float32Array([0.5]), new Float32Array([0]));
    mlp.setLayerWeights(1, new Float32Array([-1]), new Float32Array([0]));
    const s = (v: number) => 1 / (1 + Math.exp(-v));
    const z1 = s(0.5);
    const out = s(-z1);
    const d2 = out - 1; // δ of the output for sigmoid + cross-entropy
    const d1 = s(0.5) * (1 - s(0.5)) * -1 * d2; // δ₁ = h'(a₁) w₂ δ₂
    const g = tf.tidy(() =>
      mlp
        .backward(mlp.forward(mlp.input(new Float32Array([1]), 1)), mlp.targets(new Float32Array([1]), 1), 1)
        .dWb.map((d) => d.dataSync()[0]),
    );
    expect(g[1]).toBeCloseTo(d2 * z1, 6);
    expect(g[0]).toBeCloseTo(d1 * 1, 6);
    mlp.dispose();
  });
});

describe('BatchedMlp training', () => {
  it('is deterministic: same seed and config give the same losses', () => {
    const run = () => {
      const mlp = new BatchedMlp({ sizes: [2, 8, 8, 1], runs: allActs.slice(0, 3) });
      const { x, y } = batch(10, 2, 1, 1);
      for (let i = 0; i < 20; i++) mlp.trainStep(x, y, 10);
      const l = mlp.evaluate(x, y, 10).loss;
      mlp.dispose();
      return Array.from(l);
    };
    expect(run()).toEqual(run());
  });

  it('lowers the loss and leaks no tensors', () => {
    const mlp = new BatchedMlp({ sizes: [2, 8, 8, 1], runs: allActs });
    const { x, y } = batch(32, 2, 1, 2);
    const before = mlp.evaluate(x, y, 32).loss;
    for (let i = 0; i < 10; i++) mlp.trainStep(x, y, 32);
    const tensors = tf.memory().numTensors;
    for (let i = 0; i < 300; i++) mlp.trainStep(x, y, 32);
    expect(tf.memory().numTensors).toBe(tensors);
    const after = mlp.evaluate(x, y, 32).loss;
    for (let r = 0; r < mlp.R; r++) expect(after[r]).toBeLessThan(before[r]);
    mlp.dispose();
  });

  it('frozen layers keep their weights', () => {
    const mlp = new BatchedMlp({ sizes: [2, 4, 4, 1], runs: allActs.slice(0, 2) });
    const { x, y } = batch(8, 2, 1, 3);
    mlp.setFrozen([true, false, false]);
    const w0 = mlp.layerWeights(0).W.slice();
    const w1 = mlp.layerWeights(1).W.slice();
    for (let i = 0; i < 5; i++) mlp.trainStep(x, y, 8);
    expect(Array.from(mlp.layerWeights(0).W)).toEqual(Array.from(w0));
    expect(Array.from(mlp.layerWeights(1).W)).not.toEqual(Array.from(w1));
    mlp.dispose();
  });
});

describe('activations', () => {
  it('tfjs ops agree with the plain-number formulas, and derivatives with finite differences', () => {
    const pts = [-4, -1.3, -0.2, 0.4, 2.5];
    for (const act of ACTIVATIONS) {
      const m = ACTIVATION_MATH[act];
      const viaTf = tf.tidy(() => applyActivation(tf.tensor1d(pts), act).dataSync());
      pts.forEach((a, i) => {
        expect(viaTf[i]).toBeCloseTo(m.f(a), 5);
        expect(m.df(a)).toBeCloseTo((m.f(a + 1e-5) - m.f(a - 1e-5)) / 2e-5, 4);
      });
    }
    expect(ACTIVATION_MATH.sigmoid.df(0)).toBe(0.25);
    expect(ACTIVATION_MATH.softplus.df(0.7)).toBeCloseTo(ACTIVATION_MATH.sigmoid.f(0.7), 10);
  });

  it('initializations have the documented scale', () => {
    expect(initStd('he', 8, 8)).toBeCloseTo(0.5, 10);
    expect(initStd('glorot', 8, 8)).toBeCloseTo(Math.sqrt(1 / 8), 10);
    expect(initStd('glorot', 2, 8)).toBeCloseTo(Math.sqrt(0.2), 10);
  });
});
