/**
 * The judges of this lesson's exercises (pure; unit-tested on recorded snapshot sequences in
 * tests/unit/exercises-optimizers.test.ts). The 2D lab is deterministic (exact surfaces, exact
 * start), so its races need no seed; the network lab fixes one. Each judge reads the run.
 */
import type { OptimizerKind, Vec2 } from '../../src/engine/optim2d';
import { surfaceById } from '../../src/engine/surfaces';
import { nearestMinimum } from '../../src/engine/surface-points';
import type { Optim2dSnapshot, Optim2dTrack } from '../../src/engine/tasks/optim2d';
import type { OptimNetSnapshot } from '../../src/engine/tasks/optimnet';
import { firstBelow, type JudgeFactory } from '../../src/app/exercises/judge';
import { fmt } from '../../src/math/format';
import type { ParamValues } from '../../src/store/params';
import { OPT_NAMES, type PARAMS } from './params';

export type Values = ParamValues<typeof PARAMS>;
type F = JudgeFactory<Optim2dSnapshot, Values>;

const steps = (n: number) => n.toLocaleString('en-US');
const name = (k: OptimizerKind) => OPT_NAMES[k];
const dist = (a: Vec2, b: Vec2) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const ongoing = (snap: Optim2dSnapshot) => !snap.finished && snap.step < snap.maxSteps;

/** Races: the first step at which each track came within `radius` of `target`. */
function race(target: Vec2, radius: number): F {
  return () => {
    let first: number[] = [];
    return (snap) => {
      if (!snap?.tracks.length) return null;
      if (first.length !== snap.tracks.length) first = snap.tracks.map(() => NaN);
      // firstBelow wants one step for all: each track has its own t, so feed them one by one.
      snap.tracks.forEach((tr, r) => {
        const one = [first[r]!];
        firstBelow(one, tr.t, [dist(tr.theta, target)], radius);
        first[r] = one[0]!;
      });
      const reached = snap.tracks.map((tr, r) => ({ tr, s: first[r]! })).filter((x) => !Number.isNaN(x.s));
      const undecided = snap.tracks.some((tr, r) => Number.isNaN(first[r]!) && tr.status === 'running');
      // Every track steps together, so the first to arrive is known when it arrives.
      if (!reached.length && (ongoing(snap) || undecided)) return null;
      const parts = snap.tracks.map((tr, r) => `${name(tr.kind)} ${Number.isNaN(first[r]!) ? `not within ${steps(tr.t)} steps (${tr.status})` : `at step ${steps(first[r]!)}`}`);
      if (!reached.length) return { answer: 'none', measured: `nobody got within ${radius} of the minimum: ${parts.join('; ')}.` };
      reached.sort((a, b) => a.s - b.s);
      return { answer: reached[0]!.tr.kind, measured: `${name(reached[0]!.tr.kind)} got there first. ${parts.join('; ')}.` };
    };
  };
}

/** Exercise "ravine race": who gets within 10⁻³ of the ravine's minimum (the origin) first. */
export const RAVINE_RADIUS = 1e-3;
export const judgeRavineRace: F = race([0, 0], RAVINE_RADIUS);

/** Exercise "Rosenbrock race": who gets within 0.05 of (1, 1) first. */
export const ROSEN_RADIUS = 0.05;
export const judgeRosenRace: F = race([1, 1], ROSEN_RADIUS);

const track = (snap: Optim2dSnapshot | null, kind: OptimizerKind): Optim2dTrack | undefined => snap?.tracks.find((t) => t.kind === kind);

/** Exercise "κ = 100 with the κ = 10 step": what SGD does. */
export const judgeSgdFate: F = () => (snap, diverged) => {
  const tr = track(snap, 'sgd');
  if (tr?.status === 'diverged' || (diverged && /SGD/.test(diverged))) {
    return { answer: 'diverged', measured: `SGD diverged at step ${steps(tr?.divergedAt ?? snap?.step ?? 0)}: every step across the ravine overshot by more than the last.` };
  }
  if (!tr) return null;
  const d = dist(tr.theta, [0, 0]);
  if (d < RAVINE_RADIUS) return { answer: 'converged', measured: `SGD reached within ${RAVINE_RADIUS} of the minimum at step ${steps(tr.t)}.` };
  if (tr.status === 'running') return null;
  return { answer: 'slow', measured: `after ${steps(tr.t)} steps SGD is still ${fmt(d, 3)} from the minimum.` };
};

