import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { gatherBatch, type MnistData } from '../../src/engine/data/mnist';
import { batchToTensors, labelsToTensor } from '../../src/engine/data/mnist-tensors';
import { useCpuBackend } from './helpers';

const data: MnistData = {
  count: 3,
  rows: 28,
  cols: 28,
  images: Uint8Array.from({ length: 3 * 784 }, (_, i) => i % 256),
  labels: Uint8Array.of(7, 0, 9),
};

describe('batchToTensors', () => {
  useCpuBackend();

  it('makes [B, 784] inputs and [B, 10] one-hot targets by default', () => {
    const batch = gatherBatch(data, [2, 0]);
    const before = tf.memory().numTensors;
    const { xs, ys } = batchToTensors(batch);
    expect(xs.shape).toEqual([2, 784]);
    expect(ys.shape).toEqual([2, 10]);
    expect(xs.dtype).toBe('float32');
    const classes = tf.argMax(ys, 1);
    expect(Array.from(classes.dataSync())).toEqual([9, 7]);
    classes.dispose();
    const x = xs.dataSync();
    expect(x[1]).toBeCloseTo(((2 * 784 + 1) % 256) / 255, 6);
    tf.dispose([xs, ys]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("makes NHWC [B, 28, 28, 1] images with layout 'image'", () => {
    const batch = gatherBatch(data, [1]);
    const { xs, ys } = batchToTensors(batch, 'image');
    expect(xs.shape).toEqual([1, 28, 28, 1]);
    // pixel (row 1, col 2) of example 1
    expect(xs.dataSync()[28 + 2]).toBeCloseTo(((784 + 30) % 256) / 255, 6);
    const labels = labelsToTensor(batch);
    expect(labels.dtype).toBe('int32');
    expect(Array.from(labels.dataSync())).toEqual([0]);
    tf.dispose([xs, ys, labels]);
  });
});
