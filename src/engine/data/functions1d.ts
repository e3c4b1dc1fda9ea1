/**
 * Target functions on [−1, 1] for the universal-approximation lab, and the one-hidden-
 * layer network's output and per-unit contributions in plain numbers (the page draws
 * them from the weights the worker sends; the task computes the same thing in tfjs).
 * Framework-free: no tfjs here.
 */
import { type ChoiceOf, choices } from './choices';
export const TARGET_CHOICES = choices({
  sine: 'Sine (two periods)',
  step: 'Step',
  abs: 'Absolute value |x|',
  bump: 'Bump',
  sawtooth: 'Sawtooth',
});
export type TargetId = ChoiceOf<typeof TARGET_CHOICES>;
export const TARGET_LABELS = TARGET_CHOICES.names;

export const APPROX_ACTS = ['sigmoid', 'relu'] as const;
export type ApproxAct = (typeof APPROX_ACTS)[number];

/** The unit counts every run trains side by side (error vs n is plotted over these). */
export const UNIT_COUNTS = [1, 2, 4, 8, 16, 32, 64] as const;

const FNS: Record<TargetId, (x: number) => number> = {
  sine: (x) => Math.sin(2 * Math.PI * x),
  step: (x) => (x >= 0 ? 1 : -1) * 0.8,
  abs: (x) => 2 * Math.abs(x) - 1,
  bump: (x) => 1.6 * Math.exp(-(x * x) / (2 * 0.15 * 0.15)) - 0.8,
  sawtooth: (x) => {
    const t = (x + 1) * 1.5; // three teeth across [−1, 1]
    return 1.6 * (t - Math.floor(t)) - 0.8;
  },
};

/** n evenly spaced points from −1 to 1. */
export function grid1d(n: number): Float32Array {
  const g = new Float32Array(n);
  for (let i = 0; i < n; i++) g[i] = n === 1 ? 0 : -1 + (2 * i) / (n - 1);
  return g;
}

/** The target sampled on the grid. */
export function sampleTarget(id: TargetId, xs: Float32Array): Float32Array {
  return xs.map((x) => FNS[id](x));
}

function unitActivation(act: ApproxAct, a: number): number {
  return act === 'relu' ? Math.max(0, a) : 1 / (1 + Math.exp(-a));
}

/** One network's weights: hidden w_j, b_j, output v_j, and the output bias c. */
export interface Net1d {
  w: ArrayLike<number>;
  b: ArrayLike<number>;
  v: ArrayLike<number>;
  c: number;
  /** Units in use. */
  n: number;
}

/** v_j · h(w_j x + b_j): what unit j adds to the output at x. */
export function unitContribution(net: Net1d, act: ApproxAct, j: number, x: number): number {
  return net.v[j] * unitActivation(act, net.w[j] * x + net.b[j]);
}

/** f(x) = c + Σ_j v_j h(w_j x + b_j). */
export function netOutput(net: Net1d, act: ApproxAct, x: number): number {
  let s = net.c;
  for (let j = 0; j < net.n; j++) s += unitContribution(net, act, j, x);
  return s;
}
