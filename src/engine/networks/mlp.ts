/**
 * A multi-layer perceptron that trains several networks ("runs") at once.
 *
 * Every run has the same layer sizes but its own activation, initialization, seed and
 * learning rate. All runs are stacked along a leading "runs" axis, so one batched
 * matMul trains all of them: on the tfjs cpu backend the cost of a tiny network is the
 * per-op overhead, not the arithmetic, and three networks in one op cost the same as one.
 *
 * Notation (as in the lessons): a = z W + b is the pre-activation, z' = h(a) the
 * activation, δ = ∂E/∂a the error signal. Backpropagation is written out by hand
 * (δ_l = h'(a_l) ⊙ δ_{l+1} W_{l+1}ᵀ, ∂E/∂W_l = z_{l-1}ᵀ δ_l) rather than taped, which
 * is faster and gives the lessons the per-layer δ and gradient norms for free. Unit
 * tests check it against tf.grads and finite differences.
 *
 * Shapes: inputs [1, n, in + 1] (shared by all runs, ones column appended),
 * [W_l; b_l] [R, n_{l-1} + 1, n_l], activations [R, n, n_l].
 */
import * as tf from '@tensorflow/tfjs-core';
import { type Activation, derivativeNeedsA } from './activations';
import { activationDerivative, applyActivation } from './activation-ops';
import { initialWeights, type RunSpec } from './mlp-init';

export { INIT_CHOICES, INIT_LABELS, INITS, initialWeights, initStd, type Init, type RunSpec } from './mlp-init';

type OutputKind = 'sigmoid' | 'softmax' | 'linear';
type LossKind = 'ce' | 'mse';

export interface MlpSpec {
  /** Layer sizes from input to output, e.g. [2, 8, 8, 1]. */
  sizes: number[];
  runs: RunSpec[];
  /** Output unit(s): sigmoid (binary), softmax (classes) or linear. Default sigmoid. */
  output?: OutputKind;
  /** Cross-entropy (with sigmoid or softmax outputs) or ½‖y − ŷ‖². Default ce. */
  loss?: LossKind;
}

/** Contiguous runs sharing one activation: one op serves the whole group. */
interface Group {
  act: Activation;
  count: number;
}

export interface Gradients {
  /** ∂E/∂[W; b] per layer, [R, n_{l-1} + 1, n_l]: the last row is the bias gradient. */
  dWb: tf.Tensor3D[];
  /** δ per layer, [R, n, n_l]. */
  deltas: tf.Tensor3D[];
}

export interface Forward {
  /** Pre-activations per layer, [R, n, n_l]. */
  as: tf.Tensor3D[];
  /** Inputs of each layer with a column of ones appended, [R or 1, n, n_{l-1} + 1]. */
  zAug: tf.Tensor3D[];
  /** Hidden activations h(a) per hidden layer, [R, n, n_l]. */
  zs: tf.Tensor3D[];
  /** Network outputs ŷ, [R, n, out]. */
  out: tf.Tensor3D;
  /** Dropout masks per hidden layer (0 or 1/keep), [R, n, n_l], if the forward pass used any. */
  masks?: (tf.Tensor3D | null)[];
}

/**
 * Why the bias lives inside the weight matrix ([W; b], shape [R, n_in + 1, n_out], with a
 * ones column appended to each layer's input): tfjs-cpu's broadcasting element-wise ops
 * do index arithmetic per element and are ~100× slower than same-shape or scalar ops.
 * Folding the bias into the matMul removes every broadcast from the hot loop, and one
 * matMul yields both ∂E/∂W and ∂E/∂b.
 */
export class BatchedMlp {
  readonly sizes: number[];
  readonly runs: RunSpec[];
  readonly R: number;
  /** Number of weight layers. */
  readonly L: number;
  readonly output: OutputKind;
  readonly loss: LossKind;
  /** Weights with the bias as the last row, per layer. */
  readonly Wb: tf.Variable<tf.Rank.R3>[] = [];
  private readonly groups: Group[];
  private readonly one: tf.Scalar;
  private lr: tf.Tensor;
  private frozen: boolean[];
  /** Ones columns by [rows, n], reused across steps. */
  private readonly onesCache = new Map<string, tf.Tensor3D>();

