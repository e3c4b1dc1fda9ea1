/**
 * This lesson's exercises and scrubbable sentences, each a component placed in the prose
 * with one line (Prose.tsx). The judges live in judges.ts; the framework in
 * src/kit/exercises (docs/ADDING_A_LESSON.md, "Exercises").
 */
import { byAnswer, choiceAnswer, exerciseKit, numberAnswer, Scrub } from '../../src/kit';
import { fmt } from '../../src/math/format';
import type { Mlp2dSnapshot } from '../../src/engine';
import {
  deepSigmoidMissing,
  GOAL_ACC,
  GOAL_DEPTH,
  judgeBigLr,
  judgeDeepSigmoid,
  judgeMeanSlope,
  judgeRace,
  LR_LOSS_FACTOR,
  RACE_CLOSE,
  LR_STEPS,
  RACE_LIMIT,
  type Values,
} from './judges';
import type { PARAMS } from './params';

const { exercise, goal, sentence } = exerciseKit<Mlp2dSnapshot, typeof PARAMS>();
const DEFAULTS = {
  dataset: 'xor',
  noise: 0,
  depth: 2,
  width: 8,
  acts: ['sigmoid', 'tanh', 'relu'],
  init: 'glorot',
  lr: 0.1,
  batch: 10,
  seed: 1,
} satisfies Partial<Values>;
const RACE = { ...DEFAULTS };
const SLOPE = { ...DEFAULTS, depth: 4, acts: ['sigmoid', 'relu'] } satisfies Partial<Values>;
const BIG_LR = { ...DEFAULTS, depth: 3, acts: ['relu'], lr: 3 } satisfies Partial<Values>;

export const RaceExercise = exercise({
  id: 'first-to-01',
  n: 1,
  title: 'which network learns XOR last?',
  question:
    'Three networks, identical except for the activation function, train on XOR from the same starting weights. Which one is the last to get its training loss below 0.1?',
  setup: `The button sets up the default race (XOR, two hidden layers of 8, Glorot initialization, learning rate 0.1) with the seed fixed at 1, so every network starts from the same weights and sees the same mini-batches, and your run is the same as everyone’s. It runs until all three are below 0.1, or ${RACE_LIMIT.toLocaleString('en-US')} steps. The lab measures every few steps, not every step: a network counts as last only if its loss is still above ${RACE_CLOSE * 0.1} when the others are all below 0.1.`,
  patch: RACE,
  judge: judgeRace,
  view: { id: 'loss-panel', label: 'the loss chart' },
  answer: choiceAnswer(
    ['sigmoid', 'Sigmoid'],
    ['tanh', 'tanh'],
    ['relu', 'ReLU'],
    ['none', `None: one of them is still above 0.1 after ${RACE_LIMIT.toLocaleString('en-US')} steps`],
  ),
  explain: (o) =>
    o.tie
      ? 'Two crossings came too close together for this run to rank them; the loss chart shows the curves.'
      : o.answer === 'sigmoid'
        ? 'The sigmoid network idles on a plateau long after the other two have found the quadrants: each of its layers passes back at most a quarter of the error signal, so its first layer hardly learns at first. tanh’s slope reaches 1 and ReLU’s is 1 on every active unit: their signal arrives undiminished.'
        : o.answer === 'none'
          ? 'One network never left its plateau in this run. The loss chart shows which; try another seed in the lab.'
          : 'A surprise: with this seed the sigmoid network was not the slowest. Look at the loss chart, and try another seed in the lab.',
});

export const MeanSlopeExercise = exercise({
  id: 'mean-slope',
  n: 2,
  title: 'how steep is a sigmoid, on average?',
  question:
    'σ′(a) is never more than ¼. Averaged over all hidden units of a freshly initialized four-layer sigmoid network and 30 training points, what is the mean slope σ′(a)?',
  setup:
    'The button sets up a sigmoid and a ReLU network with four hidden layers of 8 (seed 1) and measures, on the first snapshot, σ′(a) for every hidden unit and 30 training points. Within ±0.02 counts as right.',
  patch: SLOPE,
  judge: judgeMeanSlope,
  view: { id: 'derivatives', label: 'the derivative plots' },
  answer: numberAnswer({ abs: 0.02 }, '0.1'),
  explain: (o) => (
    <>
      ¼ is the best case, reached only at a = 0. The pre-activations spread around 0, and away from 0 the slope falls,
      so the average is below ¼. Each layer multiplies the backward signal by roughly that average (times the weights),
      and four layers by roughly its fourth power, {fmt((o.answer as number) ** 4, 2)}.
    </>
  ),
});

