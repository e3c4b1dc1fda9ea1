/**
 * The judges of this lesson's exercises (pure; unit-tested on recorded snapshot sequences in
 * tests/unit/exercises-layer-wise-pretraining.test.ts). They read the run's own curves: the
 * last phase (training with labels) has rows [epoch, train error per network…, test error
 * per network…] in METHODS order. Curves arrive only when they change, so judges keep the latest.
 */
import { type PretrainSnapshot, METHOD_NAMES, METHODS, type Method } from '../../src/engine';
import { clearWinner, type JudgeFactory, type Outcome } from '../../src/kit';
import { pct } from '../../src/math/format';
import type { Values } from './params';

type F = JudgeFactory<PretrainSnapshot, Values>;
const R = METHODS.length;
const STRIDE = 1 + 2 * R;

/** The final phase's first and latest rows' test errors (null until it has a row). */
export function finalTests(
  curves: Float32Array[] | undefined,
): { start: number[]; last: number[]; epoch: number } | null {
  const c = curves?.[curves.length - 1];
  if (!c || c.length < STRIDE) return null;
  const at = (o: number) => METHODS.map((_, r) => c[o + 1 + R + r]!);
  const last = c.length - STRIDE;
  return { start: at(0), last: at(last), epoch: c[last]! };
}

const table = (errs: number[]) => METHODS.map((m, r) => `${METHOD_NAMES[m]} ${pct(errs[r], 1)}`).join(', ');
const at = (m: Method) => METHODS.indexOf(m);

/**
 * Run-to-run noise of a test error on the quick run's 1,000 test digits: one error rate has
 * a standard error of up to 1.6 points, and another seed moves the methods by a few points
 * more, so a gap within MARGIN names no winner.
 */
export const MARGIN = 0.03;
/** Ten classes: guessing gets 90 % wrong. Plain backprop that never got below PLATEAU has not left its plateau. */
export const CHANCE = 0.9;
export const PLATEAU = 0.8;

/**
 * Plain backprop's test errors over all its training with labels: the extra epochs (budget
 * 'equal-updates': the curve before the last, rows [epoch, train × 2, test × 2] for plain and
 * ReLU) and the final phase. Null before the final phase has a row.
 */
export function plainRange(
  curves: Float32Array[] | undefined,
  extraPhase: boolean,
): { min: number; max: number; last: number } | null {
  const fin = curves?.[curves.length - 1];
  if (!curves || !fin || fin.length < STRIDE) return null;
  const errs: number[] = [];
  if (extraPhase) {
    const c = curves[curves.length - 2];
    for (let j = 0; c && j + 5 <= c.length; j += 5) errs.push(c[j + 3]!);
  }
  for (let j = 0; j + STRIDE <= fin.length; j += STRIDE) errs.push(fin[j + 1 + R + at('plain')]!);
  return { min: Math.min(...errs), max: Math.max(...errs), last: errs[errs.length - 1]! };
}

/** “Plain backprop never left its plateau …” when the run shows that, with its numbers; else ''. */
export function plateauWords(range: { min: number; max: number } | null): string {
  if (!range || range.min < PLATEAU) return '';
  return ` Plain backprop never left its plateau: its test error stayed between ${pct(range.min, 1)} and ${pct(range.max, 1)} all through its training with labels, where guessing gets ${pct(CHANCE, 0)} wrong.`;
}

/** A judge's view of plain backprop's plateau, for a run with parameters p. */
const plateauOf = (p: Values, curves: Float32Array[] | undefined) =>
  plateauWords(plainRange(curves, p.budget === 'equal-updates'));

/** A judge that keeps the latest curves and asks `decide` once the final phase has begun. */
function onFinal(
  decide: (
    t: NonNullable<ReturnType<typeof finalTests>>,
    snap: PretrainSnapshot,
    p: Values,
    curves: Float32Array[],
  ) => Outcome | null,
): F {
  return (p) => {
    let curves: Float32Array[] | undefined;
    return (snap) => {
      if (!snap) return null;
      if (snap.curves) curves = snap.curves;
      const t = finalTests(curves);
      return t && curves ? decide(t, snap, p, curves) : null;
    };
  };
}

/** The final phase's first row with at least `epoch` epochs done: test errors per method. */
function rowAt(curves: Float32Array[], epoch: number): { epoch: number; test: number[] } | null {
  const c = curves[curves.length - 1]!;
  for (let j = 0; j + STRIDE <= c.length; j += STRIDE) {
    if (c[j]! >= epoch) return { epoch: c[j]!, test: METHODS.map((_, r) => c[j + 1 + R + r]!) };
  }
  return null;
}