  constructor(spec: MlpSpec) {
    if (spec.sizes.length < 2) throw new Error('An MLP needs at least an input and an output layer.');
    if (spec.runs.length < 1) throw new Error('At least one run is needed.');
    this.sizes = [...spec.sizes];
    this.runs = spec.runs.map((r) => ({ ...r }));
    this.R = spec.runs.length;
    this.L = spec.sizes.length - 1;
    this.output = spec.output ?? 'sigmoid';
    this.loss = spec.loss ?? 'ce';
    if (this.loss === 'ce' && this.output === 'linear')
      throw new Error('Cross-entropy needs sigmoid or softmax outputs.');
    if (this.loss === 'mse' && this.output === 'softmax')
      throw new Error('Squared error with softmax outputs is not supported.');
    this.groups = groupRuns(this.runs.map((r) => r.activation));
    this.frozen = new Array(this.L).fill(false);
    this.one = tf.keep(tf.scalar(1));
    this.lr = this.makeLr();
    const init = initialWeights(this.sizes, this.runs);
    for (let l = 0; l < this.L; l++) {
      const [nIn, nOut] = [this.sizes[l], this.sizes[l + 1]];
      const wb = new Float32Array(this.R * (nIn + 1) * nOut);
      for (let r = 0; r < this.R; r++)
        wb.set(init.W[l].subarray(r * nIn * nOut, (r + 1) * nIn * nOut), r * (nIn + 1) * nOut);
      // The variable shares the initial tensor's data; dispose the tensor itself so a reset leaks nothing.
      const initial = tf.tensor3d(wb, [this.R, nIn + 1, nOut]);
      this.Wb.push(tf.variable(initial, true, undefined, 'float32'));
      initial.dispose();
    }
  }

  /** Number of trainable parameters of one run. */
  get paramsPerRun(): number {
    let p = 0;
    for (let l = 0; l < this.L; l++) p += (this.sizes[l] + 1) * this.sizes[l + 1];
    return p;
  }

  setLearningRates(lrs: number[]): void {
    this.lr.dispose();
    this.runs.forEach((r, i) => (r.lr = lrs[i] ?? r.lr));
    this.lr = this.makeLr();
  }

  /** Freeze (or unfreeze) weight layers: frozen layers keep their weights in trainStep. */
  setFrozen(frozen: boolean[]): void {
    this.frozen = Array.from({ length: this.L }, (_, l) => frozen[l] ?? false);
  }

