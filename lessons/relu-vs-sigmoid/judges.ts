/**
 * The judges of this lesson's exercises (pure; unit-tested on recorded snapshot
 * sequences in tests/unit/exercises.test.ts). Each reads the run's own measurements.
 */
import { INIT_LABELS, ACTIVATION_LABELS, ACTIVATION_MATH, type Activation, type Mlp2dSnapshot } from '../../src/engine';
import { firstBelow, type JudgeFactory, type ParamValues } from '../../src/kit';
import { fmt, pct } from '../../src/math/format';
import type { PARAMS } from './params';

export type Values = ParamValues<typeof PARAMS>;
type F = JudgeFactory<Mlp2dSnapshot, Values>;

const name = (a: string) => ACTIVATION_LABELS[a as Activation];
const steps = (n: number) => n.toLocaleString('en-US');

/**
 * Exercise "last to 0.1": which network's training loss is the last to go below 0.1; "none" if one
 * is still above it after RACE_LIMIT steps. (Which is *first* is not decidable in the lab: ReLU and
 * tanh cross within a few hundred steps of each other, often between the same two measurements.)
 */
export const RACE_LEVEL = 0.1;
export const RACE_LIMIT = 5000;
/**
 * The margin. The lab measures every few steps (sometimes hundreds apart), so crossings are compared
 * on the measurements themselves: a network is clearly last when, at the measurement where all the
 * others are below 0.1, its loss is still above RACE_CLOSE × 0.1. A crossing in the last
 * RACE_NOISE of the step limit is too close to the limit to call (another backend rounds differently).
 */
export const RACE_CLOSE = 2;
export const RACE_NOISE = 0.1;
export const judgeRace: F = (p) => {
  const first: number[] = p.acts.map(() => NaN);
  let lag = -1;
  let lagLoss = NaN;
  let lagAt = 0;
  let prev = 0;
  let together: number[] = [];
  return (snap) => {
    if (!snap || snap.trainLoss.length !== p.acts.length) return null;
    firstBelow(first, snap.step, snap.trainLoss, RACE_LEVEL);
    const above = p.acts.map((_, r) => r).filter((r) => Number.isNaN(first[r]!));
    if (lag < 0 && above.length === 1) [lag, lagLoss, lagAt] = [above[0]!, snap.trainLoss[above[0]!]!, snap.step];
    // Two or more crossed between the same two measurements and none is left: they cannot be ordered.
    if (lag < 0 && !above.length && !together.length)
      together = p.acts.map((_, r) => r).filter((r) => first[r] === snap.step);
    const from = prev;
    prev = snap.step;
    if (above.length && snap.step < RACE_LIMIT) return null;
    const parts = p.acts.map(
      (a, r) =>
        `${name(a)} ${Number.isNaN(first[r]!) ? `not yet (loss ${fmt(snap.trainLoss[r], 2)})` : `at step ${steps(first[r]!)}`}`,
    );
    const measured = `${parts.join('; ')} (the first measurement below 0.1 of each).`;
    if (above.length) {
      const words = `not every network got below ${RACE_LEVEL} within ${steps(RACE_LIMIT)} steps: ${measured}`;
      if (above.every((r) => snap.trainLoss[r]! < RACE_LEVEL * (1 + RACE_NOISE)))
        return {
          answer: 'none',
          measured: words,
          tie: `at the limit the loss left above 0.1 is only ${above.map((r) => fmt(snap.trainLoss[r], 3)).join(', ')}: too close to call.`,
        };
      return { answer: 'none', measured: words };
    }
    if (lag < 0) {
      return {
        answer: p.acts[together[0] ?? 0]!,
        measured,
        tie: `${together.map((r) => name(p.acts[r]!)).join(' and ')} got below ${RACE_LEVEL} between the same two measurements (steps ${steps(from)} and ${steps(snap.step)}), so this run cannot say which was last.`,
      };
    }
    const who = name(p.acts[lag]!);
    const words = `${who} got below ${RACE_LEVEL} last: ${measured} When the others were all below ${RACE_LEVEL} (step ${steps(lagAt)}), its loss was still ${fmt(lagLoss, 3)}.`;
    if (lagLoss < RACE_CLOSE * RACE_LEVEL)
      return {
        answer: p.acts[lag]!,
        measured: words,
        tie: `when the others were below ${RACE_LEVEL} (step ${steps(lagAt)}), ${who}’s loss was already down to ${fmt(lagLoss, 3)}, within a factor of ${RACE_CLOSE} of it: too close to call.`,
      };
    if (first[lag]! > RACE_LIMIT * (1 - RACE_NOISE))
      return {
        answer: p.acts[lag]!,
        measured: words,
        tie: `${who} got below ${RACE_LEVEL} at step ${steps(first[lag]!)}, within ${RACE_NOISE * 100} % of the ${steps(RACE_LIMIT)}-step limit: too close to say whether another run would make it.`,
      };
    return { answer: p.acts[lag]!, measured: words };
  };
};

/** Mean h′(a) over all sampled (unit, point) pairs of every hidden layer of run r, from the snapshot's pre-activations. */
export function meanSlope(snap: Mlp2dSnapshot, act: Activation, r: number): number {
  const pre = snap.preacts;
  if (!pre?.length) return NaN;
  const df = ACTIVATION_MATH[act].df;
  let sum = 0;
  let n = 0;
  for (const layer of pre) {
    const per = layer.length / snap.runs;
    for (let i = r * per; i < (r + 1) * per; i++) {
      sum += df(layer[i]!);
      n++;
    }
  }
  return n ? sum / n : NaN;
}

