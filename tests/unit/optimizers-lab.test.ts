import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOptimizerRun, measuredRate, quadraticRavine, quadraticTheory, saddle, gaussianWells } from '../../src/engine/optim2d';
import { logThresholds } from '../../src/viz/ContourView';
import { stepLimit, SurfaceLab, type Hyper } from '../../lessons/optimizers/lab';
import { gdFactor, momentumFactor } from '../../lessons/optimizers/theory';
import { updateTex } from '../../lessons/optimizers/UpdateFormulas';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const ALL: Hyper[] = [
  { kind: 'sgd', lr: 0.18 },
  { kind: 'momentum', lr: 0.09, beta: 0.9 },
  { kind: 'rmsprop', lr: 0.02, beta: 0.9, epsilon: 1e-8 },
  { kind: 'adam', lr: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
];

describe('SurfaceLab', () => {
  it('records the same path as a bare optimizer run, step for step', () => {
    const s = quadraticRavine();
    const lab = new SurfaceLab();
    lab.reset(s, s.start, ALL, 100);
    for (let i = 0; i < 25; i++) lab.stepAll();
    for (const h of ALL) {
      const bare = createOptimizerRun({ ...h, surface: s, start: s.start });
      const recs = bare.steps(25);
      bare.dispose();
      const tr = lab.tracks.find((t) => t.kind === h.kind)!;
      expect(tr.n).toBe(26);
      expect(tr.xs[25]).toBe(recs[24]!.thetaAfter[0]);
      expect(tr.ys[25]).toBe(recs[24]!.thetaAfter[1]);
      // f − f* with f* = 0 at the origin, and the distance to the minimum.
      expect(tr.gap[25]).toBeCloseTo(s.f(tr.xs[25]!, tr.ys[25]!), 12);
      expect(tr.dist[25]).toBeCloseTo(Math.hypot(tr.xs[25]!, tr.ys[25]!), 12);
      expect(tr.prev!.t).toBe(24);
    }
    lab.dispose();
  });

  it('advance() spends at most about its budget and keeps the runs in lockstep', () => {
    const s = quadraticRavine();
    const lab = new SurfaceLab();
    lab.reset(s, s.start, ALL, 1000);
    const n = lab.advance(1000, 5);
    expect(n).toBe(20);
    expect(lab.tracks.map((t) => t.run.t)).toEqual([5, 5, 5, 5]);
    // A zero budget still takes one round (so the animation always moves).
    expect(lab.advance(0, 50)).toBe(4);
    // Whatever the budget, the race stays fair: whole rounds only.
    for (let i = 0; i < 30; i++) lab.advance(0.05 * (i % 4), 7);
    const ts = lab.tracks.map((t) => t.run.t);
    expect(new Set(ts).size).toBe(1);
    lab.dispose();
  });

  it('flags divergence, stops that run only, and reports the step', () => {
    const s = quadraticRavine({ kappa: 10 });
    const lab = new SurfaceLab();
    lab.reset(s, s.start, [{ kind: 'sgd', lr: 0.3 }, ALL[3]!], 500);
    while (lab.active && lab.tracks[1]!.run.t < 300) lab.advance(50, 10);
    const [sgd, adam] = lab.tracks;
    expect(sgd!.status).toBe('diverged');
    expect(sgd!.divergedAt).toBeGreaterThan(1);
    expect(sgd!.divergedAt).toBeLessThan(200);
    expect(adam!.status).toBe('running');
    lab.dispose();
  });

  it('stops converged runs, respects the step limit, and leaks no tensors across resets', () => {
    const s = quadraticRavine({ kappa: 10 });
    const th = quadraticTheory(10);
    const lab = new SurfaceLab();
    const base = tf.memory().numTensors;
    lab.reset(s, s.start, [{ kind: 'momentum', lr: th.momentumBestLr, beta: th.momentumBestBeta }, { kind: 'sgd', lr: 0.001 }], 400);
    lab.advance(50, 1);
    // θ, the optimizers' scalars and momentum's accumulator (made on the first step).
    const live = tf.memory().numTensors;
    while (lab.active) lab.advance(50, 50);
    expect(lab.tracks[0]!.status).toBe('converged');
    expect(lab.tracks[1]!.status).toBe('limit');
    expect(lab.tracks[1]!.run.t).toBe(400);
    for (let i = 0; i < 5; i++) {
      lab.reset(s, [1, 1], ALL.slice(0, 2), 400);
      lab.advance(50, 20);
    }
    lab.reset(s, s.start, [{ kind: 'momentum', lr: th.momentumBestLr, beta: th.momentumBestBeta }, { kind: 'sgd', lr: 0.001 }], 400);
    lab.advance(50, 20);
    expect(tf.memory().numTensors).toBe(live);
    lab.dispose();
    expect(tf.memory().numTensors).toBe(base);
  });

  it('bad settings give a message, not a crash', () => {
    const s = quadraticRavine();
    const lab = new SurfaceLab();
    const base = tf.memory().numTensors;
    lab.reset(s, s.start, [ALL[0]!, { kind: 'adam', lr: -1 }], 100);
    expect(lab.error).toMatch(/lr must be a positive number/);
    expect(lab.tracks).toHaveLength(0);
    expect(tf.memory().numTensors).toBe(base);
    lab.dispose();
  });

  it('gap is f − f* (the global minimum) on the wells, plain f on the saddle', () => {
    const w = gaussianWells();
    const lab = new SurfaceLab();
    lab.reset(w, w.start, [ALL[0]!], 10);
    const fStar = Math.min(...w.minima.map((m) => m.value));
    // θ is held in float32 by tfjs, hence 6 digits.
    expect(lab.tracks[0]!.gap[0]).toBeCloseTo(w.f(...w.start) - fStar, 5);
    const sd = saddle();
    lab.reset(sd, sd.start, [ALL[0]!], 10);
    expect(lab.tracks[0]!.gap[0]).toBeCloseTo(sd.f(...sd.start), 5);
    expect(Number.isNaN(lab.tracks[0]!.dist[0])).toBe(true);
    lab.dispose();
  });

  it('step limits grow with κ on the ravine', () => {
    expect(stepLimit(quadraticRavine({ kappa: 100 }), 100)).toBeGreaterThan(stepLimit(quadraticRavine({ kappa: 10 }), 10));
  });
});

describe('rate predictions at any (η, β)', () => {
  it('GD: |1 − ηλ| worst case equals the measured rate, and (κ−1)/(κ+1) at the best η', () => {
    const th = quadraticTheory(10);
    expect(gdFactor(th.gdBestLr, [1, 10])).toBeCloseTo(th.gdRate, 12);
    const s = quadraticRavine({ kappa: 10 });
    for (const lr of [0.05, 0.12]) {
      const run = createOptimizerRun({ kind: 'sgd', lr, surface: s, start: s.start });
      const d = [Math.hypot(...s.start), ...run.steps(300).map((r) => Math.hypot(...r.thetaAfter))];
      run.dispose();
      expect(Math.abs(measuredRate(d, { relFloor: 1e-25 }) - gdFactor(lr, [1, 10]))).toBeLessThan(0.01);
    }
  });

  it('momentum: spectral radius equals (√κ−1)/(√κ+1) at the optimum and matches a measured path elsewhere', () => {
    for (const k of [10, 100]) {
      const th = quadraticTheory(k);
      expect(momentumFactor(th.momentumBestLr, th.momentumBestBeta, [1, k])).toBeCloseTo(th.momentumRate, 6);
    }
    const s = quadraticRavine({ kappa: 10 });
    const run = createOptimizerRun({ kind: 'momentum', lr: 0.05, beta: 0.9, surface: s, start: s.start });
    const d = [Math.hypot(...s.start), ...run.steps(600).map((r) => Math.hypot(...r.thetaAfter))];
    run.dispose();
    // Underdamped: oscillating error, so compare over a long window.
    expect(Math.abs(measuredRate(d, { relFloor: 1e-25 }) - momentumFactor(0.05, 0.9, [1, 10]))).toBeLessThan(0.01);
  });
});

describe('contour thresholds and formulas', () => {
  it('logThresholds are increasing, inside the range, and log-spaced above the minimum', () => {
    const v = quadraticRavine().gridValues(41);
    const t = logThresholds(v, 9, 4);
    expect(t).toHaveLength(9);
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of v) {
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    expect(t[0]).toBeCloseTo(lo + (hi - lo) * 1e-4, 8);
    expect(t[8]).toBeCloseTo(hi, 6);
    for (let i = 1; i < 9; i++) expect((t[i]! - lo) / (t[i - 1]! - lo)).toBeCloseTo(10 ** 0.5, 6);
    expect(logThresholds([2, 2, 2])).toEqual([]);
  });

  it('the formula lines carry the numbers of the step', () => {
    const s = quadraticRavine();
    const lab = new SurfaceLab();
    lab.reset(s, [-4, -1], ALL, 10);
    expect(updateTex('adam', lab.tracks[3]!).join(' ')).toContain('m_0 = v_0');
    lab.stepAll();
    const adam = updateTex('adam', lab.tracks[3]!).join(' ');
    const r = lab.tracks[3]!.last!;
    expect(adam).toContain(`g_{1}`);
    expect(adam).toContain(r.thetaAfter[0].toPrecision(3).replace(/0+$/, ''));
    // Bias correction at t = 1: 1 − β1 = 0.1 and 1 − β2 = 0.001.
    expect(adam).toContain('m / 0.1');
    expect(adam).toContain('v / 0.001');
    const mom = updateTex('momentum', lab.tracks[1]!).join(' ');
    expect(mom).toContain('0.9 \\cdot (0,\\ 0)');
    lab.dispose();
  });
});
