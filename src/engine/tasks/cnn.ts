/**
 * Training task: a small CNN (conv → pool → conv → pool → dense, see ../cnn-model.ts)
 * on real MNIST digits, and beside it a dense network with about as many parameters,
 * trained on the very same mini-batches from the same seed.
 *
 * Written with tfjs-core ops (conv2d, maxPool, matMul) and Adam (tf.train.adam), so the
 * gradients come from tfjs's autodiff — except the convolutions' own gradients, which
 * ../conv-grad.ts builds from Conv2D and Conv2DBackpropInput only: tfjs-backend-wasm
 * (4.22) has no Conv2DBackpropFilter kernel, and this way the CNN trains there too. With
 * tens of millions of multiply-adds per step the chooser times the real task on the GPU
 * backends and wasm (the worker's probe) and takes the fastest: a real GPU where there is
 * one, wasm where webgl is only a software rasterizer.
 *
 * The digits arrive in the config (the page loads the file once, with progress, and
 * hands the bytes over); the task splits them 8,000 / 2,000 with a fixed seed
 * (MNIST_SPLIT_SEED in ../mnist.ts), so every run is scored on the same test digits.
 *
 * Readback: each step reads back four numbers (loss and correct count of both
 * networks) in one go; that also keeps the GPU queue from running ahead of the clock.
 * The test set is scored in chunks between steps under a time budget
 * (TEST_SHARE of the training time); every test digit keeps its latest score, so the
 * test accuracy is always over all 2,000 digits, each scored at most one pass ago.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import {
  CLASSES,
  type CnnArch,
  cnnShapes,
  countParams,
  denseHiddenFor,
  denseParamShapes,
  IMAGE_SIDE,
  initWeights,
} from '../networks/cnn-model';
import { conv2dTrainable } from '../networks/conv-grad';
import { divergenceMessage, lossDiverged, now, RateMeter, trainForMs } from '../runtime/loop';
import { CNN_SPLIT, fullBatch, MnistBatcher, type MnistData, splitMnist } from '../data/mnist';
import { batchToTensors } from '../data/mnist-tensors';
import { makeOptimizer, setOptimizerLr } from '../networks/optimizers';
import type { LiveOf } from './registry';
import type { ModelCost, TaskModuleOf, TrainingTask } from '../runtime/protocol';

export const TRAIN_COUNT = CNN_SPLIT.trainCount;
export const TEST_COUNT = CNN_SPLIT.testCount;
/** Test digits scored per chunk. */
const TEST_CHUNK = 200;
/** At most this share of the time goes to scoring the test set. */
const TEST_SHARE = 0.2;
/** Kernels a backend needs to train this model (no Conv2DBackpropFilter: see ../conv-grad.ts). */
export const CNN_KERNELS = ['Conv2D', 'Conv2DBackpropInput', 'MaxPool', 'MaxPoolGrad'];

export interface CnnConfig {
  arch: CnnArch;
  lr: number;
  batch: number;
  seed: number;
  /** The digits (all 10,000; the task splits them). */
  data: MnistData;
}

export interface CnnSnapshot {
  step: number;
  epoch: number;
  /** Training examples seen so far. */
  examples: number;
  stepsPerSec: number;
  examplesPerSec: number;
  /** [CNN, dense]: running averages over the recent training batches. */
  trainLoss: Float32Array;
  trainAcc: Float32Array;
  /** [CNN, dense] over the test digits scored so far (each at its latest score). */
  testLoss: Float32Array;
  testAcc: Float32Array;
  /** How many of the test digits have been scored at least once. */
  testScored: number;
  /** Completed passes over the test set. */
  testPasses: number;
  /* Only in full snapshots: */
  /** CNN confusion counts, [true label × predicted], 10×10. */
  confusion?: Float32Array;
  /** Current weights, in the order of cnnShapes().params / denseParamShapes(). */
  cnnWeights?: Float32Array[];
  denseWeights?: Float32Array[];
}

export interface CnnInfo {
  arch: CnnArch;
  cnnParams: number;
  denseHidden: number;
  denseParams: number;
  trainCount: number;
  testCount: number;
  /** Positions of the test digits in the full file (so the page can show them). */
  testIndices: Uint32Array;
}

/** One network's forward pass, reading its weights from the shared parameter vector. */
type Forward = (x: tf.Tensor4D) => tf.Tensor2D;

