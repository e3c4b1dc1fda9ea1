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
 * Shapes: inputs [1, n, in] (shared by all runs), W_l [R, n_{l-1}, n_l], b_l [R, 1, n_l],
 * activations [R, n, n_l].
 */
import * as tf from '@tensorflow/tfjs-core';
import { type Activation, activationDerivative, applyActivation } from './activations';
import { Rng } from './random';

export const INITS = ['glorot', 'he', 'smallNormal', 'large'] as const;
export type Init = (typeof INITS)[number];

export const INIT_LABELS: Record<Init, string> = {
  glorot: 'Glorot (Xavier)',
  he: 'He',
  smallNormal: 'Small normal (σ = 0.1)',
  large: 'Too large (4 × He)',
};

/** Standard deviation of the normal distribution each initialization draws weights from. */
export function initStd(init: Init, nIn: number, nOut: number): number {
  switch (init) {
    case 'glorot':
      return Math.sqrt(2 / (nIn + nOut)); // Glorot & Bengio (2010)
    case 'he':
      return Math.sqrt(2 / nIn); // He et al. (2015)
    case 'smallNormal':
      return 0.1;
    case 'large':
      return 4 * Math.sqrt(2 / nIn);
  }
}

export interface RunSpec {
  activation: Activation;
  init: Init;
  seed: number;
  lr: number;
}

export type OutputKind = 'sigmoid' | 'softmax' | 'linear';
export type LossKind = 'ce' | 'mse';

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
  dW: tf.Tensor3D[];
  db: tf.Tensor3D[];
  /** δ per layer, [R, n, n_l]. */
  deltas: tf.Tensor3D[];
}

export interface Forward {
  /** Pre-activations per layer, [R, n, n_l]. */
  as: tf.Tensor3D[];
  /** Activations: zs[0] is the input [1, n, in], zs[l] the output of layer l. */
  zs: tf.Tensor3D[];
  /** Network outputs ŷ, [R, n, out]. */
  out: tf.Tensor3D;
}

export class BatchedMlp {
  readonly sizes: number[];
  readonly runs: RunSpec[];
  readonly R: number;
  /** Number of weight layers. */
  readonly L: number;
  readonly output: OutputKind;
  readonly loss: LossKind;
  readonly W: tf.Variable<tf.Rank.R3>[] = [];
  readonly b: tf.Variable<tf.Rank.R3>[] = [];
  private readonly groups: Group[];
  private readonly one: tf.Scalar;
  private lr: tf.Tensor3D;
  private frozen: boolean[];

