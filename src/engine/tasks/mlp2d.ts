/**
 * Training task: several MLPs (one per run) on a 2D toy dataset, side by side.
 * Used by the ReLU-vs-sigmoid and vanishing-gradient lessons.
 */
import { type Activation, ACTIVATION_LABELS } from '../activations';
import { type DatasetId, makeDataset, makeGrid, type DatasetSplit } from '../datasets';
import { BatchedMlp, type Init } from '../mlp';
import type { ModelCost, TaskModuleOf, TrainingTask } from '../protocol';
import { BatchSampler2D, RateMeter, trainForMs, transferList } from '../loop';
import { allFinite, layerActivity } from '../stats';

export interface RunConfig {
  activation: Activation;
  init: Init;
}

export interface Mlp2dConfig {
  dataset: DatasetId;
  noise: number;
  /** Total points, train + test. */
  points: number;
  trainShare: number;
  /** Widths of the hidden layers. */
  hidden: number[];
  runs: RunConfig[];
  lr: number;
  batch: number;
  seed: number;
  /** Decision-boundary resolution (cells per side); 0 for none. */
  gridSize: number;
  /** How many training points to send pre-activations for (derivative plots). */
  sampleSize: number;
}

export interface Mlp2dSnapshot {
  step: number;
  epoch: number;
  stepsPerSec: number;
  sizes: number[];
  runs: number;
  trainLoss: Float32Array;
  testLoss: Float32Array;
  trainAcc: Float32Array;
  testAcc: Float32Array;
  /* The rest comes every STATS_MS (or on a forced snapshot); the UI keeps the last values. */
  /** Per run and hidden layer: active, dead, saturated shares. [R × H × 3]. */
  activity?: Float32Array;
  /** ‖∂E/∂W_l‖ on a fixed batch, [R × L]. */
  gradNorms?: Float32Array;
  /** Pre-activations of the sampled points, per hidden layer: [R × sample × width]. */
  preacts?: Float32Array[];
  /** Weights per layer [R × n_in × n_out] and biases [R × n_out]. */
  weights?: Float32Array[];
  biases?: Float32Array[];
  /** Sigmoid output per grid cell, [R × G × G], row 0 at the top; only in full snapshots. */
  boundary?: Float32Array;
  gridSize: number;
  /** Milliseconds the last decision-boundary evaluation took (all runs). */
  boundaryMs?: number;
}

export interface Mlp2dInfo {
  data: DatasetSplit;
  paramsPerRun: number;
}

/** Above this cross-entropy (or 100× the starting loss) the weights are exploding. */
const LOSS_LIMIT = 1e3;
/** How many training points the gradient norms are measured on (a fixed batch). */
const GRAD_BATCH = 64;
/** Minimum gap between layer statistics. */
const STATS_MS = 200;
/** Minimum gap between decision-boundary evaluations. */
const BOUNDARY_MS = 150;

/** What every MLP-on-2D-data task shares (this one and the vanishing-gradients task). */
export interface Mlp2dBaseConfig {
  dataset: DatasetId;
  noise: number;
  /** Total points, train + test. */
  points: number;
  trainShare: number;
  runs: RunConfig[];
  lr: number;
  batch: number;
  seed: number;
}

/** Forward + backward ≈ 3 × the multiply-adds of a forward pass, for every run. */
export function mlpCost(sizes: number[], batch: number, runs: number): ModelCost {
  let macs = 0;
  for (let l = 0; l < sizes.length - 1; l++) macs += sizes[l] * sizes[l + 1];
  return { flopsPerStep: 3 * macs * batch * runs };
}

/**
 * The shared machinery of MLP tasks on a 2D dataset: seeded data and batches, several
 * networks trained side by side (one BatchedMlp), live learning rate and batch size,
 * train and test evaluation in one pass, and the loss-based divergence test. Subclasses
 * add their own snapshot contents and explanations.
 */
export abstract class Mlp2dBase<S> implements TrainingTask<S> {
  readonly cost: ModelCost;
  readonly mlp: BatchedMlp;
  protected readonly data: DatasetSplit;
  protected readonly sampler: BatchSampler2D;
  protected readonly meter = new RateMeter();
  protected batch: number;
  protected lr: number;
  protected steps = 0;
  protected diverged: string | null = null;
  private initialLoss: number[] = [];
  /** Train then test points in one array, for evaluating both in one pass. */
  private readonly both: { x: Float32Array; y: Float32Array };

