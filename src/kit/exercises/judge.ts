/**
 * Exercise judging, framework-free (unit-tested on hand-made snapshot sequences).
 *
 * A judge watches the snapshots of ONE run and, once the run has shown enough, returns
 * an `Outcome`: the answer the run measured (a choice id or a number) and the measured
 * numbers in words. The learner's committed answer is compared with that measured
 * answer — never with a stored key — so what the run does decides.
 */

/** What a run measured, as an answer. */
export interface Outcome {
  /** A choice id (choice exercises) or a number (number exercises); goals ignore it. */
  answer: string | number;
  /** The measured numbers in words, e.g. "ReLU reached 0.1 at step 240; sigmoid never did." */
  measured: string;
  /**
   * Set when the run could not tell the answers apart (the gap was within the run-to-run
   * noise the judge measured or declares): why, with the numbers. The learner's answer is
   * then neither right nor wrong.
   */
  tie?: string;
}

/**
 * The clear winner among runs (the lowest value, or the highest with `higher`), or null
 * when the best two are within `margin` of each other — a tie a judge must report as one.
 */
export function clearWinner(
  values: readonly number[],
  margin: number,
  higher = false,
): { index: number | null; gap: number } {
  const order = values
    .map((v, i) => ({ v: higher ? -v : v, i }))
    .filter((x) => Number.isFinite(x.v))
    .sort((a, b) => a.v - b.v);
  if (!order.length) return { index: null, gap: 0 };
  if (order.length === 1) return { index: order[0]!.i, gap: Infinity };
  const gap = order[1]!.v - order[0]!.v;
  return { index: gap > margin ? order[0]!.i : null, gap };
}

/**
 * Called with every snapshot of the run, and with the divergence message if it stopped;
 * null = keep watching. `snap` is null only when the run diverged before its first snapshot.
 */
export type Judge<S> = (snap: S | null, diverged: string | null) => Outcome | null;

/** Makes a fresh judge for a run of the experiment with parameters `p` (judges may keep state). */
export type JudgeFactory<S, P> = (p: P) => Judge<S>;

/** For tests and tools: run a judge over a recorded sequence; the first outcome, or null. */
export function judgeRecording<S, P>(
  factory: JudgeFactory<S, P>,
  p: P,
  snaps: readonly S[],
  diverged: (string | null)[] = [],
): Outcome | null {
  const judge = factory(p);
  for (let i = 0; i < snaps.length; i++) {
    const o = judge(snaps[i]!, diverged[i] ?? null);
    if (o) return o;
  }
  return null;
}

/** How close a number answer must be: absolute, relative, or within a factor (for orders of magnitude). */
export interface Tolerance {
  abs?: number;
  rel?: number;
  factor?: number;
}

export function withinTolerance(guess: number, measured: number, tol: Tolerance): boolean {
  if (!Number.isFinite(guess) || !Number.isFinite(measured)) return false;
  const d = Math.abs(guess - measured);
  if (tol.abs !== undefined && d <= tol.abs) return true;
  if (tol.rel !== undefined && d <= tol.rel * Math.abs(measured)) return true;
  if (
    tol.factor !== undefined &&
    guess > 0 &&
    measured > 0 &&
    Math.max(guess / measured, measured / guess) <= tol.factor
  )
    return true;
  return false;
}

/** Is the learner's answer the one the run measured? */
export function isCorrect(guess: string | number, outcome: Outcome, tol: Tolerance = {}): boolean {
  if (outcome.tie) return false;
  if (typeof outcome.answer === 'number') return withinTolerance(Number(guess), outcome.answer, tol);
  return guess === outcome.answer;
}

/**
 * Parse a typed number: accepts "1e-3", "10^-3", "0,5", a leading "−", and thousands
 * separators as the page prints them ("5,258", "1 000 000"): a comma followed by groups
 * of exactly three digits separates thousands; any other comma is a decimal comma.
 */
export function parseNumber(raw: string): number {
  let t = raw
    .trim()
    .replace(/−/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, '');
  if (/^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  t = t.replace(/,/g, '.');
  if (!t) return NaN;
  const pow = /^(-?[\d.]+)?(?:[x×*]?10\^(-?\d+))$/.exec(t);
  if (pow) return (pow[1] ? Number(pow[1]) : 1) * 10 ** Number(pow[2]);
  return Number(t);
}

/** The first step at which each run's value went below `level` (NaN = not yet); updated in place. */
export function firstBelow(first: number[], step: number, values: ArrayLike<number>, level: number): void {
  for (let r = 0; r < values.length; r++) {
    if (Number.isNaN(first[r] ?? NaN) && values[r]! < level) first[r] = step;
  }
}
