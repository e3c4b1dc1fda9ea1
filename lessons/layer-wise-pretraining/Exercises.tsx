/**
 * This lesson's exercises and scrubbable sentences, each placed in the prose with one line.
 * All run the lab's race of four networks (the quick preset, seed fixed) and read its curves.
 * Judges: judges.ts.
 */
import { METHOD_NAMES, METHODS, type PretrainSnapshot } from '../../src/engine';
import { choiceAnswer, exerciseKit, numberAnswer, Scrub, type ChoiceEntry } from '../../src/kit';
import { fmt } from '../../src/math/format';
import {
  GOAL_ERROR,
  judgePlainCatchesUp,
  judgePreVsPlain,
  judgeReluRatio,
  judgeStackRace,
  judgeWinner,
  MARGIN,
  plainMissing,
  STACK_EPOCH,
} from './judges';
import type { PARAMS, Values } from './params';
import { intoLastPhase, toTheEnd } from './runProgress';

const { exercise, goal, sentence } = exerciseKit<PretrainSnapshot, typeof PARAMS>();
const QUICK = { preset: 'quick', lr: 0.5, reluLr: 0.1, aeLr: 2, init: 'glorot', seed: 1 } satisfies Partial<Values>;
/** What every exercise's button does; each adds how far it plays. */
const SETUP =
  'The button sets up the quick run (2,000 training digits, four hidden layers of 64) at the default learning rates with the seed fixed at 1, so every network starts from the same random weights and your run is the same as everyone’s (another seed can change close calls), and plays it';
const WHICH_METHOD = choiceAnswer(
  ...METHODS.map((m): ChoiceEntry => [m, METHOD_NAMES[m][0]!.toUpperCase() + METHOD_NAMES[m].slice(1)]),
);
const threeDigits = (v: number) => String(Number(v.toPrecision(3)));

/** The quick run played to its end, and the table that shows how it ended. */
const TO_THE_END = { setup: `${SETUP} to the end.`, patch: QUICK, progress: toTheEnd };
/** The learning curves and, under them, the results table (Lab.tsx). */
const RESULTS_TABLE = { id: 'lwp-curves', label: 'the results table' };

export const StackRaceExercise = exercise({
  id: 'stack-race',
  n: 1,
  title: 'which stack learns the labels faster?',
  question:
    'Both pre-trained stacks begin the last phase with a fresh, untrained output layer on top. Half an epoch into it, which has the lower test error: the supervised stack, whose layers were each trained on the labels, or the unsupervised one, whose layers never saw a label?',
  setup: `${SETUP} until half an epoch of the last phase is done. A gap within ${MARGIN * 100} points (the noise of the test score) is no winner.`,
  patch: QUICK,
  judge: judgeStackRace,
  progress: intoLastPhase(STACK_EPOCH),
  view: { id: 'lwp-curves', label: 'the learning curves' },
  answer: choiceAnswer(['supervised', 'The supervised stack'], ['unsupervised', 'The unsupervised stack']),
  explain: (o) =>
    o.tie
      ? 'Half an epoch in, the two stacks are level within the noise. Follow the “With labels” curves in the lab to see whether one pulls ahead.'
      : o.answer === 'unsupervised'
        ? 'Each autoencoder kept what it needed to rebuild its input, so the unsupervised layers still describe the digits as a whole, and a new output layer soon finds the label in them. Each supervised layer was shaped to feed a temporary output layer that has now been thrown away, and the higher ones learned only from what the layers below had kept for their own classifiers — the “Supervised greedy” curves in the lab show how far those classifiers got. Bengio et al. (2007) saw the same: a greedy supervised layer can throw away what the layers above would have needed.'
        : 'The supervised layers were each trained on the labels themselves, so a new output layer on top finds features that already separate the digits; the autoencoders’ features describe the digits but were never told which digit is which.',
});

export const PreVsPlainExercise = exercise({
  id: 'pre-vs-plain',
  n: 2,
  title: 'does unsupervised pre-training pay off here?',
  question: `Four sigmoid layers, 2,000 labelled digits. At the end of the quick run, does the unsupervised pre-trained network beat plain backprop by more than ${MARGIN * 100} points of test error?`,
  ...TO_THE_END,
  judge: judgePreVsPlain,
  view: RESULTS_TABLE,
  answer: choiceAnswer(
    ['unsupervised', 'Yes: unsupervised greedy ends with a clearly lower test error'],
    ['plain', 'No: plain backprop ends clearly lower'],
  ),
  explain: (o) =>
    o.tie
      ? 'Neither ends clearly ahead in this run: with this budget, pre-training neither helped nor hurt by more than the noise.'
      : o.answer === 'unsupervised'
        ? 'The autoencoders gave every layer weights that already describe digits, so the labels’ error signal had features to adjust. From random weights, through four sigmoid layers that each shrink it by a factor of at most ¼, the signal that reaches the lower layers is too faint to start them learning within this budget.'
        : 'In this run the labels’ error signal reached the lower layers of the randomly started network well enough for plain backprop to learn on its own, and pre-training gave no lead.',
});

