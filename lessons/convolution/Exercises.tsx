/**
 * This lesson's exercises and scrubbable sentences, each placed in the prose with one line.
 * They run in the live CNN lab at the top, which exists once the digits have loaded: until
 * then each says so (the kit's `offline`). Judges: judges.ts.
 */
import { cnnShapes, denseHiddenFor, type CnnSnapshot } from '../../src/engine';
import { byAnswer, choiceAnswer, exerciseKit, numberAnswer, Scrub } from '../../src/kit';
import { fmt } from '../../src/math/format';
import {
  GOAL_ACC,
  GOAL_PARAMS,
  judgeBigLr,
  judgeFlat,
  judgeParams,
  judgeRace,
  judgeSmallCnn,
  LR_STEPS,
  RACE_STEPS,
  smallCnnMissing,
  type Values,
} from './judges';
import type { PARAMS } from './params';

const { exercise, goal, sentence } = exerciseKit<CnnSnapshot, typeof PARAMS>({
  offline: 'available once the digits have loaded.',
});
const DEFAULTS = { filters1: 8, filters2: 16, kernel: '5', lr: 0.005, batch: 32, seed: 1 } satisfies Partial<Values>;
/** The defaults' fixed seed, in the words of the setups. */
const SEED =
  'with the seed fixed at 1 (the same starting weights and batches for everyone; another seed can change the numbers)';
export const FLAT = { ...DEFAULTS };
const THREE = { ...DEFAULTS, kernel: '3' } satisfies Partial<Values>;
const BIG_LR = { ...DEFAULTS, lr: 0.05 } satisfies Partial<Values>;
const arch = (v: { filters1: number; filters2: number; kernel: string }) => ({
  filters1: v.filters1,
  filters2: v.filters2,
  kernel: Number(v.kernel),
});
/** He initialization's spread, √(2 / fan-in), for the default first and second conv layers. */
const HE_FIRST = fmt(Math.sqrt(2 / 25), 2);
const HE_SECOND = fmt(Math.sqrt(2 / (25 * DEFAULTS.filters1)), 2);

export const FlatExercise = exercise({
  id: 'flat-size',
  n: 1,
  title: 'how many numbers reach the dense layer?',
  question:
    'A 28×28 digit goes through conv (5×5, no padding), 2×2 max pool, conv (5×5) with 16 maps, 2×2 max pool. How many numbers are left for the dense layer?',
  setup: `The button sets the CNN at the top to its defaults (5×5 kernels, 8 and 16 feature maps) ${SEED}, starts it, and reads the size of its output layer’s weight matrix.`,
  patch: FLAT,
  judge: judgeFlat,
  view: { id: 'inside', label: 'the network’s layers' },
  answer: numberAnswer({ abs: 0 }, '400'),
  explain: () => {
    const s = cnnShapes(arch(FLAT));
    return `Each 5×5 convolution without padding takes 4 pixels off a side and each pool halves it: 28 → ${s.conv1} → ${s.pool1} → ${s.conv2} → ${s.pool2}. What is left is ${FLAT.filters2} maps of ${s.pool2}×${s.pool2}, flattened into one list, and the output layer has one weight per class for every number in it.`;
  },
});

export const ParamsExercise = exercise({
  id: 'param-count',
  n: 2,
  title: 'count the parameters of a 3×3 CNN',
  question:
    'With 3×3 kernels instead of 5×5 (still 8 and 16 feature maps), how many parameters does the CNN have, biases included?',
  setup: `The button switches the CNN to 3×3 kernels (8 and 16 feature maps) ${SEED}, starts it and adds up the numbers in the run’s own weight arrays. Within 2 % counts as right.`,
  patch: THREE,
  judge: judgeParams,
  view: { id: 'cnn-arch', label: 'the parameter counts in the lab' },
  answer: numberAnswer({ rel: 0.02 }, '5000'),
  explain: () => {
    const a = arch(THREE);
    const s = cnnShapes(a);
    const k2 = a.kernel * a.kernel;
    const c1 = k2 * a.filters1 + a.filters1;
    const c2 = k2 * a.filters1 * a.filters2 + a.filters2;
    const d = s.flat * 10 + 10;
    return `The convolutions are cheap: ${a.kernel}·${a.kernel}·1·${a.filters1} + ${a.filters1} = ${c1} and ${a.kernel}·${a.kernel}·${a.filters1}·${a.filters2} + ${a.filters2} = ${c2.toLocaleString('en-US')}, whatever the image size. The dense layer at the end is not: 28 → ${s.conv1} → ${s.pool1} → ${s.conv2} → ${s.pool2}, so ${s.pool2}·${s.pool2}·${a.filters2} = ${s.flat} inputs × 10 + 10 = ${d.toLocaleString('en-US')}, most of the network.`;
  },
});

