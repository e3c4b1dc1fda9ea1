/**
 * This lesson's exercises and scrubbable sentences, each placed in the prose with one line
 * (Prose.tsx). Part A's exercises watch the perceptron (main thread, perceptronSession.ts),
 * the hidden-layer one the xornet lab, Part B's the approx1d lab: each part's prose sits
 * inside its lab's <LessonProvider> (Lesson.tsx, HiddenLab.tsx, ApproxLab.tsx).
 */
import { type Approx1dSnapshot, type XorNetSnapshot, UNIT_COUNTS } from '../../src/engine';
import { byAnswer, choiceAnswer, exerciseKit, numberAnswer, Scrub, type ChoiceEntry } from '../../src/kit';
import {
  APPROX_LIMIT,
  EPOCH_LIMIT,
  GOAL_MAX_N,
  judgeEpochs,
  judgeSine,
  judgeSmallestN,
  judgeXorNet,
  judgeXorZero,
  sineMissing,
  SOLVED_LOSS,
  XOR_LIMIT,
  type Values,
} from './judges';
import type { PARAMS } from './params';
import type { PerceptronSnapshot } from './perceptronSession';

type T = typeof PARAMS;
/** One kit per lab: Part A's perceptron, its hidden-layer network, and Part B. */
const perceptron = exerciseKit<PerceptronSnapshot, T>();
const xorNet = exerciseKit<XorNetSnapshot, T>();
const approx = exerciseKit<Approx1dSnapshot, T>();
const n = (v: number) => v.toLocaleString('en-US');
const AND = { gate: 'and', eta: 1, speed: 30 } satisfies Partial<Values>;
const XOR = { gate: 'xor', eta: 1, speed: 30 } satisfies Partial<Values>;
const TWO = { xAct: 'tanh', xHidden: 2, xLr: 0.3, seed: 1 } satisfies Partial<Values>;
const SINE = { fn: 'sine', act: 'sigmoid', n: 8, lr: 0.02, seed: 1 } satisfies Partial<Values>;

export const AndEpochsExercise = perceptron.exercise({
  id: 'and-epochs',
  n: 1,
  title: 'how many epochs does AND take?',
  question:
    'Start the perceptron on AND from zero weights. After how many epochs (passes over the four points) does it first get all four right?',
  setup:
    'The button sets the perceptron lab to AND with η = 1 and 30 epochs per second, starts from w = 0, b = 0 and plays. There is no randomness: the four points come in the same order every epoch. Exactly the measured number counts as right.',
  patch: AND,
  judge: judgeEpochs,
  view: { id: 'px-chart', label: 'the perceptron’s error curve' },
  answer: numberAnswer({ abs: 0 }, undefined, 'epochs'),
  explain: (o) =>
    Number.isFinite(o.answer)
      ? `Each mistake swings the line towards the point it got wrong; AND’s one 1 sits in a corner, so a few swings put the line between it and the three 0s. From then on nothing is wrong and the rule never moves the line again: that epoch is where the error curve hits 0.`
      : 'It did not converge, which a separable set like AND should: look at the lab’s status line.',
});

export const XorZeroExercise = perceptron.exercise({
  id: 'xor-zero',
  n: 2,
  title: 'can one perceptron learn XOR?',
  question: 'Now switch to XOR. Does the perceptron ever get all four points right?',
  setup: `The button sets the perceptron lab to XOR with η = 1 and 30 epochs per second, from zero weights (no randomness), and watches up to ${EPOCH_LIMIT} epochs. It stops sooner if the run starts repeating itself exactly (weights it has had before): from then on nothing new can happen.`,
  patch: XOR,
  judge: judgeXorZero,
  view: { id: 'px-chart', label: 'the perceptron’s error curve' },
  answer: choiceAnswer(['yes', `Yes, it reaches 0 errors within ${EPOCH_LIMIT} epochs`], ['no', 'No, never']),
  explain:
    'XOR’s two 1s sit on one diagonal, its two 0s on the other: every straight line gets at least one point wrong, so the rule keeps correcting, and since it moves the weights by whole multiples of the points, it soon comes back to weights it has had and loops. Watch the status line and the error curve, which never touches 0.',
});

