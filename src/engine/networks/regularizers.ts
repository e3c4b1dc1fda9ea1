/**
 * Regularized training of a BatchedMlp, one regularizer per run: weight penalties
 * (L2: λ‖W‖², whose gradient 2λW is "weight decay"; L1: λ‖W‖₁, with the subgradient
 * λ·sign(W)), inverted dropout on the hidden units (Srivastava et al., 2014), and
 * early stopping (keep the weights with the lowest validation loss, stop when it has
 * not improved for a while, restore them). Penalties apply to weights, not biases.
 *
 * All runs train in one batched step, as in BatchedMlp.trainStep; every per-run
 * coefficient is a same-shape tensor [R, n_in + 1, n_out] (zero on the bias row), so
 * the hot loop has no broadcasting.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BatchedMlp } from './mlp';
import { Rng } from '../data/random';

/** Per run: penalty strengths and the dropout keep probability (1 = no dropout). */
export interface RunRegularization {
  l2: number;
  l1: number;
  keep: number;
}

/** Dropout masks for one step: per hidden layer, [R × n × width], entries 0 or 1/keep (1 for runs without dropout). */
export function dropoutMasks(rng: Rng, keep: number[], n: number, widths: number[]): Float32Array[] | null {
  if (keep.every((k) => k >= 1)) return null;
  const R = keep.length;
  return widths.map((w) => {
    const m = new Float32Array(R * n * w);
    for (let r = 0; r < R; r++) {
      const p = keep[r];
      const off = r * n * w;
      if (p >= 1) m.fill(1, off, off + n * w);
      else for (let i = 0; i < n * w; i++) m[off + i] = rng.uniform() < p ? 1 / p : 0;
    }
    return m;
  });
}

export class RegularizedTrainer {
  private lr: number;
  private regs: RunRegularization[];
  private readonly frozen: boolean[];
  private readonly rng: Rng;
  /** 2λ₂ and λ₁ per run on the weight rows, per layer; null when no run uses that penalty. */
  private k2: tf.Tensor3D[] | null = null;
  private k1: tf.Tensor3D[] | null = null;
  /** 1 for runs that train, 0 for frozen (early-stopped) runs; null when none is frozen. */
  private live: tf.Tensor3D[] | null = null;

  constructor(
    readonly mlp: BatchedMlp,
    regs: RunRegularization[],
    lr: number,
    seed: number,
  ) {
    if (regs.length !== mlp.R) throw new Error('One regularization per run is needed.');
    this.regs = regs.map((r) => ({ ...r }));
    this.lr = lr;
    this.frozen = new Array(mlp.R).fill(false);
    this.rng = new Rng(seed * 31 + 7);
    this.rebuild();
  }

  get regularizations(): readonly RunRegularization[] {
    return this.regs;
  }

  setLearningRate(lr: number): void {
    this.lr = lr;
  }

  setRegularization(regs: RunRegularization[]): void {
    this.regs = regs.map((r) => ({ ...r }));
    this.rebuild();
  }

  /** A frozen run keeps its weights (early stopping has stopped it). */
  setFrozen(r: number, frozen: boolean): void {
    this.frozen[r] = frozen;
    this.rebuild();
  }

  isFrozen(r: number): boolean {
    return this.frozen[r];
  }

  /** One SGD step on the penalized loss, with dropout masks for the runs that use them. */
  trainStep(x: Float32Array, y: Float32Array, n: number): void {
    const m = this.mlp;
    const masks = dropoutMasks(
      this.rng,
      this.regs.map((r) => r.keep),
      n,
      m.sizes.slice(1, -1),
    );
    tf.tidy(() => {
      const mt = masks?.map((a, h) => tf.tensor3d(a, [m.R, n, m.sizes[h + 1]]));
      const f = m.forward(m.input(x, n), mt);
      const g = m.backward(f, m.targets(y, n), n, 0, this.lr / n);
      for (let l = 0; l < m.L; l++) {
        const W = m.Wb[l];
        let upd: tf.Tensor = this.live ? tf.mul(this.live[l], g.dWb[l]) : g.dWb[l];
        const pen = this.penaltyGradient(l, W);
        if (pen) upd = tf.add(upd, tf.mul(this.lr, pen));
        W.assign(tf.sub(W, upd) as tf.Tensor3D);
      }
    });
  }

  /**
   * ∂(E + Ω)/∂[W; b] per layer, flattened [R × (n_in + 1) × n_out], without dropout:
   * the mean loss's gradient plus the penalty's (for tests and explanations).
   */
  gradients(x: Float32Array, y: Float32Array, n: number): Float32Array[] {
    const m = this.mlp;
    return tf.tidy(() => {
      const g = m.backward(m.forward(m.input(x, n)), m.targets(y, n), n);
      return g.dWb.map((d, l) => {
        const pen = this.penaltyGradient(l, m.Wb[l]);
        return (pen ? tf.add(d, pen) : d).dataSync() as Float32Array;
      });
    });
  }

