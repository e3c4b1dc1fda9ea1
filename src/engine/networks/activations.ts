/**
 * Activation functions in plain numbers (for plots, formulas and tests): page-safe.
 * Their tfjs ops (for training) are in activation-ops.ts; tests check the two agree.
 */

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

interface ActivationMath {
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

/** Does h'(a) need the pre-activation a, or can it be had from z = h(a) alone? */
export function derivativeNeedsA(act: Activation): boolean {
  return act === 'softplus' || act === 'linear';
}
