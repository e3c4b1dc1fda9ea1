import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { type OptimizerKind, type Vec2, quadraticRavine, saddle, surfaceById } from '../../src/engine/surfaces/optim2d';
import { isCorrect, judgeRecording } from '../../src/kit/exercises/judge';
import {
  Optim2dTask,
  WITHIN_RADII,
  type Optim2dSnapshot,
  type Optim2dTrack,
  type TrackStatus,
} from '../../src/engine/tasks/optim2d';
import { OptimNetTask, type OptimNetSnapshot } from '../../src/engine/tasks/optimnet';
import { readClaim } from '../../src/store/beats';
import { defaults, parseParams } from '../../src/store/params';
import { LESSONS } from '../../lessons';
import * as J from '../../lessons/optimizers/judges';
import { PARAMS, suggestedPatch } from '../../lessons/optimizers/params';
import { hypersOf } from '../../lessons/optimizers/SurfaceLab';
import { BEST100, FATE, NET, RAVINE10, ROSEN, SGD_STEPS_EXAMPLE } from '../../lessons/optimizers/Exercises';
import { BEAT_DEFAULTS, BEATS, ROSEN_BEAT, SADDLE_BEAT } from '../../lessons/optimizers/beats';
import { optimNetConfig } from './helpers';

const p = { ...defaults(PARAMS) };
type Values = typeof p;
type Tr = [OptimizerKind, number, Vec2, TrackStatus?, (number | null)[]?];
/** A recorded optim2d snapshot: per track (kind, steps, θ, status, first steps within WITHIN_RADII). */
function s(step: number, tracks: Tr[], extra: Partial<Optim2dSnapshot> = {}): Optim2dSnapshot {
  return {
    step,
    stepsPerSec: 0,
    maxSteps: 4000,
    finished: tracks.every((t) => (t[3] ?? 'running') !== 'running'),
    error: null,
    tracks: tracks.map(
      ([kind, t, theta, status, within]) =>
        ({
          kind,
          t,
          theta,
          status: status ?? 'running',
          divergedAt: status === 'diverged' ? t : null,
          within: within ?? WITHIN_RADII.map(() => null),
          leftAt: null,
        }) as unknown as Optim2dTrack,
    ),
    ...extra,
  };
}
/** `within` for a track that first came within the radius `r` at step `at`. */
const at = (r: number, step: number) => WITHIN_RADII.map((x) => (x >= r ? step : null));

/** The 2D lab's task with parameters `q`, as SurfaceLab.tsx builds it. */
const labTask = (q: Values) =>
  new Optim2dTask({
    surface: q.surface,
    kappa: q.surface === 'ravine' ? q.kappa : 1,
    start: [q.sx, q.sy],
    optimizers: hypersOf(q),
    stepsPerSec: 60,
  });

type NetValues = Pick<
  Values,
  'dataset' | 'netSgdLr' | 'netMomLr' | 'netAdamLr' | 'batch' | 'schedule' | 'decay' | 'seed'
>;
/** The network race with parameters `q`. */
const netTask = (q: NetValues) =>
  new OptimNetTask(
    optimNetConfig({
      dataset: q.dataset,
      lrs: [q.netSgdLr, q.netMomLr, q.netAdamLr],
      batch: q.batch,
      schedule: q.schedule,
      decay: q.decay,
      seed: q.seed,
      noiseSamples: 2,
    }),
  );

/** A real run of the 2D lab with parameters `q`, judged: what the page's own run would say. */
function realRun(factory: typeof J.judgeRosenRace, q: Values) {
  const task = labTask(q);
  const judge = factory(q);
  for (let i = 0; i < 5000; i++) {
    task.step(1);
    const o = judge(task.snapshot(false).snap, task.divergence());
    if (o) {
      task.dispose();
      return o;
    }
  }
  task.dispose();
  return null;
}