/** Per-example loss and predicted class, for the test chunks. */
function scoreChunk(logits: tf.Tensor2D, labels: tf.Tensor1D): tf.Tensor {
  const logp = tf.logSoftmax(logits);
  const loss = tf.neg(tf.sum(tf.mul(logp, tf.oneHot(labels, CLASSES)), 1));
  const pred = tf.cast(tf.argMax(logits, 1), 'float32');
  return tf.concat([loss, pred]);
}

export class CnnTask implements TrainingTask<CnnSnapshot> {
  readonly cost: ModelCost;
  private readonly info: CnnInfo;
  /**
   * Every parameter of both networks in one flat variable, and one Adam over it. Adam is
   * element-wise, so this is the same as two optimizers with the same settings, and
   * the two losses are summed (their parameters are disjoint, so neither gradient
   * changes) — but one update is ~13 ops instead of ~13 per weight tensor: on webgl,
   * where every op is a shader dispatch, that is most of a step's fixed cost.
   */
  private readonly theta: tf.Variable;
  private readonly opt: tf.AdamOptimizer;
  /** Offsets and shapes of each tensor inside theta: CNN's six first, then the dense net's four. */
  private readonly layout: { offset: number; shape: number[]; size: number }[];
  private readonly forwards: Forward[];
  private batcher: MnistBatcher;
  private readonly train: MnistData;
  private readonly testX: tf.Tensor4D;
  private readonly testLabels: Uint8Array;
  private readonly testLabelsT: tf.Tensor1D;
  /** Latest per-digit test loss and prediction, per net ([net × TEST]); NaN/−1 = not scored yet. */
  private readonly testLossPer: Float32Array[];
  private readonly testPred: Int8Array[];
  private testCursor = 0;
  private testScored = 0;
  private testPasses = 0;
  private steps = 0;
  private examples = 0;
  private readonly emaLoss = [NaN, NaN];
  private readonly emaAcc = [NaN, NaN];
  private trainMs = 0;
  private testMs = 0;
  private readonly stepsMeter = new RateMeter(500);
  private readonly examplesMeter = new RateMeter(500);
  private diverged: string | null = null;
  /** Each network's loss on the first mini-batch (the divergence test's reference). */
  private readonly startLoss = [NaN, NaN];
  private lr: number;

  constructor(private readonly config: CnnConfig) {
    const { arch, seed } = config;
    const shapes = cnnShapes(arch);
    const hidden = denseHiddenFor(shapes.paramCount);
    const split = splitMnist(config.data, { trainCount: TRAIN_COUNT, testCount: TEST_COUNT });
    this.train = split.train;
    this.info = {
      arch,
      cnnParams: shapes.paramCount,
      denseHidden: hidden,
      denseParams: countParams(denseParamShapes(hidden)),
      trainCount: split.train.count,
      testCount: split.test.count,
      testIndices: split.testIndices,
    };
    this.batcher = new MnistBatcher(this.train, { batchSize: config.batch, seed });
    const test = fullBatch(split.test);
    this.testX = tf.tensor4d(test.x, [test.size, IMAGE_SIDE, IMAGE_SIDE, 1]);
    this.testLabels = test.labels;
    this.testLabelsT = tf.tensor1d(Int32Array.from(test.labels), 'int32');
    this.testLossPer = [new Float32Array(test.size).fill(NaN), new Float32Array(test.size).fill(NaN)];
    this.testPred = [new Int8Array(test.size).fill(-1), new Int8Array(test.size).fill(-1)];

    const dshapes = denseParamShapes(hidden);
    const init = [...initWeights(shapes.params, seed), ...initWeights(dshapes, seed)];
    const allShapes = [...shapes.params, ...dshapes];
    let offset = 0;
    this.layout = allShapes.map((shape, i) => {
      const entry = { offset, shape, size: init[i].length };
      offset += init[i].length;
      return entry;
    });
    const flatInit = new Float32Array(offset);
    init.forEach((w, i) => flatInit.set(w, this.layout[i].offset));
    this.theta = tf.variable(tf.tensor1d(flatInit), true, 'cnnTheta');
    // epsilon 1e-7: tfjs's own float32 default, which this task always used.
    this.lr = config.lr;
    this.opt = makeOptimizer('adam', config.lr, { epsilon: 1e-7 }) as tf.AdamOptimizer;
    const param = (i: number) =>
      tf.reshape(tf.slice(this.theta, this.layout[i].offset, this.layout[i].size), this.layout[i].shape);
    const flat = shapes.flat;
    this.forwards = [
      (x) => {
        const [w1, b1, w2, b2, w3, b3] = [0, 1, 2, 3, 4, 5].map(param);
        let h = tf.relu(tf.add(conv2dTrainable(x, w1 as tf.Tensor4D, { inputGrad: false }), b1)) as tf.Tensor4D;
        h = tf.maxPool(h, 2, 2, 'valid');
        h = tf.relu(tf.add(conv2dTrainable(h, w2 as tf.Tensor4D), b2)) as tf.Tensor4D;
        h = tf.maxPool(h, 2, 2, 'valid');
        return tf.add(tf.matMul(tf.reshape(h, [-1, flat]), w3 as tf.Tensor2D), b3) as tf.Tensor2D;
      },
      (x) => {
        const [w1, b1, w2, b2] = [6, 7, 8, 9].map(param);
        const h = tf.relu(tf.add(tf.matMul(tf.reshape(x, [-1, IMAGE_SIDE * IMAGE_SIDE]), w1 as tf.Tensor2D), b1));
        return tf.add(tf.matMul(h as tf.Tensor2D, w2 as tf.Tensor2D), b2) as tf.Tensor2D;
      },
    ];
    this.cost = cnnCost(config);
  }

