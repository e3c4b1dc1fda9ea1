/**
 * Training task: several MLPs (one per run) on a 2D toy dataset, side by side.
 * Used by the ReLU-vs-sigmoid and vanishing-gradient lessons.
 */
import { ACTIVATION_LABELS } from '../networks/activations';
import { type DatasetId, makeGrid, type DatasetSplit } from '../data/datasets';
import { divergenceMessage, now } from '../runtime/loop';
import type { TaskModuleOf } from '../runtime/protocol';
import { layerActivity } from '../networks/stats';
import { Mlp2dBase, type Mlp2dLosses, mlp2dModule, type RunConfig, sideBySide, sizes2d } from './mlp2d-base';

export { Mlp2dBase, type Mlp2dBaseConfig, type Mlp2dLosses, mlpCost, type RunConfig } from './mlp2d-base';

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

export interface Mlp2dSnapshot extends Mlp2dLosses {
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

/** How many training points the gradient norms are measured on (a fixed batch). */
const GRAD_BATCH = 64;
/** Minimum gap between layer statistics. */
const STATS_MS = 200;
/** Minimum gap between decision-boundary evaluations. */
const BOUNDARY_MS = 150;

export class Mlp2dTask extends Mlp2dBase<Mlp2dSnapshot> {
  private readonly grid: Float32Array;
  private lastStats = -Infinity;
  private lastBoundary = -Infinity;
  private boundaryCost = 0;

  constructor(private readonly config: Mlp2dConfig) {
    super(config, [sideBySide(config, mlp2dSizes(config))], mlp2dSizes(config));
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
    const snap: Mlp2dSnapshot = {
      ...this.losses(t),
      gridSize: this.config.gridSize,
    };
    this.checkDivergence(snap.trainLoss);
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
    return this.withTransfer(snap, [
      snap.activity,
      snap.gradNorms,
      snap.boundary,
      ...(snap.preacts ?? []),
      ...(snap.weights ?? []),
      ...(snap.biases ?? []),
    ]);
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
    this.diverged = divergenceMessage(
      `The ${name} network`,
      this.steps,
      loss[bad],
      `The learning rate ${this.lr} is too large for it: each update overshoots and the weights grow without bound.`,
      'Lower the learning rate (try a tenth), pick a gentler initialization, then press Reset.',
    );
  }
}

function mlp2dSizes(config: Mlp2dConfig): number[] {
  return sizes2d(config.hidden);
}

export const mlp2dTask: TaskModuleOf<'mlp2d'> = mlp2dModule(mlp2dSizes, (config) => new Mlp2dTask(config));
