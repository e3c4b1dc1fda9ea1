/**
 * This lesson's exercises and scrubbable sentences, each a component placed in the prose
 * with one line (Prose.tsx). The judges live in judges.ts; the framework in
 * src/kit/exercises (docs/ADDING_A_LESSON.md, "Exercises").
 */
import type { GradientsSnapshot } from '../../src/engine';
import { fmt, pow10 } from '../../src/math/format';
import { byAnswer, choiceAnswer, exerciseKit, numberAnswer, Scrub, type ChoiceEntry } from '../../src/kit';
import {
  EXPLODE_STEPS,
  GOAL_RATIO,
  HOW_SMALL_DEPTH,
  judgeExploding,
  judgeHowSmall,
  judgeRatioGoal,
  judgeStuckLoss,
  LEARN_LEVEL,
  ORDER_MARGIN,
  ORDERS,
  ratioGoalMissing,
  STUCK_STEPS,
} from './judges';
import { PRESETS, type PARAMS, type Values } from './params';

const { exercise, goal, sentence } = exerciseKit<GradientsSnapshot, typeof PARAMS>();
const preset = (id: string): Partial<Values> => ({ ...PRESETS.find((p) => p.id === id)!.patch, seed: 1 });
const VANISH = preset('vanish');
const EXPLODE = preset('explode');
const TOO_LARGE = PRESETS.find((p) => p.id === 'explode')!.label;
/** "about 10¹³ times": one choice per order of magnitude. */
const timesSmaller = (k: number): ChoiceEntry => [String(k), k === 1 ? 'about 10 times' : `about ${pow10(k)} times`];

export const HowSmallExercise = exercise({
  id: 'how-small',
  n: 1,
  title: 'how small is the first layer’s gradient?',
  question: `The lab above opens on eight sigmoid layers with small initial weights (network A), and its readout ‖∂E/∂W₁‖ ÷ ‖∂E/∂W₉‖ says how much smaller layer 1’s gradient is than the output layer’s. Now make it ${HOW_SMALL_DEPTH} layers, same weights. Roughly how many times smaller is the gradient of the first layer’s weights than the gradient of the output layer’s?`,
  setup: `The button loads the “Vanishing” preset (sigmoid layers of 8, weights drawn with σ = 0.1) with ${HOW_SMALL_DEPTH} hidden layers and the seed fixed at 1, and reads the gradient sizes the lab measures first. The nearest order of magnitude counts; a measurement within ${ORDER_MARGIN} of a decade of halfway between two choices is no winner.`,
  patch: { ...VANISH, depth: HOW_SMALL_DEPTH },
  judge: judgeHowSmall,
  view: { id: 'norms-chart', label: 'the gradient chart' },
  answer: choiceAnswer(...ORDERS.map(timesSmaller)),
  explain:
    'Each layer multiplies the signal by its weights (small: σ = 0.1) and by σ′ (at most ¼), so the shrinking compounds: the run’s factor per layer, once for every layer the signal crosses. Four more layers cost four more such factors. On the gradient chart’s log scale the line is nearly straight — the signature of a geometric decay.',
});

export const StuckLossExercise = exercise({
  id: 'stuck-loss',
  n: 2,
  title: 'where does the stuck network’s loss sit?',
  question: `Back to eight layers: network A of the “Vanishing” preset trains for ${STUCK_STEPS} steps on the circle (two balanced classes). Its first layers get almost no gradient. What will its training loss be (cross-entropy, natural log)?`,
  setup: `The button loads the “Vanishing” preset with seed 1 and reads network A’s training loss after ${STUCK_STEPS} steps. Within ±0.02 counts as right.`,
  patch: VANISH,
  judge: judgeStuckLoss,
  view: { id: 'loss-panel', label: 'the loss chart' },
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
  question:
    'Eight ReLU layers — the activation of network B, whose gradient reaches layer 1 — but with initial weights four times larger than He’s rule. What happens when it trains?',
  setup: `The button loads the “${TOO_LARGE}” preset (eight ReLU layers, weights four times He’s) with the seed fixed at 1, and judges at the first sign of divergence or after ${EXPLODE_STEPS} steps.`,
  patch: EXPLODE,
  judge: judgeExploding,
  view: { id: 'norms-chart', label: 'the gradient chart' },
  answer: choiceAnswer(
    ['learns', `It learns (loss below ${LEARN_LEVEL})`],
    ['stalls', 'It stalls, like the sigmoid network'],
    ['nan', 'The loss blows up and training pauses'],
  ),
  explain: byAnswer(
    {
      nan: 'Every layer multiplied the signal by about four, forward and backward, so the very first gradients were enormous (the numbers above), one update threw the weights far away, and the loss overflowed. He initialization fixes it. A small enough learning rate would also keep each step stable, but it would have to shrink every layer’s step by as much as the gradients grew, and training would crawl.',
    },
    'This seed survived its first steps. The gradient chart still shows how large the gradients are; try another seed.',
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
  view: { id: 'norms-chart', label: 'the gradient chart' },
  explain:
    'What reaches layer 1 is a product of one factor per layer, slope times weight. The sigmoid’s slope stays at most ¼ whatever you do, so the weights had to be large enough to make up for it. Look at the histograms below for the price: weights that large push many units into saturation, where the slope is nearly 0.',
});

/** "With N layers, (¼)^N …": depth is scrubbable. */
export const DepthSentence = sentence((p) => (
  <>
    With{' '}
    <Scrub
      param="depth"
      label="Depth (the number in the sentence)"
      format={(v) => `${v} sigmoid layer${v === 1 ? '' : 's'}`}
      view={{ id: 'norms-chart', label: 'the gradient chart' }}
    />
    , the product of the slopes on any path back to layer 1 is at most (¼)<sup>{p.depth}</sup> ≈{' '}
    {fmt(0.25 ** p.depth, 2)}. That bound is on the slopes alone: the weights multiply the signal again at every layer,
    so small weights shrink it further and large ones can make up for part of it. The lab above now runs {p.depth}{' '}
    layers; see its gradient chart.
  </>
));

/** Glorot's and He's standard deviations for the chosen width: width is scrubbable. */
export const WidthSentence = sentence(({ width: n }) => (
  <>
    With{' '}
    <Scrub param="width" label="Width (the number in the sentence)" format={(v) => `${v} unit${v === 1 ? '' : 's'}`} />{' '}
    per layer, Glorot draws weights with std(w) = √(2 / ({n} + {n})) = {fmt(Math.sqrt(1 / n), 2)} and He with √(2 / {n})
    = {fmt(Math.sqrt(2 / n), 2)}
    {Math.sqrt(1 / n) > 0.1
      ? ', both larger than the small initialization’s 0.1'
      : ', both smaller than the small initialization’s 0.1'}
    .
  </>
));