/** The lab's run to the end (or `max` steps): its last snapshot, and SGD's path. */
function runToEnd(q: Values, max = 6000) {
  const task = labTask(q);
  const sgdPath: Vec2[] = [];
  for (let i = 0; i < max && !task.isFinished(); i++) {
    task.step(1);
    task.divergence();
    const sgd = task.tracks.find((t) => t.run.hyper.kind === 'sgd');
    if (sgd) sgdPath.push(sgd.run.theta);
  }
  const snap = task.snapshot(true).snap;
  task.dispose();
  return { snap, sgdPath };
}
const within = (snap: Optim2dSnapshot, k: OptimizerKind, r: number) =>
  snap.tracks.find((t) => t.kind === k)!.within[WITHIN_RADII.indexOf(r as (typeof WITHIN_RADII)[number])] ?? null;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('optimizers: judges on recorded runs', () => {
  it('races: the first within the radius (at the exact step the lab recorded) wins; the same step is a tie; nobody = none', () => {
    const rec = [
      s(10, [
        ['momentum', 10, [0.5, 0.5]],
        ['adam', 10, [0.9, 0.9]],
      ]),
      s(20, [
        ['momentum', 20, [0.99, 0.99], 'running', at(0.05, 17)],
        ['adam', 20, [0.9, 0.9]],
      ]),
    ];
    const o = judgeRecording(J.judgeRosenRace, p, rec)!;
    expect(o.answer).toBe('momentum');
    expect(isCorrect('momentum', o)).toBe(true);
    expect(isCorrect('adam', o)).toBe(false);
    expect(o.measured).toMatch(/Momentum at step 17/);
    const tie = judgeRecording(J.judgeRosenRace, p, [
      s(20, [
        ['momentum', 20, [0.99, 0.99], 'running', at(0.05, 18)],
        ['adam', 20, [0.98, 0.99], 'running', at(0.05, 18)],
      ]),
    ])!;
    expect(tie.tie).toMatch(/Momentum and Adam came within 0.05 at the same step, 18/);
    expect(isCorrect('momentum', tie)).toBe(false);
    const none = judgeRecording(J.judgeRosenRace, p, [
      s(4000, [
        ['momentum', 4000, [0, 0], 'limit'],
        ['adam', 4000, [0.5, 0.5], 'limit'],
      ]),
    ]);
    expect(none?.answer).toBe('none');
    expect(judgeRecording(J.judgeRavineRace, p, [s(5, [['sgd', 5, [1, 1]]])])).toBeNull();
  });
  it('SGD fate: diverged, converged, or slow', () => {
    expect(
      judgeRecording(J.judgeSgdFate, p, [s(3, [['sgd', 3, [200, 300], 'diverged']])], ['SGD diverged at step 3'])
        ?.answer,
    ).toBe('diverged');
    expect(judgeRecording(J.judgeSgdFate, p, [s(40, [['sgd', 40, [1e-4, 0]]])])?.answer).toBe('converged');
    expect(
      judgeRecording(J.judgeSgdFate, p, [s(100, [['sgd', 100, [1, 0]]]), s(4000, [['sgd', 4000, [0.5, 0], 'limit']])])
        ?.answer,
    ).toBe('slow');
  });
  it('SGD steps: the measured count, judged within 20 %', () => {
    const o = judgeRecording(J.judgeSgdSteps, p, [
      s(400, [['sgd', 400, [0.002, 0]]]),
      s(420, [['sgd', 420, [0.0009, 0], 'running', at(1e-3, 417)]]),
    ])!;
    expect(o.answer).toBe(417);
    expect(isCorrect(415, o, { rel: 0.2 })).toBe(true);
    expect(isCorrect(115, o, { rel: 0.2 })).toBe(false);
    // The answer field's example is not the answer.
    expect(isCorrect(Number(SGD_STEPS_EXAMPLE), o, { rel: 0.2 })).toBe(false);
  });
  it('Himmelblau: same or different minima, once both stopped', () => {
    const running = s(100, [
      ['sgd', 100, [3, 2]],
      ['adam', 100, [3.58, -1.85]],
    ]);
    expect(judgeRecording(J.judgeHimmelblau, p, [running])).toBeNull();
    expect(
      judgeRecording(J.judgeHimmelblau, p, [
        s(1000, [
          ['sgd', 1000, [3, 2], 'limit'],
          ['adam', 430, [3.58, -1.85], 'converged'],
        ]),
      ])?.answer,
    ).toBe('different');
    expect(
      judgeRecording(J.judgeHimmelblau, p, [
        s(1000, [
          ['sgd', 1000, [3, 2], 'limit'],
          ['adam', 430, [2.99, 2.01], 'converged'],
        ]),
      ])?.answer,
    ).toBe('same');
  });
  it('goal: SGD within 10⁻³ in at most 500 steps on κ ≥ 100', () => {
    const q = { ...p, surface: 'ravine' as const, kappa: 100, opts: ['sgd' as const] };
    expect(J.fixSgdMissing(q)).toBeNull();
    expect(J.fixSgdMissing({ ...q, kappa: 10 })).toMatch(/κ/);
    expect(
      judgeRecording(J.judgeFixSgd, q, [s(520, [['sgd', 520, [0.0009, 0], 'running', at(1e-3, 480)]])])?.answer,
    ).toBe('reached');
    expect(
      judgeRecording(J.judgeFixSgd, q, [s(555, [['sgd', 555, [0.0009, 0], 'running', at(1e-3, 501)]])]),
    ).toBeNull();
    expect(judgeRecording(J.judgeFixSgd, q, [s(3, [['sgd', 3, [300, 0], 'diverged']])])).toBeNull();
  });
  it('network: the lowest training loss after the epochs, only with a margin above the declared noise', () => {
    const n = (epoch: number, loss: number[]) =>
      ({ epoch, trainLoss: Float32Array.from(loss) }) as unknown as OptimNetSnapshot;
    const E = J.NET_EPOCHS;
    expect(judgeRecording(J.judgeNetRace, p, [n(E - 1, [0.1, 0.2, 0.3])])).toBeNull();
    expect(judgeRecording(J.judgeNetRace, p, [n(E - 1, [0.1, 0.2, 0.3]), n(E, [0.5, 0.4, 0.2])])?.answer).toBe('adam');
    // All three near ln 2, 0.006 apart: no winner.
    const tie = judgeRecording(J.judgeNetRace, p, [n(E, [0.689, 0.683, 0.677])])!;
    expect(tie.tie).toMatch(/0.683.*0.677|0.677.*0.683/);
    expect(isCorrect('adam', tie)).toBe(false);
    expect(J.NET_NOISE).toBeLessThan(J.NET_MARGIN);
  });
  it('the course map lists every exercise', () => {
    expect(LESSONS.find((l) => l.slug === 'optimizers')?.exercises).toHaveLength(7);
  });
});

