/**
 * Activation functions in plain numbers (for plots, formulas and tests) and in tfjs
 * ops (for training). The two must agree; tests check that they do.
 */
import * as tf from '@tensorflow/tfjs-core';

export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'softplus'] as const;
export type Activation = (typeof ACTIVATIONS)[number] | 'linear';

export const ACTIVATION_LABELS: Record<Activation, string> = {
  sigmoid: 'Sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'Leaky ReLU',
  softplus: 'Softplus',
  linear: 'Linear',
};

/** Slope of leaky ReLU for negative inputs. */
export const LEAKY_SLOPE = 0.01;

export interface ActivationMath {
  f(a: number): number;
  /** Derivative. At ReLU's kink we use the left derivative (a subgradient). */
  df(a: number): number;
}

const sigmoid = (a: number) => 1 / (1 + Math.exp(-a));

export const ACTIVATION_MATH: Record<Activation, ActivationMath> = {
  sigmoid: { f: sigmoid, df: (a) => sigmoid(a) * (1 - sigmoid(a)) },
  tanh: { f: Math.tanh, df: (a) => 1 - Math.tanh(a) ** 2 },
  relu: { f: (a) => Math.max(0, a), df: (a) => (a > 0 ? 1 : 0) },
  leakyRelu: { f: (a) => (a > 0 ? a : LEAKY_SLOPE * a), df: (a) => (a > 0 ? 1 : LEAKY_SLOPE) },
  softplus: { f: (a) => (a > 30 ? a : Math.log1p(Math.exp(a))), df: sigmoid },
  linear: { f: (a) => a, df: () => 1 },
};

/** Is this a ReLU-like unit that can be "off" (zero output) or "dead"? */
export function isRectifier(act: Activation): boolean {
  return act === 'relu' || act === 'leakyRelu';
}

/** Does this unit saturate (flat derivative) for large |a|? */
export function saturates(act: Activation): boolean {
  return act === 'sigmoid' || act === 'tanh';
}

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

/** Does h'(a) need the pre-activation a, or can it be had from z = h(a) alone? */
export function derivativeNeedsA(act: Activation): boolean {
  return act === 'softplus' || act === 'linear';
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
