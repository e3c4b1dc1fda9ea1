import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { grid1d, netOutput, sampleTarget, UNIT_COUNTS } from '../../src/engine/data/functions1d';
import { type Approx1dConfig, Approx1dTask } from '../../src/engine/tasks/approx1d';
import { APPROX_DEFAULTS } from '../../lessons/perceptron-xor/approxConfig';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const small: Approx1dConfig = {
  target: sampleTarget('sine', grid1d(32)),
  act: 'sigmoid',
  units: [1, 3, 5],
  lr: 0.01,
  seed: 3,
};

describe('approx1d: one hidden layer of n units fitted to a 1D function', () => {
  it.each(['sigmoid', 'relu'] as const)('hand-written gradients match tf.grad (%s)', (act) => {
    const t = new Approx1dTask({ ...small, act });
    t.step(5); // move off the initial weights
    const [g1, g2] = tf.tidy(() => t.gradients().map((g) => g.arraySync()));
    // Each parameter belongs to one run, so the gradient of the summed MSEs is every run's own gradient.
    const loss = (p1: tf.Tensor2D, p2: tf.Tensor2D) => tf.sum(t.mseOf(t.forward(p1, p2).out));
    const [r1, r2] = tf.tidy(() =>
      tf
        .grads((a, b) => loss(a as tf.Tensor2D, b as tf.Tensor2D))([t.P1, t.P2])
        .map((g) => g.arraySync() as number[][]),
    );
    const close = (a: number[][], b: number[][]) => a.flat().forEach((v, i) => expect(v).toBeCloseTo(b.flat()[i], 4));
    close(g1, r1);
    // [v; c] is block-diagonal: on a run's own entries the gradients agree, elsewhere ours is 0 (those stay 0).
    g2.forEach((row, k) =>
      row.forEach((v, r) => {
        const own = k === t.U || (k >= t.offsets[r] && k < t.offsets[r + 1]);
        expect(v).toBeCloseTo(own ? r2[k][r] : 0, 4);
      }),
    );
    t.dispose();
  });

  it('the page’s plain-number output equals the task’s output', () => {
    const t = new Approx1dTask(small);
    t.step(20);
    const { snap } = t.snapshot();
    const r = 2;
    const o = t.offsets[r];
    const net = {
      w: snap.w.subarray(o, o + 5),
      b: snap.b.subarray(o, o + 5),
      v: snap.v.subarray(o, o + 5),
      c: snap.c[r],
      n: 5,
    };
    const xs = grid1d(32);
    const y = sampleTarget('sine', xs);
    let mse = 0;
    xs.forEach((x, i) => (mse += (netOutput(net, 'sigmoid', x) - y[i]) ** 2 / 32));
    expect(mse).toBeCloseTo(snap.mse[r], 4);
    t.dispose();
  });

  it('runs stay apart: the output weights stay block-diagonal', () => {
    const t = new Approx1dTask(small);
    t.step(50);
    const p2 = t.P2.arraySync();
    // Unit k belongs to one run; its weights into every other run's output stay exactly 0.
    for (let r = 0; r < t.R; r++)
      for (let k = 0; k < t.U; k++) if (k < t.offsets[r] || k >= t.offsets[r + 1]) expect(p2[k][r]).toBe(0);
    t.dispose();
  });

  it('the loss falls and no tensor leaks', () => {
    const t = new Approx1dTask(small);
    const before = t.mse();
    t.step(1); // Adam's moments (tf.train.adam's own variables) exist from the first step on
    const n0 = tf.memory().numTensors;
    t.step(299);
    t.snapshot();
    expect(tf.memory().numTensors).toBe(n0);
    const after = t.mse();
    for (let r = 0; r < 3; r++) expect(after[r]).toBeLessThan(before[r]);
    t.dispose();
  });

  it('the central claim, with the lesson’s defaults: more units, lower error on the sine', () => {
    const t = new Approx1dTask(APPROX_DEFAULTS);
    expect(t.R).toBe(UNIT_COUNTS.length);
    t.step(800);
    const mse = Array.from(t.mse());
    // n = 1, 2, 4, 8, 16: each doubling lowers the error.
    for (let r = 1; r <= 4; r++) expect(mse[r]).toBeLessThan(mse[r - 1]);
    // 16, 32 and 64 units are all far better than 4 or fewer; 64 is far below 1.
    for (let r = 4; r < 7; r++) expect(mse[r]).toBeLessThan(mse[2] / 10);
    expect(mse[6]).toBeLessThan(mse[0] / 100);
    t.dispose();
  }, 240_000);
});
