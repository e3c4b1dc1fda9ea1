/**
 * The judges of this lesson's exercises (pure; unit-tested on recorded runs in
 * tests/unit/exercises-perceptron-xor.test.ts). Part A's perceptron runs on the main
 * thread (perceptronSession.ts publishes each epoch); the hidden-layer network and Part B
 * train in the worker (xornet, approx1d). Each judge reads its run's own measurements.
 */
import type { Approx1dSnapshot, XorNetSnapshot } from '../../src/engine';
import type { JudgeFactory, ParamValues } from '../../src/kit';
import { fmt, pct, lineEquation } from '../../src/math/format';
import { unitsFor } from './approxConfig';
import type { PARAMS } from './params';
import type { PerceptronSnapshot } from './perceptronSession';

export type Values = ParamValues<typeof PARAMS>;
const steps = (n: number) => n.toLocaleString('en-US');
const fits = (s: PerceptronSnapshot | null, p: Values): s is PerceptronSnapshot =>
  !!s && s.gate === p.gate && s.eta === p.eta;

/** Exercise "AND epochs": the first epoch after which every point is right; Infinity if it cycles or runs past EPOCH_LIMIT. */
export const EPOCH_LIMIT = 200;
export const judgeEpochs: JudgeFactory<PerceptronSnapshot, Values> = (p) => (snap) => {
  if (!fits(snap, p) || snap.epoch === 0) return null;
  if (snap.errors === 0)
    return {
      answer: snap.epoch,
      measured: `all points are right after epoch ${snap.epoch} (η = ${p.eta}; final line ${lineEquation(snap.w, snap.b)}).`,
    };
  if (snap.cycleAt !== null || snap.epoch >= EPOCH_LIMIT)
    return {
      answer: Infinity,
      measured: `it never got every point right: ${snap.errors} still wrong after epoch ${snap.epoch}.`,
    };
  return null;
};

/** Exercise "XOR": does the perceptron ever reach 0 errors within EPOCH_LIMIT epochs? A detected cycle answers "no" early (it repeats forever). */
export const judgeXorZero: JudgeFactory<PerceptronSnapshot, Values> = (p) => {
  let fewest = Infinity;
  return (snap) => {
    if (!fits(snap, p)) return null;
    fewest = Math.min(fewest, snap.errors);
    if (snap.epoch === 0) return null;
    if (snap.errors === 0) return { answer: 'yes', measured: `0 errors after epoch ${snap.epoch}.` };
    if (snap.cycleAt !== null)
      return {
        answer: 'no',
        measured: `after epoch ${snap.cycleAt} the weights were back where they were after epoch ${snap.cycleFrom}: the same mistakes repeat forever. Fewest errors seen: ${fewest}.`,
      };
    if (snap.epoch >= EPOCH_LIMIT)
      return {
        answer: 'no',
        measured: `still ${snap.errors} wrong after ${snap.epoch} epochs; fewest seen: ${fewest}.`,
      };
    return null;
  };
};

/** Exercise "two hidden units": does the network get all four XOR points right (loss below SOLVED_LOSS) within XOR_LIMIT steps? */
export const XOR_LIMIT = 3000;
export const SOLVED_LOSS = 0.1;
export const judgeXorNet: JudgeFactory<XorNetSnapshot, Values> = (p) => (snap) => {
  if (!snap) return null;
  const loss = snap.trainLoss[0]!;
  const acc = snap.trainAcc[0]!;
  if (acc >= 1 && loss < SOLVED_LOSS)
    return {
      answer: 'solved',
      measured: `all four points right, loss ${fmt(loss, 2)}, at step ${steps(snap.step)} (${p.xHidden} ${p.xAct} units, η = ${p.xLr}).`,
    };
  if (snap.step >= XOR_LIMIT)
    return {
      answer: 'stuck',
      measured: `after ${steps(snap.step)} steps: ${pct(acc)} of the points right, loss ${fmt(loss, 2)}.`,
    };
  return null;
};

/** Exercise "smallest n": the fewest units among the runs whose error on the target got below MSE_LEVEL within APPROX_LIMIT steps. */
export const MSE_LEVEL = 1e-3;
export const APPROX_LIMIT = 3000;
export const judgeSmallestN: JudgeFactory<Approx1dSnapshot, Values> = (p) => {
  const units = unitsFor(p.n);
  const first: number[] = units.map(() => NaN);
  return (snap) => {
    if (!snap || snap.mse.length !== units.length) return null;
    units.forEach((_, r) => {
      if (Number.isNaN(first[r]!) && snap.mse[r]! < MSE_LEVEL) first[r] = snap.step;
    });
    if (snap.step < APPROX_LIMIT) return null;
    const reached = units.filter((_, r) => !Number.isNaN(first[r]!));
    const parts = units
      .map(
        (n, r) =>
          `n = ${n}: ${fmt(snap.mse[r], 2)}${Number.isNaN(first[r]!) ? '' : ` (below 10⁻³ from step ${steps(first[r]!)})`}`,
      )
      .join('; ');
    const order = orderWords(units, snap.mse);
    if (!reached.length)
      return {
        answer: 'none',
        measured: `no network got below 10⁻³ within ${steps(APPROX_LIMIT)} steps. Errors: ${parts}. ${order}`,
      };
    return {
      answer: String(Math.min(...reached)),
      measured: `the smallest network below 10⁻³ has ${Math.min(...reached)} units. Errors at step ${steps(snap.step)}: ${parts}. ${order}`,
    };
  };
};

/**
 * Whether the errors fell with every doubling of n in this run, in words: either "the error fell
 * with every larger n", or the larger networks that ended above a smaller one (e.g. "n = 32 and
 * n = 64 ended above n = 16").
 */
export function orderWords(units: readonly number[], mse: ArrayLike<number>): string {
  let best = 0;
  const worse: string[] = [];
  for (let r = 1; r < units.length; r++) {
    if (mse[r]! > mse[best]!)
      worse.push(`n = ${units[r]} (${fmt(mse[r], 2)}) ended above n = ${units[best]} (${fmt(mse[best], 2)})`);
    else best = r;
  }
  return worse.length
    ? `More units did not always win: ${worse.join('; ')}.`
    : 'Each larger network ended with a smaller error than every smaller one.';
}

/** Goal "sine below 10⁻³": the network on the slider (n units) gets the sine's error below MSE_LEVEL with at most GOAL_MAX_N units. */
export const GOAL_MAX_N = 8;
export function sineMissing(p: Values): string | null {
  const miss: string[] = [];
  if (p.fn !== 'sine') miss.push('choose the sine as “Target function”');
  if (p.n > GOAL_MAX_N) miss.push(`set “Hidden units n” to ${GOAL_MAX_N} or fewer`);
  return miss.length ? `${miss.join(', ')}.` : null;
}
export const judgeSine: JudgeFactory<Approx1dSnapshot, Values> = (p) => {
  const r = unitsFor(p.n).indexOf(p.n);
  return (snap) => {
    if (!snap || r < 0 || snap.mse.length !== unitsFor(p.n).length || !(snap.mse[r]! < MSE_LEVEL)) return null;
    return {
      answer: 'reached',
      measured: `the network with n = ${p.n} ${p.act === 'relu' ? 'ReLU' : 'sigmoid'} units reached an error of ${fmt(snap.mse[r], 2)} at step ${steps(snap.step)} (Adam step ${p.lr}, seed ${p.seed}).`,
    };
  };
};
