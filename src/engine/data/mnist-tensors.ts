/**
 * Turns MNIST batches (plain arrays from ./mnist) into tfjs tensors. Kept apart
 * from ./mnist so the data pipeline can be used and tested without tfjs.
 *
 * The caller owns the returned tensors and must dispose them (or create them
 * inside tf.tidy).
 */
import * as tf from '@tensorflow/tfjs-core';
import { MNIST_NUM_CLASSES, type MnistBatch } from './mnist';

/**
 * 'flat'  → xs has shape [B, rows*cols] (for dense networks, [B, 784]);
 * 'image' → xs has shape [B, rows, cols, 1] (NHWC, for conv layers, [B, 28, 28, 1]).
 */
type MnistTensorLayout = 'flat' | 'image';

interface MnistTensors<X extends tf.Tensor> {
  /** Pixels in [0, 1], float32. */
  xs: X;
  /** One-hot targets, float32 [B, 10]. */
  ys: tf.Tensor2D;
}

export function batchToTensors(batch: MnistBatch, layout?: 'flat'): MnistTensors<tf.Tensor2D>;
export function batchToTensors(batch: MnistBatch, layout: 'image'): MnistTensors<tf.Tensor4D>;
export function batchToTensors(batch: MnistBatch, layout: MnistTensorLayout): MnistTensors<tf.Tensor2D | tf.Tensor4D>;
export function batchToTensors(
  batch: MnistBatch,
  layout: MnistTensorLayout = 'flat',
): MnistTensors<tf.Tensor2D | tf.Tensor4D> {
  const { size, rows, cols } = batch;
  const xs =
    layout === 'image'
      ? tf.tensor4d(batch.x, [size, rows, cols, 1], 'float32')
      : tf.tensor2d(batch.x, [size, rows * cols], 'float32');
  const ys = tf.tensor2d(batch.yOneHot, [size, MNIST_NUM_CLASSES], 'float32');
  return { xs, ys };
}

/** Integer labels as an int32 [B] tensor (for sparse losses and accuracy). */
export function labelsToTensor(batch: MnistBatch): tf.Tensor1D {
  return tf.tensor1d(Int32Array.from(batch.labels), 'int32');
}