export const RaceExercise = exercise({
  id: 'cnn-or-dense',
  n: 3,
  title: 'the CNN or the dense network?',
  question: `Both networks have about the same number of parameters. After ${RACE_STEPS} steps, which one gets more of the unseen test digits right?`,
  setup: `The button restarts both networks at their defaults ${SEED} and compares their test accuracies after ${RACE_STEPS} steps (once 500 test digits have been scored).`,
  patch: FLAT,
  judge: judgeRace,
  view: { id: 'cnn-chart', label: 'the accuracy chart' },
  answer: choiceAnswer(['cnn', 'The CNN'], ['dense', 'The dense network']),
  explain: (o) =>
    o.tie
      ? 'Keep the lab training and watch the dashed test curves: a few hundred more steps usually separate them by more than the noise.'
      : o.answer === 'cnn'
        ? 'Same parameter budget, spent differently: the CNN reuses each small kernel at every position, so a stroke detector learned in one place works everywhere; the dense network must learn every position separately, with few hidden units.'
        : 'The dense network is ahead at this point of this run. Keep the lab training and watch the dashed test curves to see whether the order holds.',
});

export const BigLrExercise = exercise({
  id: 'cnn-big-lr',
  n: 4,
  title: 'ten times the learning rate',
  question: `Adam’s default step here is η = 0.005. At 0.05, how good is the CNN after ${LR_STEPS} steps?`,
  setup: `The button sets Adam’s learning rate to 0.05, ten times the default, ${SEED}, and reads the CNN’s test accuracy after ${LR_STEPS} steps.`,
  patch: BIG_LR,
  judge: judgeBigLr,
  view: { id: 'cnn-chart', label: 'the accuracy chart' },
  answer: choiceAnswer(
    ['fine', 'It still gets 90 % or more right'],
    ['worse', 'Clearly worse (30–90 %)'],
    ['broken', 'Broken: near chance, or the loss blows up'],
  ),
  explain: byAnswer(
    {
      fine: `Adam divides each weight’s step by the running root-mean-square of that weight’s gradient, so a step is about η in size whatever the gradient’s size: at 0.05, every weight moves by up to about 0.05 per step. That is large next to the weights themselves (He initialization draws the first layer’s with a spread of ${HE_FIRST} and the second’s with ${HE_SECOND}), yet this run still settled.`,
    },
    `Adam divides each weight’s step by the running root-mean-square of that weight’s gradient, so a step is about η in size whatever the gradient’s size: at 0.05, every weight moves by up to about 0.05 per step. Next to weights whose starting spread is ${HE_FIRST} in the first layer and ${HE_SECOND} in the second (He initialization), the kernels are knocked around faster than they can settle, and ReLU units can be pushed to where they never fire again.`,
  ),
});

export const SmallCnnGoal = goal({
  id: 'small-cnn',
  n: 5,
  title: `90 % with at most ${GOAL_PARAMS.toLocaleString('en-US')} parameters`,
  question: `Make a CNN with at most ${GOAL_PARAMS.toLocaleString('en-US')} parameters get ${Math.round(GOAL_ACC * 100)} % of the test digits right (the lab shows its parameter count). Change the feature maps, the kernel size, the learning rate or the batch size. This exercise watches the lab while you try.`,
  requires: smallCnnMissing,
  start: {
    label: `Start from: the defaults (8 and 16 feature maps, 5×5 kernels, ${cnnShapes(arch(DEFAULTS)).paramCount.toLocaleString('en-US')} parameters)`,
    patch: DEFAULTS,
  },
  judge: judgeSmallCnn,
  view: { id: 'cnn-readouts', label: 'the test accuracy' },
  explain:
    'A few shared kernels go a long way: the parameters that matter are the ones reused at every position of the image.',
});

/** "With N and M feature maps …": both counts are scrubbable; the lab's CNN follows. */
export const MapsSentence = sentence((p) => {
  const s = cnnShapes({ filters1: p.filters1, filters2: p.filters2, kernel: Number(p.kernel) });
  return (
    <>
      With{' '}
      <Scrub param="filters1" label="First-layer feature maps (the number in the sentence)" format={(v) => String(v)} />{' '}
      feature maps after the first convolution and{' '}
      <Scrub
        param="filters2"
        label="Second-layer feature maps (the number in the sentence)"
        format={(v) => String(v)}
      />{' '}
      after the second, the network at the top keeps {s.pool2}×{s.pool2}×{p.filters2} = {s.flat} numbers for its dense
      layer and has {s.paramCount.toLocaleString('en-US')} parameters in all,{' '}
      {fmt((100 * s.flat * 10) / s.paramCount, 2)} % of them in that last layer; its dense rival gets{' '}
      {denseHiddenFor(s.paramCount)} hidden units for the same budget.
    </>
  );
});
