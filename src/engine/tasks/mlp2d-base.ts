/**
 * What every MLP-on-2D-data task shares (mlp2d, gradients, optimnet): seeded data and
 * batches, networks trained side by side, live batch size (and learning rate), train and
 * test evaluation in one pass, the rate meter and the one divergence test.
 */
import type { Activation } from '../networks/activations';
import { type DatasetId, type DatasetSplit, makeDataset } from '../data/datasets';
import { BatchSampler2D, DivergenceWatch, now, RateMeter, trainForMs, transferList } from '../runtime/loop';
import { BatchedMlp, type Init } from '../networks/mlp';
import type { ModelCost, TrainingTask } from '../runtime/protocol';

export interface RunConfig {
  activation: Activation;
  init: Init;
}

/** The data and batches of a 2D task. */
interface Mlp2dDataConfig {
  dataset: DatasetId;
  noise: number;
  /** Total points, train + test. */
  points: number;
  trainShare: number;
  batch: number;
  seed: number;
}

/** A 2D task whose runs are networks of one shape with one learning rate (mlp2d, gradients). */
export interface Mlp2dBaseConfig extends Mlp2dDataConfig {
  runs: RunConfig[];
  lr: number;
}

/** What every 2D task's snapshot starts with: progress, the rate and every run's losses. */
export interface Mlp2dLosses {
  step: number;
  epoch: number;
  stepsPerSec: number;
  /** Layer sizes of one network. */
  sizes: number[];
  runs: number;
  trainLoss: Float32Array;
  testLoss: Float32Array;
  trainAcc: Float32Array;
  testAcc: Float32Array;
}

/** Forward + backward ≈ 3 × the multiply-adds of a forward pass, for every run. */
export function mlpCost(sizes: number[], batch: number, runs: number): ModelCost {
  let macs = 0;
  for (let l = 0; l < sizes.length - 1; l++) macs += sizes[l] * sizes[l + 1];
  return { flopsPerStep: 3 * macs * batch * runs };
}

/** Layer sizes of a network on 2D points: two inputs, the hidden layers, one output. */
export function sizes2d(hidden: readonly number[]): number[] {
  return [2, ...hidden, 1];
}

/**
 * The worker's module of a 2D task: its constructor, and the cost the backend choice
 * weighs before anything is built (one network's layer sizes, the batch, the runs).
 */
export function mlp2dModule<C extends { batch: number; runs: readonly unknown[] }, T>(
  sizes: (config: C) => number[],
  create: (config: C) => T,
): { cost: (config: C) => ModelCost; create: (config: C) => T } {
  return { cost: (config) => mlpCost(sizes(config), config.batch, config.runs.length), create };
}

/** One BatchedMlp holding every run of the config, all from the same seed. */
export function sideBySide(base: Mlp2dBaseConfig, sizes: number[]): BatchedMlp {
  if (!base.runs.length) throw new Error('At least one network is needed.');
  return new BatchedMlp({ sizes, runs: base.runs.map((r) => ({ ...r, seed: base.seed, lr: base.lr })) });
}

function clampBatch(b: number, n: number): number {
  return Math.max(1, Math.min(Math.round(b), n));
}

/**
 * The shared machinery. The runs live in `nets` (one BatchedMlp with R runs, or R
 * one-run networks); run r is the r-th run counting through the nets in order.
 * Subclasses add their own snapshot contents and explanations.
 */
export abstract class Mlp2dBase<S> implements TrainingTask<S> {
  readonly cost: ModelCost;
  readonly nets: BatchedMlp[];
  protected readonly data: DatasetSplit;
  protected readonly sampler: BatchSampler2D;
  protected readonly meter = new RateMeter();
  protected batch: number;
  protected lr: number;
  protected steps = 0;
  protected diverged: string | null = null;
  /** After divergence, steps do nothing (the weights keep the state that diverged). */
  protected haltOnDivergence = false;
  private readonly watch = new DivergenceWatch();
  /** Train then test points in one array, for evaluating both in one pass. */
  private readonly both: { x: Float32Array; y: Float32Array };

