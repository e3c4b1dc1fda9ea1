/**
 * Training task for the optimizers lesson, part 2: the same small network trained
 * side by side by different tf.train optimizers (SGD, momentum, Adam), from the same
 * initial weights and on the same sequence of mini-batches.
 *
 * BatchedMlp does plain SGD internally; here each run is its own one-run BatchedMlp
 * whose gradients (hand-written backprop, checked against tf.grads in mlp.test.ts)
 * are handed to a real tfjs optimizer with applyGradients on the Wb variables — the
 * same call optimizer.minimize() makes. The learning rate follows a schedule:
 * constant, η0/(1 + decay·epoch) or step decay (halve every 10 epochs).
 *
 * Snapshots also carry the mini-batch gradient noise: at the current weights, K
 * random mini-batch gradients g_B are compared with the full-batch gradient g,
 * giving the RMS ‖g_B − g‖/‖g‖ per run, its prediction from sampling theory and the
 * per-example gradient spread (see grad-noise.ts) and, for a scatter plot, each g_B projected on
 * g's direction and on a fixed random direction orthogonal to it.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from '../networks/activations';
import { type DatasetId, makeGrid, type DatasetSplit } from '../data/datasets';
import { gradientSpread, predictedNoise } from '../networks/grad-noise';
import { divergenceMessage, now } from '../runtime/loop';
import { BatchedMlp } from '../networks/mlp';
import { lrSchedule, type LrScheduleKind } from '../surfaces/optim-theory';
import { disposeOptimizer, makeOptimizer, setOptimizerLr } from '../networks/optimizers';
import { OPTIMIZER_NAMES, type OptimizerKind } from '../networks/optimizer-kinds';
import type { LiveOf } from './registry';
import type { TaskModuleOf } from '../runtime/protocol';
import { Rng } from '../data/random';
import { Mlp2dBase, type Mlp2dLosses, mlp2dModule, sizes2d } from './mlp2d-base';

/** @deprecated Use OptimizerKind from ../optimizers (the same type). */
export type NetOptimizerKind = OptimizerKind;

interface NetRunConfig {
  kind: OptimizerKind;
}

export interface OptimNetConfig {
  dataset: DatasetId;
  noise: number;
  points: number;
  trainShare: number;
  hidden: number[];
  activation: Activation;
  runs: NetRunConfig[];
  /** η0 of each run, before the schedule (live). Momentum in tf.train.momentum units. */
  lrs: number[];
  batch: number;
  schedule: LrScheduleKind;
  decay: number;
  seed: number;
  gridSize: number;
  /** Mini-batches drawn for the gradient-noise estimate. */
  noiseSamples: number;
}

export interface OptimNetSnapshot extends Mlp2dLosses {
  /** Current learning rate of each run (η0 × schedule). */
  lr: Float32Array;
  batch: number;
  /* Every STATS_MS or on a full snapshot: */
  /** √(mean over K batches of ‖g_B − g‖²) / ‖g‖ per run at the current weights. */
  gradNoise?: Float32Array;
  /** Per run: the predicted value of gradNoise, √((N−B)/(B(N−1))) · √(tr Σ)/‖g‖ (grad-noise.ts). */
  gradNoisePredicted?: Float32Array;
  /** Per run: √(tr Σ)/‖g‖, the per-example gradient spread over the full gradient's length. */
  gradSpread?: Float32Array;
  /** Per run, K points (⟨g_B, ĝ⟩, ⟨g_B, u⟩) / ‖g‖: [R × K × 2]. */
  gradSamples?: Float32Array;
  /** Sigmoid output per grid cell, [R × G × G], row 0 at the top. */
  boundary?: Float32Array;
  gridSize: number;
}

export interface OptimNetInfo {
  data: DatasetSplit;
  paramsPerRun: number;
}

const STATS_MS = 250;
const BOUNDARY_MS = 200;

export class OptimNetTask extends Mlp2dBase<OptimNetSnapshot> {
  readonly optimizers: tf.Optimizer[];
  private readonly grid: Float32Array;
  private readonly noiseRng: Rng;
  private lrs: number[];
  private schedule: LrScheduleKind;
  private decay: number;
  private currentFactor = 1;
  private lastStats = -Infinity;
  private lastBoundary = -Infinity;
  /** A fixed random direction per run for the noise scatter. */
  private readonly probe: Float32Array[];

