/** The one optimizer factory: each kind with its settings, first steps, live learning rates. */
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { disposeOptimizer, makeOptimizer, setOptimizerLr } from '../../src/engine/networks/optimizers';
import { OPTIMIZER_KINDS, OPTIMIZER_NAMES } from '../../src/engine/networks/optimizer-kinds';
import { useCpuBackend } from './helpers';

useCpuBackend();

/** One step of f(θ) = ½θ² (gradient θ) from θ = 1; returns θ after. */
function stepOnce(opt: tf.Optimizer, theta0 = 1): number {
  const v = tf.variable(tf.scalar(theta0));
  tf.tidy(() => opt.applyGradients({ [v.name]: tf.scalar(theta0) }));
  const out = v.dataSync()[0];
  v.dispose();
  return out;
}

describe('optimizer factory', () => {
  it('builds every kind with the documented settings', () => {
    expect(OPTIMIZER_KINDS.map((k) => OPTIMIZER_NAMES[k])).toEqual(['SGD', 'Momentum', 'RMSProp', 'Adam']);
    const cfg = (o: tf.Optimizer) => o.getConfig();
    const sgd = makeOptimizer('sgd', 0.1);
    const mom = makeOptimizer('momentum', 0.1, { beta: 0.8 });
    const rms = makeOptimizer('rmsprop', 0.1);
    const adam = makeOptimizer('adam', 0.1, { beta2: 0.99 });
    expect(cfg(sgd)).toEqual({ learningRate: 0.1 });
    expect(cfg(mom)).toMatchObject({ learningRate: 0.1, momentum: 0.8, useNesterov: false });
    expect(cfg(rms)).toMatchObject({ learningRate: 0.1, decay: 0.9, momentum: 0, epsilon: 1e-16, centered: false });
    expect(cfg(adam)).toMatchObject({ learningRate: 0.1, beta1: 0.9, beta2: 0.99, epsilon: 1e-8 });
    for (const o of [sgd, mom, rms, adam]) disposeOptimizer(o);
  });

  it('first steps follow the rules: SGD and momentum move ηg, Adam moves η·sign(g)', () => {
    for (const [kind, expected] of [
      ['sgd', 1 - 0.1],
      ['momentum', 1 - 0.1],
      ['adam', 1 - 0.1],
    ] as const) {
      const o = makeOptimizer(kind, 0.1);
      expect(stepOnce(o)).toBeCloseTo(expected, 5);
      disposeOptimizer(o);
    }
  });

  it('setOptimizerLr changes the step size of every kind in place', () => {
    for (const kind of OPTIMIZER_KINDS) {
      const o = makeOptimizer(kind, 0.1);
      setOptimizerLr(o, 0.01);
      const after = stepOnce(o);
      // rmsprop's first step is η·g/√((1−ρ)g²) = η/√0.1; the others η (g = 1).
      const step = kind === 'rmsprop' ? 0.01 / Math.sqrt(0.1) : 0.01;
      expect(after, kind).toBeCloseTo(1 - step, 5);
      disposeOptimizer(o);
    }
  });
});