describe('optimizers: the judges on real runs of the engine', () => {
  it('κ = 100 with the κ = 10 step: SGD diverges', () => {
    expect(realRun(J.judgeSgdFate, { ...p, ...FATE })?.answer).toBe('diverged');
  });
  it('Rosenbrock: momentum before Adam from the classic start', () => {
    expect(realRun(J.judgeRosenRace, { ...p, ...ROSEN })?.answer).toBe('momentum');
  });
  it('ravine κ = 10: SGD at its best step first', () => {
    expect(realRun(J.judgeRavineRace, { ...p, ...RAVINE10 })?.answer).toBe('sgd');
  });
  it('κ = 100 at SGD’s best step: the count the explanation derives from (κ − 1)/(κ + 1) is within the tolerance of the run’s', () => {
    const o = realRun(J.judgeSgdSteps, { ...p, ...BEST100 })!;
    const th = (BEST100.kappa - 1) / (BEST100.kappa + 1);
    const formula =
      Math.log10(Math.hypot(...quadraticRavine().start) / J.RAVINE_RADIUS) * (Math.log(10) / -Math.log(th));
    // Observed: 417 steps; the formula gives 416.
    expect(isCorrect(formula, o, { rel: 0.2 })).toBe(true);
    expect(Math.abs(formula - (o.answer as number))).toBeLessThan(10);
  });
});

describe('optimizers: what the default run and its captions say (the lab’s own engine, tfjs cpu)', () => {
  it('defaults: κ = 100, SGD and momentum share one step, as the beats’ notes quote', () => {
    expect(p.kappa).toBe(BEAT_DEFAULTS.kappa);
    expect(p.sgdLr).toBe(BEAT_DEFAULTS.lr);
    expect(p.momLr).toBe(BEAT_DEFAULTS.lr);
    expect(p.momBeta).toBe(BEAT_DEFAULTS.beta);
    expect([p.netSgdLr, p.netMomLr, p.netAdamLr]).toEqual(BEAT_DEFAULTS.netLr0);
    expect(p.decay).toBe(BEAT_DEFAULTS.decay);
    // The κ slider sets the suggested rates: at the default κ they are the defaults (exercise 3's advice relies on it).
    const atDefault = suggestedPatch(quadraticRavine({ kappa: p.kappa }));
    expect([atDefault.sgdLr, atDefault.momLr, atDefault.momBeta]).toEqual([p.sgdLr, p.momLr, p.momBeta]);
  });

  it('the default ravine: SGD swings across the floor, then crawls; momentum at the same η arrives in under half the steps; RMSProp and Adam later or never', () => {
    const { snap, sgdPath } = runToEnd(p);
    const m = within(snap, 'momentum', 1e-3)!;
    const g = within(snap, 'sgd', 1e-3)!;
    // Observed: momentum at step 128, SGD at step 549; Adam 520, RMSProp never (it circles 0.014 from the minimum).
    expect(m).toBeGreaterThan(0);
    expect(g).toBeGreaterThanOrEqual(2 * m);
    for (const k of ['rmsprop', 'adam'] as const) expect(within(snap, k, 1e-3) ?? Infinity).toBeGreaterThan(m);
    // Across the floor (w = −sin·x + cos·y at 30°): the sign flips at least three times in the first ten steps.
    const w = sgdPath.slice(0, 10).map(([x, y]) => -0.5 * x + (Math.sqrt(3) / 2) * y);
    let flips = 0;
    for (let i = 1; i < w.length; i++) if (Math.sign(w[i]!) !== Math.sign(w[i - 1]!)) flips++;
    expect(flips).toBeGreaterThanOrEqual(3);
  });

  it('suggested settings on κ = 10 (the same η for both): SGD still arrives first there, as surfaces.ts says', () => {
    const q = { ...p, kappa: 10, ...suggestedPatch(quadraticRavine({ kappa: 10 })) };
    const { snap } = runToEnd(q);
    expect(within(snap, 'sgd', 1e-3)!).toBeLessThan(within(snap, 'momentum', 1e-3)!);
  });
});