export const TwoUnitsExercise = xorNet.exercise({
  id: 'two-units',
  n: 3,
  title: 'are two hidden units enough for XOR?',
  question:
    'Two hidden units, each drawing one line, then one output unit. Trained by gradient descent from a random start, does this network learn XOR?',
  setup: `The button sets up the network with 2 tanh hidden units and η = 0.3, with the seed fixed at 1 (another start can land on a plateau), and watches up to ${n(XOR_LIMIT)} steps.`,
  patch: TWO,
  judge: judgeXorNet,
  view: { id: 'hidden', label: 'the hidden units’ lines' },
  answer: choiceAnswer(
    ['solved', `Yes: all four right, loss below ${SOLVED_LOSS}`],
    ['stuck', `No: still stuck after ${n(XOR_LIMIT)} steps`],
  ),
  explain: byAnswer(
    {
      solved:
        'Two hidden lines are exactly what XOR needs: one on each side of the two 1s, and the output unit picks the strip between them. The small plot shows the points in hidden space, where one line now separates them.',
    },
    'With this start the network sits on a plateau: two hidden units are enough in principle, but gradient descent can get stuck (try another seed, or 3 units).',
  ),
});

export const SmallestNExercise = approx.exercise({
  id: 'smallest-n',
  n: 4,
  title: 'how many units does the sine need?',
  question: `Of the networks with 1, 2, 4, …, 64 sigmoid units, which is the smallest whose mean squared error on the sine gets below 10⁻³ within ${n(APPROX_LIMIT)} steps?`,
  setup: `The button sets Part B to the sine with sigmoid units, Adam step 0.02 and the seed fixed at 1 (the start decides how fast each network gets there), trains all ${UNIT_COUNTS.length} networks side by side for ${n(APPROX_LIMIT)} steps, and records when each error first went below 10⁻³.`,
  patch: SINE,
  judge: judgeSmallestN,
  view: { id: 'approx', label: 'the error-versus-n chart' },
  answer: choiceAnswer(...UNIT_COUNTS.map((u): ChoiceEntry => [String(u), `${u}`]), ['none', 'None of them']),
  explain: (o) =>
    o.answer === 'none'
      ? 'None got there in time: more units can draw the curve, but the optimizer still has to find the weights. Look at the error-versus-n chart.'
      : 'One sigmoid is one smoothed step; a sine’s two periods need rises and falls, so several units must combine into bumps before the error can get small. More units can draw a closer curve, but within a fixed number of steps the optimizer must also find their weights: the measured errors above show whether more units always did better in this run. The error-versus-n chart shows how each got there.',
});

export const SineGoal = approx.goal({
  id: 'sine-goal',
  n: 5,
  title: 'fit the sine to 10⁻³ with few units',
  question: `With at most ${GOAL_MAX_N} hidden units (“Hidden units n”), get the selected network’s error on the sine below 10⁻³. Change n, the activation, the step size or the seed, and press play. This exercise watches Part B while you try.`,
  requires: sineMissing,
  start: { label: 'Start from: the sine, 2 units', patch: { fn: 'sine', n: 2 } },
  judge: judgeSine,
  view: { id: 'approx', label: 'the fit and the error chart' },
  explain: (o) =>
    `Every unit you add is one more step (or ramp) to build the curve from; ${o.measured.includes('ReLU') ? 'ReLU builds it from kinks.' : 'sigmoids build it from smoothed steps.'} The highlighted curve in the error chart is your network.`,
});

/** "With η = …": from zero weights the learning rate only rescales the line. */
export const EtaSentence = perceptron.sentence((p) => (
  <>
    With a learning rate of η = <Scrub param="eta" label="η (the number in the sentence)" format={(v) => String(v)} />,
    each mistake adds {p.eta} times the point to the weights. Starting from w = 0 and b = 0, every weight is then{' '}
    {p.eta} times what it would be with η = 1, and the line w·x + b = 0 is the same line: the perceptron makes the same
    mistakes in the same epochs whatever η is.
  </>
));

/** "With n units …": the number of hidden units in Part B is scrubbable. */
export const UnitsSentence = approx.sentence((p) => (
  <>
    With{' '}
    <Scrub
      param="n"
      label="Units (the number in the sentence)"
      format={(v) => `${v} hidden unit${v === 1 ? '' : 's'}`}
    />
    , the network is c plus a sum of {p.n} {p.act === 'relu' ? 'ramps' : 'smoothed steps'}: {3 * p.n + 1} numbers to
    learn (w, b and v per unit, and c), and at most {p.n} {p.act === 'relu' ? 'kinks' : 'steps'} to trace the curve
    with. {p.n < 4 ? 'Too few for a full period of the sine.' : 'Enough pieces for a sine’s rise and fall.'}
  </>
));
