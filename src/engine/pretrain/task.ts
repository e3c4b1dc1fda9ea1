/**
 * Training task: greedy layer-wise pre-training on MNIST, against plain backprop and a
 * modern ReLU network (the "layer-wise pre-training" lesson). One BatchedMlp (../mlp.ts)
 * per phase of the schedule (./schedule.ts): autoencoders, then greedy classifiers, then
 * (matched budget) extra epochs for the two networks without pre-training, then the four
 * METHODS side by side as runs of one batched net, on the same mini-batches. What each
 * phase leaves behind is kept in ./stacks.ts; each network's budget is counted (./budget.ts).
 * All sigmoid networks draw their starting weights from the same seed, so layer l starts
 * from the same numbers in every method; pre-training is what moves them.
 *
 * Long work (evaluations, codes, phase changes) is queued as small jobs (./queue.ts) run
 * between training steps, so pause and snapshots stay responsive; the cost/ETA model
 * (./eta.ts) turns the work done into progress and time left.
 */
import { divergenceMessage, EpochSampler, lossDiverged, now, RateMeter } from '../runtime/loop';
import { MNIST_NUM_CLASSES, splitMnist } from '../data/mnist';
import { BatchedMlp, initialWeights, type RunSpec } from '../networks/mlp';
import type { ModelCost, TrainingTask } from '../runtime/protocol';
import {
  MAX_FEATURES,
  makeInfo,
  type PretrainConfig,
  pretrainCost,
  type PretrainInfo,
  type PretrainSnapshot,
  SHOWN_DIGITS,
  toArrays,
  validate,
} from './config';
import { BudgetMeter, plannedBudget } from './budget';
import { forwardMacs, scheduleWork, trainMacs, WorkMeter } from './eta';
import { evalSet, Evaluation } from './evaluation';
import { type AeLayer, type Codes, codesJob, type Layer, packFeatures, readLayer, reconstructAll } from './layers';
import { Stacks } from './stacks';
import { JobQueue } from './queue';
import {
  buildPhases,
  METHOD_NAMES,
  METHODS,
  type Method,
  PhaseCursor,
  type PhaseInfo,
  phaseMethods,
  runOf,
} from './schedule';

/** Minimum gap between reconstructions / features in snapshots. */
const RECON_MS = 300;
const FEATURES_MS = 1000;

