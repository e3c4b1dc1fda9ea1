/**
 * The cost/ETA model of the pre-training run: the whole schedule's work is counted in
 * advance as "ops" (training steps, evaluation and code chunks) and millions of
 * multiply-adds; as slices run, time is fitted as a·ops + b·multiply-adds by decayed
 * least squares, giving the share done and the seconds left.
 */
import { now } from '../runtime/loop';
import { CODE_CHUNK, EVAL_CHUNK, evalsInPhase, type PhaseInfo } from './schedule';

/** Forgetting factor of the running fit (per slice). */
const FIT_DECAY = 0.97;
/** A gap between slices shorter than this counts as training time (see WorkMeter.account). */
const GAP_MS = 250;

interface Work {
  ops: number;
  /** Millions of multiply-adds. */
  macs: number;
}

/**
 * Decayed least-squares fit of ms ≈ a·ops + b·macs. Phases differ a lot (a 784-pixel
 * autoencoder against a 64-unit one; one network against four), so per-op overhead and
 * arithmetic are each learned where they dominate.
 */
export class CostFit {
  private sxx = [0, 0, 0];
  private sxy = [0, 0];
  /** ms per op and per million multiply-adds; NaN until measured. */
  a = NaN;
  b = NaN;

  constructor(private readonly decay = FIT_DECAY) {}

  add(ops: number, macs: number, ms: number): void {
    const k = this.decay;
    const { sxx, sxy } = this;
    this.sxx = [k * sxx[0] + ops * ops, k * sxx[1] + ops * macs, k * sxx[2] + macs * macs];
    this.sxy = [k * sxy[0] + ops * ms, k * sxy[1] + macs * ms];
    const [xx, xm, mm] = this.sxx;
    const [xy, my] = this.sxy;
    const det = xx * mm - xm * xm;
    let a = NaN;
    let b = NaN;
    if (det > 1e-6 * xx * mm) {
      a = (xy * mm - my * xm) / det;
      b = (xx * my - xm * xy) / det;
    }
    if (!(a >= 0 && b >= 0)) {
      // Not enough variety yet (or a negative coefficient): charge everything to the multiply-adds.
      a = 0;
      b = mm > 0 ? my / mm : NaN;
      if (!(b > 0)) [a, b] = [xy / xx, 0];
    }
    this.a = a;
    this.b = b;
  }

  /** Predicted milliseconds for some work (NaN until measured). */
  ms(w: Work): number {
    return this.a * w.ops + this.b * w.macs;
  }

  get known(): boolean {
    return Number.isFinite(this.a);
  }
}

/** Work done against the schedule's total, the time it took, and what is left. */
export class WorkMeter {
  readonly done: Work = { ops: 0, macs: 0 };
  readonly fit = new CostFit();
  /** Milliseconds spent training (paused time excluded). */
  trainMs = 0;
  private lastSliceEnd = -Infinity;

  constructor(
    readonly total: Work,
    private readonly clock: () => number = now,
  ) {}

  add(ops: number, macs: number): void {
    this.done.ops += ops;
    this.done.macs += macs;
  }

  /** Start a slice: returns what account() needs. */
  begin(): { t0: number; w0: Work } {
    return { t0: this.clock(), w0: { ...this.done } };
  }

  /**
   * End a slice: its time and work go to the cost model. The time counts from the end of
   * the previous slice when that was recent (the worker snapshots in between, and on
   * webgl a readback there waits for queued training work), so the model sees wall time.
   */
  account({ t0, w0 }: { t0: number; w0: Work }): void {
    const t1 = this.clock();
    const gap = t0 - this.lastSliceEnd;
    const ms = t1 - t0 + (gap < GAP_MS ? gap : 0);
    this.lastSliceEnd = t1;
    const ops = this.done.ops - w0.ops;
    const macs = this.done.macs - w0.macs;
    if (ops <= 0) return;
    this.trainMs += ms;
    this.fit.add(ops, macs, ms);
  }

  /** Share of the expected time done, by the fitted model (by multiply-adds until it is known), 0…1. */
  progress(): number {
    const share = this.fit.known ? this.fit.ms(this.done) / this.fit.ms(this.total) : this.done.macs / this.total.macs;
    return Math.min(1, Math.max(0, share));
  }

  /** Estimated seconds left (NaN until measured). */
  etaSec(): number {
    const eta = this.fit.ms({ ops: this.total.ops - this.done.ops, macs: this.total.macs - this.done.macs }) / 1000;
    return Number.isFinite(eta) ? Math.max(0, eta) : NaN;
  }
}

// ─── Work of the schedule ─────────────────────────────────────────────────────

/** Multiply-adds of one forward pass of one example through a phase's network (all runs). */
export function forwardMacs(p: PhaseInfo): number {
  let s = 0;
  for (let l = 0; l < p.sizes.length - 1; l++) s += p.sizes[l] * p.sizes[l + 1];
  return s * p.runs;
}

/** Multiply-adds of one training step per example: forward, plus ~2× for the layers that learn. */
export function trainMacs(p: PhaseInfo): number {
  let s = 0;
  for (let l = 0; l < p.sizes.length - 1; l++) s += p.sizes[l] * p.sizes[l + 1] * (p.frozen[l] ? 1 : 3);
  return s * p.runs;
}

interface WorkCounts {
  trainCount: number;
  testCount: number;
  /** Training examples each evaluation scores. */
  evalTrain: number;
  batch: number;
}

/** Ops and millions of multiply-adds a phase will take (training, evaluations, codes). */
export function phaseWork(p: PhaseInfo, c: WorkCounts): Work {
  const perEpoch = Math.ceil(c.trainCount / c.batch);
  const steps = p.epochs * perEpoch;
  const evals = evalsInPhase(p, perEpoch);
  const evalRows = c.evalTrain + c.testCount;
  const codeRows = c.trainCount + c.testCount;
  const codes = p.kind === 'autoencoder';
  return {
    ops:
      steps +
      evals * Math.ceil(evalRows / EVAL_CHUNK) +
      (codes ? Math.ceil(c.trainCount / CODE_CHUNK) + Math.ceil(c.testCount / CODE_CHUNK) : 0),
    macs:
      (steps * c.batch * trainMacs(p) +
        evals * evalRows * forwardMacs(p) +
        (codes ? codeRows * p.sizes[0] * p.sizes[1] : 0)) /
      1e6,
  };
}

/** The whole schedule's work. */
export function scheduleWork(phases: PhaseInfo[], c: WorkCounts): Work {
  const w = phases.map((p) => phaseWork(p, c));
  return { ops: w.reduce((s, x) => s + x.ops, 0), macs: w.reduce((s, x) => s + x.macs, 0) };
}
