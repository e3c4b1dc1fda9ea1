/**
 * This lesson's exercises and scrubbable sentences, each placed in the prose with one
 * line (Prose.tsx). The judges live in judges.ts; the framework in src/kit/exercises.
 */
import { REG_METHODS, type RegularizeSnapshot } from '../../src/engine';
import { byAnswer, choiceAnswer, exerciseKit, numberAnswer, Scrub } from '../../src/kit';
import { fmt } from '../../src/math/format';
import { WIDTH } from './config';
import {
  FIT_LEVEL,
  GAP_MARGIN,
  GAP_STEPS,
  GOAL_GAP,
  GOAL_STEPS,
  judgeKeepOne,
  judgeL1Zeros,
  judgeLargestGap,
  judgeMoreData,
  judgeStrongL2,
  moreDataMissing,
  SAME_STEPS,
  STRONG_STEPS,
  UNDERFIT_LEVEL,
  ZERO_STEPS,
  type Values,
} from './judges';
import type { PARAMS } from './params';

const { exercise, goal, sentence } = exerciseKit<RegularizeSnapshot, typeof PARAMS>();
const DEFAULTS = {
  show: [...REG_METHODS],
  points: 30,
  l2: 0.003,
  l1: 0.001,
  keep: 0.5,
  patience: 500,
  dataset: 'xor',
  noise: 0.15,
  act: 'tanh',
  lr: 0.1,
  batch: 10,
  seed: 1,
} satisfies Partial<Values>;
const GAP = { ...DEFAULTS };
const ZEROS = { ...DEFAULTS, show: ['l2', 'l1'] } satisfies Partial<Values>;
const STRONG = { ...DEFAULTS, show: ['none', 'l2'], l2: 0.1 } satisfies Partial<Values>;
const KEEP_ONE = { ...DEFAULTS, show: ['none', 'dropout'], keep: 1 } satisfies Partial<Values>;
const n = (v: number) => v.toLocaleString('en-US');
/** Weights of the lab's network: 2 inputs → WIDTH → WIDTH → 1. */
const WEIGHTS = 2 * WIDTH + WIDTH * WIDTH + WIDTH;

export const LargestGapExercise = exercise({
  id: 'largest-gap',
  n: 1,
  title: 'which network overfits most?',
  question: `All five networks train side by side on the same 30 points. Once they have trained for ${n(GAP_STEPS)} steps, which one has the largest generalization gap (held-out loss minus training loss)?`,
  setup: `The button sets up all five networks with the lesson’s defaults (30 noisy XOR points) and the seed fixed at 1, so they start from the same weights, see the same batches, and your run is everyone’s. It reads the gaps at the first reading at or after step ${n(GAP_STEPS)} (the verdict names that step); a network wins only if its gap beats the next by more than ${GAP_MARGIN}.`,
  patch: GAP,
  judge: judgeLargestGap,
  view: { id: 'reg-runs', label: 'the network cards' },
  answer: choiceAnswer(
    ['none', 'No regularization'],
    ['l2', 'L2'],
    ['l1', 'L1'],
    ['early', 'Early stopping'],
    ['dropout', 'Dropout'],
  ),
  explain: byAnswer(
    {
      none: 'Nothing stops the unregularized network from bending its boundary around every noisy point: its training loss heads for zero while its held-out loss climbs.',
    },
    'A surprise: with these settings a regularized network overfit more than the plain one. Look at its card: is its penalty too weak, or has it not yet started to bite?',
    'The gap is the number on each card, and the distance between a network’s solid and dashed curves in the loss chart.',
  ),
});

export const L1ZerosExercise = exercise({
  id: 'l1-zeros',
  n: 3,
  title: 'how sparse does L1 make the weights?',
  question: `After ${n(ZERO_STEPS)} steps, what share of the L1 network’s ${n(WEIGHTS)} weights are within 0.01 of zero? (Answer in percent.)`,
  setup: `The button sets up the L2 and L1 networks (λ₁ = 0.001, seed fixed at 1) and reads the “|w| ≈ 0” share of the L1 network after ${n(ZERO_STEPS)} steps. Within 10 percentage points counts as right.`,
  patch: ZEROS,
  judge: judgeL1Zeros,
  view: { id: 'reg-runs', label: 'the weight histograms on the cards' },
  answer: numberAnswer({ abs: 10 }, undefined, '%'),
  explain: () =>
    `L1 pulls every weight towards zero with the same force λ₁, however small it is, so the weights the data does not defend end up at zero. L2’s pull fades as a weight shrinks, so its weights get small but rarely zero. Compare the spike at zero in the two weight histograms.`,
});

