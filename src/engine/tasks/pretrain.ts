/**
 * Training task: greedy layer-wise pre-training on MNIST, against plain backprop and a
 * modern ReLU network (the "layer-wise pre-training" lesson).
 *
 * The run is a fixed schedule of phases, one BatchedMlp (../mlp.ts) per phase:
 *   1. Unsupervised greedy, layer k = 1…H: an autoencoder [d_{k-1}, d_k, d_{k-1}] with
 *      sigmoid units and squared error, trained on the codes of the (frozen) layers
 *      below: encoder z = σ(W x + b), decoder x' = σ(W' z + b'). Its encoder joins the stack.
 *   2. Supervised greedy, layer k = 1…H: the network grown to [784, d_1…d_k, 10] with the
 *      k − 1 layers trained before copied in and frozen (BatchedMlp.setFrozen); the new
 *      hidden layer and a fresh softmax output layer learn to predict the labels.
 *   3. With labels, side by side (R = 4 runs of [784, d_1…d_H, 10] in one batched net,
 *      the same mini-batches, one learning rate): plain backprop from random weights,
 *      fine-tuning of the supervised stack, fine-tuning of the autoencoder stack (with
 *      a fresh output layer), and "today": ReLU units with He initialization.
 * All sigmoid networks draw their starting weights from the same seed, so layer l starts
 * from the same numbers in every method; pre-training is what moves them.
 *
 * Autoencoder phases learn from cached codes: the frozen layers below never change, so
 * their output is computed once per phase (in chunks) instead of at every step.
 *
 * Long work (evaluations, codes) is queued as small jobs that run between training
 * steps, so pause and snapshots stay responsive. Evaluations run at the start of each
 * phase and every half epoch on a fixed subset of the training set
 * and the whole test set.
 *
 * The digits arrive in the config (the page loads the file once, with progress); the
 * task splits them with a fixed seed, so every run is scored on the same test digits.
 */
import * as tf from '@tensorflow/tfjs-core';
import { type MnistData, MNIST_NUM_CLASSES, splitMnist } from '../mnist';
import { BatchedMlp, type Init, initialWeights, type RunSpec } from '../mlp';
import type { ModelCost, TaskModuleOf, TrainingTask } from '../protocol';
import { Rng } from '../random';

/** The train/test split is the same for every run and seed of the lesson. */
export const PRETRAIN_SPLIT_SEED = 1;
/** Evaluations per epoch (plus one at the start of every phase). */
export function evalsPerEpoch(_kind: PhaseKind): number {
  return 2;
}
/** Rows per evaluation chunk (one job). */
const EVAL_CHUNK = 250;
/** Rows per chunk when computing a layer's codes. */
const CODE_CHUNK = 1000;
/** Test digits shown with their reconstructions (the first of each class). */
export const SHOWN_DIGITS = 10;
/** First-layer features (units) sent per network. */
export const MAX_FEATURES = 64;
/** Minimum gap between reconstructions / features in snapshots. */
const RECON_MS = 300;
const FEATURES_MS = 1000;
/** Forgetting factor of the running fit of time = a·ops + b·multiply-adds (see account). */
const FIT_DECAY = 0.97;

export const METHODS = ['plain', 'supervised', 'unsupervised', 'today'] as const;
export type Method = (typeof METHODS)[number];

export type PhaseKind = 'autoencoder' | 'supervised' | 'finetune';

export interface PhaseInfo {
  kind: PhaseKind;
  /** The hidden layer being pre-trained (1-based); 0 for the final phase. */
  layer: number;
  epochs: number;
  /** Layer sizes of the network trained in this phase. */
  sizes: number[];
  /** Weight layers of that network that are frozen. */
  frozen: boolean[];
  /** Runs in this phase's network (1, or 4 in the final phase: see METHODS). */
  runs: number;
}

export interface PretrainConfig {
  /** All 10,000 digits; the task splits them. */
  data: MnistData;
  trainCount: number;
  testCount: number;
  /** Training examples the train error is measured on (the first ones). */
  evalTrain: number;
  hidden: number[];
  /** Epochs of pre-training per layer (both greedy methods). */
  preEpochs: number;
  /** Epochs of training with labels for the four networks of the final phase. */
  fineEpochs: number;
  batch: number;
  /** Learning rate of the sigmoid networks that learn labels (greedy classifiers, final phase). */
  lr: number;
  /** Learning rate of the ReLU network (a sigmoid's slope is at most ¼, so it needs bigger steps). */
  reluLr: number;
  /** Learning rate of the autoencoders. */
  aeLr: number;
  /** Initialization of the sigmoid networks (the ReLU network always uses He). */
  sigmoidInit: Init;
  seed: number;
}

