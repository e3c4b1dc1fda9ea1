/** Set-up shared by the engine tests. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll } from 'vitest';
import type { OptimNetConfig } from '../../src/engine/tasks/optimnet';

/** Run the tests of this file (or of the enclosing describe) on tfjs-cpu, the backend node has. */
export function useCpuBackend(): void {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });
}

/**
 * The optimizers lesson's network race as NetworkPart.tsx builds it (two hidden layers of
 * 16 tanh units, 200 training points; no boundary grid), with `over` changed.
 */
export function optimNetConfig(over: Partial<OptimNetConfig> = {}): OptimNetConfig {
  return {
    dataset: 'spiral',
    noise: 0,
    points: 400,
    trainShare: 0.5,
    hidden: [16, 16],
    activation: 'tanh',
    runs: [{ kind: 'sgd' }, { kind: 'momentum' }, { kind: 'adam' }],
    lrs: [0.3, 0.03, 0.03],
    batch: 10,
    schedule: 'constant',
    decay: 0.1,
    seed: 1,
    gridSize: 0,
    noiseSamples: 24,
    ...over,
  };
}