  /** `data`, if given, replaces the split drawn from `base` (e.g. a fixed test set). */
  constructor(base: Mlp2dBaseConfig, sizes: number[], data?: DatasetSplit) {
    if (!base.runs.length) throw new Error('At least one network is needed.');
    this.data = data ?? makeDataset({ dataset: base.dataset, noise: base.noise, count: base.points, trainShare: base.trainShare, seed: base.seed });
    this.mlp = new BatchedMlp({ sizes, runs: base.runs.map((r) => ({ ...r, seed: base.seed, lr: base.lr })) });
    const { train, test } = this.data;
    this.both = { x: new Float32Array([...train.x, ...test.x]), y: new Float32Array([...train.y, ...test.y]) };
    this.sampler = new BatchSampler2D(train, base.seed + 101);
    this.batch = Math.min(base.batch, train.n);
    this.lr = base.lr;
    this.cost = mlpCost(sizes, base.batch, base.runs.length);
  }

  abstract snapshot(full: boolean, forced?: boolean): { snap: S; transfer: Transferable[] };
  abstract describe(): unknown;

  trainFor(ms: number): number {
    return trainForMs(ms, () => this.oneStep());
  }

  step(n: number): void {
    for (let i = 0; i < n; i++) this.oneStep();
  }

  set(params: Record<string, unknown>): void {
    if (typeof params.lr === 'number' && params.lr > 0) {
      this.lr = params.lr;
      this.mlp.setLearningRates(this.mlp.runs.map(() => params.lr as number));
    }
    if (typeof params.batch === 'number' && params.batch >= 1) this.batch = Math.min(Math.round(params.batch), this.data.train.n);
  }

  divergence(): string | null {
    return this.diverged;
  }

  dispose(): void {
    this.mlp.dispose();
  }

  protected get epoch(): number {
    return this.sampler.seen / this.data.train.n;
  }

  protected oneStep(): void {
    const { x, y } = this.sampler.next(this.batch);
    this.mlp.trainStep(x, y, y.length);
    this.steps++;
  }

  /** Train and test loss and accuracy from one forward pass over both sets. */
  protected evaluateBoth() {
    const { train, test } = this.data;
    const N = train.n + test.n;
    const { loss, correct } = this.mlp.perExample(this.both.x, this.both.y, N);
    const R = this.mlp.R;
    const tr = { loss: new Float32Array(R), accuracy: new Float32Array(R) };
    const te = { loss: new Float32Array(R), accuracy: new Float32Array(R) };
    for (let r = 0; r < R; r++) {
      let l0 = 0, c0 = 0, l1 = 0, c1 = 0;
      for (let i = 0; i < N; i++) {
        const k = r * N + i;
        if (i < train.n) {
          l0 += loss[k];
          c0 += correct[k];
        } else {
          l1 += loss[k];
          c1 += correct[k];
        }
      }
      tr.loss[r] = l0 / train.n;
      tr.accuracy[r] = c0 / train.n;
      te.loss[r] = l1 / test.n;
      te.accuracy[r] = c1 / test.n;
    }
    return { tr, te };
  }

  /**
   * The run whose loss has blown up (non-finite, or above LOSS_LIMIT and 100× its start),
   * or -1. A huge loss before the first step is a bad start, not divergence.
   */
  protected divergedRun(loss: Float32Array): number {
    if (this.steps === 0) {
      this.initialLoss = Array.from(loss);
      return -1;
    }
    const bad = Array.from(loss).findIndex((v, r) => !Number.isFinite(v) || v > Math.max(LOSS_LIMIT, 100 * (this.initialLoss[r] ?? 0)));
    return bad >= 0 || allFinite(loss) ? bad : 0;
  }
}

export class Mlp2dTask extends Mlp2dBase<Mlp2dSnapshot> {
  private readonly grid: Float32Array;
  private lastStats = -Infinity;
  private lastBoundary = -Infinity;
  private boundaryCost = 0;

  constructor(private readonly config: Mlp2dConfig) {
    super(config, mlp2dSizes(config));
    this.grid = config.gridSize > 0 ? makeGrid(config.gridSize) : new Float32Array(0);
  }