  /** Input rows with a ones column appended, as the shared [1, n, in + 1] tensor. */
  input(x: Float32Array, n: number): tf.Tensor3D {
    const d = this.sizes[0];
    const aug = new Float32Array(n * (d + 1));
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < d; j++) aug[i * (d + 1) + j] = x[i * d + j];
      aug[i * (d + 1) + d] = 1;
    }
    return tf.tensor3d(aug, [1, n, d + 1]);
  }

  /** Targets repeated for every run, [R, n, out] (same shape as the outputs: no broadcasting). */
  targets(y: Float32Array, n: number): tf.Tensor3D {
    const o = this.sizes[this.L];
    const rep = new Float32Array(this.R * n * o);
    for (let r = 0; r < this.R; r++) rep.set(y.subarray(0, n * o), r * n * o);
    return tf.tensor3d(rep, [this.R, n, o]);
  }

  /**
   * Forward pass from an augmented input (see `input`). Call inside tf.tidy. Optional
   * dropout `masks` (per hidden layer, [R, n, n_l], entries 0 or 1/keep) multiply the
   * activations passed on; `backward` then masks δ the same way.
   */
  forward(xAug: tf.Tensor3D, masks?: (tf.Tensor3D | null)[]): Forward {
    const n = xAug.shape[1];
    const as: tf.Tensor3D[] = [];
    const zAug: tf.Tensor3D[] = [xAug];
    const zs: tf.Tensor3D[] = [];
    let out = xAug;
    for (let l = 0; l < this.L; l++) {
      const a = tf.matMul(zAug[l], this.Wb[l]) as tf.Tensor3D;
      as.push(a);
      if (l < this.L - 1) {
        const z = this.activate(a);
        zs.push(z);
        const m = masks?.[l];
        zAug.push(tf.concat([m ? tf.mul(z, m) : z, this.ones(n)], 2) as tf.Tensor3D);
      } else out = this.outputActivate(a);
    }
    return { as, zAug, zs, out, masks };
  }

  /** Mean loss per run, [R]. `y` is [R, n, out] (see `targets`). Call inside tf.tidy. */
  lossOf(f: Forward, y: tf.Tensor3D): tf.Tensor1D {
    const aOut = f.as[this.L - 1];
    let perExample: tf.Tensor;
    if (this.loss === 'mse') {
      perExample = tf.mul(0.5, tf.sum(tf.square(tf.sub(f.out, y)), 2));
    } else if (this.output === 'softmax') {
      // −Σ y log softmax(a) = logsumexp(a) − Σ y a
      perExample = tf.sub(tf.logSumExp(aOut, 2), tf.sum(tf.mul(y, aOut), 2));
    } else {
      // Binary cross-entropy from logits, stable: softplus(a) − y a
      perExample = tf.sum(tf.sub(tf.softplus(aOut), tf.mul(y, aOut)), 2);
    }
    return tf.mean(perExample, 1) as tf.Tensor1D;
  }

  /**
   * Backpropagation by hand, for the mean loss over the n examples. `y` is [R, n, out].
   * Layers below `stopAt` are skipped (used when they are frozen). Everything is
   * multiplied by `scale` (default 1/n: the gradient of the mean). Call inside tf.tidy.
   */
  backward(f: Forward, y: tf.Tensor3D, n: number, stopAt = 0, scale = 1 / n): Gradients {
    const L = this.L;
    const dWb: tf.Tensor3D[] = new Array(L);
    const deltas: tf.Tensor3D[] = new Array(L);
    // Sigmoid/softmax with cross-entropy, and linear outputs with squared error: δ = (ŷ − y)/n.
    // (trainStep passes scale = η/n so the gradients come out already multiplied by η.)
    let delta = tf.mul(tf.sub(f.out, y), scale) as tf.Tensor3D;
    if (this.loss === 'mse' && this.output === 'sigmoid')
      delta = tf.mul(delta, tf.mul(f.out, tf.sub(this.one, f.out))) as tf.Tensor3D;
    for (let l = L - 1; l >= stopAt; l--) {
      deltas[l] = delta;
      dWb[l] = tf.matMul(f.zAug[l], delta, true, false) as tf.Tensor3D;
      if (l > stopAt) {
        const width = this.sizes[l];
        // δ W_lᵀ, dropping the bias column, times h'(a) of the layer below.
        const back = tf.slice(tf.matMul(delta, this.Wb[l], false, true), [0, 0, 0], [this.R, n, width]);
        delta = tf.mul(back, this.derivative(f.as[l - 1], f.zs[l - 1])) as tf.Tensor3D;
        const m = f.masks?.[l - 1];
        if (m) delta = tf.mul(delta, m) as tf.Tensor3D;
      }
    }
    return { dWb, deltas };
  }

  /** One step of plain SGD on one mini-batch, for every run at once. */
  trainStep(x: Float32Array, y: Float32Array, n: number): void {
    const stopAt = this.frozen.findIndex((f) => !f);
    if (stopAt < 0) return;
    const shared = this.lr.rank === 0 ? this.runs[0].lr : null;
    tf.tidy(() => {
      const f = this.forward(this.input(x, n));
      // With one learning rate for all runs, fold η into δ: the update is then a single sub.
      const g = this.backward(f, this.targets(y, n), n, stopAt, shared === null ? 1 / n : shared / n);
      for (let l = stopAt; l < this.L; l++) {
        if (this.frozen[l]) continue;
        const step = shared === null ? tf.mul(this.lr, g.dWb[l]) : g.dWb[l];
        this.Wb[l].assign(tf.sub(this.Wb[l], step) as tf.Tensor3D);
      }
    });
  }

  /** Network outputs for n inputs, [R × n × out] flattened. */
  predict(x: Float32Array, n: number): Float32Array {
    return tf.tidy(() => this.forward(this.input(x, n)).out.dataSync() as Float32Array);
  }

  /** Mean loss and accuracy per run on a dataset. */
  evaluate(x: Float32Array, y: Float32Array, n: number): { loss: Float32Array; accuracy: Float32Array } {
    const { loss, correct } = this.perExample(x, y, n);
    const out = { loss: new Float32Array(this.R), accuracy: new Float32Array(this.R) };
    for (let r = 0; r < this.R; r++) {
      let l = 0;
      let c = 0;
      for (let i = 0; i < n; i++) {
        l += loss[r * n + i];
        c += correct[r * n + i];
      }
      out.loss[r] = l / n;
      out.accuracy[r] = c / n;
    }
    return out;
  }

  /**
   * Loss and correctness (1 or 0) of every example for every run, [R × n] each, in one
   * forward pass: callers can average any subsets (e.g. train and test) in plain JS.
   */
  perExample(x: Float32Array, y: Float32Array, n: number): { loss: Float32Array; correct: Float32Array } {
    return tf.tidy(() => {
      const f = this.forward(this.input(x, n));
      const yt = this.targets(y, n);
      const aOut = f.as[this.L - 1];
      let loss: tf.Tensor;
      let correct: tf.Tensor;
      if (this.loss === 'mse') loss = tf.mul(0.5, tf.sum(tf.square(tf.sub(f.out, yt)), 2));
      else if (this.output === 'softmax') loss = tf.sub(tf.logSumExp(aOut, 2), tf.sum(tf.mul(yt, aOut), 2));
      else loss = tf.sum(tf.sub(tf.softplus(aOut), tf.mul(yt, aOut)), 2);
      if (this.output === 'softmax') correct = tf.equal(tf.argMax(f.out, 2), tf.argMax(yt, 2));
      else correct = tf.all(tf.equal(tf.greater(f.out, 0.5), tf.greater(yt, 0.5)), 2);
      return { loss: loss.dataSync() as Float32Array, correct: tf.cast(correct, 'float32').dataSync() as Float32Array };
    });
  }

  /** Pre-activations of every hidden layer, each [R × n × width] flattened. */
  hiddenPreactivations(x: Float32Array, n: number): Float32Array[] {
    return tf.tidy(() => {
      const f = this.forward(this.input(x, n));
      return f.as.slice(0, this.L - 1).map((a) => a.dataSync() as Float32Array);
    });
  }

  /** ‖∂E/∂W_l‖ (Frobenius, weights only) for every run and layer, [R × L] run-major, on one batch. */
  gradientNorms(x: Float32Array, y: Float32Array, n: number): Float32Array {
    return tf.tidy(() => {
      const f = this.forward(this.input(x, n));
      const g = this.backward(f, this.targets(y, n), n);
      const norms = g.dWb.map((d, l) =>
        tf.sqrt(tf.sum(tf.square(tf.slice(d, [0, 0, 0], [this.R, this.sizes[l], this.sizes[l + 1]])), [1, 2])),
      );
      return tf.stack(norms, 1).dataSync() as Float32Array;
    });
  }

  /** Weights of layer l as [R × n_in × n_out] and biases [R × n_out]. */
  layerWeights(l: number): { W: Float32Array; b: Float32Array } {
    const [nIn, nOut] = [this.sizes[l], this.sizes[l + 1]];
    const wb = this.Wb[l].dataSync() as Float32Array;
    const W = new Float32Array(this.R * nIn * nOut);
    const b = new Float32Array(this.R * nOut);
    for (let r = 0; r < this.R; r++) {
      const off = r * (nIn + 1) * nOut;
      W.set(wb.subarray(off, off + nIn * nOut), r * nIn * nOut);
      b.set(wb.subarray(off + nIn * nOut, off + (nIn + 1) * nOut), r * nOut);
    }
    return { W, b };
  }

  setLayerWeights(l: number, W: Float32Array, b: Float32Array): void {
    const [nIn, nOut] = [this.sizes[l], this.sizes[l + 1]];
    const wb = new Float32Array(this.R * (nIn + 1) * nOut);
    for (let r = 0; r < this.R; r++) {
      const off = r * (nIn + 1) * nOut;
      wb.set(W.subarray(r * nIn * nOut, (r + 1) * nIn * nOut), off);
      wb.set(b.subarray(r * nOut, (r + 1) * nOut), off + nIn * nOut);
    }
    tf.tidy(() => this.Wb[l].assign(tf.tensor3d(wb, this.Wb[l].shape)));
  }

  dispose(): void {
    for (const v of this.Wb) v.dispose();
    for (const t of this.onesCache.values()) t.dispose();
    this.onesCache.clear();
    this.one.dispose();
    this.lr.dispose();
  }

  /** A scalar when all runs share one learning rate (the fast path), else [R, 1, 1]. */
  private makeLr(): tf.Tensor {
    const lrs = this.runs.map((r) => r.lr);
    return tf.keep(lrs.every((v) => v === lrs[0]) ? tf.scalar(lrs[0]) : tf.tensor3d(lrs, [this.R, 1, 1]));
  }

  private ones(n: number): tf.Tensor3D {
    let t = this.onesCache.get(String(n));
    if (!t) {
      if (this.onesCache.size > 8) {
        for (const v of this.onesCache.values()) v.dispose();
        this.onesCache.clear();
      }
      t = tf.keep(tf.ones([this.R, n, 1]) as tf.Tensor3D);
      this.onesCache.set(String(n), t);
    }
    return t;
  }

  private activate(a: tf.Tensor3D): tf.Tensor3D {
    return this.perGroup(a, (part, act) => applyActivation(part, act));
  }

  private derivative(a: tf.Tensor3D, z: tf.Tensor3D): tf.Tensor3D {
    if (this.groups.length === 1) return activationDerivative(a, z, this.groups[0].act, this.one) as tf.Tensor3D;
    const counts = this.groups.map((g) => g.count);
    const zParts = tf.split(z, counts, 0);
    const aParts = this.groups.some((g) => derivativeNeedsA(g.act)) ? tf.split(a, counts, 0) : null;
    return tf.concat(
      this.groups.map((g, i) => activationDerivative(aParts?.[i] ?? null, zParts[i], g.act, this.one)),
      0,
    ) as tf.Tensor3D;
  }

  private perGroup(a: tf.Tensor3D, fn: (part: tf.Tensor, act: Activation) => tf.Tensor): tf.Tensor3D {
    if (this.groups.length === 1) return fn(a, this.groups[0].act) as tf.Tensor3D;
    const parts = tf.split(
      a,
      this.groups.map((g) => g.count),
      0,
    );
    return tf.concat(
      this.groups.map((g, i) => fn(parts[i], g.act)),
      0,
    ) as tf.Tensor3D;
  }

  private outputActivate(a: tf.Tensor3D): tf.Tensor3D {
    switch (this.output) {
      case 'sigmoid':
        return tf.sigmoid(a);
      case 'softmax':
        return tf.softmax(a) as tf.Tensor3D;
      case 'linear':
        return a;
    }
  }
}

function groupRuns(acts: Activation[]): Group[] {
  const groups: Group[] = [];
  for (const act of acts) {
    const last = groups[groups.length - 1];
    if (last && last.act === act) last.count++;
    else groups.push({ act, count: 1 });
  }
  return groups;
}
