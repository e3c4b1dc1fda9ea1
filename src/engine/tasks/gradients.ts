/**
 * Training task for the vanishing-gradients lesson: one or two deep MLPs (same seed,
 * same data) on a 2D toy dataset, with per-layer statistics of the backward pass:
 * ‖∂E/∂W_l‖, histograms of activations and of log10|∂E/∂w|, the share of saturated
 * units, the mean slope h'(a) per layer, and — for a few sample points — every
 * pre-activation a and error signal δ, so the page can write δ_j = h'(a_j) Σ_k w_kj δ_k
 * out with real numbers.
 */
import * as tf from '@tensorflow/tfjs-core';
import { ACTIVATION_LABELS, ACTIVATION_MATH, type Activation } from '../networks/activations';
import type { DatasetId, DatasetSplit } from '../data/datasets';
import { BatchedMlp, INIT_LABELS, type Init } from '../networks/mlp';
import { divergenceMessage, lossFate, now } from '../runtime/loop';
import type { TaskModuleOf } from '../runtime/protocol';
import { Mlp2dBase, type Mlp2dLosses, mlp2dModule, sideBySide, sizes2d } from './mlp2d-base';
import { GRAD_LOG_RANGE, STATS_BATCH } from './constants';
import { binInto, binOf, PEAK_SLOPE } from '../networks/stats';

interface GradRunConfig {
  activation: Activation;
  init: Init;
}

export interface GradientsConfig {
  dataset: DatasetId;
  noise: number;
  /** Total points, train + test. */
  points: number;
  trainShare: number;
  /** Number of hidden layers and their width. */
  depth: number;
  width: number;
  /** One run, or two compared side by side (same seed, same data). */
  runs: GradRunConfig[];
  lr: number;
  batch: number;
  seed: number;
  /** Sample points whose per-example a and δ are sent (for the formula view). */
  sampleSize: number;
  /** Bars per histogram. */
  bins: number;
}

export interface GradientsSnapshot extends Mlp2dLosses {
  /* The rest comes every STATS_MS (or on a forced snapshot); the UI keeps the last values. */
  /** Training step the statistics below were measured at. */
  statsStep?: number;
  /** ‖∂E/∂W_l‖ (Frobenius, weights only, mean loss over the stats batch), [R × L]. */
  gradNorms?: Float32Array;
  /** Histogram counts of log10|∂E/∂w| per layer, [R × L × bins], over GRAD_LOG_RANGE. */
  gradHist?: Float32Array;
  /** Histogram counts of the hidden activations z = h(a), [R × H × bins]. */
  actHist?: Float32Array;
  /** Range [lo, hi] of each activation histogram, [R × H × 2]. */
  actRange?: Float32Array;
  /** Share of (unit, point) pairs with h'(a) below 10% of its peak, [R × H]. */
  saturated?: Float32Array;
  /** Mean h'(a) over the units and points of each hidden layer, [R × H]. */
  meanSlope?: Float32Array;
  /** Pre-activations a of the sample points, per layer (output included), [R × S × n_l]. */
  preacts?: Float32Array[];
  /** Error signals δ = ∂E_x/∂a of the sample points (each point's own loss), [R × S × n_l]. */
  deltas?: Float32Array[];
  /** Weights per layer, [R × n_in × n_out] (w_kj of the formula is weights[l][r, j, k]). */
  weights?: Float32Array[];
}

export interface GradientsInfo {
  data: DatasetSplit;
  paramsPerRun: number;
  /** Number of points the statistics are measured on (the first ones of the training set). */
  statsBatch: number;
  sampleSize: number;
}

/** A gradient norm above this is an explosion, whatever the loss says. */
const GRAD_LIMIT = 1e8;
/** A gradient norm above this, followed by a blown-up loss, is reported as exploding gradients. */
const EXPLODE_HINT = 1e3;
/** Minimum gap between layer statistics. */
const STATS_MS = 150;

export function gradientsSizes(config: Pick<GradientsConfig, 'depth' | 'width'>): number[] {
  return sizes2d(Array.from({ length: config.depth }, () => config.width));
}

interface LayerStats {
  gradNorms: Float32Array;
  gradHist: Float32Array;
  actHist: Float32Array;
  actRange: Float32Array;
  saturated: Float32Array;
  meanSlope: Float32Array;
  preacts: Float32Array[];
  deltas: Float32Array[];
}

/**
 * One forward and backward pass over n points, and everything the lesson shows about
 * it. Backward runs with scale 1, so δ of each point is the gradient of that point's
 * own loss E_x; the weight gradients of the mean loss are the sums divided by n.
 */
