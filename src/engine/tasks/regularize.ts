/**
 * Training task: one large MLP per regularizer (none, L2, L1, early stopping, dropout),
 * trained side by side from the same initial weights on the same mini-batches of a few
 * noisy 2D points, and judged on a fixed held-out set. Used by the regularization lesson.
 */
import type { Activation } from '../networks/activations';
import { type DatasetId, type DatasetSplit, makeDataset, makeGrid } from '../data/datasets';
import type { ModelCost, TaskModuleOf } from '../runtime/protocol';
import { transferList } from '../runtime/loop';
import { EarlyStopper, RegularizedTrainer, type RunRegularization } from '../networks/regularizers';
import { REG_LABELS, type RegMethod } from '../networks/reg-methods';
import { Mlp2dBase, mlpCost, sideBySide } from './mlp2d-base';
import { HIST_BINS, MAX_TRAIN_POINTS, ZERO_TOL } from './constants';
import { binInto } from '../networks/stats';

export interface RegularizeConfig {
  dataset: DatasetId;
  noise: number;
  /** Training points (a subset of a fixed pool: more points add to the same ones). */
  trainPoints: number;
  /** Held-out (validation) points, fixed for a seed. */
  testPoints: number;
  hidden: number[];
  activation: Activation;
  /** The runs, in order: one network per regularizer. */
  methods: RegMethod[];
  /** λ of the L2 penalty λ‖W‖². */
  l2: number;
  /** λ of the L1 penalty λ‖W‖₁. */
  l1: number;
  /** Probability of keeping a hidden unit while training the dropout network. */
  keep: number;
  /** Early stopping gives up after this many steps without a better validation loss. */
  patience: number;
  lr: number;
  batch: number;
  seed: number;
  gridSize: number;
}

export interface RegularizeSnapshot {
  step: number;
  /** The step the losses and accuracies were measured at (every EVAL_EVERY steps, or now after a Step or Reset). */
  evalStep: number;
  epoch: number;
  stepsPerSec: number;
  runs: number;
  trainLoss: Float32Array;
  testLoss: Float32Array;
  trainAcc: Float32Array;
  testAcc: Float32Array;
  /** Early stopping (if shown): the step and validation loss of its best weights, and when it stopped (−1: still training). */
  early: { bestStep: number; bestLoss: number; stoppedAt: number } | null;
  /* Every STATS_MS (or forced): */
  /** Histogram of every weight (not bias) per run, [R × HIST_BINS], over [−histRange, histRange]. */
  weightHist?: Float32Array;
  histRange?: number;
  /** Share of weights with |w| < ZERO_TOL, per run. */
  nearZero?: Float32Array;
  /** ‖W‖₂ and ‖W‖₁ over all weights, per run. */
  weightNorm?: Float32Array;
  weightL1?: Float32Array;
  /** Network output per grid cell, [R × G × G], row 0 at the top. */
  boundary?: Float32Array;
  gridSize: number;
}

export interface RegularizeInfo {
  data: DatasetSplit;
  paramsPerRun: number;
}

/** Losses are measured (and early stopping checks the held-out loss) every this many steps. */
export const EVAL_EVERY = 10;
const STATS_MS = 200;
const BOUNDARY_MS = 150;

/** A fixed held-out set and a nested training set: the first `trainPoints` of one pool. */
export function regularizeData(
  c: Pick<RegularizeConfig, 'dataset' | 'noise' | 'trainPoints' | 'testPoints' | 'seed'>,
): DatasetSplit {
  const pool = MAX_TRAIN_POINTS + c.testPoints;
  const all = makeDataset({
    dataset: c.dataset,
    noise: c.noise,
    count: pool,
    trainShare: MAX_TRAIN_POINTS / pool,
    seed: c.seed,
  });
  const n = Math.max(2, Math.min(MAX_TRAIN_POINTS, Math.round(c.trainPoints)));
  return { train: { x: all.train.x.slice(0, 2 * n), y: all.train.y.slice(0, n), n }, test: all.test };
}

function regsOf(c: Pick<RegularizeConfig, 'methods' | 'l2' | 'l1' | 'keep'>): RunRegularization[] {
  return c.methods.map((m) => ({
    l2: m === 'l2' ? c.l2 : 0,
    l1: m === 'l1' ? c.l1 : 0,
    keep: m === 'dropout' ? c.keep : 1,
  }));
}