  /**
   * Snapshots come in tiers so the worker spends its time training: losses every time
   * (≤ 30/s), layer statistics and weights every STATS_MS, and the decision-boundary
   * grids at most every BOUNDARY_MS and never more than ~10% of the time. The host's
   * periodic `full` hint is ignored (these budgets replace it); `forced` (after a step or
   * reset) asks for everything now.
   */
  snapshot(_full: boolean, forced = _full): { snap: Mlp2dSnapshot; transfer: Transferable[] } {
    const full = forced;
    const { train } = this.data;
    const m = this.mlp;
    const t = now();
    const { tr, te } = this.evaluateBoth();
    this.checkDivergence(tr.loss);
    const rate = this.meter.update(this.steps, t);
    const snap: Mlp2dSnapshot = {
      step: this.steps,
      epoch: this.epoch,
      stepsPerSec: rate,
      sizes: [...m.sizes],
      runs: m.R,
      trainLoss: tr.loss.slice(),
      testLoss: te.loss.slice(),
      trainAcc: tr.accuracy.slice(),
      testAcc: te.accuracy.slice(),
      gridSize: this.config.gridSize,
    };
    if (full || t - this.lastStats >= STATS_MS) {
      this.lastStats = t;
      const hiddenCount = m.L - 1;
      snap.activity = new Float32Array(m.R * hiddenCount * 3);
      snap.preacts = this.hiddenPreactivations(snap.activity);
      const gn = Math.min(GRAD_BATCH, train.n);
      snap.gradNorms = m.gradientNorms(train.x.subarray(0, 2 * gn), train.y.subarray(0, gn), gn);
      snap.weights = [];
      snap.biases = [];
      for (let l = 0; l < m.L; l++) {
        const w = m.layerWeights(l);
        snap.weights.push(w.W);
        snap.biases.push(w.b);
      }
    }
    if (this.grid.length && (full || t - this.lastBoundary >= Math.max(BOUNDARY_MS, 10 * this.boundaryCost))) {
      const t0 = now();
      snap.boundary = m.predict(this.grid, this.config.gridSize ** 2).slice();
      this.boundaryCost = now() - t0;
      snap.boundaryMs = this.boundaryCost;
      this.lastBoundary = t;
    }
    const arrays: (Float32Array | undefined)[] = [
      snap.trainLoss,
      snap.testLoss,
      snap.trainAcc,
      snap.testAcc,
      snap.activity,
      snap.gradNorms,
      snap.boundary,
      ...(snap.preacts ?? []),
      ...(snap.weights ?? []),
      ...(snap.biases ?? []),
    ];
    return { snap, transfer: transferList(arrays) };
  }

  /** The dataset, for drawing the points (sent once, not per snapshot). */
  describe(): Mlp2dInfo {
    return { data: this.data, paramsPerRun: this.mlp.paramsPerRun };
  }

  /** Pre-activations of every hidden layer on the training set; fills `activity`, returns a sample. */
  private hiddenPreactivations(activity: Float32Array): Float32Array[] {
    const m = this.mlp;
    const train = this.data.train;
    const all = m.hiddenPreactivations(train.x, train.n);
    const S = Math.min(this.config.sampleSize, train.n);
    const H = m.L - 1;
    return all.map((pre, h) => {
      const width = m.sizes[h + 1];
      const sample = new Float32Array(m.R * S * width);
      for (let r = 0; r < m.R; r++) {
        const off = r * train.n * width;
        const act = layerActivity(pre, train.n, width, this.config.runs[r].activation, off);
        const k = (r * H + h) * 3;
        activity[k] = act.active;
        activity[k + 1] = act.dead;
        activity[k + 2] = act.saturated;
        sample.set(pre.subarray(off, off + S * width), r * S * width);
      }
      return sample;
    });
  }

  private checkDivergence(loss: Float32Array): void {
    if (this.diverged) return;
    const bad = this.divergedRun(loss);
    if (bad < 0) return;
    const name = ACTIVATION_LABELS[this.config.runs[bad].activation];
    const v = loss[bad];
    this.diverged =
      `The ${name} network diverged at step ${this.steps}: its loss ${Number.isFinite(v) ? `reached ${v.toExponential(1)}` : 'became NaN'}. ` +
      `The learning rate ${this.lr} is too large for it: each update overshoots and the weights grow without bound. ` +
      'Lower the learning rate (try a tenth), pick a gentler initialization, then press Reset.';
  }
}

function now(): number {
  return performance.now();
}

function mlp2dSizes(config: Mlp2dConfig): number[] {
  return [2, ...config.hidden, 1];
}

export function mlp2dCost(config: Mlp2dConfig): ModelCost {
  return mlpCost(mlp2dSizes(config), config.batch, config.runs.length);
}

export const mlp2dTask: TaskModuleOf<'mlp2d'> = {
  cost: (config) => mlp2dCost(config as Mlp2dConfig),
  create: (config) => new Mlp2dTask(config as Mlp2dConfig),
};
