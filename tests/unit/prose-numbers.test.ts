/**
 * Every number the lesson prose states is checked here against the engine's own functions.
 * Each check first finds the sentence in the Prose file (whitespace-insensitive), so editing
 * the prose without updating its check fails this test, and a wrong engine fails it too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_MATH, LEAKY_SLOPE, type Activation } from '../../src/engine/networks/activations';
import { cnnShapes, denseHiddenFor } from '../../src/engine/networks/cnn-model';
import { denseVsConvCounts } from '../../src/engine/networks/conv-reference';
import { makeDataset } from '../../src/engine/data/datasets';
import { BatchedMlp, type Init } from '../../src/engine/networks/mlp';
import { quadraticTheory } from '../../src/engine/surfaces/optim-theory';
import { gradientsSizes, layerStats } from '../../src/engine/tasks/gradients';
import { STATS_BATCH } from '../../src/engine/tasks/constants';
import { firstToLastRatio } from '../../lessons/vanishing-gradients/backprop';
import { PARAMS as CONV_PARAMS, COUNTER_SIDE } from '../../lessons/convolution/params';
import { PARAMS as PRE_PARAMS, quickBudget, RUN_PRESETS } from '../../lessons/layer-wise-pretraining/params';
import { useCpuBackend } from './helpers';

useCpuBackend();

const root = path.join(__dirname, '../..');
/** Whitespace folded, and JSX's explicit spaces ({' '}, which Prettier adds where it breaks a line) read as spaces. */
const squash = (s: string) => s.replace(/\{' '\}/g, ' ').replace(/\s+/g, ' ');
const files = new Map<string, string>();
/** Asserts that `lesson`'s file contains the sentence fragment (whitespace-insensitive). */
function says(file: string, fragment: string): void {
  if (!files.has(file)) files.set(file, squash(readFileSync(path.join(root, 'lessons', file), 'utf8')));
  expect(files.get(file), `${file} should say “${fragment}”`).toContain(squash(fragment));
}
const sigma = ACTIVATION_MATH.sigmoid;
/** Steps per factor of ten at a per-step factor r. */
const stepsPerDecade = (r: number) => Math.log(10) / -Math.log(r);

