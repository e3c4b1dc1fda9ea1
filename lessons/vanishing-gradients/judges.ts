/**
 * The judges of this lesson's exercises (pure; unit-tested on recorded snapshot
 * sequences in tests/unit/exercises.test.ts). Each reads the run's own measurements.
 */
import { INIT_LABELS } from '../../src/engine/mlp';
import type { GradientsSnapshot } from '../../src/engine/tasks/gradients';
import type { JudgeFactory } from '../../src/app/exercises/judge';
import { fmt } from '../../src/math/format';
import { firstToLastRatio } from './backprop';
import type { Values } from './params';
import { wName } from './runs';

type F = JudgeFactory<GradientsSnapshot, Values>;
const steps = (n: number) => n.toLocaleString('en-US');

/** The choices of "how small": 10^k for these k. */
export const ORDERS = [1, 3, 6, 9] as const;

/** Exercise "how small": layer 1's gradient against the output layer's, on the first measurement, as the nearest order of magnitude. */
export const judgeHowSmall: F = (p) => (snap) => {
  const L = p.depth + 1;
  if (!snap?.gradNorms || snap.gradNorms.length < L) return null;
  const ratio = firstToLastRatio(snap.gradNorms, L, 0);
  if (!(ratio > 0)) return null;
  const orders = -Math.log10(ratio);
  const nearest = ORDERS.reduce((a, b) => (Math.abs(b - orders) < Math.abs(a - orders) ? b : a));
  return {
    answer: String(nearest),
    measured: `‖∂E/∂W₁‖ = ${fmt(snap.gradNorms[0], 2)} against ‖∂E/∂${wName(L)}‖ = ${fmt(snap.gradNorms[L - 1], 2)} at step ${steps(snap.statsStep ?? snap.step)}: layer 1’s gradient is ${fmt(1 / ratio, 2)} times smaller, about 10^${Math.round(orders)}.`,
  };
};

export const STUCK_STEPS = 500;
/** Exercise "stuck loss": network A's training loss after STUCK_STEPS steps. */
export const judgeStuckLoss: F = () => (snap, diverged) => {
  if (diverged) return { answer: NaN, measured: 'the run diverged before it could be judged.' };
  if (!snap || snap.step < STUCK_STEPS || !snap.trainLoss.length) return null;
  const loss = snap.trainLoss[0]!;
  return { answer: Number(loss.toFixed(3)), measured: `network A’s training loss is ${fmt(loss, 3)} after ${steps(snap.step)} steps.` };
};

export const EXPLODE_STEPS = 500;
/** Exercise "exploding": what weights four times too large do to eight ReLU layers. */
export const judgeExploding: F = () => (snap, diverged) => {
  if (diverged) return { answer: 'nan', measured: `the loss could no longer be computed ${snap ? `at step ${steps(snap.step)}` : 'within the first steps'}; training paused.` };
  if (!snap || snap.step < EXPLODE_STEPS || !snap.trainLoss.length) return null;
  const loss = snap.trainLoss[0]!;
  const words = `network A’s training loss is ${fmt(loss, 3)} after ${steps(snap.step)} steps, and training is still running.`;
  return { answer: loss < 0.5 ? 'learns' : 'stalls', measured: words };
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
    measured: `network A’s ratio ‖∂E/∂W₁‖ ÷ ‖∂E/∂${wName(L)}‖ is ${fmt(ratio, 2)} (${INIT_LABELS[p.init].toLowerCase()} initialization, ${p.width} units per layer).`,
  };
};
