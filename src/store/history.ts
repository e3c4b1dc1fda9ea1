/**
 * Loss (or any metric) history per run, bounded in memory: when full, every other
 * point is dropped, so a long run keeps its whole shape at half the resolution.
 */
export class History {
  readonly x: Float32Array;
  readonly ys: Float32Array[];
  n = 0;
  private stride = 1;
  private seen = 0;

  constructor(
    readonly channels: number,
    readonly capacity = 1200,
  ) {
    this.x = new Float32Array(capacity);
    this.ys = Array.from({ length: channels }, () => new Float32Array(capacity));
  }

  push(x: number, values: ArrayLike<number>): void {
    if (this.n > 0 && x <= this.x[this.n - 1]) return; // duplicate snapshot (e.g. after a step)
    if (this.seen++ % this.stride !== 0) return;
    if (this.n === this.capacity) this.compact();
    this.x[this.n] = x;
    for (let c = 0; c < this.channels; c++) this.ys[c][this.n] = values[c];
    this.n++;
  }

  /** Push per-run train and test values as channels [train₀…train_R−1, test₀…test_R−1]. */
  pushTrainTest(x: number, train: ArrayLike<number>, test: ArrayLike<number>): void {
    const R = train.length;
    if (this.channels !== 2 * R) return;
    const v = new Float32Array(2 * R);
    for (let r = 0; r < R; r++) {
      v[r] = train[r];
      v[R + r] = test[r];
    }
    this.push(x, v);
  }

  clear(): void {
    this.n = 0;
    this.stride = 1;
    this.seen = 0;
  }

  /** First recorded value of a channel (NaN if none). */
  first(c: number): number {
    return this.n ? this.ys[c][0] : NaN;
  }

  private compact(): void {
    const half = Math.floor(this.n / 2);
    for (let i = 0; i < half; i++) {
      this.x[i] = this.x[2 * i];
      for (const y of this.ys) y[i] = y[2 * i];
    }
    this.n = half;
    this.stride *= 2;
    this.seen = 1;
  }
}