/** Exercise "mean slope": the sigmoid network's mean σ′ over its hidden units, on the first measurement. */
export const judgeMeanSlope: F = (p) => (snap) => {
  const r = p.acts.indexOf('sigmoid');
  if (r < 0 || !snap?.preacts?.length || snap.trainLoss.length !== p.acts.length) return null;
  const m = meanSlope(snap, 'sigmoid', r);
  if (!Number.isFinite(m)) return null;
  const others = p.acts
    .map((a, k) => (k === r ? '' : `${name(a)}’s mean h′ is ${fmt(meanSlope(snap, a, k), 2)}`))
    .filter(Boolean)
    .join('; ');
  return {
    answer: Number(m.toFixed(3)),
    measured: `a mean σ′ of ${fmt(m, 3)} over ${p.depth} hidden layers at step ${steps(snap.step)}${others ? `; ${others}` : ''}.`,
  };
};

/** Mean dead share over the hidden layers of run r (from `activity`). */
export function deadShare(snap: Mlp2dSnapshot, r: number, H: number): number {
  const a = snap.activity;
  if (!a || a.length < (r + 1) * H * 3) return NaN;
  let d = 0;
  for (let l = 0; l < H; l++) d += a[(r * H + l) * 3 + 1]!;
  return d / H;
}

export const LR_STEPS = 1000;
export const DEAD_LEVEL = 1 / 3;
/** A loss within this factor of RACE_LEVEL (either side) is too close to call "learned" or not: at η = 3 the loss jumps from step to step. */
export const LR_LOSS_FACTOR = 1.25;
/**
 * Exercise "big learning rate": what a rate of 3 does to the ReLU network, at the lab's first
 * measurement from step LR_STEPS on. The answers exclude each other: it diverged; or it did not,
 * and then it learned (loss below 0.1) or not, and if not, with a third or more of its units dead or fewer.
 */
export const judgeBigLr: F = (p) => (snap, diverged) => {
  const r = p.acts.indexOf('relu');
  if (r < 0) return null;
  if (diverged)
    return {
      answer: 'diverged',
      measured: `the loss became too large to compute at step ${steps(snap?.step ?? 0)}, and training paused.`,
    };
  if (!snap || snap.trainLoss.length !== p.acts.length || snap.step < LR_STEPS) return null;
  const dead = deadShare(snap, r, p.depth);
  const loss = snap.trainLoss[r]!;
  const units = p.depth * p.width;
  const measured = `at step ${steps(snap.step)} (the first measurement from step ${steps(LR_STEPS)} on) the ReLU network’s training loss is ${fmt(loss, 2)} and ${pct(dead)} of its ${units} hidden units are dead.`;
  const answer = loss < RACE_LEVEL ? 'learned' : dead >= DEAD_LEVEL ? 'stuck-dead' : 'stuck-alive';
  if (loss > RACE_LEVEL / LR_LOSS_FACTOR && loss < RACE_LEVEL * LR_LOSS_FACTOR) {
    return {
      answer,
      measured,
      tie: `the training loss, ${fmt(loss, 2)}, is within a factor of ${LR_LOSS_FACTOR} of ${RACE_LEVEL}; at this rate it jumps by more than that between steps, so this run cannot say whether it learned.`,
    };
  }
  if (answer !== 'learned' && Math.abs(dead - DEAD_LEVEL) * units < 1) {
    return {
      answer,
      measured,
      tie: `${pct(dead)} of the units are dead, less than one unit away from a third: too close to call.`,
    };
  }
  return { answer, measured };
};

export const GOAL_ACC = 0.95;
/** The depth of the goal: at the default learning rate a sigmoid network this deep stays on its plateau; it can be made to learn. */
export const GOAL_DEPTH = 4;
/** Goal "deep sigmoid": the sigmoid network, GOAL_DEPTH hidden layers, XOR, reaches GOAL_ACC test accuracy. */
export function deepSigmoidMissing(p: Values): string | null {
  const miss: string[] = [];
  if (!p.acts.includes('sigmoid')) miss.push('tick Sigmoid under “Activations compared”');
  if (p.depth !== GOAL_DEPTH) miss.push(`set “Hidden layers” to ${GOAL_DEPTH}`);
  if (p.dataset !== 'xor') miss.push('choose the XOR dataset');
  return miss.length ? `${miss.join(', ')}.` : null;
}
export const judgeDeepSigmoid: F = (p) => (snap) => {
  const r = p.acts.indexOf('sigmoid');
  if (r < 0 || !snap || snap.trainLoss.length !== p.acts.length || !(snap.testAcc[r]! >= GOAL_ACC)) return null;
  return {
    answer: 'reached',
    measured: `the ${GOAL_DEPTH}-layer sigmoid network classifies ${pct(snap.testAcc[r])} of the test points correctly at step ${steps(snap.step)} (learning rate ${p.lr}, ${INIT_LABELS[p.init].toLowerCase()} initialization, ${p.width} units per layer, batch ${p.batch}).`,
  };
};
