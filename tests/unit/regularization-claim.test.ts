/**
 * The regularization lesson's central claim, with its defaults: a large network on a few
 * noisy points overfits, and weight decay (L2) and dropout shrink its generalization gap.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, it } from 'vitest';
import { RegularizeTask } from '../../src/engine/tasks/regularize';
import { regularizeConfigOf } from '../../lessons/regularization/config';
import { PARAMS } from '../../lessons/regularization/params';
import { defaults } from '../../src/store/params';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const STEPS = 1000;

it(`after ${STEPS} steps with the lesson's defaults, the unregularized gap is larger than L2's and dropout's`, () => {
  const config = regularizeConfigOf(defaults(PARAMS), 0);
  expect(config.methods).toEqual(['none', 'l2', 'l1', 'early', 'dropout']);
  const task = new RegularizeTask(config);
  task.step(STEPS);
  const { tr, te } = task.evaluate();
  const gap = (r: number) => te.loss[r] - tr.loss[r];
  const [none, l2, , early, dropout] = [0, 1, 2, 3, 4].map(gap);
  // The large network memorizes the 30 points: tiny training loss, far larger held-out loss.
  expect(tr.loss[0]).toBeLessThan(0.05);
  expect(none).toBeGreaterThan(0.4);
  expect(l2).toBeLessThan(none);
  expect(dropout).toBeLessThan(none);
  // Early stopping has stopped and kept the weights of its best validation loss.
  expect(task.early!.stoppedAt).toBeGreaterThan(0);
  expect(early).toBeLessThan(none);
  task.dispose();
}, 600_000);