export const ReluRatioExercise = exercise({
  id: 'relu-ratio',
  n: 3,
  title: 'how much better is ReLU?',
  question:
    'At the end of the quick run, plain sigmoid backprop makes how many times as many test mistakes as the ReLU network?',
  setup: `${SETUP} to the end. Within a factor of 1.5 counts as right.`,
  patch: QUICK,
  judge: judgeReluRatio,
  progress: toTheEnd,
  view: { id: 'today-chart', label: 'the chart above' },
  answer: numberAnswer({ factor: 1.5 }, '2', 'times'),
  explain:
    'ReLU units pass the error signal back with slope 1 where they are active, and He initialization keeps it at a sensible size, so every layer learns from the first step; in the sigmoid network the signal shrinks by a factor of at most ¼ at every layer on its way down.',
});

export const WinnerExercise = exercise({
  id: 'winner',
  n: 4,
  title: 'who ends best?',
  question: `Of the four networks, which has the lowest test error at the end of the quick run (by more than ${MARGIN * 100} points)?`,
  ...TO_THE_END,
  judge: judgeWinner,
  view: RESULTS_TABLE,
  answer: WHICH_METHOD,
  explain: (o) =>
    o.tie
      ? 'The best two are level within the noise: another seed could swap them.'
      : o.answer === 'today'
        ? 'The network with no pre-training at all ends best: ReLU units and He initialization let backprop reach every layer from random weights, which is why pre-training went out of use.'
        : o.answer === 'plain'
          ? 'Plain backprop ends best in this run: with these settings its error signal reached every layer without help.'
          : `${METHOD_NAMES[o.answer as (typeof METHODS)[number]]} ends best: its pre-trained layers started the labelled training from a better place than random weights, and the ReLU network did not catch up within the budget.`,
});

export const PlainGoal = goal({
  id: 'rescue-plain',
  n: 5,
  title: 'rescue plain backprop',
  question: `Without pre-training: change the sigmoid networks’ learning rate or initialization (or anything else) until a run ends with plain backprop really learning — a test error of at most ${GOAL_ERROR * 100} % and no more than ${MARGIN * 100} points behind the unsupervised pre-trained network, which must still work too (at most ${GOAL_ERROR * 100} %). This exercise watches the lab while you try.`,
  requires: plainMissing,
  start: {
    label: 'Start from: the quick run, small normal initialization (σ = 0.1)',
    patch: { ...QUICK, init: 'smallNormal' },
  },
  judge: judgePlainCatchesUp,
  view: RESULTS_TABLE,
  explain:
    'Whatever you changed had to get a usable error signal down to the lowest sigmoid layers, which is exactly what pre-training was invented for.',
});

/** "The autoencoders learn at η = …": the autoencoders' learning rate is scrubbable. */
export const AeLrSentence = sentence((p) => (
  <>
    In the lab the autoencoders learn at η ={' '}
    <Scrub param="aeLr" label="Autoencoder step η (the number in the sentence)" format={threeDigits} />,{' '}
    {fmt(p.aeLr / p.lr, 2)} times the rate of the sigmoid classifiers: a squared error over 784 pixels through a sigmoid
    has small gradients, so reconstruction needs larger steps to get anywhere in{' '}
    {p.preset === 'quick' ? 'the quick run’s two epochs per layer' : 'two epochs per layer'}.
  </>
));

/** "The sigmoid networks learn at η = …, the ReLU one at …": both rates are scrubbable. */
export const LrSentence = sentence((p) => (
  <>
    Here the sigmoid networks learn at η ={' '}
    <Scrub param="lr" label="Sigmoid step η (the number in the sentence)" format={threeDigits} /> and the ReLU network
    at η = <Scrub param="reluLr" label="ReLU step η (the number in the sentence)" format={threeDigits} />:{' '}
    {p.lr > p.reluLr
      ? `the sigmoid networks take ${fmt(p.lr / p.reluLr, 2)} times larger steps, to make up for slopes of at most ¼.`
      : 'the sigmoid networks take no larger steps, so their faint gradients move them slowly.'}
  </>
));