export interface PretrainSnapshot {
  phase: number;
  /** Epochs done in the current phase. */
  phaseEpoch: number;
  /** Total training steps (all phases). */
  step: number;
  stepsPerSec: number;
  examplesPerSec: number;
  /** Share of the whole schedule's work done, 0…1. */
  progress: number;
  /** Estimated seconds left (NaN until measured). */
  etaSec: number;
  /** Seconds spent training so far (paused time excluded). */
  elapsedSec: number;
  done: boolean;
  /** Bumped when `curves` changes. */
  curvesVersion: number;
  /**
   * Per phase: rows of [epoch, train metric per run…, test metric per run…]. The metric is
   * the error rate (classifiers) or the mean squared reconstruction error per unit
   * (autoencoders). Sent when changed.
   */
  curves?: Float32Array[];
  /** Reconstructions of the shown digits through k = 1…reconDepth autoencoders, [K × D × 784]. */
  recon?: Float32Array;
  reconDepth?: number;
  /** First-layer features per method (METHODS order), each [units × 784], unit-major. */
  features?: Float32Array;
  featureUnits?: number;
}

export interface PretrainInfo {
  phases: PhaseInfo[];
  /** The final networks' sizes, [784, …hidden, 10]. */
  sizes: number[];
  trainCount: number;
  testCount: number;
  evalTrain: number;
  /** The shown test digits, [D × 784] in [0, 1], and their labels. */
  digits: Float32Array;
  digitLabels: number[];
  imageSide: number;
}

/** One pre-trained layer: W [n_in × n_out] row-major, b [n_out]. */
export interface Layer {
  W: Float32Array;
  b: Float32Array;
  nIn: number;
  nOut: number;
}

/** One autoencoder of the stack: encoder and decoder. */
export interface AeLayer {
  enc: Layer;
  dec: Layer;
}

type Job = () => boolean;

interface EvalJob {
  x: Float32Array;
  y: Float32Array;
  /** Rows; the first `nTrain` are training examples, the rest test examples. */
  n: number;
  nTrain: number;
  cursor: number;
  loss: Float64Array;
  correct: Float64Array;
}

export class PretrainTask implements TrainingTask<PretrainSnapshot> {
  readonly cost: ModelCost;
  readonly phases: PhaseInfo[];
  private readonly cfg: PretrainConfig;
  private readonly d0: number;
  private readonly sizes: number[];
  private readonly trainX: Float32Array;
  private readonly trainY: Float32Array;
  private readonly testX: Float32Array;
  private readonly testY: Float32Array;
  private readonly info: PretrainInfo;
  /** Starting weights of the sigmoid networks (one run), per layer. */
  private readonly init0: Float32Array[];
  /** The ReLU network's first layer before training (for the features view). */
  private heInit0: Float32Array | null = null;
  /** The encoder weights of a code computation in progress (disposed with the task). */
  private pendingWb: tf.Tensor | null = null;
  /** Trained layers of each greedy stack (encoders only for the autoencoder stack). */
  readonly supStack: Layer[] = [];
  readonly aeStack: AeLayer[] = [];
  /** The supervised stack's output layer from its last phase. */
  private supHead: Layer | null = null;
  /** Codes of the autoencoder stack so far, for train and test (d_0 = pixels). */
  private codes: { train: Float32Array; test: Float32Array; d: number };
  private phaseIdx = -1;
  private net: BatchedMlp | null = null;
  private stepInPhase = 0;
  private stepsInPhase = 0;
  private evalEvery = 1;
  private order: Uint32Array = new Uint32Array(0);
  private cursor = 0;
  private epochRng: Rng;
  private readonly jobs: Job[] = [];
  private readonly curves: number[][];
  private curvesVersion = 0;
  private sentCurves = -1;
  private steps = 0;
  private finished = false;
  private diverged: string | null = null;
  private readonly xb: Float32Array;
  private readonly yb: Float32Array;
  /** Work done and in total: "ops" (training steps, evaluation and code chunks) and multiply-adds (millions). */
  private opsDone = 0;
  private macsDone = 0;
  private readonly opsTotal: number;
  private readonly macsTotal: number;
  private trainMs = 0;
  private lastSliceEnd = -Infinity;
  /** Running least-squares fit of ms ≈ a·ops + b·Mmacs: decayed sums of x xᵀ and x·ms. */
  private fit = { sxx: [0, 0, 0], sxy: [0, 0], a: NaN, b: NaN };
  private rate = { t0: now(), steps: 0, examples: 0, stepsPerSec: 0, examplesPerSec: 0 };
  private examples = 0;
  private lastRecon = -Infinity;
  private lastFeatures = -Infinity;
  private reconDirty = true;
  private featuresDirty = true;

