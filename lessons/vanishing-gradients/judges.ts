/**
 * The judges of this lesson's exercises (pure; unit-tested on recorded snapshot
 * sequences in tests/unit/exercises.test.ts). Each reads the run's own measurements.
 */
import { INIT_LABELS, type GradientsSnapshot } from '../../src/engine';
import { fmt, pow10 } from '../../src/math/format';
import type { JudgeFactory } from '../../src/kit';
import { firstToLastRatio } from './backprop';
import type { Values } from './params';
import { wName } from './runs';

type F = JudgeFactory<GradientsSnapshot, Values>;
const steps = (n: number) => n.toLocaleString('en-US');

/**
 * "How small" asks about a deeper network than the lab opens on (eight layers): the learner
 * sees eight layers' ratio and predicts twelve's.
 */
export const HOW_SMALL_DEPTH = 12;
/** The choices of "how small": 10^k for these k, four decades apart. */
export const ORDERS = [1, 5, 9, 13, 17] as const;
/**
 * A measured order within this many decades of the midpoint between two neighbouring choices
 * is a tie: across seeds 1–10 the order at a given depth varies by about 1.5 decades, so half a
 * decade either side of a midpoint is too close to call for one seed.
 */
export const ORDER_MARGIN = 0.5;

/** Exercise "how small": layer 1's gradient against the output layer's, on the first measurement, as the nearest order of magnitude. */
export const judgeHowSmall: F = (p) => (snap) => {
  const L = p.depth + 1;
  if (!snap?.gradNorms || snap.gradNorms.length < L) return null;
  const ratio = firstToLastRatio(snap.gradNorms, L, 0);
  if (!(ratio > 0)) return null;
  const orders = -Math.log10(ratio);
  const [nearest, second] = [...ORDERS].sort((a, b) => Math.abs(a - orders) - Math.abs(b - orders));
  const perLayer = ratio ** (1 / (L - 1));
  const measured =
    `‖∂E/∂W₁‖ = ${fmt(snap.gradNorms[0], 2)} against ‖∂E/∂${wName(L)}‖ = ${fmt(snap.gradNorms[L - 1], 2)} at step ${steps(snap.statsStep ?? snap.step)}: ` +
    `layer 1’s gradient is ${fmt(1 / ratio, 2)} times smaller, about ${pow10(Math.round(orders))} — on average a factor of ${fmt(1 / perLayer, 2)} per layer, ${L - 1} times over.`;
  const midpoint = (nearest! + second!) / 2;
  if (Math.abs(orders - midpoint) < ORDER_MARGIN) {
    return {
      answer: String(nearest),
      measured,
      tie: `the run measured ${pow10(Math.round(orders))} (${fmt(orders, 3)} decades), within ${ORDER_MARGIN} of a decade of halfway between ${pow10(nearest!)} and ${pow10(second!)}: too close to call for one seed.`,
    };
  }
  return { answer: String(nearest), measured };
};

export const STUCK_STEPS = 500;
/** Exercise "stuck loss": network A's training loss after STUCK_STEPS steps (and where it started). */
export const judgeStuckLoss: F = () => {
  let start = NaN;
  return (snap, diverged) => {
    if (diverged) return { answer: NaN, measured: 'the run diverged before it could be judged.' };
    if (!snap || !snap.trainLoss.length) return null;
    if (Number.isNaN(start)) start = snap.trainLoss[0]!;
    if (snap.step < STUCK_STEPS) return null;
    const loss = snap.trainLoss[0]!;
    return {
      answer: Number(loss.toFixed(3)),
      measured: `network A’s training loss was ${fmt(start, 3)} at the start and is ${fmt(loss, 3)} after ${steps(snap.step)} steps.`,
    };
  };
};

export const EXPLODE_STEPS = 500;
/** "Learns" means a training loss below this; a loss within EXPLODE_MARGIN of it is too close to call. */
export const LEARN_LEVEL = 0.5;
export const EXPLODE_MARGIN = 0.05;
/** Exercise "exploding": what weights four times too large do to eight ReLU layers. */
export const judgeExploding: F = (p) => {
  let first: { step: number; g1: number; gOut: number } | null = null;
  const L = p.depth + 1;
  return (snap, diverged) => {
    if (snap?.gradNorms && snap.gradNorms.length >= L && !first)
      first = { step: snap.statsStep ?? snap.step, g1: snap.gradNorms[0]!, gOut: snap.gradNorms[L - 1]! };
    const start = first
      ? ` At its first measurement (step ${steps(first.step)}) the gradients were ‖∂E/∂W₁‖ = ${fmt(first.g1, 2)} and ‖∂E/∂${wName(L)}‖ = ${fmt(first.gOut, 2)}.`
      : '';
    if (diverged)
      return {
        answer: 'nan',
        measured: `the loss could no longer be computed ${snap ? `at step ${steps(snap.step)}` : 'within the first steps'}; training paused.${start}`,
      };
    if (!snap || snap.step < EXPLODE_STEPS || !snap.trainLoss.length) return null;
    const loss = snap.trainLoss[0]!;
    const measured = `network A’s training loss is ${fmt(loss, 3)} after ${steps(snap.step)} steps, and training is still running.${start}`;
    if (Math.abs(loss - LEARN_LEVEL) < EXPLODE_MARGIN)
      return {
        answer: loss < LEARN_LEVEL ? 'learns' : 'stalls',
        measured,
        tie: `network A’s loss is ${fmt(loss, 3)} after ${steps(snap.step)} steps, within ${EXPLODE_MARGIN} of ${LEARN_LEVEL}: too close to say whether it learns or stalls.`,
      };
    return { answer: loss < LEARN_LEVEL ? 'learns' : 'stalls', measured };
  };
};

export const GOAL_RATIO = 1e-2;
/** Goal "ratio": a sigmoid network A of depth 8 whose layer-1 gradient is more than 1/100 of the output layer's. */
export function ratioGoalMissing(p: Values): string | null {
  const miss: string[] = [];
  if (p.act !== 'sigmoid') miss.push('set “Activation (A)” to sigmoid');
  if (p.depth !== 8) miss.push('set “Hidden layers” to 8');
  return miss.length ? `${miss.join(', ')}.` : null;
}
export const judgeRatioGoal: F = (p) => (snap) => {
  const L = p.depth + 1;
  if (!snap?.gradNorms || snap.gradNorms.length < L) return null;
  const ratio = firstToLastRatio(snap.gradNorms, L, 0);
  if (!(ratio > GOAL_RATIO)) return null;
  return {
    answer: 'reached',
    measured: `network A’s ratio ‖∂E/∂W₁‖ ÷ ‖∂E/∂${wName(L)}‖ is ${fmt(ratio, 2)} at step ${steps(snap.statsStep ?? snap.step)} (${INIT_LABELS[p.init].toLowerCase()} initialization, ${p.width} units per layer).`,
  };
};