  constructor(private readonly config: OptimNetConfig) {
    const lr0 = (i: number) => config.lrs[i] ?? 0.1;
    // One one-run network per optimizer, all from the same seed: identical initial weights.
    super(
      config,
      config.runs.map(
        (_, i) =>
          new BatchedMlp({
            sizes: optimNetSizes(config),
            runs: [{ activation: config.activation, init: 'glorot', seed: config.seed, lr: lr0(i) }],
          }),
      ),
      optimNetSizes(config),
    );
    this.haltOnDivergence = true;
    this.optimizers = config.runs.map((r, i) => makeOptimizer(r.kind, lr0(i)));
    this.lrs = config.runs.map((_, i) => lr0(i));
    this.schedule = config.schedule;
    this.decay = config.decay;
    this.grid = config.gridSize > 0 ? makeGrid(config.gridSize) : new Float32Array(0);
    this.noiseRng = new Rng(config.seed + 202);
    const P = this.nets[0]!.paramsPerRun;
    const pr = new Rng(config.seed + 303);
    this.probe = config.runs.map(() => Float32Array.from({ length: P }, () => pr.normal()));
  }

  /** The learning rate of run r right now (η0 × the schedule at this epoch). */
  learningRate(r: number): number {
    return (this.lrs[r] ?? 0) * this.currentFactor;
  }

  override set(params: Partial<LiveOf<'optimnet'>>): void {
    if (Array.isArray(params.lrs)) {
      this.lrs = this.config.runs.map((_, i) => {
        const v = (params.lrs as unknown[])[i];
        return typeof v === 'number' && v > 0 && Number.isFinite(v) ? v : this.lrs[i]!;
      });
      this.applyLr(true);
    }
    super.set({ batch: params.batch });
    if (params.schedule === 'constant' || params.schedule === 'inverse' || params.schedule === 'step') {
      this.schedule = params.schedule;
      this.applyLr(true);
    }
    if (typeof params.decay === 'number' && params.decay > 0) {
      this.decay = params.decay;
      this.applyLr(true);
    }
  }

  snapshot(full: boolean): { snap: OptimNetSnapshot; transfer: Transferable[] } {
    const R = this.nets.length;
    const t = now();
    const snap: OptimNetSnapshot = {
      ...this.losses(t),
      lr: Float32Array.from(this.config.runs, (_, r) => this.learningRate(r)),
      batch: this.batch,
      gridSize: this.config.gridSize,
    };
    this.checkDivergence(snap.trainLoss);
    if ((full || t - this.lastStats >= STATS_MS) && !this.diverged) {
      this.lastStats = t;
      const noise = this.gradientNoise(this.batch, this.config.noiseSamples);
      snap.gradNoise = noise.ratio;
      snap.gradSamples = noise.samples;
      Object.assign(snap, this.noisePrediction(this.batch));
    }
    if (this.grid.length && (full || t - this.lastBoundary >= BOUNDARY_MS)) {
      this.lastBoundary = t;
      const G2 = this.config.gridSize ** 2;
      snap.boundary = new Float32Array(R * G2);
      this.nets.forEach((m, r) => snap.boundary!.set(m.predict(this.grid, G2), r * G2));
    }
    return this.withTransfer(snap, [
      snap.lr,
      snap.gradNoise,
      snap.gradNoisePredicted,
      snap.gradSpread,
      snap.gradSamples,
      snap.boundary,
    ]);
  }

  describe(): OptimNetInfo {
    return { data: this.data, paramsPerRun: this.nets[0]!.paramsPerRun };
  }

  override dispose(): void {
    for (const o of this.optimizers) disposeOptimizer(o);
    super.dispose();
  }

  /** ∂E/∂θ of run r on the given examples, flattened ([W; b] layer by layer). */
  gradient(r: number, x: Float32Array, y: Float32Array, n: number): Float32Array {
    const m = this.nets[r]!;
    return tf.tidy(() => {
      const f = m.forward(m.input(x, n));
      const g = m.backward(f, m.targets(y, n), n);
      return tf.concat(g.dWb.map((d) => tf.reshape(d, [-1]))).dataSync() as Float32Array;
    });
  }

