/**
 * The judges of this lesson's exercises (pure; unit-tested on recorded snapshot sequences in
 * tests/unit/exercises-convolution.test.ts). They read the CNN lab's run: its weights (full
 * snapshots carry them) and its accuracies.
 */
import { cnnShapes, type CnnSnapshot } from '../../src/engine';
import { clearWinner, type JudgeFactory, type ParamValues } from '../../src/kit';
import { pct } from '../../src/math/format';
import type { PARAMS } from './params';

export type Values = ParamValues<typeof PARAMS>;
type F = JudgeFactory<CnnSnapshot, Values>;
const n = (v: number) => v.toLocaleString('en-US');
const CLASSES = 10;

/** Exercise "what reaches the dense layer": the CNN's flattened size, read from its last layer's weights (÷ 10 classes). */
export const judgeFlat: F = () => (snap) => {
  const w = snap?.cnnWeights;
  if (!w || w.length < 6) return null;
  const flat = w[4]!.length / CLASSES;
  return {
    answer: flat,
    measured: `the run’s output layer has ${n(w[4]!.length)} weights, ${n(flat)} inputs × ${CLASSES} classes.`,
  };
};

/** Exercise "count the parameters": the CNN's parameter count, summed over the run's own weight arrays. */
export const judgeParams: F = () => (snap) => {
  const w = snap?.cnnWeights;
  if (!w?.length) return null;
  const sizes = w.map((a) => a.length);
  const total = sizes.reduce((s, v) => s + v, 0);
  return {
    answer: total,
    measured: `the run’s CNN holds ${n(total)} numbers: ${sizes.map(n).join(' + ')} (kernels, biases, kernels, biases, dense weights, dense biases).`,
  };
};

/**
 * Exercise "CNN or dense": the higher test accuracy after RACE_STEPS steps, once enough test
 * digits are scored. On RACE_SCORED digits one accuracy has a standard error of about 1.5
 * points, so a lead within RACE_MARGIN is no winner: the outcome is a tie.
 */
export const RACE_STEPS = 150;
export const RACE_SCORED = 500;
export const RACE_MARGIN = 0.03;
export const judgeRace: F = () => (snap) => {
  if (!snap || snap.step < RACE_STEPS || snap.testScored < RACE_SCORED) return null;
  const [c, d] = [snap.testAcc[0]!, snap.testAcc[1]!];
  const measured = `after ${n(snap.step)} steps (${n(snap.examples)} digits) the CNN classifies ${pct(c, 1)} of the ${n(snap.testScored)} test digits scored so far correctly, the dense network ${pct(d, 1)}.`;
  const w = clearWinner([c, d], RACE_MARGIN, true);
  if (w.index === null)
    return {
      answer: c > d ? 'cnn' : 'dense',
      measured,
      tie: `${measured} That is within ${RACE_MARGIN * 100} points, the noise of scoring ${n(snap.testScored)} digits, so neither network is clearly ahead yet.`,
    };
  return { answer: w.index === 0 ? 'cnn' : 'dense', measured };
};

/**
 * Exercise "a learning rate of 0.05": where the CNN is after LR_STEPS steps, in three bands.
 * An accuracy within LR_MARGIN of a band's edge (about two standard errors on 2,000 test
 * digits) cannot say which side it is on: a tie.
 */
export const LR_STEPS = 150;
export const LR_MARGIN = 0.015;
const LR_EDGES = [0.3, 0.9];
export const judgeBigLr: F = () => (snap, diverged) => {
  if (diverged) return { answer: 'broken', measured: `the loss could no longer be computed (${diverged}).` };
  if (!snap || snap.step < LR_STEPS || snap.testScored < RACE_SCORED) return null;
  const a = snap.testAcc[0]!;
  const measured = `after ${n(snap.step)} steps the CNN’s test accuracy is ${pct(a, 1)} of ${n(snap.testScored)} test digits (chance is 10 %).`;
  const answer = a < LR_EDGES[0]! ? 'broken' : a < LR_EDGES[1]! ? 'worse' : 'fine';
  const edge = LR_EDGES.find((e) => Math.abs(a - e) < LR_MARGIN);
  if (edge !== undefined)
    return {
      answer,
      measured,
      tie: `${measured} That is within ${LR_MARGIN * 100} points of the ${pct(edge, 0)} line between two answers, closer than the noise of the test score: this run cannot say which side it is on.`,
    };
  return { answer, measured };
};

/** Goal "small but good": at most GOAL_PARAMS parameters, at least GOAL_ACC test accuracy. */
export const GOAL_PARAMS = 1000;
export const GOAL_ACC = 0.9;
export function smallCnnMissing(p: Values): string | null {
  let count: number;
  try {
    count = cnnShapes({ filters1: p.filters1, filters2: p.filters2, kernel: Number(p.kernel) }).paramCount;
  } catch {
    return 'choose a kernel that fits.';
  }
  return count <= GOAL_PARAMS
    ? null
    : `the CNN has ${n(count)} parameters now: use fewer feature maps (or a different kernel) to get to ${n(GOAL_PARAMS)} or fewer.`;
}
export const judgeSmallCnn: F = (p) => (snap) => {
  // Every test digit scored at least once, so the accuracy is over all 2,000.
  if (!snap || snap.testPasses < 1 || !(snap.testAcc[0]! >= GOAL_ACC)) return null;
  const count = cnnShapes({ filters1: p.filters1, filters2: p.filters2, kernel: Number(p.kernel) }).paramCount;
  return {
    answer: 'reached',
    measured: `a CNN with ${n(count)} parameters (${p.filters1} and ${p.filters2} feature maps, ${p.kernel}×${p.kernel} kernels) classifies ${pct(snap.testAcc[0], 1)} of ${n(snap.testScored)} test digits correctly after ${n(snap.step)} steps.`,
  };
};
