/**
 * Worker side of a 2D surface: its formula (`fOps`) evaluated with tf ops, so tfjs's
 * autodiff gives the optimizers their gradient exactly as in a real network.
 */
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core alone ships no gradient functions; the surface is only useful differentiated.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { ScalarOps, Surface } from './surfaces';

const TF_OPS: ScalarOps<tf.Tensor> = {
  add: (a, b) => tf.add(a, b),
  sub: (a, b) => tf.sub(a, b),
  mul: (a, b) => tf.mul(a, b),
  div: (a, b) => tf.div(a, b),
  square: (a) => tf.square(a),
  exp: (a) => tf.exp(a),
};

/** f(θ) for θ = [x, y] as a scalar tensor (tidied). */
export function surfaceTensor(surface: Surface, theta: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const [x, y] = tf.unstack(theta) as [tf.Scalar, tf.Scalar];
    return surface.fOps(TF_OPS, x, y) as tf.Scalar;
  });
}
