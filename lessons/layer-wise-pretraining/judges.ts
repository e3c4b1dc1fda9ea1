/**
 * The judges of this lesson's exercises (pure; unit-tested on recorded snapshot sequences in
 * tests/unit/exercises-layer-wise-pretraining.test.ts). They read the run's own curves: the
 * last phase (training with labels) has rows [epoch, train error per network…, test error
 * per network…] in METHODS order. Curves arrive only when they change, so judges keep the latest.
 */
import { METHOD_NAMES, METHODS, type Method, type PretrainSnapshot } from '../../src/engine/tasks/pretrain';
import type { JudgeFactory, Outcome } from '../../src/app/exercises/judge';
import { pct } from '../../src/math/format';
import type { Values } from './params';

type F = JudgeFactory<PretrainSnapshot, Values>;
const R = METHODS.length;
const STRIDE = 1 + 2 * R;

/** The final phase's first and latest rows' test errors (null until it has a row). */
export function finalTests(curves: Float32Array[] | undefined): { start: number[]; last: number[]; epoch: number } | null {
  const c = curves?.[curves.length - 1];
  if (!c || c.length < STRIDE) return null;
  const at = (o: number) => METHODS.map((_, r) => c[o + 1 + R + r]!);
  const last = c.length - STRIDE;
  return { start: at(0), last: at(last), epoch: c[last]! };
}

/** A judge that keeps the latest curves and asks `decide` once the final phase has begun. */
function onFinal(decide: (t: NonNullable<ReturnType<typeof finalTests>>, snap: PretrainSnapshot) => Outcome | null): F {
  return () => {
    let curves: Float32Array[] | undefined;
    return (snap) => {
      if (!snap) return null;
      if (snap.curves) curves = snap.curves;
      const t = finalTests(curves);
      return t ? decide(t, snap) : null;
    };
  };
}

const lowest = (errs: number[]) => errs.reduce((b, e, r) => (e < errs[b]! ? r : b), 0);
const table = (errs: number[]) => METHODS.map((m, r) => `${METHOD_NAMES[m]} ${pct(errs[r], 1)}`).join(', ');

/** Exercise "a head start": the lowest test error at the start of the final phase, before any fine-tuning. */
export const judgeHeadStart: F = onFinal((t) => {
  const m = METHODS[lowest(t.start)]!;
  return { answer: m, measured: `before training with labels, the test errors are: ${table(t.start)}.` };
});

/** Exercise "who wins": the lowest test error at the end of the run. */
export const judgeWinner: F = onFinal((t, snap) => {
  if (!snap.done) return null;
  const m = METHODS[lowest(t.last)]!;
  return { answer: m, measured: `after ${t.epoch.toFixed(1)} epochs with labels, the test errors are: ${table(t.last)}.` };
});

/** Exercise "pre-training or not": unsupervised greedy against plain backprop at the end (a tie within TIE points). */
export const TIE = 0.005;
export const judgePreVsPlain: F = onFinal((t, snap) => {
  if (!snap.done) return null;
  const r = (m: Method) => METHODS.indexOf(m);
  const [u, p] = [t.last[r('unsupervised')]!, t.last[r('plain')]!];
  const answer = Math.abs(u - p) <= TIE ? 'tie' : u < p ? 'unsupervised' : 'plain';
  return { answer, measured: `unsupervised greedy ends at ${pct(u, 1)} test error, plain backprop at ${pct(p, 1)}.` };
});

/** Exercise "how much better is ReLU": plain sigmoid's error ÷ ReLU's at the end, a number. */
export const judgeReluRatio: F = onFinal((t, snap) => {
  if (!snap.done) return null;
  const [p, d] = [t.last[METHODS.indexOf('plain')]!, t.last[METHODS.indexOf('today')]!];
  const ratio = d > 0 ? p / d : Infinity;
  return { answer: Number(ratio.toFixed(2)), measured: `plain sigmoid backprop ends at ${pct(p, 1)} test error, ReLU + He at ${pct(d, 1)}: ${ratio.toFixed(2)} times as many mistakes.` };
});

/** Goal "rescue plain backprop": at the end of a run, plain backprop's test error at or below unsupervised pre-training's. */
export const judgePlainCatchesUp: F = onFinal((t, snap) => {
  if (!snap.done) return null;
  const [u, p] = [t.last[METHODS.indexOf('unsupervised')]!, t.last[METHODS.indexOf('plain')]!];
  if (p > u) return null;
  return { answer: 'reached', measured: `plain backprop ends at ${pct(p, 1)} test error, unsupervised pre-training at ${pct(u, 1)}.` };
});
export const plainMissing = (): string | null => null;