  constructor(config: PretrainConfig) {
    this.cfg = config;
    const { data } = config;
    validate(config);
    this.d0 = data.rows * data.cols;
    this.sizes = [this.d0, ...config.hidden, MNIST_NUM_CLASSES];
    const split = splitMnist(data, { seed: PRETRAIN_SPLIT_SEED, trainCount: config.trainCount, testCount: config.testCount });
    [this.trainX, this.trainY] = toArrays(split.train);
    [this.testX, this.testY] = toArrays(split.test);
    this.phases = buildPhases(config, this.sizes);
    this.curves = this.phases.map(() => []);
    this.init0 = initialWeights(this.sizes, [this.sigmoidRun()]).W;
    this.codes = { train: this.trainX, test: this.testX, d: this.d0 };
    this.epochRng = new Rng(config.seed * 7919 + 17);
    const maxD = Math.max(...this.sizes);
    this.xb = new Float32Array(config.batch * maxD);
    this.yb = new Float32Array(config.batch * maxD);
    this.info = makeInfo(config, split.test, this.testX, this.phases, this.sizes);
    const work = this.phases.map((p) => this.phaseWork(p));
    this.opsTotal = work.reduce((s, w) => s + w.ops, 0);
    this.macsTotal = work.reduce((s, w) => s + w.macs, 0);
    this.cost = pretrainCost(config);
    this.startPhase(0);
  }

  // ─── TrainingTask ──────────────────────────────────────────────────────────

  trainFor(ms: number): number {
    const t0 = now();
    const w0 = [this.opsDone, this.macsDone];
    let n = 0;
    do {
      if (this.finished || this.diverged) break;
      if (this.jobs.length) this.runJob();
      else {
        this.oneStep();
        n++;
      }
    } while (now() - t0 < ms);
    this.account(t0, w0);
    return n;
  }

  step(n: number): void {
    const t0 = now();
    const w0 = [this.opsDone, this.macsDone];
    for (let i = 0; i < n && !this.finished && !this.diverged; i++) {
      while (this.jobs.length && !this.diverged) this.runJob();
      if (this.finished || this.diverged) break;
      this.oneStep();
    }
    // Finish the evaluation (and phase change) a step may have queued, so the page sees it.
    while (this.jobs.length && !this.diverged) this.runJob();
    this.account(t0, w0);
  }

  set(): void {
    /* Every setting restarts the schedule: nothing changes live. */
  }

  describe(): PretrainInfo {
    return this.info;
  }

  divergence(): string | null {
    return this.diverged;
  }

  snapshot(full: boolean): { snap: PretrainSnapshot; transfer: Transferable[] } {
    const t = now();
    if (t - this.rate.t0 >= 500) {
      const secs = (t - this.rate.t0) / 1000;
      this.rate.stepsPerSec = (this.steps - this.rate.steps) / secs;
      this.rate.examplesPerSec = (this.examples - this.rate.examples) / secs;
      Object.assign(this.rate, { t0: t, steps: this.steps, examples: this.examples });
    }
    const phase = this.phases[this.phaseIdx];
    const perEpoch = Math.ceil(this.cfg.trainCount / this.cfg.batch);
    const eta = (this.fit.a * (this.opsTotal - this.opsDone) + this.fit.b * (this.macsTotal - this.macsDone)) / 1000;
    const snap: PretrainSnapshot = {
      phase: this.phaseIdx,
      phaseEpoch: Math.min(phase.epochs, this.stepInPhase / perEpoch),
      step: this.steps,
      stepsPerSec: this.rate.stepsPerSec,
      examplesPerSec: this.rate.examplesPerSec,
      progress: this.finished ? 1 : this.progressShare(),
      etaSec: this.finished ? 0 : Number.isFinite(eta) ? Math.max(0, eta) : NaN,
      elapsedSec: this.trainMs / 1000,
      done: this.finished,
      curvesVersion: this.curvesVersion,
    };
    const transfer: Transferable[] = [];
    if (full || this.sentCurves !== this.curvesVersion) {
      snap.curves = this.curves.map((c) => Float32Array.from(c));
      transfer.push(...snap.curves.map((c) => c.buffer));
      this.sentCurves = this.curvesVersion;
    }
    if ((full || t - this.lastRecon >= RECON_MS) && this.reconDirty) {
      const layers = this.reconLayers();
      snap.reconDepth = layers.length;
      snap.recon = reconstructAll(this.info.digits, SHOWN_DIGITS, layers);
      transfer.push(snap.recon.buffer);
      this.lastRecon = t;
      this.reconDirty = false;
    }
    if ((full || t - this.lastFeatures >= FEATURES_MS) && this.featuresDirty) {
      const { data, units } = this.features();
      snap.features = data;
      snap.featureUnits = units;
      transfer.push(data.buffer);
      this.lastFeatures = t;
      this.featuresDirty = false;
    }
    return { snap, transfer };
  }

  dispose(): void {
    this.net?.dispose();
    this.net = null;
    this.pendingWb?.dispose();
    this.pendingWb = null;
    this.jobs.length = 0;
  }

  // ─── Inspection (tests and the page) ───────────────────────────────────────

  get phaseIndex(): number {
    return this.phaseIdx;
  }

  get isDone(): boolean {
    return this.finished;
  }

