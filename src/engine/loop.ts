/**
 * Small pieces every training task needs: a time-sliced step loop, a steps-per-second
 * meter, and a seeded epoch-by-epoch mini-batch sampler for 2D datasets.
 */
import type { Dataset2D } from './datasets';
import { Rng } from './random';

/** Run `step` until `ms` milliseconds have passed (at least once) or `stop()` says so. */
export function trainForMs(ms: number, step: () => void, stop?: () => boolean): number {
  const t0 = performance.now();
  let n = 0;
  do {
    step();
    n++;
  } while (performance.now() - t0 < ms && !stop?.());
  return n;
}

/** Steps per second, re-measured over windows of at least `windowMs`. */
export class RateMeter {
  private steps0 = 0;
  private t0 = performance.now();
  rate = 0;
  constructor(private readonly windowMs = 250) {}
  /** Call with the running step count; returns the latest rate. */
  update(steps: number, now = performance.now()): number {
    if (steps < this.steps0) this.steps0 = steps; // after a reset
    if (now - this.t0 >= this.windowMs) {
      this.rate = (1000 * (steps - this.steps0)) / (now - this.t0);
      this.steps0 = steps;
      this.t0 = now;
    }
    return this.rate;
  }
}

/**
 * Seeded mini-batches from a 2D dataset: each epoch is a fresh permutation, batches run
 * across epoch boundaries, and the same seed gives the same batch order every time.
 */
export class BatchSampler2D {
  private readonly rng: Rng;
  private order: Uint32Array;
  private cursor = 0;
  private readonly xb: Float32Array;
  private readonly yb: Float32Array;
  /** Examples handed out so far (epochs = seen / n). */
  seen = 0;

  constructor(
    private readonly data: Dataset2D,
    seed: number,
  ) {
    this.rng = new Rng(seed);
    this.order = this.rng.permutation(data.n);
    this.xb = new Float32Array(2 * data.n);
    this.yb = new Float32Array(data.n);
  }

  /** The indices the next batch of B will use, without taking it (within the current epoch only). */
  peek(B: number): Uint32Array | null {
    return this.cursor + B <= this.order.length ? this.order.slice(this.cursor, this.cursor + B) : null;
  }

  /** The next batch of B examples (views into reused buffers: use before the next call). */
  next(B: number): { x: Float32Array; y: Float32Array } {
    const d = this.data;
    B = Math.min(B, d.n);
    for (let i = 0; i < B; i++) {
      if (this.cursor >= this.order.length) {
        this.order = this.rng.permutation(d.n);
        this.cursor = 0;
      }
      const j = this.order[this.cursor++];
      this.xb[2 * i] = d.x[2 * j];
      this.xb[2 * i + 1] = d.x[2 * j + 1];
      this.yb[i] = d.y[j];
    }
    this.seen += B;
    return { x: this.xb.subarray(0, 2 * B), y: this.yb.subarray(0, B) };
  }
}

/** The buffers of a snapshot's typed arrays (absent ones skipped), for postMessage's transfer list. */
export function transferList(arrays: (Float32Array | undefined)[]): Transferable[] {
  return arrays.filter((a): a is Float32Array => !!a).map((a) => a.buffer);
}
