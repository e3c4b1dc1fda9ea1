import * as tf from '@tensorflow/tfjs-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createOptimizerRun,
  measuredRate,
  quadraticRavine,
  quadraticTheory,
  saddle,
  gaussianWells,
} from '../../src/engine/surfaces/optim2d';
import { logThresholds } from '../../src/viz/ContourView';
import {
  Optim2dTask,
  stepLimit,
  type Optim2dConfig,
  type Optim2dHyper,
  type Optim2dSnapshot,
} from '../../src/engine/tasks/optim2d';
import { PathBuffer } from '../../lessons/optimizers/paths';
import { gdFactor, momentumFactor } from '../../lessons/optimizers/theory';
import { updateTex } from '../../lessons/optimizers/UpdateFormulas';
import { useCpuBackend } from './helpers';

useCpuBackend();

afterEach(() => {
  vi.restoreAllMocks();
});

const ALL: Optim2dHyper[] = [
  { kind: 'sgd', lr: 0.18 },
  { kind: 'momentum', lr: 0.09, beta: 0.9 },
  { kind: 'rmsprop', lr: 0.02, beta: 0.9, epsilon: 1e-8 },
  { kind: 'adam', lr: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
];

function task(over: Partial<Optim2dConfig> = {}): Optim2dTask {
  const s = quadraticRavine();
  return new Optim2dTask({ surface: 'ravine', kappa: 10, start: s.start, optimizers: ALL, stepsPerSec: 180, ...over });
}

/** The task's whole paths, through snapshots as the page receives them. */
function collect(t: Optim2dTask, paths = new PathBuffer()): { paths: PathBuffer; snap: Optim2dSnapshot } {
  const { snap } = t.snapshot(true, true);
  paths.push(snap);
  return { paths, snap };
}

describe('optim2d task (the worker side of part 1)', () => {
  it('records the same path as a bare optimizer run, step for step, and the page rebuilds it from deltas', () => {
    const s = quadraticRavine();
    const t = task();
    const paths = new PathBuffer();
    for (let i = 0; i < 5; i++) {
      t.step(5);
      collect(t, paths);
    }
    const { snap } = collect(t, paths);
    expect(snap.step).toBe(25);
    for (const h of ALL) {
      const bare = createOptimizerRun({ ...h, surface: s, start: s.start });
      const recs = bare.steps(25);
      bare.dispose();
      const i = snap.tracks.findIndex((x) => x.kind === h.kind);
      const tr = snap.tracks[i]!;
      const p = paths.tracks[i]!;
      expect(p.n).toBe(26);
      for (let k = 1; k <= 25; k++) {
        expect(p.xs[k]).toBe(recs[k - 1]!.thetaAfter[0]);
        expect(p.ys[k]).toBe(recs[k - 1]!.thetaAfter[1]);
      }
      // f − f* with f* = 0 at the origin.
      expect(p.gap[25]).toBeCloseTo(s.f(p.xs[25]!, p.ys[25]!), 12);
      // The live formula values are those of the last two steps.
      expect(tr.last!.t).toBe(25);
      expect(tr.prev!.t).toBe(24);
      expect(tr.last!.state).toEqual(recs[24]!.state);
      expect(tr.theta).toEqual(recs[24]!.thetaAfter);
    }
    t.dispose();
  });

  it('matches the hand-written update rules for the first steps (SGD and momentum)', () => {
    const s = quadraticRavine();
    const t = task({ optimizers: [ALL[0]!, ALL[1]!] });
    t.step(3);
    const { paths } = collect(t);
    let th = [...s.start];
    let mth = [...s.start];
    const v = [0, 0];
    for (let k = 1; k <= 3; k++) {
      const g = s.grad(th[0]!, th[1]!);
      th = [th[0]! - 0.18 * g[0], th[1]! - 0.18 * g[1]];
      const mg = s.grad(mth[0]!, mth[1]!);
      v[0] = 0.9 * v[0]! + mg[0];
      v[1] = 0.9 * v[1]! + mg[1];
      mth = [mth[0]! - 0.09 * v[0]!, mth[1]! - 0.09 * v[1]!];
      expect(paths.tracks[0]!.xs[k]).toBeCloseTo(th[0]!, 4);
      expect(paths.tracks[0]!.ys[k]).toBeCloseTo(th[1]!, 4);
      expect(paths.tracks[1]!.xs[k]).toBeCloseTo(mth[0]!, 4);
      expect(paths.tracks[1]!.ys[k]).toBeCloseTo(mth[1]!, 4);
    }
    t.dispose();
  });

  it('trainFor() takes the rounds due at its pace, whole rounds only; the speed changes live', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const t = task({ stepsPerSec: 100 });
    t.trainFor(12); // the clock starts
    now += 50;
    // 50 ms at 100 rounds per second: 5 rounds of 4 optimizers.
    expect(t.trainFor(1000)).toBe(20);
    expect(t.trainFor(1000)).toBe(0);
    now += 5;
    expect(t.trainFor(1000)).toBe(0);
    now += 5;
    expect(t.trainFor(1000)).toBe(4);
    t.set({ stepsPerSec: 400 });
    now += 10;
    expect(t.trainFor(1000)).toBe(16);
    // A long pause is no burst: at most 50 ms worth.
    now += 10_000;
    expect(t.trainFor(1000)).toBe(4 * 20);
    expect(new Set(t.tracks.map((x) => x.run.t)).size).toBe(1);
    t.dispose();
  });

  it('flags divergence with a message, on a surface with a bottom only', () => {
    const t = task({ optimizers: [{ kind: 'sgd', lr: 0.3 }, ALL[3]!], stepsPerSec: 1e6 });
    let msg: string | null = null;
    for (let i = 0; i < 300 && !msg; i++) {
      t.step(1);
      msg = t.divergence();
    }
    // Said once: Play may then let the others run on.
    expect(t.divergence()).toBeNull();
    expect(msg).toMatch(/^SGD diverged at step \d+: it flew off the plot\. Its learning rate η = 0\.3 is too large/);
    const { snap } = collect(t);
    expect(snap.tracks[0]!.status).toBe('diverged');
    expect(snap.tracks[0]!.divergedAt).toBeLessThan(200);
    expect(snap.tracks[1]!.status).toBe('running');
    t.dispose();
    // On the saddle, escaping is the right answer: that run stops, no alarm.
    const sd = saddle();
    const u = new Optim2dTask({
      surface: 'saddle',
      kappa: 1,
      start: sd.start,
      optimizers: [{ kind: 'adam', lr: 0.1 }],
      stepsPerSec: 60,
    });
    u.step(stepLimit(sd, 1));
    expect(u.tracks[0]!.status).toBe('diverged');
    expect(u.divergence()).toBeNull();
    expect(u.isFinished()).toBe(true);
    u.dispose();
  });

  it('stops converged runs, respects the step limit, and the tensor count stays flat', () => {
    const th = quadraticTheory(10);
    const base = tf.memory().numTensors;
    const t = task({
      optimizers: [
        { kind: 'momentum', lr: th.momentumBestLr, beta: th.momentumBestBeta },
        { kind: 'sgd', lr: 0.001 },
        ALL[2]!,
        ALL[3]!,
      ],
    });
    t.step(1);
    // θ, the optimizers' scalars and slots (made on the first step).
    const live = tf.memory().numTensors;
    for (let i = 0; i < 40; i++) {
      t.step(10);
      t.snapshot(i % 2 === 0);
      expect(tf.memory().numTensors).toBe(live);
    }
    while (!t.isFinished()) t.step(50);
    expect(t.tracks[0]!.status).toBe('converged');
    expect(t.tracks[1]!.status).toBe('limit');
    expect(t.tracks[1]!.run.t).toBe(t.maxSteps);
    expect(collect(t).snap.finished).toBe(true);
    t.dispose();
    expect(tf.memory().numTensors).toBe(base);
  });

  it('bad settings give a message, not a crash, and leave nothing behind', () => {
    const base = tf.memory().numTensors;
    const t = task({ optimizers: [ALL[0]!, { kind: 'adam', lr: -1 }] });
    expect(t.error).toMatch(/lr must be a positive number/);
    expect(t.tracks).toHaveLength(0);
    expect(collect(t).snap.error).toBe(t.error);
    expect(tf.memory().numTensors).toBe(base);
    t.dispose();
  });

  it('gap is f − f* (the global minimum) on the wells, plain f on the saddle', () => {
    const w = gaussianWells();
    const t = new Optim2dTask({ surface: 'wells', kappa: 1, start: w.start, optimizers: [ALL[0]!], stepsPerSec: 60 });
    const fStar = Math.min(...w.minima.map((m) => m.value));
    // θ is held in float32 by tfjs, hence 5 digits.
    expect(collect(t).paths.tracks[0]!.gap[0]).toBeCloseTo(w.f(...w.start) - fStar, 5);
    t.dispose();
    const sd = saddle();
    const u = new Optim2dTask({ surface: 'saddle', kappa: 1, start: sd.start, optimizers: [ALL[0]!], stepsPerSec: 60 });
    expect(collect(u).paths.tracks[0]!.gap[0]).toBeCloseTo(sd.f(...sd.start), 5);
    u.dispose();
  });

  it('measures the convergence rate in the worker', () => {
    const t = task({ optimizers: [{ kind: 'sgd', lr: 0.05 }] });
    t.step(300);
    const { snap } = collect(t);
    expect(Math.abs(snap.rates![0]! - gdFactor(0.05, [1, 10]))).toBeLessThan(0.01);
    t.dispose();
  });

  it('step limits grow with κ on the ravine', () => {
    expect(stepLimit(quadraticRavine({ kappa: 100 }), 100)).toBeGreaterThan(
      stepLimit(quadraticRavine({ kappa: 10 }), 10),
    );
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
    const t = task({ start: [-4, -1] });
    expect(updateTex('adam', collect(t).snap.tracks[3]!).join(' ')).toContain('m_0 = v_0');
    t.step(1);
    const tracks = collect(t).snap.tracks;
    const adam = updateTex('adam', tracks[3]!).join(' ');
    const r = tracks[3]!.last!;
    expect(adam).toContain(`g_{1}`);
    expect(adam).toContain(r.thetaAfter[0].toPrecision(3).replace(/0+$/, ''));
    // Bias correction at t = 1: 1 − β1 = 0.1 and 1 − β2 = 0.001.
    expect(adam).toContain('m / 0.1');
    expect(adam).toContain('v / 0.001');
    const mom = updateTex('momentum', tracks[1]!).join(' ');
    expect(mom).toContain('0.9 \\cdot (0,\\ 0)');
    t.dispose();
  });
});