  /** `data`, if given, replaces the split drawn from `base` (e.g. a fixed held-out set). */
  constructor(base: Mlp2dDataConfig & { lr?: number }, nets: BatchedMlp[], sizes: number[], data?: DatasetSplit) {
    if (!nets.length) throw new Error('At least one network is needed.');
    this.nets = nets;
    this.data =
      data ??
      makeDataset({
        dataset: base.dataset,
        noise: base.noise,
        count: base.points,
        trainShare: base.trainShare,
        seed: base.seed,
      });
    const { train, test } = this.data;
    this.both = { x: new Float32Array([...train.x, ...test.x]), y: new Float32Array([...train.y, ...test.y]) };
    this.sampler = new BatchSampler2D(train, base.seed + 101);
    this.batch = clampBatch(base.batch, train.n);
    this.lr = base.lr ?? 0;
    this.cost = mlpCost(sizes, base.batch, this.runCount);
  }

  /** The first (for mlp2d and gradients: the only) network. */
  get mlp(): BatchedMlp {
    return this.nets[0];
  }

  /** Runs over all nets. */
  get runCount(): number {
    return this.nets.reduce((s, m) => s + m.R, 0);
  }

  get epoch(): number {
    return this.sampler.seen / this.data.train.n;
  }

  abstract snapshot(full: boolean, forced?: boolean): { snap: S; transfer: Transferable[] };
  abstract describe(): unknown;

  trainFor(ms: number): number {
    return trainForMs(
      ms,
      () => this.oneStep(),
      () => this.haltOnDivergence && this.diverged !== null,
    );
  }

  step(n: number): void {
    for (let i = 0; i < n; i++) this.oneStep();
  }

  /** Live changes (values come over the wire: checked, not trusted). */
  set(params: Partial<{ lr: number; batch: number }>): void {
    if (typeof params.lr === 'number' && params.lr > 0) {
      this.lr = params.lr;
      for (const m of this.nets) m.setLearningRates(m.runs.map(() => params.lr as number));
    }
    if (typeof params.batch === 'number' && params.batch >= 1) this.batch = clampBatch(params.batch, this.data.train.n);
  }

  divergence(): string | null {
    return this.diverged;
  }

  dispose(): void {
    for (const m of this.nets) m.dispose();
  }

  protected oneStep(): void {
    if (this.haltOnDivergence && this.diverged) return;
    this.beforeStep();
    const { x, y } = this.sampler.next(this.batch);
    this.trainOn(x, y, y.length);
    this.steps++;
  }

  /** Called before each step takes its batch (the epoch is still the one the step starts in). */
  protected beforeStep(): void {}

  /** One training step of every run on this batch (plain SGD inside BatchedMlp by default). */
  protected trainOn(x: Float32Array, y: Float32Array, B: number): void {
    for (const m of this.nets) m.trainStep(x, y, B);
  }

  /** Train and test loss and accuracy of every run, from one forward pass over both sets. */
  protected evaluateBoth() {
    const { train, test } = this.data;
    const N = train.n + test.n;
    const R = this.runCount;
    const tr = { loss: new Float32Array(R), accuracy: new Float32Array(R) };
    const te = { loss: new Float32Array(R), accuracy: new Float32Array(R) };
    let run = 0;
    for (const m of this.nets) {
      const { loss, correct } = m.perExample(this.both.x, this.both.y, N);
      for (let r = 0; r < m.R; r++, run++) {
        let l0 = 0,
          c0 = 0,
          l1 = 0,
          c1 = 0;
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
        tr.loss[run] = l0 / train.n;
        tr.accuracy[run] = c0 / train.n;
        te.loss[run] = l1 / test.n;
        te.accuracy[run] = c1 / test.n;
      }
    }
    return { tr, te };
  }

  /** Evaluate every run and start the snapshot with the losses (see Mlp2dLosses). */
  protected losses(t = now()): Mlp2dLosses {
    const { tr, te } = this.evaluateBoth();
    return {
      step: this.steps,
      epoch: this.epoch,
      stepsPerSec: this.meter.update(this.steps, t),
      sizes: [...this.mlp.sizes],
      runs: this.runCount,
      trainLoss: tr.loss,
      testLoss: te.loss,
      trainAcc: tr.accuracy,
      testAcc: te.accuracy,
    };
  }

  /** The snapshot with its transfer list: the loss arrays plus the given extras. */
  protected withTransfer<T extends Mlp2dLosses>(
    snap: T,
    extra: (Float32Array | undefined)[],
  ): { snap: T; transfer: Transferable[] } {
    return { snap, transfer: transferList([snap.trainLoss, snap.testLoss, snap.trainAcc, snap.testAcc, ...extra]) };
  }

  /** The run whose loss has blown up (see DivergenceWatch in ../loop.ts), or -1. */
  protected divergedRun(loss: Float32Array): number {
    return this.watch.check(loss, this.steps);
  }
}