export class PretrainTask implements TrainingTask<PretrainSnapshot> {
  readonly cost: ModelCost;
  readonly phases: PhaseInfo[];
  /** What each phase leaves behind for the final one. */
  readonly stacks = new Stacks();
  private readonly cfg: PretrainConfig;
  private readonly d0: number;
  private readonly sizes: number[];
  private readonly trainX: Float32Array;
  private readonly trainY: Float32Array;
  private readonly testX: Float32Array;
  private readonly info: PretrainInfo;
  private readonly testY: Float32Array;
  /** Starting weights of the sigmoid networks (one run), per layer. */
  private readonly init0: Float32Array[];
  /** The 'today' network's first layer before training (for the features view). */
  private heInit0: Float32Array | null = null;
  /** Frees the encoder tensor of a code computation in progress. */
  private disposeCodes: (() => void) | null = null;
  /** Codes of the autoencoder stack so far, for train and test (d_0 = pixels). */
  private codes: Codes;
  private readonly cursor: PhaseCursor;
  private net: BatchedMlp | null = null;
  private readonly batches: EpochSampler;
  private readonly idx: Uint32Array;
  private readonly jobs = new JobQueue();
  private readonly work: WorkMeter;
  private readonly budget: BudgetMeter;
  private readonly curves: number[][];
  private curvesVersion = 0;
  private sentCurves = -1;
  private steps = 0;
  private examples = 0;
  private finished = false;
  private diverged: string | null = null;
  private readonly xb: Float32Array;
  private readonly yb: Float32Array;
  private readonly stepsMeter = new RateMeter(500);
  private readonly examplesMeter = new RateMeter(500);
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
    const split = splitMnist(data, { trainCount: config.trainCount, testCount: config.testCount });
    [this.trainX, this.trainY] = toArrays(split.train);
    [this.testX, this.testY] = toArrays(split.test);
    this.phases = buildPhases(config, this.sizes);
    this.cursor = new PhaseCursor(this.phases, Math.ceil(config.trainCount / config.batch));
    this.curves = this.phases.map(() => []);
    this.init0 = initialWeights(this.sizes, [this.runSpec('plain')]).W;
    this.codes = { train: this.trainX, test: this.testX, d: this.d0 };
    this.batches = new EpochSampler(config.trainCount, config.seed * 7919 + 17);
    this.idx = new Uint32Array(config.batch);
    const maxD = Math.max(...this.sizes);
    this.xb = new Float32Array(config.batch * maxD);
    this.yb = new Float32Array(config.batch * maxD);
    this.budget = new BudgetMeter(this.cursor.stepsPerEpoch);
    this.info = makeInfo(
      config,
      split.test,
      this.testX,
      this.phases,
      plannedBudget(this.phases, this.cursor.stepsPerEpoch),
      this.sizes,
    );
    this.work = new WorkMeter(scheduleWork(this.phases, config));
    this.cost = pretrainCost(config);
    this.startPhase(0);
  }

  // ─── TrainingTask ──────────────────────────────────────────────────────────

  trainFor(ms: number): number {
    const slice = this.work.begin();
    let n = 0;
    do {
      if (this.finished || this.diverged) break;
      if (!this.jobs.runOne()) {
        this.oneStep();
        n++;
      }
    } while (now() - slice.t0 < ms);
    this.work.account(slice);
    return n;
  }

  step(n: number): void {
    const slice = this.work.begin();
    const halted = () => this.diverged !== null;
    for (let i = 0; i < n && !this.finished && !this.diverged; i++) {
      this.jobs.drain(halted);
      if (this.finished || this.diverged) break;
      this.oneStep();
    }
    // Finish the evaluation (and phase change) a step may have queued, so the page sees it.
    this.jobs.drain(halted);
    this.work.account(slice);
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
    const c = this.cursor;
    const snap: PretrainSnapshot = {
      phase: c.index,
      phaseEpoch: Math.min(c.phase.epochs, c.epoch),
      step: this.steps,
      stepsPerSec: this.stepsMeter.update(this.steps, t),
      examplesPerSec: this.examplesMeter.update(this.examples, t),
      progress: this.finished ? 1 : this.work.progress(),
      etaSec: this.finished ? 0 : this.work.etaSec(),
      elapsedSec: this.work.trainMs / 1000,
      budget: this.budget.read(),
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
    this.disposeCodes?.();
    this.disposeCodes = null;
    this.jobs.clear();
  }

  // ─── Inspection (tests and the page) ───────────────────────────────────────

  get phaseIndex(): number {
    return this.cursor.index;
  }

  get isDone(): boolean {
    return this.finished;
  }

  /** The schedule has run to its end: the worker shows the last snapshot and stops. */
  isFinished(): boolean {
    return this.finished;
  }

  /** The network of the current phase (null once done). */
  get network(): BatchedMlp | null {
    return this.net;
  }

  /** Trained layers of each greedy stack (encoders and decoders for the autoencoder stack). */
  get supStack(): Layer[] {
    return this.stacks.sup;
  }

  get aeStack(): AeLayer[] {
    return this.stacks.ae;
  }

  /** The schedule's work: done and in total (ops and millions of multiply-adds). */
  get workDone(): { done: { ops: number; macs: number }; total: { ops: number; macs: number } } {
    return { done: { ...this.work.done }, total: this.work.total };
  }

  /** Curve rows of a phase (see PretrainSnapshot.curves). */
  curve(phase: number): number[] {
    return this.curves[phase];
  }

  /** Run training steps and jobs until the current phase has ended (or everything has). */
  finishPhase(): void {
    const p = this.cursor.index;
    while (!this.finished && !this.diverged && this.cursor.index === p) {
      if (!this.jobs.runOne()) this.oneStep();
    }
    this.jobs.drain(() => this.diverged !== null || this.cursor.index !== p);
  }

  // ─── Phases ────────────────────────────────────────────────────────────────

  /** How a method's network is built (the sigmoid ones share init and seed). */
  private runSpec(m: Method, phase?: PhaseInfo): RunSpec {
    const { cfg } = this;
    if (m === 'today') return { activation: 'relu', init: 'he', seed: cfg.seed, lr: cfg.reluLr };
    return {
      activation: 'sigmoid',
      init: cfg.sigmoidInit,
      seed: cfg.seed,
      lr: phase?.kind === 'autoencoder' ? cfg.aeLr : cfg.lr,
    };
  }

  private startPhase(i: number): void {
    this.net?.dispose();
    this.net = null;
    if (i > 0) this.batches.newEpoch();
    const p = this.cursor.start(i);
    const runs = phaseMethods(p).map((m) => this.runSpec(m, p));
    if (p.kind === 'autoencoder') {
      this.net = new BatchedMlp({ sizes: p.sizes, runs, output: 'sigmoid', loss: 'mse' });
      // The encoder starts from the same weights as layer k of every other sigmoid network.
      this.net.setLayerWeights(0, this.init0[p.layer - 1], new Float32Array(p.sizes[1]));
    } else if (p.kind === 'supervised') {
      this.net = new BatchedMlp({ sizes: p.sizes, runs, output: 'softmax', loss: 'ce' });
      // Layers 0…k-1 come from the stack and stay frozen; layer k starts as in the plain
      // network (same shape and seed, so initialWeights gives the same numbers).
      for (let l = 0; l < p.layer - 1; l++) this.net.setLayerWeights(l, this.supStack[l].W, this.supStack[l].b);
      this.net.setFrozen(p.frozen);
    } else {
      // Extra epochs start from fresh weights; the final phase from what the phases before left.
      this.net = new BatchedMlp({ sizes: p.sizes, runs, output: 'softmax', loss: 'ce' });
      if (p.kind === 'finetune') this.stacks.load(this.net, p);
    }
    this.reconDirty = true;
    this.featuresDirty = true;
    this.queueEval();
  }

  private endPhase(): void {
    const p = this.cursor.phase;
    const enc = this.stacks.capture(p, this.net!);
    if (enc) this.queueCodes(enc);
    if (!this.cursor.isLast) {
      const next = this.cursor.index + 1;
      this.jobs.then(() => this.startPhase(next));
    } else {
      // Keep the final networks' numbers; the page reads the last curve rows.
      this.featuresDirty = true;
      this.jobs.then(() => (this.finished = true));
    }
  }

  private oneStep(): void {
    const net = this.net!;
    const p = this.cursor.phase;
    const ae = p.kind === 'autoencoder';
    const d = ae ? this.codes.d : this.d0;
    const src = ae ? this.codes.train : this.trainX;
    const oDim = ae ? d : MNIST_NUM_CLASSES;
    // Batches stay within an epoch (the last one may be short).
    const idx = this.batches.next(this.cfg.batch, true, this.idx);
    const B = idx.length;
    for (let i = 0; i < B; i++) {
      const j = idx[i];
      this.xb.set(src.subarray(j * d, (j + 1) * d), i * d);
      if (ae) this.yb.set(src.subarray(j * d, (j + 1) * d), i * d);
      else this.yb.set(this.trainY.subarray(j * oDim, (j + 1) * oDim), i * oDim);
    }
    const t0 = now();
    net.trainStep(this.xb.subarray(0, B * d), this.yb.subarray(0, B * oDim), B);
    // Wait for the step to finish (a tiny readback): on webgl the queue would otherwise run
    // seconds ahead of the clock, delaying pause and hiding the real time per step.
    net.Wb[net.L - 1].dataSync();
    this.budget.add(p, now() - t0);
    this.steps++;
    this.examples += B;
    this.work.add(1, (this.cfg.batch * trainMacs(p)) / 1e6);
    this.reconDirty ||= ae;
    this.featuresDirty ||= p.layer <= 1;
    const due = this.cursor.tick();
    if (due) this.queueEval();
    if (due === 'end') this.jobs.then(() => this.endPhase());
  }

  // ─── Evaluation ────────────────────────────────────────────────────────────

  private queueEval(): void {
    const p = this.cursor.phase;
    const ae = p.kind === 'autoencoder';
    const d = ae ? this.codes.d : this.d0;
    const train = { x: ae ? this.codes.train : this.trainX, y: this.trainY };
    const test = { x: ae ? this.codes.test : this.testX, y: this.testY };
    const ev = new Evaluation(
      evalSet(train, test, this.cfg.evalTrain, this.cfg.testCount, d, ae ? d : MNIST_NUM_CLASSES, ae),
      p.runs,
    );
    const [phase, epoch] = [this.cursor.index, this.cursor.epoch];
    this.jobs.push(() => {
      this.work.add(1, (ev.chunk(this.net!) * forwardMacs(p)) / 1e6);
      if (!ev.done) return false;
      ev.meanLoss().forEach((v, k) => {
        if (lossDiverged(v)) this.fail(p, phaseMethods(p)[k % p.runs], v);
      });
      this.curves[phase].push(epoch, ...ev.metrics());
      this.curvesVersion++;
      return true;
    });
  }

  private fail(p: PhaseInfo, m: Method, v: number): void {
    if (this.diverged) return;
    const who =
      p.kind === 'finetune' || p.kind === 'extra'
        ? `the ${METHOD_NAMES[m]} network`
        : p.kind === 'autoencoder'
          ? `autoencoder ${p.layer}`
          : `the greedy classifier of layer ${p.layer}`;
    const rate =
      p.kind === 'autoencoder'
        ? `autoencoder learning rate ${this.cfg.aeLr}`
        : m === 'today'
          ? `ReLU learning rate ${this.cfg.reluLr}`
          : `learning rate ${this.cfg.lr}`;
    this.diverged = divergenceMessage(
      `Training of ${who}`,
      this.steps,
      v,
      `The ${rate} is too large: each update overshoots and the weights grow without bound.`,
      'Lower it (try a tenth) and press Reset.',
    );
  }

  // ─── Codes, reconstructions, features ──────────────────────────────────────

  /** Pass the train and test codes through a new encoder, in chunks. */
  private queueCodes(enc: Layer): void {
    const counts = { train: this.cfg.trainCount, test: this.cfg.testCount };
    const { job, dispose } = codesJob(
      enc,
      this.codes,
      counts,
      (rows) => this.work.add(1, (rows * enc.nIn * enc.nOut) / 1e6),
      (next) => {
        this.codes = next;
        this.disposeCodes = null;
      },
    );
    this.disposeCodes = dispose;
    this.jobs.push(job);
  }

  /** The autoencoders finished so far, plus the one in training. */
  private reconLayers(): AeLayer[] {
    const p = this.cursor.phase;
    const layers = [...this.aeStack];
    if (p.kind === 'autoencoder' && this.net && layers.length < p.layer)
      layers.push({ enc: readLayer(this.net, 0), dec: readLayer(this.net, 1) });
    return layers;
  }

  /** First-layer weights of each method's network as it stands, unit by unit (METHODS order). */
  private features(): { data: Float32Array; units: number } {
    const p = this.cursor.phase;
    // The network in training holds the first layer of its runs (but not in a greedy phase above layer 1).
    const netW = this.net && p.layer <= 1 ? this.net.layerWeights(0).W : null;
    const first = (m: Method): { W: Float32Array; run: number } => {
      const r = runOf(p, m);
      if (netW && r >= 0) return { W: netW, run: r };
      const kept = this.stacks.startOf(m, 0)?.W;
      if (kept) return { W: kept, run: 0 };
      const heInit = () =>
        (this.heInit0 ??= initialWeights(this.sizes.slice(0, 2), [{ ...this.runSpec('today'), lr: 0 }]).W[0]);
      return { W: m === 'today' ? heInit() : this.init0[0], run: 0 };
    };
    return packFeatures(METHODS.map(first), this.d0, this.sizes[1], MAX_FEATURES);
  }
}
