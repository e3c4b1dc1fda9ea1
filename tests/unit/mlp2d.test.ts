import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it, vi } from 'vitest';
import { type Mlp2dConfig, Mlp2dTask, mlp2dTask } from '../../src/engine/tasks/mlp2d';
import { initBackend, rankBackends, SMALL_MODEL_FLOPS, TINY_MODEL_FLOPS } from '../../src/engine/runtime/backend';
import { useCpuBackend } from './helpers';

useCpuBackend();

const base: Mlp2dConfig = {
  dataset: 'xor',
  noise: 0,
  points: 200,
  trainShare: 0.5,
  hidden: [8, 8],
  runs: [
    { activation: 'sigmoid', init: 'glorot' },
    { activation: 'tanh', init: 'glorot' },
    { activation: 'relu', init: 'glorot' },
  ],
  lr: 0.1,
  batch: 10,
  seed: 1,
  gridSize: 20,
  sampleSize: 10,
};

function lossCurve(config: Mlp2dConfig, points = 8, every = 25): number[][] {
  const t = new Mlp2dTask(config);
  const curve: number[][] = [];
  for (let i = 0; i < points; i++) {
    t.step(every);
    curve.push(Array.from(t.snapshot(false).snap.trainLoss));
  }
  t.dispose();
  return curve;
}

describe('Mlp2dTask', () => {
  it('same seed and config give the same loss curve, run after run', () => {
    const a = lossCurve(base);
    expect(a.flat().every((v) => Number.isFinite(v) && v > 0)).toBe(true);
    expect(lossCurve(base)).toEqual(a);
    const other = lossCurve({ ...base, seed: 2 });
    // A different seed changes every run's numbers, not just one of them.
    for (let r = 0; r < base.runs.length; r++) expect(other[other.length - 1][r]).not.toBe(a[a.length - 1][r]);
  });

  it('same seed: identical weights after N steps; different seed: different weights', () => {
    const weightsAfter = (config: Mlp2dConfig, n: number) => {
      const t = new Mlp2dTask(config);
      t.step(n);
      const w = t.mlp.Wb.map((v) => Array.from(v.dataSync()));
      t.dispose();
      return w;
    };
    const a = weightsAfter(base, 60);
    const b = weightsAfter(base, 60);
    expect(a.length).toBe(3);
    for (let l = 0; l < a.length; l++) expect(b[l]).toEqual(a[l]);
    const c = weightsAfter({ ...base, seed: 2 }, 60);
    for (let l = 0; l < a.length; l++) expect(maxAbsDiff(c[l], a[l])).toBeGreaterThan(1e-3);
    // And training moved them: 60 steps are not the starting weights.
    const start = weightsAfter(base, 0);
    expect(maxAbsDiff(start[0], a[0])).toBeGreaterThan(1e-4);
  });

  it('trains: every network’s loss falls, and ReLU beats sigmoid on XOR', () => {
    const curve = lossCurve(base, 4, 250);
    const [first, last] = [curve[0], curve[curve.length - 1]];
    for (let r = 0; r < 3; r++) expect(last[r]).toBeLessThan(first[r]);
    expect(last[2]).toBeLessThan(last[0]);
  });

  it('snapshots are deterministic and have the documented shapes', () => {
    const t = new Mlp2dTask(base);
    t.step(50);
    const snap = t.snapshot(true).snap;
    const info = t.describe();
    const sep = new Mlp2dTask(base);
    sep.step(50);
    // Same seed → same weights; evaluate the test set the slow way through a fresh snapshot.
    const again = sep.snapshot(true).snap;
    expect(Array.from(again.testLoss)).toEqual(Array.from(snap.testLoss));
    expect(info.data.test.n).toBe(100);
    expect(snap.boundary?.length).toBe(3 * 20 * 20);
    expect(snap.activity?.length).toBe(3 * 2 * 3);
    expect(snap.gradNorms?.length).toBe(3 * 3);
    t.dispose();
    sep.dispose();
  });

  it('no tensors leak: the count after 1,000 steps equals the count after 10', () => {
    const t = new Mlp2dTask(base);
    t.step(10);
    t.snapshot(true);
    const after10 = tf.memory().numTensors;
    for (let i = 0; i < 10; i++) {
      t.step(100);
      t.snapshot(i % 3 === 0);
    }
    expect(tf.memory().numTensors).toBe(after10);
    t.dispose();
  });

  it('detects divergence with an explanation, and not before the first step', () => {
    const t = new Mlp2dTask({
      ...base,
      points: 400,
      hidden: [8, 8, 8, 8, 8, 8],
      runs: base.runs.map((r) => ({ ...r, init: 'large' as const })),
      lr: 10,
    });
    t.snapshot(false);
    expect(t.divergence()).toBeNull();
    for (let i = 0; i < 20 && !t.divergence(); i++) {
      t.step(5);
      t.snapshot(false);
    }
    expect(t.divergence()).toMatch(/diverged.*Lower the learning rate/s);
    t.dispose();
  });

  it('live learning-rate changes take effect without a reset', () => {
    const a = new Mlp2dTask(base);
    const b = new Mlp2dTask(base);
    b.set({ lr: 0.5 });
    a.step(100);
    b.step(100);
    expect(Array.from(b.snapshot(false).snap.trainLoss)).not.toEqual(Array.from(a.snapshot(false).snap.trainLoss));
    a.dispose();
    b.dispose();
  });
});