describe('vanishing gradients: the numbers in the prose', () => {
  const VG = 'vanishing-gradients/Prose.tsx';

  it('(¼)⁸ ≈ 1.5 × 10⁻⁵, σ′(5) ≈ 0.0066, σ′(10) ≈ 0.000045, σ′ ≤ ¼, 0.693 = ln 2', () => {
    says(VG, '(¼)⁸ ≈ 1.5 × 10⁻⁵');
    expect(0.25 ** 8).toBeCloseTo(1.5e-5, 6);
    says(VG, 'σ′(5) ≈ 0.0066 and σ′(10) ≈ 0.000045');
    expect(sigma.df(5)).toBeCloseTo(0.0066, 4);
    expect(sigma.df(10)).toBeCloseTo(0.000045, 6);
    expect(sigma.df(0)).toBe(0.25);
    for (let a = -10; a <= 10; a += 0.01) expect(sigma.df(a)).toBeLessThanOrEqual(0.25);
    says(VG, 'loss sits at 0.693 = ln 2');
    expect(Math.LN2).toBeCloseTo(0.693, 3);
  });

  it('ReLU halves the mean square of a symmetric pre-activation, not its variance', () => {
    says(VG, 'E[ReLU(a)²] = ½ E[a²]');
    // a ~ N(0, 1) by quadrature: E[a²] = 1, E[relu(a)²] = ½, Var(relu(a)) = ½ − 1/(2π) < ½.
    let m2 = 0;
    let m1 = 0;
    const h = 1e-3;
    for (let a = 0; a < 10; a += h) {
      const p = (Math.exp(-0.5 * a * a) / Math.sqrt(2 * Math.PI)) * h;
      m2 += a * a * p;
      m1 += a * p;
    }
    expect(m2).toBeCloseTo(0.5, 3);
    expect(m2 - m1 * m1).toBeCloseTo(0.5 - 1 / (2 * Math.PI), 3);
  });

  // The presets at initialization: circle, 8 hidden layers of 8, the task's stats batch, seeds 1–10.
  const sizes = gradientsSizes({ depth: 8, width: 8 });
  function norms(activation: Activation, init: Init, seed: number): Float32Array {
    const data = makeDataset({ dataset: 'circle', noise: 0, count: 400, trainShare: 0.5, seed });
    const mlp = new BatchedMlp({ sizes, runs: [{ activation, init, seed, lr: 0.1 }] });
    const n = STATS_BATCH;
    const s = layerStats(mlp, [activation], data.train.x.subarray(0, 2 * n), data.train.y.subarray(0, n), n, 1, 10);
    mlp.dispose();
    return s.gradNorms;
  }
  const L = sizes.length - 1;
  const ratio = (g: Float32Array) => firstToLastRatio(g, L, 0);
  const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('small init: output-layer gradients about 0.1, layer 1 about 10⁻¹⁰; each layer roughly ten times smaller than the one above', () => {
    says(VG, 'the output layer’s weights get gradients of about 0.1, layer 1’s about 10⁻¹⁰');
    const g = norms('sigmoid', 'smallNormal', 1);
    expect(g[L - 1]).toBeGreaterThan(0.03);
    expect(g[L - 1]).toBeLessThan(0.3);
    expect(Math.log10(g[0]!)).toBeGreaterThan(-10.5);
    expect(Math.log10(g[0]!)).toBeLessThan(-9.5);
    says(VG, 'each layer’s gradient is roughly ten times smaller than the one above it');
    const perLayer = ratio(g) ** (1 / (L - 1));
    expect(1 / perLayer).toBeGreaterThan(5);
    expect(1 / perLayer).toBeLessThan(20);
  });

  it('Glorot keeps the sigmoid ratio near 10⁻⁵, not near 1: the slope of ¼ is still there', () => {
    says(VG, 'a ratio near 10⁻⁵ instead of 10⁻⁹');
    const rs = SEEDS.map((s) => ratio(norms('sigmoid', 'glorot', s)));
    // Observed for seeds 1–10: 9.8 × 10⁻⁷ to 1.7 × 10⁻⁵.
    for (const r of rs) {
      expect(r).toBeGreaterThan(1e-7);
      expect(r).toBeLessThan(1e-4);
    }
  });

  it('ReLU + He: between 0.07 and 4 for seeds 1 to 10; too-large sigmoid: about 0.08 on seed 1, between 10⁻³ and 10⁻¹', () => {
    says(VG, 'between 0.07 and 4 for seeds 1 to 10');
    for (const s of SEEDS) {
      const r = ratio(norms('relu', 'he', s));
      expect(r).toBeGreaterThan(0.07);
      expect(r).toBeLessThan(4);
    }
    says(VG, 'a ratio of about 0.08 on seed 1, between 10⁻³ and 10⁻¹ for seeds 1 to 10');
    expect(ratio(norms('sigmoid', 'large', 1))).toBeCloseTo(0.08, 2);
    for (const s of SEEDS) {
      const r = ratio(norms('sigmoid', 'large', s));
      expect(r).toBeGreaterThan(1e-3);
      expect(r).toBeLessThan(1e-1);
    }
  });
});

describe('ReLU vs sigmoid: the numbers in the prose', () => {
  it('leaky ReLU passes 1% of the signal on the negative side', () => {
    says('relu-vs-sigmoid/Prose.tsx', 'it still passes 1% of the signal');
    says('relu-vs-sigmoid/Lesson.tsx', 'still learning, at slope 0.01');
    expect(LEAKY_SLOPE).toBe(0.01);
    expect(ACTIVATION_MATH.leakyRelu.df(-3)).toBe(0.01);
  });

  it('tanh(a) = 2σ(2a) − 1 and softplus′ = σ', () => {
    says('relu-vs-sigmoid/Prose.tsx', 'tanh(a) = 2σ(2a) − 1');
    for (const a of [-3, -0.5, 0, 1, 4]) {
      expect(Math.tanh(a)).toBeCloseTo(2 * sigma.f(2 * a) - 1, 12);
      const h = 1e-5;
      expect((ACTIVATION_MATH.softplus.f(a + h) - ACTIVATION_MATH.softplus.f(a - h)) / (2 * h)).toBeCloseTo(
        sigma.f(a),
        6,
      );
    }
  });
});

