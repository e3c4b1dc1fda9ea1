/**
 * Small pieces every training task needs: one clock, a time-sliced step loop, a
 * steps-per-second meter, seeded epoch-by-epoch mini-batch samplers, and the one
 * divergence test (with its loss limit) every task uses.
 */
import type { Dataset2D } from '../data/datasets';
import { Rng } from '../data/random';

/** Milliseconds on the engine's one clock (monotonic; only differences mean anything). */
export function now(): number {
  return performance.now();
}

/** Run `step` until `ms` milliseconds have passed (at least once) or `stop()` says so. */
export function trainForMs(ms: number, step: () => void, stop?: () => boolean, clock: () => number = now): number {
  const t0 = clock();
  let n = 0;
  do {
    step();
    n++;
  } while (clock() - t0 < ms && !stop?.());
  return n;
}

/** Steps per second, re-measured over windows of at least `windowMs`. */
export class RateMeter {
  private steps0 = 0;
  private t0: number;
  rate = 0;
  constructor(
    private readonly windowMs = 250,
    private readonly clock: () => number = now,
  ) {
    this.t0 = clock();
  }
  /** Call with the running step count; returns the latest rate. */
  update(steps: number, t = this.clock()): number {
    if (steps < this.steps0) this.steps0 = steps; // after a reset
    if (t - this.t0 >= this.windowMs) {
      this.rate = (1000 * (steps - this.steps0)) / (t - this.t0);
      this.steps0 = steps;
      this.t0 = t;
    }
    return this.rate;
  }
}

/**
 * Seeded epoch order over n examples: each epoch is a fresh permutation, drawn as soon
 * as the previous one is used up, so the same seed gives the same order every time.
 */
export class EpochSampler {
  private readonly rng: Rng;
  private order: Uint32Array;
  private cursor = 0;
  /** Examples handed out so far (epochs = seen / n). */
  seen = 0;

  constructor(
    readonly n: number,
    seed: number,
  ) {
    this.rng = new Rng(seed);
    this.order = this.rng.permutation(n);
  }

  /** Position inside the current epoch. */
  get position(): number {
    return this.cursor;
  }

  /** Drop the rest of the current epoch and start a fresh one. */
  newEpoch(): void {
    this.order = this.rng.permutation(this.n);
    this.cursor = 0;
  }

  /** The indices the next batch of B will use, without taking them (within the current epoch only). */
  peek(B: number): Uint32Array | null {
    return this.cursor + B <= this.order.length ? this.order.slice(this.cursor, this.cursor + B) : null;
  }

  /**
   * The next B indices (at most n). Batches run across epoch boundaries, unless
   * `withinEpoch`: then the last batch of an epoch is cut short.
   */
  next(B: number, withinEpoch = false, out: Uint32Array = new Uint32Array(Math.min(B, this.n))): Uint32Array {
    B = Math.min(B, this.n);
    if (withinEpoch) B = Math.min(B, this.n - this.cursor);
    for (let i = 0; i < B; i++) {
      out[i] = this.order[this.cursor++];
      if (this.cursor >= this.n) this.newEpoch();
    }
    this.seen += B;
    return out.subarray(0, B);
  }
}

/** Seeded mini-batches from a 2D dataset (see EpochSampler). */
export class BatchSampler2D {
  private readonly epochs: EpochSampler;
  private readonly idx: Uint32Array;
  private readonly xb: Float32Array;
  private readonly yb: Float32Array;

  constructor(
    private readonly data: Dataset2D,
    seed: number,
  ) {
    this.epochs = new EpochSampler(data.n, seed);
    this.idx = new Uint32Array(data.n);
    this.xb = new Float32Array(2 * data.n);
    this.yb = new Float32Array(data.n);
  }

  /** Examples handed out so far (epochs = seen / n). */
  get seen(): number {
    return this.epochs.seen;
  }

  peek(B: number): Uint32Array | null {
    return this.epochs.peek(B);
  }

  /** The next batch of B examples (views into reused buffers: use before the next call). */
  next(B: number): { x: Float32Array; y: Float32Array } {
    const d = this.data;
    const idx = this.epochs.next(B, false, this.idx);
    for (let i = 0; i < idx.length; i++) {
      const j = idx[i];
      this.xb[2 * i] = d.x[2 * j];
      this.xb[2 * i + 1] = d.x[2 * j + 1];
      this.yb[i] = d.y[j];
    }
    return { x: this.xb.subarray(0, 2 * idx.length), y: this.yb.subarray(0, idx.length) };
  }
}

/** The buffers of a snapshot's typed arrays (absent ones skipped), for postMessage's transfer list. */
export function transferList(arrays: (Float32Array | undefined)[]): Transferable[] {
  return arrays.filter((a): a is Float32Array => !!a).map((a) => a.buffer);
}

// ─── Divergence ───────────────────────────────────────────────────────────────

/** A loss above this (and above LOSS_GROWTH × its start) means the weights are exploding. */
export const LOSS_LIMIT = 1e3;
const LOSS_GROWTH = 100;

/** Whether a loss has blown up: non-finite, or above both LOSS_LIMIT and LOSS_GROWTH × the start. */
export function lossDiverged(loss: number, startLoss = 0): boolean {
  return (
    !Number.isFinite(loss) || loss > Math.max(LOSS_LIMIT, LOSS_GROWTH * (Number.isFinite(startLoss) ? startLoss : 0))
  );
}

/** "reached 3.2e+4" / "became NaN" / "became infinite": what happened to a diverged loss. */
export function lossFate(v: number): string {
  return Number.isNaN(v) ? 'became NaN' : Number.isFinite(v) ? `reached ${v.toExponential(1)}` : 'became infinite';
}

/**
 * The one divergence test of every task, per run: the first losses seen (before any
 * step) are the start; a huge loss then is a bad start, not divergence.
 */
export class DivergenceWatch {
  private start: number[] = [];

  /** The first run whose loss has blown up, or -1. `steps` = training steps done so far. */
  check(loss: ArrayLike<number>, steps: number): number {
    if (steps === 0) {
      this.start = Array.from(loss);
      return -1;
    }
    for (let r = 0; r < loss.length; r++) if (lossDiverged(loss[r], this.start[r])) return r;
    return -1;
  }
}

/**
 * The divergence notice: who diverged, when, what the loss did, the cause and the remedy.
 * `who` starts the sentence ("The ReLU network", "Adam"); `cause` and `remedy` are full sentences.
 */
export function divergenceMessage(
  who: string,
  step: number,
  loss: number,
  cause: string,
  remedy = 'Lower the learning rate (try a tenth), then press Reset.',
): string {
  return `${who} diverged at step ${step}: its loss ${lossFate(loss)}. ${cause} ${remedy}`;
}