  /** The network of the current phase (null once done). */
  get network(): BatchedMlp | null {
    return this.net;
  }

  /** Curve rows of a phase (see PretrainSnapshot.curves). */
  curve(phase: number): number[] {
    return this.curves[phase];
  }

  /** Run training steps and jobs until the current phase has ended (or everything has). */
  finishPhase(): void {
    const p = this.phaseIdx;
    while (!this.finished && !this.diverged && this.phaseIdx === p) {
      if (this.jobs.length) this.runJob();
      else this.oneStep();
    }
    while (this.jobs.length && !this.diverged && this.phaseIdx === p) this.runJob();
  }

  // ─── Phases ────────────────────────────────────────────────────────────────

  private sigmoidRun(): RunSpec {
    return { activation: 'sigmoid', init: this.cfg.sigmoidInit, seed: this.cfg.seed, lr: this.cfg.lr };
  }

  private startPhase(i: number): void {
    this.net?.dispose();
    this.net = null;
    this.phaseIdx = i;
    const p = this.phases[i];
    const { cfg } = this;
    const perEpoch = Math.ceil(cfg.trainCount / cfg.batch);
    this.stepInPhase = 0;
    this.stepsInPhase = p.epochs * perEpoch;
    this.evalEvery = Math.max(1, Math.round(perEpoch / evalsPerEpoch(p.kind)));
    this.order = this.epochRng.permutation(cfg.trainCount);
    this.cursor = 0;
    if (p.kind === 'autoencoder') {
      const k = p.layer - 1;
      this.net = new BatchedMlp({ sizes: p.sizes, runs: [{ ...this.sigmoidRun(), lr: cfg.aeLr }], output: 'sigmoid', loss: 'mse' });
      // The encoder starts from the same weights as layer k of every other sigmoid network.
      this.net.setLayerWeights(0, this.init0[k], new Float32Array(p.sizes[1]));
    } else if (p.kind === 'supervised') {
      const k = p.layer - 1;
      this.net = new BatchedMlp({ sizes: p.sizes, runs: [this.sigmoidRun()], output: 'softmax', loss: 'ce' });
      // Layers 0…k-1 come from the stack and stay frozen; layer k starts as in the plain
      // network (same shape and seed, so initialWeights gives the same numbers).
      for (let l = 0; l < k; l++) this.net.setLayerWeights(l, this.supStack[l].W, this.supStack[l].b);
      this.net.setFrozen(p.frozen);
    } else {
      const runs: RunSpec[] = [this.sigmoidRun(), this.sigmoidRun(), this.sigmoidRun(), { activation: 'relu', init: 'he', seed: cfg.seed, lr: cfg.reluLr }];
      this.net = new BatchedMlp({ sizes: p.sizes, runs, output: 'softmax', loss: 'ce' });
      const L = p.sizes.length - 1;
      for (let l = 0; l < L; l++) {
        const sup = l < this.supStack.length ? this.supStack[l] : l === L - 1 ? this.supHead : null;
        const ae = l < this.aeStack.length ? this.aeStack[l].enc : null;
        if (!sup && !ae) continue;
        const cur = this.net.layerWeights(l);
        const [nIn, nOut] = [p.sizes[l], p.sizes[l + 1]];
        if (sup) {
          cur.W.set(sup.W, 1 * nIn * nOut);
          cur.b.set(sup.b, 1 * nOut);
        }
        if (ae) {
          cur.W.set(ae.W, 2 * nIn * nOut);
          cur.b.set(ae.b, 2 * nOut);
        }
        this.net.setLayerWeights(l, cur.W, cur.b);
      }
    }
    this.reconDirty = true;
    this.featuresDirty = true;
    this.queueEval();
  }

  private endPhase(): void {
    const p = this.phases[this.phaseIdx];
    const net = this.net!;
    if (p.kind === 'autoencoder') {
      const enc = readLayer(net, 0);
      this.aeStack.push({ enc, dec: readLayer(net, 1) });
      this.queueCodes(enc);
    } else if (p.kind === 'supervised') {
      this.supStack.push(readLayer(net, p.layer - 1));
      this.supHead = readLayer(net, p.layer);
    }
    if (this.phaseIdx + 1 < this.phases.length) {
      const next = this.phaseIdx + 1;
      this.jobs.push(() => (this.startPhase(next), true));
    } else {
      // Keep the final networks' numbers; the page reads the last curve rows.
      this.featuresDirty = true;
      this.jobs.push(() => {
        this.finished = true;
        return true;
      });
    }
  }