describe('backend choice', () => {
  it('small models go to wasm by rule, tiny ones to a timed cpu-vs-wasm race; the cost counts forward and backward for all runs', async () => {
    const cost = mlp2dTask.cost(base);
    expect(cost.flopsPerStep).toBe(3 * (2 * 8 + 8 * 8 + 8) * 10 * 3);
    expect(cost.flopsPerStep).toBeGreaterThanOrEqual(TINY_MODEL_FLOPS);
    expect(cost.flopsPerStep).toBeLessThan(SMALL_MODEL_FLOPS);
    const ranked = await rankBackends(cost);
    expect(ranked.map((r) => r.name)).toEqual(['wasm', 'cpu']);
    expect(ranked[0].reason).toMatch(/not timed/);
    const tiny = await rankBackends(mlp2dTask.cost({ ...base, hidden: [2], runs: base.runs.slice(0, 1), batch: 4 }));
    expect(tiny.map((r) => r.name)).toEqual(['cpu', 'wasm']);
    expect(tiny[0].reason).toMatch(/per op/);
  });

  it('a remembered timed choice is reused only where the choice is timed (tiny models), not where a rule decides', async () => {
    const remembered = { name: 'cpu' as const, reason: 'Timed a training step here: cpu 0.1 ms, wasm 0.2 ms.' };
    const probe = () => 1;
    const tinyInfo = await initBackend('auto', { flopsPerStep: 200 }, { probe, remembered });
    expect(tinyInfo.name).toBe('cpu');
    expect(tinyInfo.remembered).toBe(true);
    // wasm is tried first by rule; in Node its binary is not where the browser build puts it, so it falls back to cpu (quietly here).
    const quiet = [
      vi.spyOn(console, 'error').mockImplementation(() => {}),
      vi.spyOn(console, 'warn').mockImplementation(() => {}),
    ];
    const smallInfo = await initBackend('auto', mlp2dTask.cost(base), { probe, remembered }).finally(() =>
      quiet.forEach((q) => q.mockRestore()),
    );
    expect(smallInfo.remembered).toBeUndefined();
    expect(smallInfo.reason).not.toMatch(/Remembered/);
    await tf.setBackend('cpu');
  });

  it('large models rank GPU-style backends before cpu (here: no GPU, so wasm then cpu)', async () => {
    const ranked = await rankBackends({ flopsPerStep: 5e7 });
    expect(ranked.map((r) => r.name)).toEqual(['wasm', 'cpu']);
    expect(ranked[0].reason).toMatch(/no usable GPU/);
  });
});

function maxAbsDiff(a: number[], b: number[]): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
