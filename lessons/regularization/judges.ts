/**
 * The judges of this lesson's exercises (pure; unit-tested on recorded snapshot sequences
 * in tests/unit/exercises-regularization.test.ts). Each reads the run's own measurements.
 */
import { REG_LABELS, type RegMethod, type RegularizeSnapshot } from '../../src/engine';
import { clearWinner, type JudgeFactory, type ParamValues } from '../../src/kit';
import { fmt, pct } from '../../src/math/format';
import { shownMethods } from './config';
import type { PARAMS } from './params';

export type Values = ParamValues<typeof PARAMS>;
type F = JudgeFactory<RegularizeSnapshot, Values>;

const steps = (n: number) => n.toLocaleString('en-US');
const gap = (s: RegularizeSnapshot, r: number) => s.testLoss[r]! - s.trainLoss[r]!;
/** Snapshots of this experiment: one loss per shown network. */
const fits = (s: RegularizeSnapshot | null, methods: RegMethod[]): s is RegularizeSnapshot =>
  !!s && s.trainLoss.length === methods.length;

/**
 * Exercise "largest gap": which network's held-out minus training loss is largest at the
 * first reading at or after GAP_STEPS steps (the lab measures every EVAL_EVERY steps, and the
 * page receives a reading every few dozen steps: the verdict names the step it read).
 * A network wins only by more than GAP_MARGIN: the held-out loss of 200 points moves by a few
 * hundredths between readings (recorded default runs: the unregularized one by 0.03–0.07 per
 * 250 steps near step 1,000), so a smaller lead is no verdict.
 */
export const GAP_STEPS = 1000;
export const GAP_MARGIN = 0.05;
export const judgeLargestGap: F = (p) => {
  const methods = shownMethods(p.show);
  return (snap) => {
    if (!fits(snap, methods) || snap.evalStep < GAP_STEPS) return null;
    const gaps = methods.map((_, r) => gap(snap, r));
    const { index, gap: lead } = clearWinner(gaps, GAP_MARGIN, true);
    const words = methods.map((m, r) => `${REG_LABELS[m]} ${fmt(gaps[r], 2)}`).join('; ');
    const measured = `at step ${steps(snap.evalStep)} (the first reading at or after step ${steps(GAP_STEPS)}) the gaps (held-out − training loss) are: ${words}.`;
    if (index === null) {
      const top = [...gaps].sort((a, b) => b - a);
      return {
        answer: methods[gaps.indexOf(top[0]!)]!,
        measured,
        tie: `No clear winner: ${measured.replace(/^at/, 'At')} The two largest gaps, ${fmt(top[0], 2)} and ${fmt(top[1], 2)}, differ by ${fmt(lead, 2)}, within the ${GAP_MARGIN} the held-out loss moves between readings.`,
      };
    }
    return { answer: methods[index]!, measured };
  };
};

/** Exercise "L1 zeros": the share (in %) of the L1 network's weights with |w| < 0.01 after ZERO_STEPS steps. */
export const ZERO_STEPS = 2000;
export const judgeL1Zeros: F = (p) => {
  const methods = shownMethods(p.show);
  const r = methods.indexOf('l1');
  const r2 = methods.indexOf('l2');
  return (snap) => {
    if (
      r < 0 ||
      !fits(snap, methods) ||
      snap.step < ZERO_STEPS ||
      !snap.nearZero ||
      snap.nearZero.length < methods.length
    )
      return null;
    const z = snap.nearZero[r]!;
    const other = r2 >= 0 ? `; the L2 network’s share is ${pct(snap.nearZero[r2])}` : '';
    return {
      answer: Math.round(z * 100),
      measured: `after ${steps(snap.step)} steps, ${pct(z)} of the L1 network’s weights are within 0.01 of zero${other}.`,
    };
  };
};

/** Exercise "strong L2": with a large λ₂, what the L2 network's training loss does by STRONG_STEPS steps (fits, underfits, between). */
export const STRONG_STEPS = 1500;
export const FIT_LEVEL = 0.1;
export const UNDERFIT_LEVEL = 0.5;
export const judgeStrongL2: F = (p) => {
  const methods = shownMethods(p.show);
  const a = methods.indexOf('none');
  const b = methods.indexOf('l2');
  return (snap) => {
    if (b < 0 || !fits(snap, methods) || snap.evalStep < STRONG_STEPS) return null;
    const tr = snap.trainLoss[b]!;
    const other =
      a >= 0
        ? `; the unregularized network’s: training ${fmt(snap.trainLoss[a], 2)}, held-out ${fmt(snap.testLoss[a], 2)}`
        : '';
    const words = `at step ${steps(snap.evalStep)} with λ₂ = ${p.l2}, the L2 network’s training loss is ${fmt(tr, 2)} and its held-out loss ${fmt(snap.testLoss[b], 2)}${other}.`;
    return { answer: tr > UNDERFIT_LEVEL ? 'underfits' : tr < FIT_LEVEL ? 'fits' : 'between', measured: words };
  };
};

/** Exercise "keep = 1": are the dropout and unregularized networks' training losses the same after SAME_STEPS steps? */
export const SAME_STEPS = 300;
export const SAME_TOL = 1e-4;
export const judgeKeepOne: F = (p) => {
  const methods = shownMethods(p.show);
  const a = methods.indexOf('none');
  const b = methods.indexOf('dropout');
  return (snap) => {
    if (a < 0 || b < 0 || !fits(snap, methods) || snap.evalStep < SAME_STEPS) return null;
    const d = snap.trainLoss[b]! - snap.trainLoss[a]!;
    const answer = Math.abs(d) <= SAME_TOL ? 'same' : d > 0 ? 'higher' : 'lower';
    return {
      answer,
      measured: `at step ${steps(snap.evalStep)} with keep probability ${p.keep}: dropout’s training loss ${fmt(snap.trainLoss[b], 4)}, the unregularized network’s ${fmt(snap.trainLoss[a], 4)}.`,
    };
  };
};

/** Goal "more data": the unregularized network alone, no regularizer, reaches a gap below GOAL_GAP after GOAL_STEPS steps. */
export const GOAL_GAP = 0.2;
export const GOAL_STEPS = 1000;
export const GOAL_NOISE = 0.15;
export function moreDataMissing(p: Values): string | null {
  const methods = shownMethods(p.show);
  const miss: string[] = [];
  if (!methods.includes('none')) miss.push('tick “Unregularized” under “Networks compared”');
  if (p.noise < GOAL_NOISE) miss.push(`keep the noise at ${GOAL_NOISE} or more`);
  if (p.dataset !== 'xor') miss.push('choose the XOR dataset');
  return miss.length ? `${miss.join(', ')}.` : null;
}
export const judgeMoreData: F = (p) => {
  const methods = shownMethods(p.show);
  const r = methods.indexOf('none');
  return (snap) => {
    if (r < 0 || !fits(snap, methods) || snap.evalStep < GOAL_STEPS) return null;
    const g = gap(snap, r);
    if (!(g < GOAL_GAP) || !(snap.trainLoss[r]! < 0.3)) return null;
    return {
      answer: 'reached',
      measured: `with ${p.points} training points, the unregularized network’s gap is ${fmt(g, 2)} at step ${steps(snap.evalStep)} (training loss ${fmt(snap.trainLoss[r], 2)}, held-out ${fmt(snap.testLoss[r], 2)}).`,
    };
  };
};