export class RegularizeTask extends Mlp2dBase<RegularizeSnapshot> {
  readonly trainer: RegularizedTrainer;
  readonly early: EarlyStopper | null;
  private readonly grid: Float32Array;
  private lastStats = -Infinity;
  private lastBoundary = -Infinity;
  private boundaryCost = 0;
  private live: Pick<RegularizeConfig, 'methods' | 'l2' | 'l1' | 'keep'>;
  /** The last measurement of the losses: a forward pass over 200+ points costs several training steps, so snapshots reuse it. */
  private measured: {
    step: number;
    tr: { loss: Float32Array; accuracy: Float32Array };
    te: { loss: Float32Array; accuracy: Float32Array };
  } | null = null;

  constructor(private readonly config: RegularizeConfig) {
    const methods = config.methods.length ? config.methods : (['none'] as RegMethod[]);
    const runs = methods.map(() => ({ activation: config.activation, init: 'he' as const }));
    const base = { ...config, points: 0, trainShare: 0, runs };
    super(base, [sideBySide(base, regularizeSizes(config))], regularizeSizes(config), regularizeData(config));
    this.live = { methods, l2: config.l2, l1: config.l1, keep: config.keep };
    this.trainer = new RegularizedTrainer(this.mlp, regsOf(this.live), config.lr, config.seed);
    const e = methods.indexOf('early');
    this.early = e >= 0 ? new EarlyStopper(this.trainer, e, config.patience) : null;
    this.grid = config.gridSize > 0 ? makeGrid(config.gridSize) : new Float32Array(0);
  }

  override set(params: Partial<RegularizeConfig>): void {
    super.set({ lr: params.lr, batch: params.batch });
    if (typeof params.lr === 'number' && params.lr > 0) this.trainer.setLearningRate(params.lr);
    let changed = false;
    for (const k of ['l2', 'l1', 'keep'] as const) {
      const v = params[k];
      if (typeof v === 'number' && v >= 0 && v !== this.live[k]) {
        this.live = { ...this.live, [k]: k === 'keep' ? Math.min(1, Math.max(0.05, v)) : v };
        changed = true;
      }
    }
    if (changed) this.trainer.setRegularization(regsOf(this.live));
    if (this.early && typeof params.patience === 'number' && params.patience > 0) this.early.patience = params.patience;
  }

  /** Training and held-out loss and accuracy of every run, measured now (one forward pass over both sets). */
  evaluate() {
    if (this.measured?.step !== this.steps) this.measured = { step: this.steps, ...this.evaluateBoth() };
    return this.measured;
  }

  protected override oneStep(): void {
    const { x, y } = this.sampler.next(this.batch);
    this.trainer.trainStep(x, y, y.length);
    this.steps++;
    if (this.steps % EVAL_EVERY === 0) {
      const { te } = this.evaluate();
      if (this.early && this.early.stoppedAt < 0) this.early.observe(te.loss[this.early.run], this.steps);
    }
  }

  snapshot(_full: boolean, forced = _full): { snap: RegularizeSnapshot; transfer: Transferable[] } {
    const m = this.mlp;
    const t = performance.now();
    const { step: evalStep, tr, te } = forced || !this.measured ? this.evaluate() : this.measured;
    this.checkDivergence(tr.loss);
    const e = this.early;
    const snap: RegularizeSnapshot = {
      step: this.steps,
      evalStep,
      epoch: this.epoch,
      stepsPerSec: this.meter.update(this.steps, t),
      runs: m.R,
      trainLoss: tr.loss.slice(),
      testLoss: te.loss.slice(),
      trainAcc: tr.accuracy.slice(),
      testAcc: te.accuracy.slice(),
      early:
        e && Number.isFinite(e.bestLoss)
          ? { bestStep: e.bestStep, bestLoss: e.bestLoss, stoppedAt: e.stoppedAt }
          : null,
      gridSize: this.config.gridSize,
    };
    if (forced || t - this.lastStats >= STATS_MS) {
      this.lastStats = t;
      Object.assign(snap, this.weightStats());
    }
    if (this.grid.length && (forced || t - this.lastBoundary >= Math.max(BOUNDARY_MS, 10 * this.boundaryCost))) {
      const t0 = performance.now();
      snap.boundary = m.predict(this.grid, this.config.gridSize ** 2).slice();
      this.boundaryCost = performance.now() - t0;
      this.lastBoundary = t;
    }
    const arrays = [
      snap.trainLoss,
      snap.testLoss,
      snap.trainAcc,
      snap.testAcc,
      snap.weightHist,
      snap.nearZero,
      snap.weightNorm,
      snap.weightL1,
      snap.boundary,
    ];
    return { snap, transfer: transferList(arrays) };
  }