export function layerStats(
  mlp: BatchedMlp,
  acts: Activation[],
  x: Float32Array,
  y: Float32Array,
  n: number,
  sample: number,
  bins: number,
): LayerStats {
  const S = Math.min(sample, n);
  const raw = tf.tidy(() => {
    const f = mlp.forward(mlp.input(x, n));
    const g = mlp.backward(f, mlp.targets(y, n), n, 0, 1);
    return {
      dWb: g.dWb.map((t) => t.dataSync() as Float32Array),
      deltas: g.deltas.map((t) => t.dataSync() as Float32Array),
      as: f.as.map((t) => t.dataSync() as Float32Array),
    };
  });
  const { gradNorms, gradHist } = gradientStats(raw.dWb, mlp, n, bins);
  const { actHist, actRange, saturated, meanSlope } = activationStats(raw.as, mlp, acts, n, bins);
  return {
    gradNorms,
    gradHist,
    actHist,
    actRange,
    saturated,
    meanSlope,
    preacts: firstPoints(raw.as, mlp, n, S),
    deltas: firstPoints(raw.deltas, mlp, n, S),
  };
}

/** Per run and layer: the norm of the weight gradient of the mean loss, and a histogram of its entries' log10. */
function gradientStats(
  dWb: Float32Array[],
  { R, L, sizes }: BatchedMlp,
  n: number,
  bins: number,
): Pick<LayerStats, 'gradNorms' | 'gradHist'> {
  const gradNorms = new Float32Array(R * L);
  const gradHist = new Float32Array(R * L * bins);
  const [glo, ghi] = GRAD_LOG_RANGE;
  for (let l = 0; l < L; l++) {
    const [nIn, nOut] = [sizes[l], sizes[l + 1]];
    const d = dWb[l];
    for (let r = 0; r < R; r++) {
      const off = r * (nIn + 1) * nOut;
      let ss = 0;
      const hist = r * L * bins + l * bins;
      // Weights only: the last row of [W; b] is the bias gradient.
      for (let i = 0; i < nIn * nOut; i++) {
        const g = d[off + i] / n;
        ss += g * g;
        const lg = Math.log10(Math.abs(g));
        // A zero gradient (log −∞) counts in the first bar; NaN and +∞ in the last.
        gradHist[hist + (Number.isFinite(lg) || lg === -Infinity ? binOf(lg, glo, ghi, bins) : bins - 1)]++;
      }
      gradNorms[r * L + l] = Math.sqrt(ss);
    }
  }
  return { gradNorms, gradHist };
}

/** Per run and hidden layer: the activations' histogram and range, the share of flat units and the mean slope. */
function activationStats(
  as: Float32Array[],
  { R, L, sizes }: BatchedMlp,
  acts: Activation[],
  n: number,
  bins: number,
): Pick<LayerStats, 'actHist' | 'actRange' | 'saturated' | 'meanSlope'> {
  const H = L - 1;
  const actHist = new Float32Array(R * H * bins);
  const actRange = new Float32Array(R * H * 2);
  const saturated = new Float32Array(R * H);
  const meanSlope = new Float32Array(R * H);
  for (let h = 0; h < H; h++) {
    const w = sizes[h + 1];
    const a = as[h];
    for (let r = 0; r < R; r++) {
      const m = ACTIVATION_MATH[acts[r]];
      const off = r * n * w;
      const z = new Float32Array(n * w);
      let flat = 0;
      let slope = 0;
      for (let i = 0; i < n * w; i++) {
        z[i] = m.f(a[off + i]);
        const s = m.df(a[off + i]);
        slope += s;
        if (s < 0.1 * PEAK_SLOPE[acts[r]]) flat++;
      }
      saturated[r * H + h] = flat / (n * w);
      meanSlope[r * H + h] = slope / (n * w);
      const [lo, hi] = activationRange(acts[r], z);
      actRange[(r * H + h) * 2] = lo;
      actRange[(r * H + h) * 2 + 1] = hi;
      const base = (r * H + h) * bins;
      binInto(z, lo, hi, actHist, base, bins);
    }
  }
  return { actHist, actRange, saturated, meanSlope };
}

/** The first S points of every run, per layer (output layer included). */
function firstPoints(arrs: Float32Array[], { R, sizes }: BatchedMlp, n: number, S: number): Float32Array[] {
  return arrs.map((t, l) => {
    const w = sizes[l + 1];
    const out = new Float32Array(R * S * w);
    for (let r = 0; r < R; r++) out.set(t.subarray(r * n * w, r * n * w + S * w), r * S * w);
    return out;
  });
}

/** Histogram range: the activation's own range where it has one (saturation shows at the ends). */
function activationRange(act: Activation, z: Float32Array): [number, number] {
  if (act === 'sigmoid') return [0, 1];
  if (act === 'tanh') return [-1, 1];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < z.length; i++) {
    const v = z[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo)) return [0, 1];
  lo = Math.min(0, lo);
  if (hi <= lo) hi = lo + 1;
  return [lo, hi];
}