  /** The penalty Ω = λ₂‖W‖² + λ₁‖W‖₁ of every run (weights only), [R]. */
  penalty(): Float32Array {
    const m = this.mlp;
    const out = new Float32Array(m.R);
    for (let l = 0; l < m.L; l++) {
      const { W } = m.layerWeights(l);
      const per = W.length / m.R;
      for (let r = 0; r < m.R; r++) {
        let s2 = 0;
        let s1 = 0;
        for (let i = r * per; i < (r + 1) * per; i++) {
          s2 += W[i] * W[i];
          s1 += Math.abs(W[i]);
        }
        out[r] += this.regs[r].l2 * s2 + this.regs[r].l1 * s1;
      }
    }
    return out;
  }

  dispose(): void {
    for (const list of [this.k2, this.k1, this.live]) list?.forEach((t) => t.dispose());
    this.k2 = this.k1 = this.live = null;
  }

  /** 2λ₂W + λ₁ sign(W) on the weight rows (zero for biases and frozen runs); null if no penalty. Inside tf.tidy. */
  private penaltyGradient(l: number, W: tf.Tensor3D): tf.Tensor3D | null {
    let pen: tf.Tensor3D | null = null;
    if (this.k2) pen = tf.mul(this.k2[l], W) as tf.Tensor3D;
    if (this.k1) {
      const p1 = tf.mul(this.k1[l], tf.sign(W)) as tf.Tensor3D;
      pen = pen ? (tf.add(pen, p1) as tf.Tensor3D) : p1;
    }
    return pen;
  }

  /** Rebuild the coefficient tensors after a change of strengths or frozen runs. */
  private rebuild(): void {
    this.dispose();
    const on = (r: number) => (this.frozen[r] ? 0 : 1);
    const any2 = this.regs.some((g, r) => g.l2 > 0 && on(r));
    const any1 = this.regs.some((g, r) => g.l1 > 0 && on(r));
    if (any2) this.k2 = this.perRun((r) => 2 * this.regs[r].l2 * on(r), false);
    if (any1) this.k1 = this.perRun((r) => this.regs[r].l1 * on(r), false);
    if (this.frozen.some((f) => f)) this.live = this.perRun(on, true);
  }

  /** Per layer, a kept tensor [R, n_in + 1, n_out] holding value(r) (on the bias row too if `bias`). */
  private perRun(value: (r: number) => number, bias: boolean): tf.Tensor3D[] {
    const m = this.mlp;
    return m.Wb.map((W) => {
      const [R, rows, cols] = W.shape;
      const a = new Float32Array(R * rows * cols);
      for (let r = 0; r < R; r++) {
        const v = value(r);
        const end = bias ? rows * cols : (rows - 1) * cols;
        a.fill(v, r * rows * cols, r * rows * cols + end);
      }
      return tf.keep(tf.tensor3d(a, [R, rows, cols]));
    });
  }
}

/**
 * Early stopping for one run: watch its validation loss, keep a copy of the weights at
 * its lowest, and once it has not improved for `patience` steps, put those weights back
 * and stop the run.
 */
export class EarlyStopper {
  bestLoss = Infinity;
  bestStep = 0;
  /** The step it stopped at, or -1 while it still trains. */
  stoppedAt = -1;
  private best: tf.Tensor3D[] | null = null;
  /** 1 on run r's slice, 0 elsewhere, per layer. */
  private readonly select: tf.Tensor3D[];

  constructor(
    private readonly trainer: RegularizedTrainer,
    readonly run: number,
    public patience: number,
  ) {
    const m = trainer.mlp;
    this.select = m.Wb.map((W) => {
      const [R, rows, cols] = W.shape;
      const a = new Float32Array(R * rows * cols);
      a.fill(1, run * rows * cols, (run + 1) * rows * cols);
      return tf.keep(tf.tensor3d(a, [R, rows, cols]));
    });
  }

  /** Feed the run's validation loss after `step` steps; returns true when it has just stopped. */
  observe(loss: number, step: number): boolean {
    if (this.stoppedAt >= 0) return false;
    if (loss < this.bestLoss) {
      this.bestLoss = loss;
      this.bestStep = step;
      this.best?.forEach((t) => t.dispose());
      this.best = this.trainer.mlp.Wb.map((W) => tf.keep(tf.clone(W)) as tf.Tensor3D);
      return false;
    }
    if (step - this.bestStep < this.patience) return false;
    this.restore();
    this.stoppedAt = step;
    this.trainer.setFrozen(this.run, true);
    return true;
  }

  /** Put the best weights back into the run's slice (other runs untouched). */
  restore(): void {
    const best = this.best;
    if (!best) return;
    tf.tidy(() => {
      this.trainer.mlp.Wb.forEach((W, l) => {
        const s = this.select[l];
        W.assign(tf.add(tf.mul(s, best[l]), tf.mul(tf.sub(1, s), W)) as tf.Tensor3D);
      });
    });
  }

  dispose(): void {
    this.best?.forEach((t) => t.dispose());
    this.best = null;
    this.select.forEach((t) => t.dispose());
  }
}