  private oneStep(): void {
    const net = this.net!;
    const p = this.phases[this.phaseIdx];
    const B = Math.min(this.cfg.batch, this.cfg.trainCount - this.cursor);
    const ae = p.kind === 'autoencoder';
    const d = ae ? this.codes.d : this.d0;
    const src = ae ? this.codes.train : this.trainX;
    const oDim = ae ? d : MNIST_NUM_CLASSES;
    for (let i = 0; i < B; i++) {
      const j = this.order[this.cursor + i];
      this.xb.set(src.subarray(j * d, (j + 1) * d), i * d);
      if (ae) this.yb.set(src.subarray(j * d, (j + 1) * d), i * d);
      else this.yb.set(this.trainY.subarray(j * oDim, (j + 1) * oDim), i * oDim);
    }
    net.trainStep(this.xb.subarray(0, B * d), this.yb.subarray(0, B * oDim), B);
    // Wait for the step to finish (a tiny readback): on webgl the queue would otherwise run
    // seconds ahead of the clock, delaying pause and hiding the real time per step.
    net.Wb[net.L - 1].dataSync();
    this.cursor += B;
    if (this.cursor >= this.cfg.trainCount) {
      this.order = this.epochRng.permutation(this.cfg.trainCount);
      this.cursor = 0;
    }
    this.steps++;
    this.examples += B;
    this.stepInPhase++;
    this.opsDone++;
    this.macsDone += (this.cfg.batch * trainMacs(p)) / 1e6;
    this.reconDirty ||= ae;
    this.featuresDirty ||= p.layer <= 1;
    if (this.stepInPhase === this.stepsInPhase) {
      this.queueEval();
      this.jobs.push(() => (this.endPhase(), true));
    } else if (this.stepInPhase % this.evalEvery === 0) this.queueEval();
  }

  private runJob(): void {
    if (this.jobs[0]()) this.jobs.shift();
  }

  // ─── Evaluation ────────────────────────────────────────────────────────────

  private queueEval(): void {
    const p = this.phases[this.phaseIdx];
    const ae = p.kind === 'autoencoder';
    const d = ae ? this.codes.d : this.d0;
    const o = ae ? d : MNIST_NUM_CLASSES;
    const nTr = this.cfg.evalTrain;
    const nTe = this.cfg.testCount;
    const trX = ae ? this.codes.train : this.trainX;
    const teX = ae ? this.codes.test : this.testX;
    const x = new Float32Array((nTr + nTe) * d);
    x.set(trX.subarray(0, nTr * d), 0);
    x.set(teX.subarray(0, nTe * d), nTr * d);
    const y = ae ? x : new Float32Array((nTr + nTe) * o);
    if (!ae) {
      y.set(this.trainY.subarray(0, nTr * o), 0);
      y.set(this.testY.subarray(0, nTe * o), nTr * o);
    }
    const R = p.runs;
    const job: EvalJob = { x, y, n: nTr + nTe, nTrain: nTr, cursor: 0, loss: new Float64Array(2 * R), correct: new Float64Array(2 * R) };
    const epoch = this.stepInPhase / Math.ceil(this.cfg.trainCount / this.cfg.batch);
    const phase = this.phaseIdx;
    this.jobs.push(() => this.evalChunk(job, phase, epoch, d, o));
  }

  private evalChunk(job: EvalJob, phase: number, epoch: number, d: number, o: number): boolean {
    const net = this.net!;
    const m = Math.min(EVAL_CHUNK, job.n - job.cursor);
    const { loss, correct } = net.perExample(job.x.subarray(job.cursor * d, (job.cursor + m) * d), job.y.subarray(job.cursor * o, (job.cursor + m) * o), m);
    const R = net.R;
    for (let r = 0; r < R; r++) {
      for (let i = 0; i < m; i++) {
        const part = job.cursor + i < job.nTrain ? 0 : 1;
        job.loss[part * R + r] += loss[r * m + i];
        job.correct[part * R + r] += correct[r * m + i];
      }
    }
    job.cursor += m;
    this.opsDone++;
    this.macsDone += (m * forwardMacs(this.phases[phase])) / 1e6;
    if (job.cursor < job.n) return false;
    const p = this.phases[phase];
    const row = [epoch];
    const counts = [job.nTrain, job.n - job.nTrain];
    for (const part of [0, 1]) {
      for (let r = 0; r < R; r++) {
        const meanLoss = job.loss[part * R + r] / counts[part];
        if (!Number.isFinite(meanLoss)) this.fail(p, r, meanLoss);
        // Autoencoders: ½‖x − x'‖² per example → mean squared error per unit; classifiers: error rate.
        row.push(p.kind === 'autoencoder' ? (2 * meanLoss) / d : 1 - job.correct[part * R + r] / counts[part]);
      }
    }
    this.curves[phase].push(...row);
    this.curvesVersion++;
    return true;
  }

  private fail(p: PhaseInfo, r: number, v: number): void {
    if (this.diverged) return;
    const who = p.kind === 'finetune' ? `the ${METHOD_NAMES[METHODS[r]]} network` : p.kind === 'autoencoder' ? `autoencoder ${p.layer}` : `the greedy classifier of layer ${p.layer}`;
    const rate = p.kind === 'autoencoder' ? `autoencoder learning rate ${this.cfg.aeLr}` : p.kind === 'finetune' && r === 3 ? `ReLU learning rate ${this.cfg.reluLr}` : `learning rate ${this.cfg.lr}`;
    this.diverged =
      `Training of ${who} diverged at step ${this.steps}: its loss ${Number.isNaN(v) ? 'became NaN' : 'became infinite'}. ` +
      `The ${rate} is too large: each update overshoots and the weights grow without bound. Lower it (try a tenth) and press Reset.`;
  }

