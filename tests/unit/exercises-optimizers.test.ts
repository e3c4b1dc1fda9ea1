import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { isCorrect, judgeRecording } from '../../src/app/exercises/judge';
import type { OptimizerKind, Vec2 } from '../../src/engine/optim2d';
import { Optim2dTask, type Optim2dSnapshot, type Optim2dTrack, type TrackStatus } from '../../src/engine/tasks/optim2d';
import type { OptimNetSnapshot } from '../../src/engine/tasks/optimnet';
import { defaults } from '../../src/store/params';
import { LESSONS } from '../../lessons';
import * as J from '../../lessons/optimizers/judges';
import { PARAMS } from '../../lessons/optimizers/params';
import { hypersOf } from '../../lessons/optimizers/SurfaceLab';
import { FATE, ROSEN } from '../../lessons/optimizers/Exercises';

const p = { ...defaults(PARAMS) };
type Tr = [OptimizerKind, number, Vec2, TrackStatus?];
/** A recorded optim2d snapshot: per track (kind, steps, θ, status). */
function s(step: number, tracks: Tr[], extra: Partial<Optim2dSnapshot> = {}): Optim2dSnapshot {
  return {
    step,
    stepsPerSec: 0,
    maxSteps: 4000,
    finished: tracks.every((t) => (t[3] ?? 'running') !== 'running'),
    error: null,
    tracks: tracks.map(([kind, t, theta, status]) => ({ kind, t, theta, status: status ?? 'running', divergedAt: status === 'diverged' ? t : null }) as unknown as Optim2dTrack),
    ...extra,
  };
}

/** A real run of the 2D lab with parameters `q`, judged: what the page's own run would say. */
function realRun(factory: typeof J.judgeRosenRace, q: typeof p) {
  const task = new Optim2dTask({ surface: q.surface, kappa: q.surface === 'ravine' ? q.kappa : 1, start: [q.sx, q.sy], optimizers: hypersOf(q), stepsPerSec: 60 });
  const judge = factory(q);
  for (let i = 0; i < 5000; i++) {
    task.step(1);
    const o = judge(task.snapshot(false).snap, task.divergence());
    if (o) return o;
  }
  return null;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('optimizers: judges on recorded runs', () => {
  it('races: the first within the radius wins; nobody = none', () => {
    const rec = [s(10, [['momentum', 10, [0.5, 0.5]], ['adam', 10, [0.9, 0.9]]]), s(20, [['momentum', 20, [0.99, 0.99]], ['adam', 20, [0.9, 0.9]]])];
    const o = judgeRecording(J.judgeRosenRace, p, rec)!;
    expect(o.answer).toBe('momentum');
    expect(isCorrect('momentum', o)).toBe(true);
    expect(isCorrect('adam', o)).toBe(false);
    expect(o.measured).toMatch(/step 20/);
    const none = judgeRecording(J.judgeRosenRace, p, [s(4000, [['momentum', 4000, [0, 0], 'limit'], ['adam', 4000, [0.5, 0.5], 'limit']])]);
    expect(none?.answer).toBe('none');
    expect(judgeRecording(J.judgeRavineRace, p, [s(5, [['sgd', 5, [1, 1]]])])).toBeNull();
  });
  it('SGD fate: diverged, converged, or slow', () => {
    expect(judgeRecording(J.judgeSgdFate, p, [s(3, [['sgd', 3, [200, 300], 'diverged']])], ['SGD diverged at step 3'])?.answer).toBe('diverged');
    expect(judgeRecording(J.judgeSgdFate, p, [s(40, [['sgd', 40, [1e-4, 0]]])])?.answer).toBe('converged');
    expect(judgeRecording(J.judgeSgdFate, p, [s(100, [['sgd', 100, [1, 0]]]), s(4000, [['sgd', 4000, [0.5, 0], 'limit']])])?.answer).toBe('slow');
  });
  it('SGD steps: the measured count, judged within 20 %', () => {
    const o = judgeRecording(J.judgeSgdSteps, p, [s(400, [['sgd', 400, [0.002, 0]]]), s(417, [['sgd', 417, [0.0009, 0]]])])!;
    expect(o.answer).toBe(417);
    expect(isCorrect(415, o, { rel: 0.2 })).toBe(true);
    expect(isCorrect(115, o, { rel: 0.2 })).toBe(false);
  });
  it('Himmelblau: same or different minima, once both stopped', () => {
    const running = s(100, [['sgd', 100, [3, 2]], ['adam', 100, [3.58, -1.85]]]);
    expect(judgeRecording(J.judgeHimmelblau, p, [running])).toBeNull();
    expect(judgeRecording(J.judgeHimmelblau, p, [s(1000, [['sgd', 1000, [3, 2], 'limit'], ['adam', 430, [3.58, -1.85], 'converged']])])?.answer).toBe('different');
    expect(judgeRecording(J.judgeHimmelblau, p, [s(1000, [['sgd', 1000, [3, 2], 'limit'], ['adam', 430, [2.99, 2.01], 'converged']])])?.answer).toBe('same');
  });
  it('goal: SGD within 10⁻³ in at most 500 steps on κ ≥ 100', () => {
    const q = { ...p, surface: 'ravine' as const, kappa: 100, opts: ['sgd' as const] };
    expect(J.fixSgdMissing(q)).toBeNull();
    expect(J.fixSgdMissing({ ...q, kappa: 10 })).toMatch(/κ/);
    expect(judgeRecording(J.judgeFixSgd, q, [s(420, [['sgd', 420, [0.0009, 0]]])])?.answer).toBe('reached');
    expect(judgeRecording(J.judgeFixSgd, q, [s(555, [['sgd', 555, [0.0009, 0]]])])).toBeNull();
    expect(judgeRecording(J.judgeFixSgd, q, [s(3, [['sgd', 3, [300, 0], 'diverged']])])).toBeNull();
  });
  it('network: the lowest training loss after the epochs', () => {
    const n = (epoch: number, loss: number[]) => ({ epoch, trainLoss: Float32Array.from(loss) }) as unknown as OptimNetSnapshot;
    expect(judgeRecording(J.judgeNetRace, p, [n(5, [0.1, 0.2, 0.3])])).toBeNull();
    expect(judgeRecording(J.judgeNetRace, p, [n(5, [0.1, 0.2, 0.3]), n(10, [0.5, 0.4, 0.2])])?.answer).toBe('adam');
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
    expect(realRun(J.judgeRavineRace, { ...p })?.answer).toBe('sgd');
  });
});
