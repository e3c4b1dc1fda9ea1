/**
 * Training task for universal approximation: networks with ONE hidden layer of n units,
 * f(x) = c + Σ_j v_j h(w_j x + b_j), fitted to a 1D target on [−1, 1] by least squares
 * (full batch, Adam). Several n are trained side by side in one op: the hidden units of
 * all runs sit in one wide layer of U = Σ n units, and the output weights are
 * block-diagonal — run r's output reads only its own units (the other entries are zero
 * and get no gradient). It costs what one network of U units costs, with no padding.
 *
 * Unit j of every run starts from the same weights (seeded by j), so the run with 8
 * units begins as the run with 4 units plus 4 more: a same-seed comparison.
 *
 * Shapes: inputs [N, 2] (x, 1); [w; b] [2, U]; [v; c] [U + 1, R] (block-diagonal, the
 * last row the output biases c). Backpropagation is written out (two layers; unit tests
 * check it against tf.grad), and tf.train.adam applies it (makeOptimizer, the one Adam).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ApproxAct } from '../data/functions1d';
import { grid1d } from '../data/functions1d';
import { RateMeter, trainForMs } from '../runtime/loop';
import type { ModelCost, TaskModuleOf, TrainingTask } from '../runtime/protocol';
import { Rng } from '../data/random';
import { allFinite } from '../networks/stats';
import { disposeOptimizer, makeOptimizer, setOptimizerLr } from '../networks/optimizers';

export interface Approx1dConfig {
  /** The target sampled at N evenly spaced points of [−1, 1] (the training set). */
  target: Float32Array;
  act: ApproxAct;
  /** Hidden units of each run, e.g. [1, 2, 4, …, 64]. */
  units: number[];
  /** Adam's step size (live). */
  lr: number;
  seed: number;
}

export interface Approx1dSnapshot {
  step: number;
  stepsPerSec: number;
  /** Mean squared error of each run on the N points, [R]. */
  mse: Float32Array;
  /** Per unit, all runs one after the other (run r's units start at offsets[r]): w, b, v as [U]; c as [R]. */
  w: Float32Array;
  b: Float32Array;
  v: Float32Array;
  c: Float32Array;
}

export interface Approx1dInfo {
  xs: Float32Array;
  target: Float32Array;
  units: number[];
  /** Where each run's units start in the per-unit arrays; the last entry is U. */
  offsets: number[];
}

/** Initial hidden weights of unit j: a random slope and a kink/centre spread over [−1, 1]. */
function initUnit(act: ApproxAct, seed: number, j: number): { w: number; b: number; v: number } {
  const rng = new Rng(seed * 7919 + j * 104729 + 13);
  const sign = rng.uniform() < 0.5 ? -1 : 1;
  const w = sign * (act === 'relu' ? 1 + 2 * rng.uniform() : 3 + 6 * rng.uniform());
  const centre = rng.range(-1, 1);
  return { w, b: -w * centre, v: rng.normal() * 0.1 };
}

export class Approx1dTask implements TrainingTask<Approx1dSnapshot, Approx1dInfo, Pick<Approx1dConfig, 'lr'>> {
  readonly cost: ModelCost;
  readonly R: number;
  readonly N: number;
  /** Hidden units of all runs together. */
  readonly U: number;
  readonly offsets: number[];
  private readonly xs: Float32Array;
  private readonly xAug: tf.Tensor2D;
  private readonly y: tf.Tensor2D;
  /** 1 where [v; c] may be non-zero (unit j belongs to run r, or the bias row). */
  private readonly mask2: tf.Tensor2D;
  private readonly ones: tf.Tensor2D;
  readonly P1: tf.Variable<tf.Rank.R2>;
  readonly P2: tf.Variable<tf.Rank.R2>;
  private readonly optimizer: tf.Optimizer;
  private lr: number;
  private steps = 0;
  private readonly meter = new RateMeter();
  private diverged: string | null = null;

  constructor(private readonly config: Approx1dConfig) {
    const { target, units, act, seed } = config;
    if (!units.length || target.length < 2 || units.some((n) => n < 1))
      throw new Error('At least one network, one unit each, and two points are needed.');
    this.R = units.length;
    this.N = target.length;
    this.offsets = [0];
    for (const n of units) this.offsets.push(this.offsets[this.offsets.length - 1] + n);
    this.U = this.offsets[this.R];
    this.lr = config.lr;
    this.xs = grid1d(this.N);
    const { R, N, U } = this;
    this.cost = approx1dCost(config);
    const xa = new Float32Array(N * 2);
    const yy = new Float32Array(N * R);
    for (let i = 0; i < N; i++) {
      xa[2 * i] = this.xs[i];
      xa[2 * i + 1] = 1;
      for (let r = 0; r < R; r++) yy[i * R + r] = target[i];
    }
    const p1 = new Float32Array(2 * U);
    const p2 = new Float32Array((U + 1) * R);
    const m2 = new Float32Array((U + 1) * R);
    for (let r = 0; r < R; r++) {
      for (let j = 0; j < units[r]; j++) {
        const k = this.offsets[r] + j;
        const u = initUnit(act, seed, j);
        p1[k] = u.w;
        p1[U + k] = u.b;
        p2[k * R + r] = u.v;
        m2[k * R + r] = 1;
      }
      m2[U * R + r] = 1;
    }
    this.xAug = tf.tensor2d(xa, [N, 2]);
    this.y = tf.tensor2d(yy, [N, R]);
    this.mask2 = tf.tensor2d(m2, [U + 1, R]);
    this.ones = tf.ones([N, 1]);
    const init1 = tf.tensor2d(p1, [2, U]);
    const init2 = tf.tensor2d(p2, [U + 1, R]);
    this.P1 = tf.variable(init1, true, undefined, 'float32');
    this.P2 = tf.variable(init2, true, undefined, 'float32');
    init1.dispose();
    init2.dispose();
    this.optimizer = makeOptimizer('adam', this.lr);
  }