  // ─── Codes, reconstructions, features ──────────────────────────────────────

  /** Pass the train and test codes through a new encoder, in chunks. */
  private queueCodes(enc: Layer): void {
    const nextTrain = new Float32Array(this.cfg.trainCount * enc.nOut);
    const nextTest = new Float32Array(this.cfg.testCount * enc.nOut);
    const parts = [
      { src: this.codes.train, dst: nextTrain, n: this.cfg.trainCount },
      { src: this.codes.test, dst: nextTest, n: this.cfg.testCount },
    ];
    let part = 0;
    let row = 0;
    const Wb = tf.tidy(() => tf.concat([tf.tensor2d(enc.W, [enc.nIn, enc.nOut]), tf.tensor2d(enc.b, [1, enc.nOut])], 0));
    this.pendingWb = Wb;
    this.jobs.push(() => {
      const { src, dst, n } = parts[part];
      const m = Math.min(CODE_CHUNK, n - row);
      const out = tf.tidy(() => {
        const x = tf.tensor2d(src.subarray(row * enc.nIn, (row + m) * enc.nIn), [m, enc.nIn]);
        return tf.sigmoid(tf.matMul(tf.concat([x, tf.ones([m, 1])], 1), Wb)).dataSync() as Float32Array;
      });
      dst.set(out, row * enc.nOut);
      this.opsDone++;
      this.macsDone += (m * enc.nIn * enc.nOut) / 1e6;
      row += m;
      if (row >= n) {
        part++;
        row = 0;
      }
      if (part < parts.length) return false;
      Wb.dispose();
      this.pendingWb = null;
      this.codes = { train: nextTrain, test: nextTest, d: enc.nOut };
      return true;
    });
  }

  /** The autoencoders finished so far, plus the one in training. */
  private reconLayers(): AeLayer[] {
    const p = this.phases[this.phaseIdx];
    const layers = [...this.aeStack];
    if (p.kind === 'autoencoder' && this.net && layers.length < p.layer) layers.push({ enc: readLayer(this.net, 0), dec: readLayer(this.net, 1) });
    return layers;
  }

  /** First-layer weights of each method's network as it stands, unit by unit. */
  private features(): { data: Float32Array; units: number } {
    const d = this.d0;
    const w1 = this.sizes[1];
    const units = Math.min(MAX_FEATURES, w1);
    const out = new Float32Array(METHODS.length * units * d);
    const p = this.phases[this.phaseIdx];
    const put = (m: number, W: Float32Array, run = 0) => {
      const off = run * d * w1;
      for (let u = 0; u < units; u++) for (let i = 0; i < d; i++) out[(m * units + u) * d + i] = W[off + i * w1 + u];
    };
    if (p.kind === 'finetune' && this.net) {
      const W = this.net.layerWeights(0).W;
      METHODS.forEach((_, m) => put(m, W, m));
    } else {
      this.heInit0 ??= initialWeights(this.sizes.slice(0, 2), [{ activation: 'relu', init: 'he', seed: this.cfg.seed, lr: 0 }]).W[0];
      put(0, this.init0[0]);
      put(3, this.heInit0);
      const sup = this.supStack[0]?.W ?? (p.kind === 'supervised' && this.net ? this.net.layerWeights(0).W : this.init0[0]);
      put(1, sup);
      const ae = this.aeStack[0]?.enc.W ?? (p.kind === 'autoencoder' && this.net ? this.net.layerWeights(0).W : this.init0[0]);
      put(2, ae);
    }
    return { data: out, units };
  }

  // ─── Work accounting (progress and time left) ──────────────────────────────

  /** Ops and millions of multiply-adds a phase will take (training, evaluations, codes). */
  private phaseWork(p: PhaseInfo): { ops: number; macs: number } {
    const perEpoch = Math.ceil(this.cfg.trainCount / this.cfg.batch);
    const steps = p.epochs * perEpoch;
    const evals = 2 + Math.floor((steps - 1) / Math.max(1, Math.round(perEpoch / evalsPerEpoch(p.kind))));
    const evalRows = this.cfg.evalTrain + this.cfg.testCount;
    const codeRows = this.cfg.trainCount + this.cfg.testCount;
    const codes = p.kind === 'autoencoder';
    return {
      ops: steps + evals * Math.ceil(evalRows / EVAL_CHUNK) + (codes ? Math.ceil(this.cfg.trainCount / CODE_CHUNK) + Math.ceil(this.cfg.testCount / CODE_CHUNK) : 0),
      macs: (steps * this.cfg.batch * trainMacs(p) + evals * evalRows * forwardMacs(p) + (codes ? codeRows * p.sizes[0] * p.sizes[1] : 0)) / 1e6,
    };
  }