  /**
   * K random mini-batches of size B (without replacement within a batch) at the
   * current weights: the spread of their gradients around the full gradient.
   */
  gradientNoise(B: number, K: number): { ratio: Float32Array; samples: Float32Array } {
    const train = this.data.train;
    const R = this.nets.length;
    const ratio = new Float32Array(R);
    const samples = new Float32Array(R * K * 2);
    const xb = new Float32Array(2 * B);
    const yb = new Float32Array(B);
    const batches: Uint32Array[] = Array.from({ length: K }, () => this.noiseRng.permutation(train.n).subarray(0, B));
    for (let r = 0; r < R; r++) {
      const g = this.gradient(r, train.x, train.y, train.n);
      const gn = Math.hypot(...g) || 1;
      // u: the probe direction made orthogonal to g, unit length.
      const p = this.probe[r]!;
      let pg = 0;
      for (let i = 0; i < g.length; i++) pg += p[i]! * g[i]!;
      const u = Float32Array.from(p, (v, i) => v - (pg / (gn * gn)) * g[i]!);
      const un = Math.hypot(...u) || 1;
      let sum = 0;
      batches.forEach((idx, k) => {
        for (let i = 0; i < B; i++) {
          const j = idx[i]!;
          xb[2 * i] = train.x[2 * j]!;
          xb[2 * i + 1] = train.x[2 * j + 1]!;
          yb[i] = train.y[j]!;
        }
        const gb = this.gradient(r, xb, yb, B);
        let d2 = 0;
        let along = 0;
        let across = 0;
        for (let i = 0; i < g.length; i++) {
          d2 += (gb[i]! - g[i]!) ** 2;
          along += gb[i]! * g[i]!;
          across += gb[i]! * u[i]!;
        }
        sum += d2;
        samples[(r * K + k) * 2] = along / (gn * gn);
        samples[(r * K + k) * 2 + 1] = across / (un * gn);
      });
      ratio[r] = Math.sqrt(sum / K) / gn;
    }
    return { ratio, samples };
  }

  /** Sampling theory's prediction of gradNoise, from the per-example gradient spread tr Σ at the current weights. */
  noisePrediction(B: number): { gradNoisePredicted: Float32Array; gradSpread: Float32Array } {
    const train = this.data.train;
    const R = this.nets.length;
    const gradNoisePredicted = new Float32Array(R);
    const gradSpread = new Float32Array(R);
    this.nets.forEach((m, r) => {
      const spread = gradientSpread(m, train.x, train.y, train.n);
      gradNoisePredicted[r] = predictedNoise(spread, 0, train.n, B);
      gradSpread[r] = Math.sqrt(spread.trSigma[0]!) / spread.fullNorm[0]!;
    });
    return { gradNoisePredicted, gradSpread };
  }

  private applyLr(force = false): void {
    const f = lrSchedule(this.schedule, { eta0: 1, decay: this.decay }, Math.floor(this.epoch));
    if (!force && f === this.currentFactor) return;
    this.currentFactor = f;
    this.optimizers.forEach((o, r) => setOptimizerLr(o, this.learningRate(r)));
  }

  /** Each run's gradients on the batch, handed to its tf.train optimizer. */
  protected override beforeStep(): void {
    this.applyLr();
  }

  protected override trainOn(x: Float32Array, y: Float32Array, B: number): void {
    this.nets.forEach((m, r) => {
      tf.tidy(() => {
        const f = m.forward(m.input(x, B));
        const g = m.backward(f, m.targets(y, B), B);
        const named: tf.NamedTensorMap = {};
        m.Wb.forEach((v, l) => (named[v.name] = g.dWb[l]!));
        this.optimizers[r]!.applyGradients(named);
      });
    });
  }

  private checkDivergence(loss: Float32Array): void {
    if (this.diverged) return;
    const bad = this.divergedRun(loss);
    if (bad < 0) return;
    this.diverged = divergenceMessage(
      OPTIMIZER_NAMES[this.config.runs[bad]!.kind],
      this.steps,
      loss[bad]!,
      `Its learning rate ${fmtLr(this.learningRate(bad))} is too large: each update overshoots and the weights grow without bound.`,
      'Lower it (try a tenth) and press Reset.',
    );
  }
}

function fmtLr(v: number): string {
  return Number(v.toPrecision(3)).toString();
}

function optimNetSizes(config: OptimNetConfig): number[] {
  return sizes2d(config.hidden);
}

export const optimNetTask: TaskModuleOf<'optimnet'> = mlp2dModule(optimNetSizes, (config) => new OptimNetTask(config));
