/**
 * The judges of this lesson's exercises (pure; unit-tested on recorded snapshot sequences in
 * tests/unit/exercises-optimizers.test.ts). The 2D lab is deterministic (exact surfaces, exact
 * start), so its races need no seed; the network lab fixes one. Each judge reads the run.
 */
import {
  type OptimizerKind,
  type Vec2,
  surfaceById,
  nearestMinimum,
  WITHIN_RADII,
  type Optim2dSnapshot,
  type Optim2dTrack,
  type OptimNetSnapshot,
} from '../../src/engine';
import { clearWinner, type JudgeFactory, type ParamValues } from '../../src/kit';
import { fmt } from '../../src/math/format';
import { OPT_NAMES, type PARAMS } from './params';

export type Values = ParamValues<typeof PARAMS>;
type F = JudgeFactory<Optim2dSnapshot, Values>;

const steps = (n: number) => n.toLocaleString('en-US');
const name = (k: OptimizerKind) => OPT_NAMES[k];
const dist = (a: Vec2, b: Vec2) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const ongoing = (snap: Optim2dSnapshot) => !snap.finished && snap.step < snap.maxSteps;

/**
 * Races: the first step at which each track came within `radius` of the minimum (the lab records it
 * exactly, step by step: `within`). Every track steps together, so the first to arrive is known when
 * it arrives; two arriving at the same step are a tie (the surfaces are exact, so a step is the noise).
 */
function race(radius: (typeof WITHIN_RADII)[number]): F {
  const k = WITHIN_RADII.indexOf(radius);
  return () => (snap) => {
    if (!snap?.tracks.length) return null;
    const first = snap.tracks.map((tr) => tr.within[k] ?? null);
    const reached = first.some((f) => f !== null);
    const undecided = snap.tracks.some((tr, r) => first[r] === null && tr.status === 'running');
    if (!reached && (ongoing(snap) || undecided)) return null;
    const parts = snap.tracks.map(
      (tr, r) =>
        `${name(tr.kind)} ${first[r] === null ? `not within ${steps(tr.t)} steps (${tr.status})` : `at step ${steps(first[r]!)}`}`,
    );
    if (!reached)
      return { answer: 'none', measured: `nobody got within ${radius} of the minimum: ${parts.join('; ')}.` };
    const w = clearWinner(
      first.map((f) => f ?? Infinity),
      0,
    );
    if (w.index === null) {
      const best = Math.min(...first.filter((f): f is number => f !== null));
      const tied = snap.tracks.filter((_, r) => first[r] === best).map((tr) => name(tr.kind));
      return {
        answer: 'tie',
        measured: parts.join('; ') + '.',
        tie: `${tied.join(' and ')} came within ${radius} at the same step, ${steps(best)}.`,
      };
    }
    const win = snap.tracks[w.index]!;
    return { answer: win.kind, measured: `${name(win.kind)} got there first. ${parts.join('; ')}.` };
  };
}

/** Exercise "ravine race": who gets within 10⁻³ of the ravine's minimum (the origin) first. */
export const RAVINE_RADIUS = 1e-3 as const;
export const judgeRavineRace: F = race(RAVINE_RADIUS);

/** Exercise "Rosenbrock race": who gets within 0.05 of (1, 1) first. */
export const ROSEN_RADIUS = 0.05 as const;
export const judgeRosenRace: F = race(ROSEN_RADIUS);

const track = (snap: Optim2dSnapshot | null, kind: OptimizerKind): Optim2dTrack | undefined =>
  snap?.tracks.find((t) => t.kind === kind);

/** Exercise "κ = 100 with the κ = 10 step": what SGD does. */
export const judgeSgdFate: F = () => (snap, diverged) => {
  const tr = track(snap, 'sgd');
  if (tr?.status === 'diverged' || (diverged && /SGD/.test(diverged))) {
    return {
      answer: 'diverged',
      measured: `SGD diverged at step ${steps(tr?.divergedAt ?? snap?.step ?? 0)}: every step across the ravine overshot by more than the last.`,
    };
  }
  if (!tr) return null;
  const d = dist(tr.theta, [0, 0]);
  if (d < RAVINE_RADIUS)
    return {
      answer: 'converged',
      measured: `SGD reached within ${RAVINE_RADIUS} of the minimum at step ${steps(tr.t)}.`,
    };
  if (tr.status === 'running') return null;
  return { answer: 'slow', measured: `after ${steps(tr.t)} steps SGD is still ${fmt(d, 3)} from the minimum.` };
};

/** Exercise "how many steps at κ = 100": SGD's steps to within 10⁻³ at its best fixed rate (a number). */
const TIGHT = WITHIN_RADII.indexOf(RAVINE_RADIUS);
export const judgeSgdSteps: F = () => (snap) => {
  const tr = track(snap, 'sgd');
  if (!tr) return null;
  const at = tr.within[TIGHT] ?? null;
  if (at !== null)
    return { answer: at, measured: `SGD came within ${RAVINE_RADIUS} of the minimum at step ${steps(at)}.` };
  if (tr.status === 'running') return null;
  return {
    answer: Infinity,
    measured: `SGD did not get within ${RAVINE_RADIUS} of the minimum (${tr.status} after ${steps(tr.t)} steps).`,
  };
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
  const at = track(snap, 'sgd')?.within[TIGHT] ?? null;
  if (at === null || at > GOAL_STEPS) return null;
  return {
    answer: 'reached',
    measured: `SGD came within ${RAVINE_RADIUS} of the minimum at step ${steps(at)} with η = ${p.sgdLr} on κ = ${p.kappa}.`,
  };
};

/**
 * Network exercise: the lowest training loss after NET_EPOCHS epochs, named only with a margin.
 * NET_MARGIN is the run-to-run noise the exercise declares: SGD at η and momentum at η(1 − β) take
 * the same effective step, and over seeds 1–12 their losses at NET_EPOCHS end up to NET_NOISE
 * apart (tests/unit/exercises-optimizers.test.ts measures it); a smaller gap names no winner.
 */
export const NET_EPOCHS = 30;
export const NET_NOISE = 0.03;
export const NET_MARGIN = 0.05;
const NET_KINDS = ['sgd', 'momentum', 'adam'] as const;
export const judgeNetRace: JudgeFactory<OptimNetSnapshot, Values> = () => (snap) => {
  if (!snap || snap.epoch < NET_EPOCHS || snap.trainLoss.length !== NET_KINDS.length) return null;
  const losses = NET_KINDS.map((_, r) => snap.trainLoss[r]!);
  const w = clearWinner(losses, NET_MARGIN);
  const parts = NET_KINDS.map((k, r) => `${name(k)} ${fmt(losses[r], 3)}`).join(', ');
  const measured = `after ${fmt(snap.epoch, 3)} epochs the training losses are ${parts}.`;
  if (w.index === null) {
    const order = [...losses].sort((a, b) => a - b);
    return {
      answer: 'tie',
      measured,
      tie: `The lowest two losses, ${fmt(order[0], 3)} and ${fmt(order[1], 3)}, are ${fmt(w.gap, 2)} apart, within the ${NET_MARGIN} that two equivalent optimizers can differ by.`,
    };
  }
  return { answer: NET_KINDS[w.index]!, measured };
};