  /** Share of the expected time done, by the fitted cost model (by multiply-adds until it is known). */
  private progressShare(): number {
    const { a, b } = this.fit;
    const share = Number.isFinite(a) ? (a * this.opsDone + b * this.macsDone) / (a * this.opsTotal + b * this.macsTotal) : this.macsDone / this.macsTotal;
    return Math.min(1, Math.max(0, share));
  }

  /**
   * Time and work of one slice → the cost model. The time counts from the end of the
   * previous slice when that was recent (the worker snapshots in between, and on webgl
   * a readback there waits for queued training work), so the model sees wall time.
   * Phases differ a lot (a 784-pixel autoencoder against a 64-unit one; one network
   * against four), so time is fitted as a·ops + b·multiply-adds by decayed least squares:
   * per-op overhead and arithmetic, each learned where it dominates.
   */
  private account(t0: number, w0: number[]): void {
    const t1 = now();
    const gap = t0 - this.lastSliceEnd;
    const ms = t1 - t0 + (gap < 250 ? gap : 0);
    this.lastSliceEnd = t1;
    const ops = this.opsDone - w0[0];
    const macs = this.macsDone - w0[1];
    if (ops <= 0) return;
    this.trainMs += ms;
    const f = this.fit;
    const k = FIT_DECAY;
    f.sxx = [k * f.sxx[0] + ops * ops, k * f.sxx[1] + ops * macs, k * f.sxx[2] + macs * macs];
    f.sxy = [k * f.sxy[0] + ops * ms, k * f.sxy[1] + macs * ms];
    const det = f.sxx[0] * f.sxx[2] - f.sxx[1] * f.sxx[1];
    let a = NaN;
    let b = NaN;
    if (det > 1e-6 * f.sxx[0] * f.sxx[2]) {
      a = (f.sxy[0] * f.sxx[2] - f.sxy[1] * f.sxx[1]) / det;
      b = (f.sxx[0] * f.sxy[1] - f.sxx[1] * f.sxy[0]) / det;
    }
    if (!(a >= 0 && b >= 0)) {
      // Not enough variety yet (or a negative coefficient): charge everything to the multiply-adds.
      a = 0;
      b = f.sxx[2] > 0 ? f.sxy[1] / f.sxx[2] : NaN;
      if (!(b > 0)) [a, b] = [f.sxy[0] / f.sxx[0], 0];
    }
    f.a = a;
    f.b = b;
  }
}

export const METHOD_NAMES: Record<Method, string> = {
  plain: 'plain backprop',
  supervised: 'supervised greedy',
  unsupervised: 'unsupervised greedy',
  today: 'ReLU + He (today)',
};

// ─── Helpers (exported for tests) ────────────────────────────────────────────

export function buildPhases(cfg: Pick<PretrainConfig, 'hidden' | 'preEpochs' | 'fineEpochs'>, sizes: number[]): PhaseInfo[] {
  const H = cfg.hidden.length;
  const phases: PhaseInfo[] = [];
  for (let k = 1; k <= H; k++) {
    phases.push({ kind: 'autoencoder', layer: k, epochs: cfg.preEpochs, sizes: [sizes[k - 1], sizes[k], sizes[k - 1]], frozen: [false, false], runs: 1 });
  }
  for (let k = 1; k <= H; k++) {
    const s = [...sizes.slice(0, k + 1), MNIST_NUM_CLASSES];
    phases.push({ kind: 'supervised', layer: k, epochs: cfg.preEpochs, sizes: s, frozen: s.slice(1).map((_, l) => l < k - 1), runs: 1 });
  }
  phases.push({ kind: 'finetune', layer: 0, epochs: cfg.fineEpochs, sizes: [...sizes], frozen: sizes.slice(1).map(() => false), runs: METHODS.length });
  return phases;
}

/** Multiply-adds of one forward pass of one example through a phase's network (all runs). */
export function forwardMacs(p: PhaseInfo): number {
  let s = 0;
  for (let l = 0; l < p.sizes.length - 1; l++) s += p.sizes[l] * p.sizes[l + 1];
  return s * p.runs;
}

/** Multiply-adds of one training step per example: forward, plus ~2× for the layers that learn. */
function trainMacs(p: PhaseInfo): number {
  let s = 0;
  for (let l = 0; l < p.sizes.length - 1; l++) s += p.sizes[l] * p.sizes[l + 1] * (p.frozen[l] ? 1 : 3);
  return s * p.runs;
}