/** Exercise "how many steps at κ = 100": SGD's steps to within 10⁻³ at its best fixed rate (a number). */
export const judgeSgdSteps: F = () => (snap) => {
  const tr = track(snap, 'sgd');
  if (!tr) return null;
  if (dist(tr.theta, [0, 0]) < RAVINE_RADIUS) return { answer: tr.t, measured: `SGD came within ${RAVINE_RADIUS} of the minimum at step ${steps(tr.t)}.` };
  if (tr.status === 'running') return null;
  return { answer: Infinity, measured: `SGD did not get within ${RAVINE_RADIUS} of the minimum (${tr.status} after ${steps(tr.t)} steps).` };
};

/** Exercise "Himmelblau": do SGD and Adam end in the same minimum? Judged when both have stopped. */
const himmelblau = surfaceById('himmelblau');
const where = (p: Vec2) => {
  const m = nearestMinimum(himmelblau, p)!;
  return { key: m.minimum.point.join(','), text: `(${fmt(m.minimum.point[0], 3)}, ${fmt(m.minimum.point[1], 3)})` };
};
export const judgeHimmelblau: F = () => (snap) => {
  const a = track(snap, 'sgd');
  const b = track(snap, 'adam');
  if (!snap || !a || !b || ((a.status === 'running' || b.status === 'running') && ongoing(snap))) return null;
  const wa = where(a.theta);
  const wb = where(b.theta);
  return {
    answer: wa.key === wb.key ? 'same' : 'different',
    measured: `SGD stopped near the minimum at ${wa.text} after ${steps(a.t)} steps, Adam near ${wb.text} after ${steps(b.t)}.`,
  };
};

/** Goal "fix SGD at κ = 100": SGD within 10⁻³ of the minimum in at most GOAL_STEPS steps. */
export const GOAL_KAPPA = 100;
export const GOAL_STEPS = 500;
export function fixSgdMissing(p: Values): string | null {
  const miss: string[] = [];
  if (p.surface !== 'ravine') miss.push('choose the quadratic ravine');
  if (p.kappa < GOAL_KAPPA) miss.push(`set κ to ${GOAL_KAPPA} or more`);
  if (!p.opts.includes('sgd')) miss.push('show SGD');
  return miss.length ? `${miss.join(', ')}.` : null;
}
export const judgeFixSgd: F = (p) => (snap) => {
  const tr = track(snap, 'sgd');
  if (!tr || tr.status === 'diverged' || tr.t > GOAL_STEPS || dist(tr.theta, [0, 0]) >= RAVINE_RADIUS) return null;
  return { answer: 'reached', measured: `SGD came within ${RAVINE_RADIUS} of the minimum at step ${steps(tr.t)} with η = ${p.sgdLr} on κ = ${p.kappa}.` };
};

/** Network exercise: the lowest training loss after NET_EPOCHS epochs. */
export const NET_EPOCHS = 10;
const NET_KINDS = ['sgd', 'momentum', 'adam'] as const;
export const judgeNetRace: JudgeFactory<OptimNetSnapshot, Values> = () => (snap) => {
  if (!snap || snap.epoch < NET_EPOCHS || snap.trainLoss.length !== NET_KINDS.length) return null;
  let best = 0;
  for (let r = 1; r < NET_KINDS.length; r++) if (snap.trainLoss[r]! < snap.trainLoss[best]!) best = r;
  const parts = NET_KINDS.map((k, r) => `${name(k)} ${fmt(snap.trainLoss[r], 3)}`).join(', ');
  return { answer: NET_KINDS[best]!, measured: `after ${fmt(snap.epoch, 3)} epochs the training losses are ${parts}.` };
};