export const StrongL2Exercise = exercise({
  id: 'strong-l2',
  n: 2,
  title: 'can weight decay be too strong?',
  question: `Weight decay fights overfitting. Make it thirty times stronger (λ₂ = 0.1): after ${n(STRONG_STEPS)} steps, what has happened to the L2 network’s training loss?`,
  setup: `The button sets up the unregularized and L2 networks with λ₂ = 0.1, thirty times the default, seed fixed at 1, and reads the L2 network’s training loss at step ${n(STRONG_STEPS)}.`,
  patch: STRONG,
  judge: judgeStrongL2,
  view: { id: 'reg-loss', label: 'the loss chart' },
  answer: choiceAnswer(
    ['fits', `It still fits the training points (training loss below ${FIT_LEVEL})`],
    ['between', 'Somewhere in between'],
    ['underfits', `It cannot even fit them (training loss above ${UNDERFIT_LEVEL})`],
  ),
  explain: byAnswer(
    {
      underfits:
        'The penalty now outweighs the data: the weights stay so small that the boundary cannot even follow XOR. (A network that answers ½ everywhere has loss ln 2 ≈ 0.69: compare the measured training loss with that.) That is bias, the other half of the trade: its held-out loss may still beat the overfit network’s, but only because both are bad.',
      fits: 'The data still wins against this penalty here: the weights it needs are defended. Raise λ₂ further and watch the training loss.',
    },
    'The penalty and the data pull about equally: the boundary is smoother than XOR wants, and even the training points are not all fit.',
    'Compare the L2 network’s solid (training) and dashed (held-out) curves.',
  ),
});

export const KeepOneExercise = exercise({
  id: 'keep-one',
  n: 4,
  title: 'dropout that drops nothing',
  question: `Set the dropout keep probability to 1. After ${n(SAME_STEPS)} steps, how does the dropout network’s training loss compare with the unregularized network’s?`,
  setup: `The button sets up the unregularized and dropout networks with keep probability 1 and the seed fixed at 1 (same start, same batches), and compares their training losses at step ${n(SAME_STEPS)}.`,
  patch: KEEP_ONE,
  judge: judgeKeepOne,
  view: { id: 'reg-runs', label: 'the two cards' },
  answer: choiceAnswer(
    ['same', 'The same, to four decimals'],
    ['higher', 'Dropout’s is higher'],
    ['lower', 'Dropout’s is lower'],
  ),
  explain: byAnswer(
    {
      same: 'With p = 1 no unit is ever switched off and the kept outputs are divided by 1: the dropout network computes exactly what the plain one does, step for step.',
    },
    'The two differ: something besides the dropped units separates them here. Look at the two cards and the loss chart.',
  ),
});

export const MoreDataGoal = goal({
  id: 'more-data',
  n: 5,
  title: 'shrink the gap without a regularizer',
  question: `Keep the unregularized network, XOR and the noise (0.15 or more), and use no regularizer at all: get its gap below ${GOAL_GAP} at step ${n(GOAL_STEPS)} or later, while its training loss is below 0.3. This exercise watches the lab while you try.`,
  requires: moreDataMissing,
  start: { label: 'Start from: the unregularized network alone, 30 points', patch: { ...DEFAULTS, show: ['none'] } },
  judge: judgeMoreData,
  view: { id: 'reg-runs', label: 'the unregularized card' },
  explain:
    'More points leave less room for a boundary that is right on the training data and wrong elsewhere: the noise of single points averages out, and no penalty was needed.',
});

/** "With λ₂ = …, every step shrinks each weight by …": λ₂ is scrubbable. */
export const L2Sentence = sentence((p) => {
  const shrink = 2 * p.lr * p.l2;
  return (
    <>
      With λ₂ = <Scrub param="l2" label="λ₂ (the number in the sentence)" format={(v) => String(v)} /> and η = {p.lr},
      every step first multiplies each weight by 1 − 2ηλ₂ = {fmt(1 - shrink, 4)}: a weight the data does not defend
      halves in about {n(Math.round(Math.log(2) / Math.max(shrink, 1e-12)))} steps.{' '}
      {p.l2 >= 0.03 ? 'That is fast.' : 'Slow enough that the weights the data needs can push back.'}
    </>
  );
});

/** "With N points for ~4,300 weights …": the number of training points is scrubbable. */
export const PointsSentence = sentence((p) => (
  <>
    With{' '}
    <Scrub
      param="points"
      label="Number of points (the number in the sentence)"
      format={(v) => `${v} training points`}
    />{' '}
    for {n(WEIGHTS)} weights, there are {fmt(WEIGHTS / p.points, 3)} weights per point.{' '}
    {p.points >= 200
      ? 'The data now pins most of the boundary down: even without a regularizer the gap stays small.'
      : 'Far more weights than points: the network can memorize every point, noise included.'}
  </>
));