  /** Hidden activations and the outputs [N, R]. Call inside tf.tidy. */
  forward(P1: tf.Tensor2D = this.P1, P2: tf.Tensor2D = this.P2) {
    const a = tf.matMul(this.xAug, P1); // [N, U]
    const z = this.config.act === 'relu' ? tf.relu(a) : tf.sigmoid(a);
    const hAug = tf.concat([z, this.ones], 1) as tf.Tensor2D; // [N, U + 1]
    const out = tf.matMul(hAug, P2) as tf.Tensor2D; // [N, R]
    return { a, z, hAug, out };
  }

  /** Mean squared error per run, [R]. Call inside tf.tidy. */
  mseOf(out: tf.Tensor2D): tf.Tensor1D {
    return tf.mean(tf.square(tf.sub(out, this.y)), 0) as tf.Tensor1D;
  }

  /** ∂(MSE_r)/∂P1 and ∂(MSE_r)/∂P2 summed over the runs (each parameter belongs to one run). Call inside tf.tidy. */
  gradients(): [tf.Tensor2D, tf.Tensor2D] {
    const { a, z, hAug, out } = this.forward();
    const e = tf.mul(tf.sub(out, this.y), 2 / this.N); // [N, R]
    const g2 = tf.mul(tf.matMul(hAug, e, true, false), this.mask2) as tf.Tensor2D; // [U + 1, R]
    // P2 is block-diagonal, so each unit hears only its own run's error.
    const back = tf.slice(tf.matMul(e, this.P2, false, true), [0, 0], [this.N, this.U]);
    const dz = this.config.act === 'relu' ? tf.step(a) : tf.mul(z, tf.sub(1, z));
    const g1 = tf.matMul(this.xAug, tf.mul(back, dz), true, false) as tf.Tensor2D; // [2, U]
    return [g1, g2];
  }

  private oneStep(): void {
    this.steps++;
    tf.tidy(() => {
      const [g1, g2] = this.gradients();
      this.optimizer.applyGradients({ [this.P1.name]: g1, [this.P2.name]: g2 });
    });
  }

  trainFor(ms: number): number {
    return trainForMs(ms, () => this.oneStep());
  }

  step(n: number): void {
    for (let i = 0; i < n; i++) this.oneStep();
  }

  /** MSE of every run now. */
  mse(): Float32Array {
    return tf.tidy(() => this.mseOf(this.forward().out).dataSync() as Float32Array);
  }

  snapshot(): { snap: Approx1dSnapshot; transfer: Transferable[] } {
    const { R, U } = this;
    const mse = this.mse().slice();
    if (!this.diverged && !allFinite(mse)) {
      this.diverged = `A network's error became NaN at step ${this.steps}: Adam's step size ${this.lr} is too large for it. Lower it (try a tenth), then press Reset.`;
    }
    const p1 = this.P1.dataSync();
    const p2 = this.P2.dataSync();
    const w = p1.slice(0, U) as Float32Array;
    const b = p1.slice(U, 2 * U) as Float32Array;
    const v = new Float32Array(U);
    const c = new Float32Array(R);
    for (let r = 0; r < R; r++) {
      for (let k = this.offsets[r]; k < this.offsets[r + 1]; k++) v[k] = p2[k * R + r];
      c[r] = p2[U * R + r];
    }
    const snap: Approx1dSnapshot = { step: this.steps, stepsPerSec: this.meter.update(this.steps), mse, w, b, v, c };
    return { snap, transfer: [mse.buffer, w.buffer, b.buffer, v.buffer, c.buffer] };
  }

  set(params: Partial<Pick<Approx1dConfig, 'lr'>>): void {
    if (typeof params.lr === 'number' && params.lr > 0) {
      this.lr = params.lr;
      setOptimizerLr(this.optimizer, params.lr);
    }
  }

  describe(): Approx1dInfo {
    return {
      xs: this.xs.slice(),
      target: this.config.target.slice(),
      units: [...this.config.units],
      offsets: [...this.offsets],
    };
  }

  divergence(): string | null {
    return this.diverged;
  }

  dispose(): void {
    for (const t of [this.xAug, this.y, this.mask2, this.ones, this.P1, this.P2]) t.dispose();
    disposeOptimizer(this.optimizer);
  }
}

/** About a dozen multiply-adds per hidden unit and point, forward and backward. */
function approx1dCost(config: Approx1dConfig): ModelCost {
  const U = config.units.reduce((s, n) => s + n, 0);
  return { flopsPerStep: 12 * config.target.length * (U + 1) * Math.max(1, config.units.length / 4) };
}

export const approx1dTask: TaskModuleOf<'approx1d'> = {
  cost: (config) => approx1dCost(config),
  create: (config) => new Approx1dTask(config),
};
