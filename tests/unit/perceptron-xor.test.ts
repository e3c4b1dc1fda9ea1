import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { XorNetTask, xorCloud } from '../../src/engine/tasks/xornet';
import { xorNetConfig } from '../../lessons/perceptron-xor/xorConfig';
import { defaults } from '../../src/store/params';
import { PARAMS } from '../../lessons/perceptron-xor/params';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('perceptron-xor lesson: one hidden layer solves XOR', () => {
  it('with the lesson’s defaults (2 hidden units) the network classifies every XOR point', () => {
    const p = defaults(PARAMS);
    const t = new XorNetTask(xorNetConfig(p.xAct, p.xHidden, p.xLr, p.seed));
    let acc = 0;
    for (let k = 0; k < 30 && acc < 1; k++) {
      t.step(100);
      acc = t.snapshot().snap.trainAcc[0];
    }
    expect(acc).toBe(1);
    // …and each hidden unit's line w·x + b = 0 really cuts the square: both sides hold points.
    const { W1, b1 } = t.snapshot().snap;
    const d = xorCloud(10, 0.08, p.seed);
    for (let j = 0; j < p.xHidden; j++) {
      let pos = 0;
      for (let i = 0; i < d.n; i++) if (W1[j] * d.x[2 * i] + W1[p.xHidden + j] * d.x[2 * i + 1] + b1[j] > 0) pos++;
      expect(pos).toBeGreaterThan(0);
      expect(pos).toBeLessThan(d.n);
    }
    t.dispose();
  }, 240_000);

  it('the four-point data: corners labelled by XOR', () => {
    const d = xorCloud(1, 0.08, 1);
    expect(Array.from(d.x)).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
    expect(Array.from(d.y)).toEqual([0, 1, 1, 0]);
  });
});