describe('optimizers: the numbers in the prose', () => {
  const OP = 'optimizers/Prose.tsx';
  it('κ = 100: GD 0.98, about 115 steps per factor of ten; momentum 0.82, about 11; ten times faster', () => {
    const th = quadraticTheory(100);
    says(OP, 'For κ = 100 that is 0.98: about 115 steps for every factor of ten');
    expect(th.gdRate).toBeCloseTo(0.98, 2);
    expect(Math.round(stepsPerDecade(th.gdRate))).toBe(115);
    says(OP, 'which for κ = 100 is 0.82: about 11 steps per factor of ten, ten times faster');
    expect(th.momentumRate).toBeCloseTo(0.82, 2);
    expect(Math.round(stepsPerDecade(th.momentumRate))).toBe(11); // 11.47
    expect(stepsPerDecade(th.momentumRate)).toBeCloseTo(11.5, 1);
    expect(Math.round(stepsPerDecade(th.gdRate) / stepsPerDecade(th.momentumRate))).toBe(10);
  });

  it('the averaged form needs η/(1 − β): the rate box prints the heavy-ball η* and η*/(1 − β*)', () => {
    says(OP, 'in the averaged form v ← βv + (1 − β)g the same path needs η/(1 − β)');
    const th = quadraticTheory(100);
    expect(th.momentumBestLrEma).toBeCloseTo(th.momentumBestLrTfjs / (1 - th.momentumBestBeta), 12);
  });

  it('√s ≤ √(s + ε²) ≤ √s + ε, with equality at s = 0', () => {
    says(OP, '√s ≤ √(s + ε²) ≤ √s + ε');
    const eps = 1e-8;
    for (const s of [0, 1e-20, 1e-16, 1e-12, 1, 100]) {
      const inside = Math.sqrt(s + eps * eps);
      expect(inside).toBeGreaterThanOrEqual(Math.sqrt(s));
      expect(inside).toBeLessThanOrEqual(Math.sqrt(s) + eps * (1 + 1e-12));
    }
    expect(Math.sqrt(0 + eps * eps)).toBe(eps);
  });
});

describe('convolution: the numbers in the prose', () => {
  const arch = {
    filters1: CONV_PARAMS.filters1.default,
    filters2: CONV_PARAMS.filters2.default,
    kernel: Number(CONV_PARAMS.kernel.default),
  };

  it('default CNN: 28×28 → 8 maps of 12×12 → 16 maps of 4×4, kernels 5×5×8, 256 numbers into the dense layer', () => {
    const P = 'convolution/Prose.tsx';
    says(P, 'from one 28×28 image to 8 maps of 12×12 after the first conv and pool, then to 16 maps of 4×4');
    const s = cnnShapes(arch);
    expect([arch.filters1, s.pool1, arch.filters2, s.pool2]).toEqual([8, 12, 16, 4]);
    says(P, 'its shape is 5×5×8');
    expect(s.params[2]).toEqual([5, 5, 8, 16]);
    says(P, 'a dense layer reads the 256 numbers left');
    expect(s.flat).toBe(256);
    says(P, '784 × H weights');
    expect(denseHiddenFor(s.paramCount)).toBeGreaterThan(0);
  });

  it('the counter exercise has its answer strictly inside the slider range', () => {
    says('convolution/Prose.tsx', 'at which side does one dense layer of 100 units first need more weights');
    const cnnParams = cnnShapes(arch).paramCount;
    let answer = 0;
    for (let n = COUNTER_SIDE.min; n <= COUNTER_SIDE.max && !answer; n++) {
      if (
        denseVsConvCounts({ inputH: n, inputW: n, kernel: 5, featureMaps: 8, hiddenUnits: 100 }).dense.weights >
        cnnParams
      )
        answer = n;
    }
    expect(answer).toBeGreaterThan(COUNTER_SIDE.min);
    expect(answer).toBeLessThan(COUNTER_SIDE.default);
  });

  it('a 1000×1000 image with 1,000 dense units: 10⁹ weights', () => {
    says('convolution/DenseVsConv.tsx', 'with just 1,000 hidden units that is 10<sup>9</sup> weights');
    expect(
      denseVsConvCounts({ inputH: 1000, inputW: 1000, kernel: 10, featureMaps: 1, hiddenUnits: 1000 }).dense.weights,
    ).toBe(1e9);
  });
});

describe('layer-wise pre-training: the numbers in the prose', () => {
  it('the quick run: 2,000 digits, 64 units per layer; 784 pixels into 64 numbers, then 64 → 64 → 64', () => {
    const P = 'layer-wise-pretraining/Prose.tsx';
    says(P, 'The quick run here uses 2,000 digits, 64 units per layer');
    expect(PRE_PARAMS.preset.default).toBe('quick');
    expect(RUN_PRESETS.quick.trainCount).toBe(2000);
    expect(RUN_PRESETS.quick.hidden.every((h) => h === 64)).toBe(true);
    says(P, 'to rebuild 784 pixels from 64 numbers');
    says(P, '(64 → 64 → 64)');
    expect(28 * 28).toBe(784);
  });

  it('the budget the prose renders for the quick run: 4 layers × 2 epochs = 8 extra, then 3: 11 epochs of 63 mini-batches, 693 updates each', () => {
    says('layer-wise-pretraining/Prose.tsx', '{b.layers} layers × {b.preEpochs} epochs = {b.pre} in the quick run');
    says(
      'layer-wise-pretraining/Prose.tsx',
      '{b.pre + b.fine} epochs of {b.perEpoch} mini-batches, {b.updates} updates each',
    );
    expect(quickBudget()).toEqual({ layers: 4, preEpochs: 2, pre: 8, fine: 3, perEpoch: 63, updates: 693 });
  });
});