  trainFor(ms: number): number {
    return trainForMs(
      ms,
      () => {
        this.oneStep();
        if (this.testMs < TEST_SHARE * this.trainMs) this.scoreTestChunk();
      },
      () => this.diverged !== null,
    );
  }

  step(n: number): void {
    for (let i = 0; i < n; i++) this.oneStep();
    // A single step should still show a test score.
    this.scoreTestChunk();
  }

  set(params: Partial<LiveOf<'cnn'>>): void {
    if (typeof params.lr === 'number' && params.lr > 0) {
      this.lr = params.lr;
      setOptimizerLr(this.opt, params.lr);
    }
    if (typeof params.batch === 'number' && params.batch >= 1 && Math.round(params.batch) !== this.batcher.batchSize) {
      const epoch = this.batcher.epoch;
      this.batcher = new MnistBatcher(this.train, { batchSize: Math.round(params.batch), seed: this.config.seed });
      this.batcher.seekEpoch(epoch);
    }
  }

  divergence(): string | null {
    return this.diverged;
  }

  snapshot(full: boolean): { snap: CnnSnapshot; transfer: Transferable[] } {
    const t = now();
    this.stepsMeter.update(this.steps, t);
    this.examplesMeter.update(this.examples, t);
    const testLoss = new Float32Array(2);
    const testAcc = new Float32Array(2);
    for (let r = 0; r < 2; r++) {
      let loss = 0;
      let right = 0;
      let n = 0;
      const lp = this.testLossPer[r];
      const pr = this.testPred[r];
      for (let i = 0; i < lp.length; i++) {
        if (pr[i] < 0) continue;
        n++;
        loss += lp[i];
        if (pr[i] === this.testLabels[i]) right++;
      }
      testLoss[r] = n ? loss / n : NaN;
      testAcc[r] = n ? right / n : NaN;
    }
    const snap: CnnSnapshot = {
      step: this.steps,
      epoch: this.examples / this.train.count,
      examples: this.examples,
      stepsPerSec: this.stepsMeter.rate,
      examplesPerSec: this.examplesMeter.rate,
      trainLoss: Float32Array.from(this.emaLoss),
      trainAcc: Float32Array.from(this.emaAcc),
      testLoss,
      testAcc,
      testScored: this.testScored,
      testPasses: this.testPasses,
    };
    const transfer: Transferable[] = [snap.trainLoss.buffer, snap.trainAcc.buffer, testLoss.buffer, testAcc.buffer];
    if (full) {
      const conf = new Float32Array(CLASSES * CLASSES);
      const pr = this.testPred[0];
      for (let i = 0; i < pr.length; i++) if (pr[i] >= 0) conf[this.testLabels[i] * CLASSES + pr[i]]++;
      snap.confusion = conf;
      const theta = this.theta.dataSync() as Float32Array;
      const part = (i: number) => theta.slice(this.layout[i].offset, this.layout[i].offset + this.layout[i].size);
      snap.cnnWeights = [0, 1, 2, 3, 4, 5].map(part);
      snap.denseWeights = [6, 7, 8, 9].map(part);
      transfer.push(conf.buffer, ...snap.cnnWeights.map((a) => a.buffer), ...snap.denseWeights.map((a) => a.buffer));
    }
    return { snap, transfer };
  }