export class GradientsTask extends Mlp2dBase<GradientsSnapshot> {
  private readonly acts: Activation[];
  private readonly statsN: number;
  private lastStats = -Infinity;
  /** Largest ‖∂E/∂W_l‖ seen so far per run, and its layer: tells an explosion from a too-large step. */
  private peakNorm: number[] = [];
  private peakLayer: number[] = [];

  constructor(private readonly config: GradientsConfig) {
    super(config, [sideBySide(config, gradientsSizes(config))], gradientsSizes(config));
    this.acts = config.runs.map((r) => r.activation);
    this.statsN = Math.min(STATS_BATCH, this.data.train.n);
  }

  snapshot(full: boolean): { snap: GradientsSnapshot; transfer: Transferable[] } {
    const { train } = this.data;
    const m = this.mlp;
    const t = now();
    const snap: GradientsSnapshot = {
      ...this.losses(t),
    };
    let norms: Float32Array | null = null;
    if (full || t - this.lastStats >= STATS_MS) {
      this.lastStats = t;
      const n = this.statsN;
      const s = layerStats(
        m,
        this.acts,
        train.x.subarray(0, 2 * n),
        train.y.subarray(0, n),
        n,
        this.config.sampleSize,
        this.config.bins,
      );
      Object.assign(snap, s);
      snap.statsStep = this.steps;
      snap.weights = Array.from({ length: m.L }, (_, l) => m.layerWeights(l).W);
      norms = s.gradNorms;
    }
    if (norms) {
      const L = m.L;
      for (let i = 0; i < norms.length; i++) {
        const r = Math.floor(i / L);
        if (norms[i] > (this.peakNorm[r] ?? 0)) {
          this.peakNorm[r] = norms[i];
          this.peakLayer[r] = i % L;
        }
      }
    }
    this.checkDivergence(snap.trainLoss, norms);
    const stats = [snap.gradNorms, snap.gradHist, snap.actHist, snap.actRange, snap.saturated, snap.meanSlope];
    return this.withTransfer(snap, [
      ...stats,
      ...(snap.preacts ?? []),
      ...(snap.deltas ?? []),
      ...(snap.weights ?? []),
    ]);
  }

  describe(): GradientsInfo {
    return {
      data: this.data,
      paramsPerRun: this.mlp.paramsPerRun,
      statsBatch: this.statsN,
      sampleSize: Math.min(this.config.sampleSize, this.statsN),
    };
  }

  private checkDivergence(loss: Float32Array, norms: Float32Array | null): void {
    if (this.diverged) return;
    const L = this.mlp.L;
    // Exploding gradients: a non-finite or enormous ‖∂E/∂W_l‖ in any layer.
    if (norms && this.steps > 0) {
      for (let i = 0; i < norms.length; i++) {
        const v = norms[i];
        if (Number.isFinite(v) && v <= GRAD_LIMIT) continue;
        const r = Math.floor(i / L);
        this.diverged =
          `The gradients of the ${this.runName(r)} network exploded at step ${this.steps}: ‖∂E/∂W${sub(1 + (i % L))}‖ ` +
          `${Number.isFinite(v) ? `reached ${v.toExponential(1)}` : 'is no longer a number'}. ` +
          'Each layer multiplied the error signal by weights that are too large, so one update threw the weights far away. ' +
          'Pick Glorot or He initialization, or lower the learning rate (try a tenth), then press Reset.';
        return;
      }
    }
    const bad = this.divergedRun(loss);
    if (bad < 0) return;
    const v = loss[bad];
    const peak = this.peakNorm[bad] ?? 0;
    if (peak > EXPLODE_HINT) {
      this.diverged =
        `The gradients of the ${this.runName(bad)} network exploded: ‖∂E/∂W${sub(1 + this.peakLayer[bad])}‖ reached ${peak.toExponential(1)} ` +
        `(a network that trains well has gradients around 1 or less), and by step ${this.steps} the updates had thrown the weights so far that the loss ` +
        `${lossFate(v)}. Each layer multiplied the error signal by weights that are too large. ` +
        'Pick Glorot or He initialization, or lower the learning rate (try a tenth), then press Reset.';
      return;
    }
    this.diverged = divergenceMessage(
      `The ${this.runName(bad)} network`,
      this.steps,
      v,
      `With learning rate ${this.lr} each update overshoots and the weights grow without bound.`,
      'Lower the learning rate (try a tenth) or pick a gentler initialization, then press Reset.',
    );
  }

  private runName(r: number): string {
    const run = this.config.runs[r];
    return `${ACTIVATION_LABELS[run.activation]} + ${INIT_LABELS[run.init].replace(/ \(.*\)$/, '')}`;
  }
}

function sub(n: number): string {
  return String(n)
    .split('')
    .map((c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)])
    .join('');
}

export const gradientsTask: TaskModuleOf<'gradients'> = mlp2dModule<GradientsConfig, GradientsTask>(
  gradientsSizes,
  (config) => new GradientsTask(config),
);