export const DeepSigmoidGoal = goal({
  id: 'deep-sigmoid',
  n: 3,
  title: 'make a four-layer sigmoid network learn',
  question: `With the default settings, a sigmoid network with ${GOAL_DEPTH} hidden layers sits on its plateau for thousands of steps. Keep the sigmoid, ${GOAL_DEPTH} hidden layers and XOR, and change anything else (learning rate, initialization, units per layer, batch size) until the sigmoid network gets ${Math.round(GOAL_ACC * 100)} % of the test points right. This exercise watches the lab while you try.`,
  requires: deepSigmoidMissing,
  start: {
    label: `Start from: sigmoid alone, ${GOAL_DEPTH} hidden layers, XOR, the default settings`,
    patch: { ...DEFAULTS, acts: ['sigmoid'], depth: GOAL_DEPTH },
  },
  judge: judgeDeepSigmoid,
  view: { id: 'run-cards', label: 'the networks’ test accuracy' },
  explain:
    'Whatever you changed, it had to make up for the shrinking signal: a larger learning rate scales up every update, including the tiny ones of the first layers; a different initialization changes the slopes the signal meets; wider layers add more paths back. ReLU needs none of this.',
});

export const BigLrExercise = exercise({
  id: 'big-lr',
  n: 4,
  title: 'what does a learning rate of 3 do to ReLU?',
  question: `Give a ReLU network steps thirty times larger than the default. At the lab’s first measurement from step ${LR_STEPS.toLocaleString('en-US')} on, what has happened?`,
  setup: `The button sets up one ReLU network (three hidden layers of 8, XOR) with a learning rate of 3, thirty times the default, with the seed fixed at 1 (another seed can end differently), and judges at the lab’s first measurement from step ${LR_STEPS.toLocaleString('en-US')} on (the lab measures every few steps, so it may be a little later). A training loss within a factor of ${LR_LOSS_FACTOR} of 0.1 is too close to call.`,
  patch: BIG_LR,
  judge: judgeBigLr,
  view: { id: 'run-cards', label: 'the ReLU network’s readouts' },
  answer: choiceAnswer(
    ['diverged', 'The loss blows up and training pauses'],
    ['learned', 'It keeps training and learns XOR (training loss below 0.1)'],
    [
      'stuck-dead',
      'It keeps training but does not learn XOR (loss 0.1 or more), and a third or more of its units are dead',
    ],
    [
      'stuck-alive',
      'It keeps training but does not learn XOR (loss 0.1 or more), with fewer than a third of its units dead',
    ],
  ),
  explain: byAnswer({
    'stuck-dead':
      'A few huge updates pushed many units’ weights to where they are off for every input: no gradient reaches them, and they never come back. With too few live units left, the network cannot draw the quadrants.',
    diverged:
      'Each update overshot by more than the last, until the numbers overflowed: the lab paused and offers a smaller rate.',
    learned: 'This time the big steps happened to land well: large rates are a gamble, not a guarantee. Try seed 2.',
    'stuck-alive': 'The big steps bounce the weights around without settling: too large a rate is as bad as too small.',
  }),
});

/** "With N layers, (¼)^N …": depth is scrubbable; the lab follows. */
export const DepthSentence = sentence((p) => (
  <>
    With{' '}
    <Scrub
      param="depth"
      label="Depth (the number in the sentence)"
      format={(v) => `${v} hidden layer${v === 1 ? '' : 's'}`}
    />{' '}
    of sigmoids, the error signal reaching the first layer has passed {p.depth} slopes of at most ¼ each: their product
    is at most (¼)<sup>{p.depth}</sup> = {fmt(0.25 ** p.depth, 2)}, {fmt(4 ** p.depth, 3)} times less than where it
    started. The weights multiply the signal again at every layer, so how much of it survives depends on them too; but
    with weights of moderate size the slopes decide. Through ReLU units that are on, every slope is 1.
  </>
));

/** "At a learning rate of η …": the learning rate is scrubbable. */
export const LrSentence = sentence((p) => (
  <>
    At a learning rate of η ={' '}
    <Scrub param="lr" label="Step size η (the number in the sentence)" format={(v) => String(v)} />, every update moves
    each weight by η times its gradient, {fmt(p.lr / 0.1, 2)} times the default step.{' '}
    {p.lr >= 1
      ? 'Steps this large can throw a ReLU unit to where it is off for every input: watch the “Dead” readout climb.'
      : p.lr >= 0.1
        ? 'Steps of this size are the comfortable range for these small networks.'
        : 'Steps this small are safe, but slow: the loss curves crawl.'}
  </>
));