/** σ(x W + b) for D rows, in plain JS (tiny sizes: the shown digits). */
export function encodeJs(x: Float32Array, D: number, layer: Layer): Float32Array {
  const { W, b, nIn, nOut } = layer;
  const out = new Float32Array(D * nOut);
  for (let r = 0; r < D; r++) {
    const acc = new Float64Array(nOut);
    for (let j = 0; j < nOut; j++) acc[j] = b[j];
    for (let i = 0; i < nIn; i++) {
      const v = x[r * nIn + i];
      if (v === 0) continue;
      const row = i * nOut;
      for (let j = 0; j < nOut; j++) acc[j] += v * W[row + j];
    }
    for (let j = 0; j < nOut; j++) out[r * nOut + j] = 1 / (1 + Math.exp(-acc[j]));
  }
  return out;
}

/** Encode through the k autoencoders, then decode back down: x' through a depth-k stack. */
export function reconstruct(x: Float32Array, D: number, layers: AeLayer[]): Float32Array {
  let z = x;
  for (const l of layers) z = encodeJs(z, D, l.enc);
  for (let k = layers.length - 1; k >= 0; k--) z = encodeJs(z, D, layers[k].dec);
  return z;
}

/** Reconstructions through depth 1…K, [K × D × d0]. */
export function reconstructAll(x: Float32Array, D: number, layers: AeLayer[]): Float32Array {
  const d0 = x.length / D;
  const out = new Float32Array(layers.length * D * d0);
  for (let k = 1; k <= layers.length; k++) out.set(reconstruct(x, D, layers.slice(0, k)), (k - 1) * D * d0);
  return out;
}

function readLayer(net: BatchedMlp, l: number): Layer {
  const { W, b } = net.layerWeights(l);
  return { W, b, nIn: net.sizes[l], nOut: net.sizes[l + 1] };
}

function toArrays(data: MnistData): [Float32Array, Float32Array] {
  const d = data.rows * data.cols;
  const x = new Float32Array(data.count * d);
  const y = new Float32Array(data.count * MNIST_NUM_CLASSES);
  for (let i = 0; i < data.count * d; i++) x[i] = data.images[i] / 255;
  for (let i = 0; i < data.count; i++) y[i * MNIST_NUM_CLASSES + data.labels[i]] = 1;
  return [x, y];
}

function makeInfo(cfg: PretrainConfig, test: MnistData, testX: Float32Array, phases: PhaseInfo[], sizes: number[]): PretrainInfo {
  const d = test.rows * test.cols;
  const picks: number[] = [];
  for (let c = 0; c < SHOWN_DIGITS; c++) {
    const i = test.labels.indexOf(c % MNIST_NUM_CLASSES);
    picks.push(i >= 0 ? i : c % test.count);
  }
  const digits = new Float32Array(SHOWN_DIGITS * d);
  picks.forEach((i, k) => digits.set(testX.subarray(i * d, (i + 1) * d), k * d));
  return {
    phases,
    sizes,
    trainCount: cfg.trainCount,
    testCount: cfg.testCount,
    evalTrain: cfg.evalTrain,
    digits,
    digitLabels: picks.map((i) => test.labels[i]),
    imageSide: test.rows,
  };
}

function validate(cfg: PretrainConfig): void {
  const problems: string[] = [];
  if (!cfg.data || !cfg.data.count) problems.push('no digits were given');
  if (!(cfg.hidden.length >= 1) || cfg.hidden.some((w) => !Number.isInteger(w) || w < 1)) problems.push('hidden layer widths must be positive integers');
  if (!(cfg.batch >= 1)) problems.push('the batch size must be at least 1');
  if (!(cfg.lr > 0) || !(cfg.aeLr > 0) || !(cfg.reluLr > 0)) problems.push('learning rates must be positive');
  if (!(cfg.evalTrain >= 1 && cfg.evalTrain <= cfg.trainCount)) problems.push('the train-error subset must be within the training set');
  if (!(cfg.preEpochs >= 1 && cfg.fineEpochs >= 1)) problems.push('each phase needs at least one epoch');
  if (cfg.data && cfg.trainCount + cfg.testCount > cfg.data.count) problems.push(`${cfg.trainCount} + ${cfg.testCount} examples were asked for but only ${cfg.data.count} exist`);
  if (problems.length) throw new Error(`Cannot start the pre-training run: ${problems.join('; ')}.`);
}

export function pretrainCost(cfg: Pick<PretrainConfig, 'hidden' | 'batch' | 'preEpochs' | 'fineEpochs'>): ModelCost {
  const sizes = [784, ...cfg.hidden, MNIST_NUM_CLASSES];
  let macs = 0;
  for (let l = 0; l < sizes.length - 1; l++) macs += sizes[l] * sizes[l + 1];
  // The final phase (four networks side by side) is the largest step.
  return { flopsPerStep: 3 * macs * cfg.batch * METHODS.length };
}

function now(): number {
  return performance.now();
}

export const pretrainTask: TaskModuleOf<'pretrain'> = {
  cost: (config) => pretrainCost(config as PretrainConfig),
  create: (config) => new PretrainTask(config as PretrainConfig),
};