  /** Every weight (biases left out) of each run: histogram over a shared symmetric range, share near zero, norm. */
  weightStats(): {
    weightHist: Float32Array;
    histRange: number;
    nearZero: Float32Array;
    weightNorm: Float32Array;
    weightL1: Float32Array;
  } {
    const m = this.mlp;
    const perRun: Float32Array[] = Array.from({ length: m.R }, () => new Float32Array(this.weightsPerRun));
    const fill = new Array(m.R).fill(0);
    for (let l = 0; l < m.L; l++) {
      const { W } = m.layerWeights(l);
      const per = W.length / m.R;
      for (let r = 0; r < m.R; r++) {
        perRun[r].set(W.subarray(r * per, (r + 1) * per), fill[r]);
        fill[r] += per;
      }
    }
    // A shared range that covers 99% of all the weights (the few beyond land in the end bins).
    const mags = new Float32Array(m.R * this.weightsPerRun);
    perRun.forEach((w, r) => w.forEach((v, i) => (mags[r * w.length + i] = Number.isFinite(v) ? Math.abs(v) : 0)));
    mags.sort();
    const histRange = niceRange(mags[Math.floor(0.99 * (mags.length - 1))]);
    const weightHist = new Float32Array(m.R * HIST_BINS);
    const nearZero = new Float32Array(m.R);
    const weightNorm = new Float32Array(m.R);
    const weightL1 = new Float32Array(m.R);
    perRun.forEach((w, r) => {
      binInto(w, -histRange, histRange, weightHist, r * HIST_BINS, HIST_BINS);
      let z = 0;
      let s = 0;
      let a = 0;
      for (const v of w) {
        if (Math.abs(v) < ZERO_TOL) z++;
        s += v * v;
        a += Math.abs(v);
      }
      nearZero[r] = z / w.length;
      weightNorm[r] = Math.sqrt(s);
      weightL1[r] = a;
    });
    return { weightHist, histRange, nearZero, weightNorm, weightL1 };
  }

  describe(): RegularizeInfo {
    return { data: this.data, paramsPerRun: this.mlp.paramsPerRun };
  }

  override dispose(): void {
    this.early?.dispose();
    this.trainer.dispose();
    super.dispose();
  }

  private get weightsPerRun(): number {
    let n = 0;
    for (let l = 0; l < this.mlp.L; l++) n += this.mlp.sizes[l] * this.mlp.sizes[l + 1];
    return n;
  }

  private checkDivergence(loss: Float32Array): void {
    if (this.diverged) return;
    const bad = this.divergedRun(loss);
    if (bad < 0) return;
    const name = REG_LABELS[this.live.methods[bad]];
    this.diverged =
      `The network with ${name.toLowerCase()} diverged at step ${this.steps}: its loss blew up. ` +
      `The learning rate ${this.lr} is too large: each update overshoots and the weights grow without bound. Lower the learning rate, then press Reset.`;
  }
}

/** A histogram range that does not jitter with every step: 1, 1.5, 2, 3, 5 × a power of ten. */
export function niceRange(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const k of [1, 1.5, 2, 3, 5, 10]) if (k * p >= max) return k * p;
  return 10 * p;
}

function regularizeSizes(c: RegularizeConfig): number[] {
  return [2, ...c.hidden, 1];
}

function regularizeCost(c: RegularizeConfig): ModelCost {
  return mlpCost(regularizeSizes(c), c.batch, Math.max(1, c.methods.length));
}

export const regularizeTask: TaskModuleOf<'regularize'> = {
  cost: (config) => regularizeCost(config as RegularizeConfig),
  create: (config) => new RegularizeTask(config as RegularizeConfig),
};
