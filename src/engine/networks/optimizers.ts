/**
 * The one place tf.train optimizers are built: every task (the 2D surface race, the
 * optimizers lesson's network, the CNN, …) asks makeOptimizer for one by kind.
 */
import * as tf from '@tensorflow/tfjs-core';

export type OptimizerKind = 'sgd' | 'momentum' | 'rmsprop' | 'adam';

export const OPTIMIZER_KINDS: readonly OptimizerKind[] = ['sgd', 'momentum', 'rmsprop', 'adam'];

export const OPTIMIZER_NAMES: Readonly<Record<OptimizerKind, string>> = { sgd: 'SGD', momentum: 'Momentum', rmsprop: 'RMSProp', adam: 'Adam' };

export interface OptimizerOptions {
  /** momentum: β (tfjs `momentum`); rmsprop: ρ (tfjs `decay`). Default 0.9. */
  beta?: number;
  /** adam: default 0.9. */
  beta1?: number;
  /** adam: default 0.999. */
  beta2?: number;
  /**
   * The epsilon argument handed to tfjs. Default: 1e-8 for adam, 1e-16 for rmsprop
   * (tfjs adds it inside the square root, so that is the curriculum's ε = 1e-8 squared).
   */
  epsilon?: number;
}

/** A tf.train optimizer of the given kind and learning rate (momentum 0, not centered, no Nesterov). */
export function makeOptimizer(kind: OptimizerKind, lr: number, opts: OptimizerOptions = {}): tf.Optimizer {
  const beta = opts.beta ?? 0.9;
  switch (kind) {
    case 'sgd':
      return tf.train.sgd(lr);
    case 'momentum':
      return tf.train.momentum(lr, beta, false);
    case 'rmsprop':
      return tf.train.rmsprop(lr, beta, 0, opts.epsilon ?? 1e-16, false);
    case 'adam':
      return tf.train.adam(lr, opts.beta1 ?? 0.9, opts.beta2 ?? 0.999, opts.epsilon ?? 1e-8);
  }
}

/** Change a tf.train optimizer's learning rate in place. */
export function setOptimizerLr(opt: tf.Optimizer, lr: number): void {
  const o = opt as unknown as { setLearningRate?: (v: number) => void; learningRate: number };
  // SGD and momentum keep −η as a scalar tensor (setLearningRate replaces it);
  // Adam and RMSProp read the plain number on every step.
  if (typeof o.setLearningRate === 'function') o.setLearningRate(lr);
  else o.learningRate = lr;
}

/**
 * Free an optimizer's tensors. tfjs 4.22 quirk: MomentumOptimizer.dispose() frees its
 * own tensors but not the learning-rate scalar `c` it inherits from SGDOptimizer (one
 * leaked tensor per optimizer), so `c` is freed here if it is still alive.
 */
export function disposeOptimizer(opt: tf.Optimizer): void {
  opt.dispose();
  const c = (opt as unknown as { c?: tf.Tensor }).c;
  if (c && !c.isDisposed) c.dispose();
}
