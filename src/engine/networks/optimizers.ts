/**
 * The one place tf.train optimizers are built: every task (the 2D surface race, the
 * optimizers lesson's network, the CNN, …) asks makeOptimizer for one by kind.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerKind, OptimizerOptions } from './optimizer-kinds';

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