  constructor(spec: MlpSpec) {
    if (spec.sizes.length < 2) throw new Error('An MLP needs at least an input and an output layer.');
    if (spec.runs.length < 1) throw new Error('At least one run is needed.');
    this.sizes = [...spec.sizes];
    this.runs = spec.runs.map((r) => ({ ...r }));
    this.R = spec.runs.length;
    this.L = spec.sizes.length - 1;
    this.output = spec.output ?? 'sigmoid';
    this.loss = spec.loss ?? 'ce';
    if (this.loss === 'ce' && this.output === 'linear') throw new Error('Cross-entropy needs sigmoid or softmax outputs.');
    this.groups = groupRuns(this.runs.map((r) => r.activation));
    this.frozen = new Array(this.L).fill(false);
    this.one = tf.keep(tf.scalar(1));
    this.lr = tf.keep(tf.tensor3d(this.runs.map((r) => r.lr), [this.R, 1, 1]));
    const init = initialWeights(this.sizes, this.runs);
    for (let l = 0; l < this.L; l++) {
      const [nIn, nOut] = [this.sizes[l], this.sizes[l + 1]];
      this.W.push(tf.variable(tf.tensor3d(init.W[l], [this.R, nIn, nOut]), true, undefined, 'float32'));
      this.b.push(tf.variable(tf.zeros([this.R, 1, nOut]) as tf.Tensor3D));
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
    this.lr = tf.keep(tf.tensor3d(this.runs.map((r) => r.lr), [this.R, 1, 1]));
  }

  /** Freeze (or unfreeze) weight layers: frozen layers keep their weights in trainStep. */
  setFrozen(frozen: boolean[]): void {
    this.frozen = Array.from({ length: this.L }, (_, l) => frozen[l] ?? false);
  }

  /** Input rows as the shared [1, n, in] tensor. */
  input(x: Float32Array, n: number): tf.Tensor3D {
    return tf.tensor3d(x, [1, n, this.sizes[0]]);
  }

  /** Forward pass. Call inside tf.tidy. */
  forward(x: tf.Tensor3D): Forward {
    const as: tf.Tensor3D[] = [];
    const zs: tf.Tensor3D[] = [x];
    let z = x;
    for (let l = 0; l < this.L; l++) {
      const a = tf.add(tf.matMul(z, this.W[l]), this.b[l]) as tf.Tensor3D;
      as.push(a);
      z = l < this.L - 1 ? this.activate(a) : this.outputActivate(a);
      zs.push(z);
    }
    return { as, zs, out: z };
  }

  /** Mean loss per run, [R]. Call inside tf.tidy. */
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
   * Backpropagation by hand. `y` is [1, n, out] (shared targets) or [R, n, out].
   * Gradients are of the mean loss over the n examples. Call inside tf.tidy.
   * `stopAt` skips layers below it (used when they are frozen).
   */
  backward(f: Forward, y: tf.Tensor3D, n: number, stopAt = 0): Gradients {
    const L = this.L;
    const dW: tf.Tensor3D[] = new Array(L);
    const db: tf.Tensor3D[] = new Array(L);
    const deltas: tf.Tensor3D[] = new Array(L);
    let delta = tf.div(tf.sub(f.out, y), n) as tf.Tensor3D;
    if (this.loss === 'mse' && this.output === 'sigmoid') {
      delta = tf.mul(delta, tf.mul(f.out, tf.sub(this.one, f.out))) as tf.Tensor3D;
    } else if (this.loss === 'mse' && this.output === 'softmax') {
      throw new Error('mse with softmax outputs is not supported');
    }
    for (let l = L - 1; l >= stopAt; l--) {
      deltas[l] = delta;
      dW[l] = tf.matMul(f.zs[l], delta, true, false) as tf.Tensor3D;
      db[l] = tf.sum(delta, 1, true) as tf.Tensor3D;
      if (l > stopAt) {
        const back = tf.matMul(delta, this.W[l], false, true);
        delta = tf.mul(back, this.derivative(f.as[l - 1], f.zs[l])) as tf.Tensor3D;
      }
    }
    return { dW, db, deltas };
  }

  /** One step of plain SGD on one mini-batch, for every run at once. */
  trainStep(x: Float32Array, y: Float32Array, n: number): void {
    const stopAt = this.lowestTrainable();
    if (stopAt < 0) return;
    tf.tidy(() => {
      const f = this.forward(this.input(x, n));
      const g = this.backward(f, tf.tensor3d(y, [1, n, this.sizes[this.L]]), n, stopAt);
      for (let l = stopAt; l < this.L; l++) {
        if (this.frozen[l]) continue;
        this.W[l].assign(tf.sub(this.W[l], tf.mul(this.lr, g.dW[l])) as tf.Tensor3D);
        this.b[l].assign(tf.sub(this.b[l], tf.mul(this.lr, g.db[l])) as tf.Tensor3D);
      }
    });
  }

  /** Network outputs for n inputs, [R × n × out] flattened. */
  predict(x: Float32Array, n: number): Float32Array {
    return tf.tidy(() => this.forward(this.input(x, n)).out.dataSync() as Float32Array);
  }

  /** Mean loss and accuracy per run on a dataset. */
  evaluate(x: Float32Array, y: Float32Array, n: number): { loss: Float32Array; accuracy: Float32Array } {
    return tf.tidy(() => {
      const f = this.forward(this.input(x, n));
      const yt = tf.tensor3d(y, [1, n, this.sizes[this.L]]);
      const loss = this.lossOf(f, yt);
      let correct: tf.Tensor;
      if (this.output === 'softmax') {
        correct = tf.equal(tf.argMax(f.out, 2), tf.argMax(yt, 2));
      } else {
        correct = tf.equal(tf.greater(f.out, 0.5), tf.greater(yt, 0.5));
      }
      const accuracy = tf.mean(tf.cast(correct, 'float32'), this.output === 'softmax' ? 1 : [1, 2]);
      return { loss: loss.dataSync() as Float32Array, accuracy: accuracy.dataSync() as Float32Array };
    });
  }

  /** ‖∂E/∂W_l‖ (Frobenius) for every run and layer, [R × L] run-major, on one batch. */
  gradientNorms(x: Float32Array, y: Float32Array, n: number): Float32Array {
    return tf.tidy(() => {
      const f = this.forward(this.input(x, n));
      const g = this.backward(f, tf.tensor3d(y, [1, n, this.sizes[this.L]]), n);
      const norms = g.dW.map((d) => tf.sqrt(tf.sum(tf.square(d), [1, 2])));
      return tf.stack(norms, 1).dataSync() as Float32Array;
    });
  }

  /** Weights of layer l as [R × n_in × n_out] and biases [R × n_out]. */
  layerWeights(l: number): { W: Float32Array; b: Float32Array } {
    return { W: this.W[l].dataSync() as Float32Array, b: this.b[l].dataSync() as Float32Array };
  }

  setLayerWeights(l: number, W: Float32Array, b: Float32Array): void {
    tf.tidy(() => {
      this.W[l].assign(tf.tensor3d(W, this.W[l].shape));
      this.b[l].assign(tf.tensor3d(b, this.b[l].shape));
    });
  }

  dispose(): void {
    for (const v of [...this.W, ...this.b]) v.dispose();
    this.one.dispose();
    this.lr.dispose();
  }

  private lowestTrainable(): number {
    return this.frozen.findIndex((f) => !f);
  }

  private activate(a: tf.Tensor3D): tf.Tensor3D {
    return this.perGroup(a, (part, act) => applyActivation(part, act));
  }

  private derivative(a: tf.Tensor3D, z: tf.Tensor3D): tf.Tensor3D {
    if (this.groups.length === 1) return activationDerivative(a, z, this.groups[0].act, this.one) as tf.Tensor3D;
    const counts = this.groups.map((g) => g.count);
    const aParts = tf.split(a, counts, 0);
    const zParts = tf.split(z, counts, 0);
    return tf.concat(
      this.groups.map((g, i) => activationDerivative(aParts[i], zParts[i], g.act, this.one)),
      0,
    ) as tf.Tensor3D;
  }

  private perGroup(a: tf.Tensor3D, fn: (part: tf.Tensor, act: Activation) => tf.Tensor): tf.Tensor3D {
    if (this.groups.length === 1) return fn(a, this.groups[0].act) as tf.Tensor3D;
    const parts = tf.split(a, this.groups.map((g) => g.count), 0);
    return tf.concat(this.groups.map((g, i) => fn(parts[i], g.act)), 0) as tf.Tensor3D;
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

/**
 * Initial weights, drawn in plain JS from each run's seed so they are identical on
 * every backend. Runs with the same seed and init start from the same weights,
 * which makes side-by-side comparisons of activations fair.
 */
export function initialWeights(sizes: number[], runs: RunSpec[]): { W: Float32Array[] } {
  const W: Float32Array[] = [];
  for (let l = 0; l < sizes.length - 1; l++) {
    const [nIn, nOut] = [sizes[l], sizes[l + 1]];
    const w = new Float32Array(runs.length * nIn * nOut);
    runs.forEach((run, r) => {
      const rng = new Rng(run.seed * 1009 + l);
      const std = initStd(run.init, nIn, nOut);
      const off = r * nIn * nOut;
      for (let i = 0; i < nIn * nOut; i++) w[off + i] = rng.normal() * std;
    });
    W.push(w);
  }
  return { W };
}
