import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cnnForward,
  cnnShapes,
  convReluHwc,
  countParams,
  denseHiddenFor,
  denseNetForward,
  denseParamShapes,
  initWeights,
  maxPoolHwc,
} from '../../src/engine/networks/cnn-model';
import { conv2d as refConv2d, pool2d as refPool2d } from '../../src/engine/networks/conv-reference';
import { parseMnist, type MnistData } from '../../src/engine/data/mnist';
import { Rng } from '../../src/engine/data/random';
import { CNN_KERNELS, cnnCost, CnnTask, TEST_COUNT, TRAIN_COUNT } from '../../src/engine/tasks/cnn';

const BIN = path.join(__dirname, '../../public/data/mnist-10k.bin');

function close(a: ArrayLike<number>, b: ArrayLike<number>, tol = 1e-4): void {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  expect(worst).toBeLessThanOrEqual(tol);
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('cnn shapes', () => {
  it('counts the parameters of conv 8@5×5 → pool → conv 16@5×5 → pool → dense 10 by hand', () => {
    const s = cnnShapes({ filters1: 8, filters2: 16, kernel: 5 });
    // 28 → 24 → 12 → 8 → 4
    expect([s.conv1, s.pool1, s.conv2, s.pool2]).toEqual([24, 12, 8, 4]);
    expect(s.flat).toBe(4 * 4 * 16);
    expect(s.paramCount).toBe(5 * 5 * 8 + 8 + 5 * 5 * 8 * 16 + 16 + 256 * 10 + 10);
    expect(s.forwardMacs).toBe(24 * 24 * 25 * 8 + 8 * 8 * 25 * 8 * 16 + 2560);
  });
  it('picks a dense comparison network with about as many parameters', () => {
    const cnn = cnnShapes({ filters1: 8, filters2: 16, kernel: 5 }).paramCount;
    const h = denseHiddenFor(cnn);
    const dense = countParams(denseParamShapes(h));
    expect(Math.abs(dense - cnn) / cnn).toBeLessThan(0.1);
  });
  it('3×3 kernels: 28 → 26 → 13 → 11 → 5 (the odd row is dropped by pooling)', () => {
    const s = cnnShapes({ filters1: 4, filters2: 8, kernel: 3 });
    expect([s.conv1, s.pool1, s.conv2, s.pool2]).toEqual([26, 13, 11, 5]);
  });
  it('needs no Conv2DBackpropFilter kernel (wasm lacks it), only kernels wasm has', () => {
    const c = cnnCost({ arch: { filters1: 8, filters2: 16, kernel: 5 }, batch: 32 });
    expect(CNN_KERNELS).not.toContain('Conv2DBackpropFilter');
    expect(CNN_KERNELS).toContain('Conv2D');
    expect(c.kernels).toEqual(CNN_KERNELS);
    expect(c.flopsPerStep).toBeGreaterThan(5e6);
  });
});

describe('plain-JS forward pass (used on the page) matches tfjs', () => {
  it('one-channel conv + ReLU equals the reference conv2d followed by max(0, ·)', () => {
    const rng = new Rng(3);
    const img = Float32Array.from({ length: 49 }, () => rng.range(-1, 1));
    const k = Float32Array.from({ length: 9 }, () => rng.range(-1, 1));
    const mine = convReluHwc(img, 7, 1, k, new Float32Array(1), 3, 1);
    const ref = refConv2d(img, 7, 7, k, 3, 3).data.map((v) => Math.max(0, v));
    close(mine, ref, 1e-5);
    const pooled = maxPoolHwc(mine, 5, 1);
    close(pooled, refPool2d(mine, 5, 5, { size: 2, kind: 'max' }).data, 0);
  });

  it('the whole CNN and the dense net give tfjs’s probabilities', () => {
    const arch = { filters1: 3, filters2: 4, kernel: 5 };
    const s = cnnShapes(arch);
    const w = initWeights(s.params, 7);
    const rng = new Rng(11);
    // Give the biases non-zero values too.
    for (const i of [1, 3, 5]) for (let j = 0; j < w[i].length; j++) w[i][j] = rng.range(-0.2, 0.2);
    const img = Float32Array.from({ length: 784 }, () => (rng.uniform() < 0.3 ? rng.uniform() : 0));
    const ours = cnnForward(img, arch, w);
    const theirs = tf.tidy(() => {
      const t = w.map((a, i) => tf.tensor(a, s.params[i]));
      let h = tf.relu(
        tf.add(tf.conv2d(tf.tensor4d(img, [1, 28, 28, 1]), t[0] as tf.Tensor4D, 1, 'valid'), t[1]),
      ) as tf.Tensor4D;
      const maps1 = h.dataSync().slice();
      h = tf.maxPool(h, 2, 2, 'valid');
      h = tf.relu(tf.add(tf.conv2d(h, t[2] as tf.Tensor4D, 1, 'valid'), t[3])) as tf.Tensor4D;
      const maps2 = h.dataSync().slice();
      h = tf.maxPool(h, 2, 2, 'valid');
      const p = tf.softmax(tf.add(tf.matMul(tf.reshape(h, [1, -1]), t[4] as tf.Tensor2D), t[5]));
      return { maps1, maps2, probs: p.dataSync().slice() };
    });
    close(ours.maps1, theirs.maps1);
    close(ours.maps2, theirs.maps2);
    close(ours.probs, theirs.probs, 1e-5);
    expect(ours.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);

    const dw = initWeights(denseParamShapes(5), 2);
    const dense = denseNetForward(img, dw);
    const dref = tf.tidy(() => {
      const h = tf.relu(
        tf.add(tf.matMul(tf.tensor2d(img, [1, 784]), tf.tensor2d(dw[0], [784, 5])), tf.tensor1d(dw[1])),
      );
      return tf
        .softmax(tf.add(tf.matMul(h, tf.tensor2d(dw[2], [5, 10])), tf.tensor1d(dw[3])))
        .dataSync()
        .slice();
    });
    close(dense, dref, 1e-5);
  });

  it('initial weights are seeded: same seed same weights, He scale', () => {
    const shapes = cnnShapes({ filters1: 8, filters2: 16, kernel: 5 }).params;
    const a = initWeights(shapes, 4);
    const b = initWeights(shapes, 4);
    expect(Array.from(a[2])).toEqual(Array.from(b[2]));
    const w2 = a[2];
    const std = Math.sqrt(w2.reduce((s, v) => s + v * v, 0) / w2.length);
    expect(std).toBeGreaterThan(0.8 * Math.sqrt(2 / 200));
    expect(std).toBeLessThan(1.2 * Math.sqrt(2 / 200));
    expect(Array.from(a[1])).toEqual(new Array(8).fill(0));
  });
});

describe('CnnTask on real digits (cpu backend)', () => {
  let data: MnistData;
  beforeAll(() => {
    const buf = readFileSync(BIN);
    data = parseMnist(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  });

  it('splits 8,000 / 2,000, trains, lowers the loss, scores the test set, and leaks no tensors', () => {
    const task = new CnnTask({ arch: { filters1: 4, filters2: 8, kernel: 5 }, lr: 0.01, batch: 32, seed: 1, data });
    const info = task.describe();
    expect(info.trainCount).toBe(TRAIN_COUNT);
    expect(info.testCount).toBe(TEST_COUNT);
    const s0 = task.snapshot(true).snap;
    expect(s0.cnnWeights?.length).toBe(6);
    expect(s0.denseWeights?.length).toBe(4);
    task.step(2);
    const before = tf.memory().numTensors;
    const first = task.snapshot(false).snap.trainLoss[0];
    task.step(28);
    const after = tf.memory().numTensors;
    expect(after).toBe(before);
    const s = task.snapshot(true).snap;
    expect(s.step).toBe(30);
    expect(s.examples).toBe(30 * 32);
    expect(s.trainLoss[0]).toBeLessThan(first * 0.7);
    expect(s.testScored).toBeGreaterThan(0);
    // Above chance (10%) on held-out digits after ~1,000 examples.
    expect(s.testAcc[0]).toBeGreaterThan(0.3);
    expect(s.confusion!.reduce((a, b) => a + b, 0)).toBe(s.testScored);
    // Live changes: a new batch size takes effect without a reset.
    task.set({ batch: 8, lr: 0.001 });
    task.step(1);
    expect(task.snapshot(false).snap.examples).toBe(30 * 32 + 8);
    task.dispose();
  }, 120_000);
});