describe('optimizers: the beats’ parameters and claims, on the engine', () => {
  it('the Rosenbrock and saddle beats use the surfaces’ suggested settings (as the surface menu sets them)', () => {
    const url = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)]));
    expect(url(ROSEN_BEAT)).toEqual(
      url({ surface: 'rosenbrock', ...suggestedPatch(surfaceById('rosenbrock')), speed: 10 }),
    );
    expect(url(SADDLE_BEAT)).toEqual(url({ surface: 'saddle', ...suggestedPatch(saddle()) }));
    expect(SADDLE_BEAT.sy).not.toBe(0);
  });

  it('beats 2–5: each claim holds on a run of its parameters', () => {
    for (const i of [1, 2, 3, 4]) {
      const beat = BEATS[i]!;
      const q = parseParams(PARAMS, new URLSearchParams(beat.params)).values;
      const task = labTask(q);
      let reading = readClaim(beat.shows!, task.snapshot(true).snap, null);
      for (let n = 0; n < 8000 && !reading.ready; n++) {
        task.step(1);
        task.divergence();
        reading = readClaim(beat.shows!, task.snapshot(false).snap, null);
      }
      task.dispose();
      expect(reading.ready, `beat ${i + 1}: ${reading.measured}`).toBe(true);
      expect(reading.ok, `beat ${i + 1}: ${reading.measured}`).toBe(true);
    }
  });
});

describe('optimizers: beat 6 on the network engine', () => {
  it('not ready at epoch 10 exactly (its first step has not run); on the next steps (η at exactly half, in float32) the claim holds', () => {
    const beat = BEATS[5]!;
    const q = parseParams(PARAMS, new URLSearchParams(beat.params)).values;
    const t = netTask(q);
    while (t.epoch < 10) t.step(1);
    expect(readClaim(beat.shows!, t.snapshot(false).snap, null).ready).toBe(false);
    for (let k = 0; k < 2; k++) {
      t.step(1);
      const r = readClaim(beat.shows!, t.snapshot(false).snap, null);
      expect(r.ready).toBe(true);
      expect(r.ok, r.measured).toBe(true);
    }
    t.dispose();
  });
});

describe('optimizers: the network race has a clear answer, and its declared noise is measured', () => {
  it(`SGD and momentum (same effective step) end up less than NET_NOISE apart over seeds 1–12; Adam leads by more than NET_MARGIN on seed ${NET.seed}`, () => {
    const gaps: number[] = [];
    let seed1: number[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      const t = netTask({ ...NET, decay: 0.1, seed });
      while (t.epoch < J.NET_EPOCHS) t.step(1);
      const loss = Array.from(t.snapshot(false).snap.trainLoss);
      t.dispose();
      gaps.push(Math.abs(loss[0]! - loss[1]!));
      if (seed === NET.seed) seed1 = loss;
    }
    // Observed on tfjs cpu: the largest SGD–momentum gap 0.029 (seed 8); seed 1 ends at 0.591, 0.581, 0.402.
    expect(Math.max(...gaps)).toBeLessThan(J.NET_NOISE);
    const o = judgeRecording(J.judgeNetRace, p, [
      { epoch: J.NET_EPOCHS, trainLoss: Float32Array.from(seed1) } as unknown as OptimNetSnapshot,
    ])!;
    expect(o.answer).toBe('adam');
    expect(Math.min(seed1[0]!, seed1[1]!) - seed1[2]!).toBeGreaterThan(2 * J.NET_MARGIN);
  }, 240_000);
});