  describe(): CnnInfo {
    return this.info;
  }

  dispose(): void {
    this.opt.dispose();
    this.theta.dispose();
    this.testX.dispose();
    this.testLabelsT.dispose();
  }

  private oneStep(): void {
    const t0 = now();
    const b = this.batcher.next();
    const stats = tf.tidy(() => {
      const { xs, ys } = batchToTensors(b, 'image');
      const labels = tf.tensor1d(Int32Array.from(b.labels), 'int32');
      const kept: tf.Tensor[] = [];
      this.opt.minimize(
        () => {
          let total: tf.Scalar | null = null;
          for (const forward of this.forwards) {
            const logits = forward(xs);
            const loss = tf.losses.softmaxCrossEntropy(ys, logits) as tf.Scalar;
            kept.push(
              tf.keep(tf.reshape(loss, [1])),
              tf.keep(tf.reshape(tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), labels), 'float32')), [1])),
            );
            total = total ? (tf.add(total, loss) as tf.Scalar) : loss;
          }
          return total!;
        },
        false,
        [this.theta],
      );
      const out = tf.concat(kept);
      for (const t of kept) t.dispose();
      return out;
    });
    const v = stats.dataSync();
    stats.dispose();
    this.steps++;
    this.examples += b.size;
    // Running averages over roughly the last 500 training examples.
    const alpha = Math.min(1, b.size / 500);
    for (let r = 0; r < 2; r++) {
      const loss = v[2 * r];
      const acc = v[2 * r + 1] / b.size;
      this.emaLoss[r] = Number.isNaN(this.emaLoss[r]) ? loss : this.emaLoss[r] + alpha * (loss - this.emaLoss[r]);
      this.emaAcc[r] = Number.isNaN(this.emaAcc[r]) ? acc : this.emaAcc[r] + alpha * (acc - this.emaAcc[r]);
      if (this.steps === 1) this.startLoss[r] = loss;
      if (lossDiverged(loss, this.startLoss[r]) && !this.diverged) {
        this.diverged = divergenceMessage(
          `The ${r === 0 ? 'convolutional' : 'dense'} network`,
          this.steps,
          loss,
          `The learning rate ${this.lr} makes Adam's steps too large.`,
        );
      }
    }
    this.trainMs += now() - t0;
  }

  /** Scores the next TEST_CHUNK test digits with both networks. */
  private scoreTestChunk(): void {
    const t0 = now();
    const n = this.testLabels.length;
    const start = this.testCursor;
    const size = Math.min(TEST_CHUNK, n - start);
    const res = tf.tidy(() => {
      const x = tf.slice(this.testX, [start, 0, 0, 0], [size, IMAGE_SIDE, IMAGE_SIDE, 1]);
      const y = tf.slice(this.testLabelsT, [start], [size]);
      return tf.concat(this.forwards.map((forward) => scoreChunk(forward(x), y)));
    });
    const v = res.dataSync();
    res.dispose();
    for (let r = 0; r < 2; r++) {
      const base = 2 * size * r;
      for (let i = 0; i < size; i++) {
        if (this.testPred[r][start + i] < 0 && r === 0) this.testScored++;
        this.testLossPer[r][start + i] = v[base + i];
        this.testPred[r][start + i] = v[base + size + i];
      }
    }
    this.testCursor = start + size;
    if (this.testCursor >= n) {
      this.testCursor = 0;
      this.testPasses++;
    }
    this.testMs += now() - t0;
  }
}

/** Forward + backward ≈ 3 × the forward multiply-adds, for both networks. */
export function cnnCost(config: Pick<CnnConfig, 'arch' | 'batch'>): ModelCost {
  const s = cnnShapes(config.arch);
  const denseMacs = countParams(denseParamShapes(denseHiddenFor(s.paramCount)));
  return { flopsPerStep: 3 * config.batch * (s.forwardMacs + denseMacs), kernels: CNN_KERNELS };
}

export const cnnTask: TaskModuleOf<'cnn'> = {
  cost: (config) => cnnCost(config as CnnConfig),
  create: (config) => new CnnTask(config as CnnConfig),
};
