/**
 * This lesson's exercises and scrubbable sentences, each a component placed in the prose
 * with one line (Prose.tsx). The judges live in judges.ts; the framework in
 * src/app/exercises (docs/ADDING_A_LESSON.md, "Exercises").
 */
import { byAnswer, choiceAnswer, exerciseKit, numberAnswer, Scrub, type ChoiceEntry } from '../../src/app/exercises';
import type { GradientsSnapshot } from '../../src/engine/tasks/gradients';
import { fmt } from '../../src/math/format';
import { EXPLODE_STEPS, GOAL_RATIO, judgeExploding, judgeHowSmall, judgeRatioGoal, judgeStuckLoss, ORDERS, ratioGoalMissing, STUCK_STEPS } from './judges';
import { PRESETS, type PARAMS, type Values } from './params';

const { exercise, goal, sentence } = exerciseKit<GradientsSnapshot, typeof PARAMS>();
const preset = (id: string): Partial<Values> => ({ ...PRESETS.find((p) => p.id === id)!.patch, seed: 1 });
const VANISH = preset('vanish');
const EXPLODE = preset('explode');
/** "about 10³ times": one choice per order of magnitude. */
const timesSmaller = (k: number): ChoiceEntry => [String(k), k === 1 ? 'about 10 times' : `about 10${'⁰¹²³⁴⁵⁶⁷⁸⁹'[k]} times`];

export const HowSmallExercise = exercise({
  id: 'how-small',
  n: 1,
  title: 'how small is the first layer’s gradient?',
  question: 'Eight sigmoid layers, small initial weights. Roughly how many times smaller is the gradient of the first layer’s weights than the gradient of the output layer’s?',
  setup: 'The button loads the “Vanishing” preset (eight sigmoid layers of 8, weights drawn with σ = 0.1) with the seed fixed at 1, and reads the gradient sizes the lab measures first. The nearest order of magnitude counts.',
  patch: VANISH,
  judge: judgeHowSmall,
  view: { id: 'norms-h', label: 'the gradient chart' },
  answer: choiceAnswer(...ORDERS.map(timesSmaller)),
  explain: 'Each of the eight layers multiplies the signal by its weights (small: σ = 0.1) and by σ′ (at most ¼), so the shrinking compounds: a factor of roughly 10 per layer, eight or nine times over. The gradient chart is a nearly straight line on its log scale — the signature of a geometric decay.',
});

export const StuckLossExercise = exercise({
  id: 'stuck-loss',
  n: 2,
  title: 'where does the stuck network’s loss sit?',
  question: `The same network trains for ${STUCK_STEPS} steps on the circle (two balanced classes). Its first layers get almost no gradient. What will its training loss be?`,
  setup: `The button loads the “Vanishing” preset with seed 1 and reads network A’s training loss (cross-entropy, natural log) after ${STUCK_STEPS} steps. Within ±0.02 counts as right.`,
  patch: VANISH,
  judge: judgeStuckLoss,
  view: { id: 'loss-h', label: 'the loss chart' },
  answer: numberAnswer({ abs: 0.02 }, '0.25'),
  explain: (o) =>
    Math.abs((o.answer as number) - Math.LN2) < 0.02
      ? 'That is ln 2 ≈ 0.693: the loss of a network that answers “50 %” for every point. The output layer learned the only thing it can learn alone, the balance of the classes; the layers that would build features never got a signal.'
      : 'This run did not sit at ln 2 ≈ 0.693, the loss of a network that answers “50 %” everywhere. Look at the loss chart to see what it did instead.',
});

export const ExplodingExercise = exercise({
  id: 'exploding',
  n: 3,
  title: 'what do weights four times too large do?',
  question: 'Eight ReLU layers — the activation that cured vanishing — but with initial weights four times larger than He’s rule. What happens?',
  setup: `The button loads the “Exploding” preset (eight ReLU layers, weights four times He’s) with the seed fixed at 1, and judges at the first sign of divergence or after ${EXPLODE_STEPS} steps.`,
  patch: EXPLODE,
  judge: judgeExploding,
  view: { id: 'norms-h', label: 'the gradient chart' },
  answer: choiceAnswer(
    ['learns', 'It learns (loss below 0.5)'],
    ['stalls', 'It stalls, like the sigmoid network'],
    ['nan', 'The loss blows up and training pauses'],
  ),
  explain: byAnswer(
    {
      nan: 'Every layer multiplied the signal by about four — forward and backward — so the first updates were enormous, threw the weights further, and within a few steps the numbers overflowed. Switching to He initialization fixes it; a smaller learning rate only delays it.',
    },
    'This seed survived its first steps. The gradient chart still shows the signal growing towards layer 1; try another seed.',
  ),
});

export const RatioGoal = goal({
  id: 'ratio-goal',
  n: 4,
  title: 'get the signal through eight sigmoid layers',
  question: `Keep network A a sigmoid network with eight hidden layers, and make its ratio ‖∂E/∂W₁‖ ÷ ‖∂E/∂W₉‖ larger than ${fmt(GOAL_RATIO)}: change the initialization, the width, anything but the activation and the depth. This exercise watches the lab’s measurements while you try.`,
  requires: ratioGoalMissing,
  start: { label: 'Start from eight sigmoid layers with small weights', patch: VANISH },
  judge: judgeRatioGoal,
  view: { id: 'norms-h', label: 'the gradient chart' },
  explain: 'What reaches layer 1 is a product of slope × weight, layer after layer. Bigger weights (Glorot, He, or “too large”) make each factor larger even though σ′ stays at most ¼ — and a factor near 1 per layer keeps the signal alive.',
});

/** "With N layers, (¼)^N …": depth is scrubbable. */
export const DepthSentence = sentence((p) => (
  <>
    With <Scrub param="depth" label="Depth (the number in the sentence)" format={(v) => `${v} sigmoid layer${v === 1 ? '' : 's'}`} />, at most (¼)
    <sup>{p.depth}</sup> ≈ {fmt(0.25 ** p.depth, 2)} of the signal reaches layer 1 even in the best case — the lab above now runs {p.depth} layers; see its
    gradient chart.
  </>
));

/** Glorot's and He's standard deviations for the chosen width: width is scrubbable. */
export const WidthSentence = sentence(({ width: n }) => (
  <>
    With <Scrub param="width" label="Width (the number in the sentence)" format={(v) => `${v} unit${v === 1 ? '' : 's'}`} /> per layer, Glorot draws
    weights with std(w) = √(2 / ({n} + {n})) = {fmt(Math.sqrt(1 / n), 2)} and He with √(2 / {n}) = {fmt(Math.sqrt(2 / n), 2)}
    {Math.sqrt(1 / n) > 0.1 ? ', both larger than the small initialization’s 0.1' : ', both smaller than the small initialization’s 0.1'}.
  </>
));