/**
 * Exercise "which stack learns the labels faster": both pre-trained stacks start the last
 * phase with a fresh output layer; at the first evaluation half an epoch in, the lower test
 * error of the two (a tie within MARGIN).
 */
export const STACK_EPOCH = 0.5;
export const judgeStackRace: F = onFinal((t, _snap, _p, curves) => {
  const r = rowAt(curves, STACK_EPOCH);
  if (!r) return null;
  const [sup, uns] = [r.test[at('supervised')]!, r.test[at('unsupervised')]!];
  const measured = `${r.epoch.toFixed(1)} epochs into the last phase, the supervised stack is at ${pct(sup, 1)} test error and the unsupervised stack at ${pct(uns, 1)}; they began it at ${pct(t.start[at('supervised')], 1)} and ${pct(t.start[at('unsupervised')], 1)}, with fresh output layers.`;
  const w = clearWinner([sup, uns], MARGIN);
  if (w.index === null)
    return {
      answer: sup <= uns ? 'supervised' : 'unsupervised',
      measured,
      tie: `${measured} A gap of ${(100 * w.gap).toFixed(1)} points is within the ${MARGIN * 100} points of noise in the test score: neither stack is clearly ahead.`,
    };
  return { answer: w.index === 0 ? 'supervised' : 'unsupervised', measured };
});

/** Exercise "who wins": the lowest test error at the end of the run, by more than MARGIN. */
export const judgeWinner: F = onFinal((t, snap, p, curves) => {
  if (!snap.done) return null;
  const measured = `after ${t.epoch.toFixed(1)} epochs of the last phase, the test errors are: ${table(t.last)}.${plateauOf(p, curves)}`;
  const w = clearWinner(t.last, MARGIN);
  const best = t.last.reduce((b, e, r) => (e < t.last[b]! ? r : b), 0);
  if (w.index === null)
    return {
      answer: METHODS[best]!,
      measured,
      tie: `${measured} The best two are ${(100 * w.gap).toFixed(1)} points apart, within the ${MARGIN * 100} points of noise in the test score: no clear winner.`,
    };
  return { answer: METHODS[w.index]!, measured };
});

/** Exercise "pre-training or not": unsupervised greedy against plain backprop at the end (a tie within MARGIN). */
export const judgePreVsPlain: F = onFinal((t, snap, p, curves) => {
  if (!snap.done) return null;
  const [u, pl] = [t.last[at('unsupervised')]!, t.last[at('plain')]!];
  const measured = `unsupervised greedy ends at ${pct(u, 1)} test error, plain backprop at ${pct(pl, 1)}.${plateauOf(p, curves)}`;
  const w = clearWinner([u, pl], MARGIN);
  if (w.index === null)
    return {
      answer: u <= pl ? 'unsupervised' : 'plain',
      measured,
      tie: `${measured} That is within ${MARGIN * 100} points, the noise of the test score: neither ends clearly lower.`,
    };
  return { answer: w.index === 0 ? 'unsupervised' : 'plain', measured };
});

/** Exercise "how much better is ReLU": plain sigmoid's error ÷ ReLU's at the end, a number. */
export const judgeReluRatio: F = onFinal((t, snap, p, curves) => {
  if (!snap.done) return null;
  const [pl, d] = [t.last[at('plain')]!, t.last[at('today')]!];
  const ratio = d > 0 ? pl / d : Infinity;
  return {
    answer: Number(ratio.toFixed(2)),
    measured: `plain sigmoid backprop ends at ${pct(pl, 1)} test error, ReLU + He at ${pct(d, 1)}: ${ratio.toFixed(2)} times as many mistakes.${plateauOf(p, curves)}`,
  };
});

/**
 * Goal "rescue plain backprop": a real rescue. At the end of a run plain backprop has left
 * chance far behind (test error at most GOAL_ERROR) and is level with or ahead of unsupervised
 * pre-training (at most MARGIN behind it, the noise), and that network is working too (at most
 * GOAL_ERROR), so breaking the pre-trained stack does not count.
 */
export const GOAL_ERROR = 0.5;
export const judgePlainCatchesUp: F = onFinal((t, snap) => {
  if (!snap.done) return null;
  const [u, pl] = [t.last[at('unsupervised')]!, t.last[at('plain')]!];
  if (!(pl <= GOAL_ERROR && u <= GOAL_ERROR && pl <= u + MARGIN)) return null;
  return {
    answer: 'reached',
    measured: `plain backprop ends at ${pct(pl, 1)} test error, unsupervised pre-training at ${pct(u, 1)}.`,
  };
});
export const plainMissing = (): string | null => null;
