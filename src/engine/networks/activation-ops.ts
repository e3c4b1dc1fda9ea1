/**
 * Activation functions as tfjs ops, for training (worker side). The plain-number forms
 * are in activations.ts; tests check that the two agree.
 */
import * as tf from '@tensorflow/tfjs-core';
import { type Activation, LEAKY_SLOPE } from './activations';

export function applyActivation(a: tf.Tensor, act: Activation): tf.Tensor {
  switch (act) {
    case 'sigmoid':
      return tf.sigmoid(a);
    case 'tanh':
      return tf.tanh(a);
    case 'relu':
      return tf.relu(a);
    case 'leakyRelu':
      return tf.leakyRelu(a, LEAKY_SLOPE);
    case 'softplus':
      return tf.softplus(a);
    case 'linear':
      return a;
  }
}

/**
 * h'(a), from the activation z = h(a) where possible (fewer ops in the hot loop):
 * σ' = z(1 − z), tanh' = 1 − z², and ReLU's step is the same whether read off a or z.
 * `a` is only used where the derivative needs it (see derivativeNeedsA). `one` is a
 * cached scalar 1 so the hot loop creates no tensors it does not need.
 */
export function activationDerivative(a: tf.Tensor | null, z: tf.Tensor, act: Activation, one: tf.Scalar): tf.Tensor {
  switch (act) {
    case 'sigmoid':
      return tf.mul(z, tf.sub(one, z));
    case 'tanh':
      return tf.sub(one, tf.square(z));
    case 'relu':
      return tf.step(z, 0);
    case 'leakyRelu':
      return tf.step(z, LEAKY_SLOPE);
    case 'softplus':
      return tf.sigmoid(a!);
    case 'linear':
      return tf.onesLike(z);
  }
}
