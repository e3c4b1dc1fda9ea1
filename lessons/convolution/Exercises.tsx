/**
 * This lesson's exercises and scrubbable sentences, each placed in the prose with one line.
 * They run in the live CNN lab at the top, which exists once the digits have loaded: until
 * then each says so (the kit's `offline`). Judges: judges.ts.
 */
import { byAnswer, choiceAnswer, exerciseKit, numberAnswer, Scrub } from '../../src/app/exercises';
import { cnnShapes, denseHiddenFor } from '../../src/engine/cnn-model';
import type { CnnSnapshot } from '../../src/engine/tasks/cnn';
import { fmt } from '../../src/math/format';
import { GOAL_ACC, GOAL_PARAMS, judgeBigLr, judgeFlat, judgeParams, judgeRace, judgeSmallCnn, LR_STEPS, RACE_STEPS, smallCnnMissing, type Values } from './judges';
import type { PARAMS } from './params';

const { exercise, goal, sentence } = exerciseKit<CnnSnapshot, typeof PARAMS>({ offline: 'available once the digits have loaded.' });
const DEFAULTS = { filters1: 8, filters2: 16, kernel: '5', lr: 0.005, batch: 32, seed: 1 } satisfies Partial<Values>;
/** The defaults' fixed seed, in the words of the setups. */
const SEED = 'with the seed fixed at 1 (the same starting weights and batches for everyone; another seed can change the numbers)';
export const FLAT = { ...DEFAULTS };
const THREE = { ...DEFAULTS, kernel: '3' } satisfies Partial<Values>;
const BIG_LR = { ...DEFAULTS, lr: 0.05 } satisfies Partial<Values>;

export const FlatExercise = exercise({
  id: 'flat-size',
  n: 1,
  title: 'how many numbers reach the dense layer?',
  question: 'A 28×28 digit goes through conv (5×5, no padding), 2×2 max pool, conv (5×5) with 16 maps, 2×2 max pool. How many numbers are left for the dense layer?',
  setup: `The button sets the CNN at the top to its defaults (5×5 kernels, 8 and 16 feature maps) ${SEED}, starts it, and reads the size of its output layer’s weight matrix.`,
  patch: FLAT,
  judge: judgeFlat,
  view: { id: 'inside', label: 'the network’s layers' },
  answer: numberAnswer({ abs: 0 }, '400'),
  explain: (o) => `28 − 5 + 1 = 24, pooled to 12; 12 − 5 + 1 = 8, pooled to 4. Sixteen 4×4 maps are ${o.answer} numbers, and the output layer has one weight for each of them per class.`,
});

export const ParamsExercise = exercise({
  id: 'param-count',
  n: 2,
  title: 'count the parameters of a 3×3 CNN',
  question: 'With 3×3 kernels instead of 5×5 (still 8 and 16 feature maps), how many parameters does the CNN have, biases included?',
  setup: `The button switches the CNN to 3×3 kernels (8 and 16 feature maps) ${SEED}, starts it and adds up the numbers in the run’s own weight arrays. Within 2 % counts as right.`,
  patch: THREE,
  judge: judgeParams,
  view: { id: 'lab', label: 'the parameter counts in the lab' },
  answer: numberAnswer({ rel: 0.02 }, '5000'),
  explain: (o) => `The convolutions are cheap: 3·3·1·8 + 8 = 80 and 3·3·8·16 + 16 = 1,168. The dense layer at the end is not: 28 → 26 → 13 → 11 → 5, so 5·5·16 = 400 inputs × 10 + 10 = 4,010. Together ${fmt(o.answer as number, 4)}.`,
});

export const RaceExercise = exercise({
  id: 'cnn-or-dense',
  n: 3,
  title: 'the CNN or the dense network?',
  question: `Both networks have about the same number of parameters. After ${RACE_STEPS} steps, which one gets more of the unseen test digits right?`,
  setup: `The button restarts both networks at their defaults ${SEED} and compares their test accuracies after ${RACE_STEPS} steps (once 500 test digits have been scored).`,
  patch: FLAT,
  judge: judgeRace,
  view: { id: 'lab', label: 'the accuracy chart' },
  answer: choiceAnswer(
    ['cnn', 'The CNN'],
    ['dense', 'The dense network'],
  ),
  explain: byAnswer(
    {
      cnn: 'Same parameter budget, spent differently: the CNN reuses each small kernel at every position, so a stroke detector learned in one place works everywhere; the dense network must learn every position separately.',
    },
    'The dense network is ahead this early: it learns fast at first. Keep training and watch the dashed test curves cross.',
  ),
});

export const BigLrExercise = exercise({
  id: 'cnn-big-lr',
  n: 4,
  title: 'ten times the learning rate',
  question: `Adam’s default step here is η = 0.005. At 0.05, how good is the CNN after ${LR_STEPS} steps?`,
  setup: `The button sets Adam’s learning rate to 0.05, ten times the default, ${SEED}, and reads the CNN’s test accuracy after ${LR_STEPS} steps.`,
  patch: BIG_LR,
  judge: judgeBigLr,
  view: { id: 'lab', label: 'the accuracy chart' },
  answer: choiceAnswer(
    ['fine', 'It still gets 90 % or more right'],
    ['worse', 'Clearly worse (30–90 %)'],
    ['broken', 'Broken: near chance, or the loss blows up'],
  ),
  explain: byAnswer(
    {
      fine: 'Adam scales each step by the gradient’s recent size, which keeps even a large rate in check here.',
    },
    'Adam moves every weight by about η per step: 0.05 is large for weights of size 0.1, so the kernels are knocked around faster than they can settle, and ReLU units can die.',
  ),
});

export const SmallCnnGoal = goal({
  id: 'small-cnn',
  n: 5,
  title: `90 % with at most ${GOAL_PARAMS.toLocaleString('en-US')} parameters`,
  question: `Make a CNN with at most ${GOAL_PARAMS.toLocaleString('en-US')} parameters get ${Math.round(GOAL_ACC * 100)} % of the test digits right (the lab shows its parameter count). Change the feature maps, the kernel size, the learning rate or the batch size. This exercise watches the lab while you try.`,
  requires: smallCnnMissing,
  start: { label: 'Start from: 2 and 4 feature maps, 5×5 kernels', patch: { ...DEFAULTS, filters1: 2, filters2: 4 } },
  judge: judgeSmallCnn,
  view: { id: 'lab', label: 'the test accuracy' },
  explain: 'A few shared kernels go a long way: the parameters that matter are the ones reused at every position of the image.',
});

/** "With N and M feature maps …": both counts are scrubbable; the lab's CNN follows. */
export const MapsSentence = sentence((p) => {
  const s = cnnShapes({ filters1: p.filters1, filters2: p.filters2, kernel: Number(p.kernel) });
  return (
    <>
      With <Scrub param="filters1" label="First-layer feature maps (the number in the sentence)" format={(v) => String(v)} /> feature maps after the first
      convolution and <Scrub param="filters2" label="Second-layer feature maps (the number in the sentence)" format={(v) => String(v)} /> after the second,
      the network at the top keeps {s.pool2}×{s.pool2}×{p.filters2} = {s.flat} numbers for its dense layer and has {s.paramCount.toLocaleString('en-US')}{' '}
      parameters in all, {fmt((100 * s.flat * 10) / s.paramCount, 2)} % of them in that last layer; its dense rival gets {denseHiddenFor(s.paramCount)} hidden units
      for the same budget.
    </>
  );
});
