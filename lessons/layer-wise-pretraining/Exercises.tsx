/**
 * This lesson's exercises and scrubbable sentences, each placed in the prose with one line.
 * All run the lab's race of four networks (the quick preset, seed fixed) and read its curves.
 * Judges: judges.ts.
 */
import { byAnswer, choiceAnswer, exerciseKit, numberAnswer, Scrub, type ChoiceEntry } from '../../src/app/exercises';
import { METHOD_NAMES, METHODS, type PretrainSnapshot } from '../../src/engine/tasks/pretrain';
import { fmt } from '../../src/math/format';
import { judgeHeadStart, judgePlainCatchesUp, judgePreVsPlain, judgeReluRatio, judgeWinner, plainMissing } from './judges';
import type { PARAMS, Values } from './params';

const { exercise, goal, sentence } = exerciseKit<PretrainSnapshot, typeof PARAMS>();
const QUICK = { preset: 'quick', lr: 0.5, reluLr: 0.1, aeLr: 2, init: 'glorot', seed: 1 } satisfies Partial<Values>;
/** What every exercise's button does; each adds how far it plays. */
const SETUP = 'The button sets up the quick run (2,000 training digits, four hidden layers of 64) at the default learning rates with the seed fixed at 1, so every network starts from the same random weights and your run is the same as everyone’s (another seed can change close calls), and plays it';
const WHICH_METHOD = choiceAnswer(...METHODS.map((m): ChoiceEntry => [m, METHOD_NAMES[m][0]!.toUpperCase() + METHOD_NAMES[m].slice(1)]));
const threeDigits = (v: number) => String(Number(v.toPrecision(3)));

/** The quick run played to its end, and the table that shows how it ended. */
const TO_THE_END = { setup: `${SETUP} to the end.`, patch: QUICK };
const RESULTS_TABLE = { id: 'lab', label: 'the results table' };

export const HeadStartExercise = exercise({
  id: 'head-start',
  n: 1,
  title: 'who has a head start?',
  question: 'When the last phase begins, before any network is trained with labels end to end, which of the four has the lowest test error?',
  setup: `${SETUP} until the last phase begins.`,
  patch: QUICK,
  judge: judgeHeadStart,
  view: RESULTS_TABLE,
  answer: WHICH_METHOD,
  explain: byAnswer(
    {
      supervised: 'Supervised greedy pre-training already trained an output layer on the labels, on top of the last pre-trained layer: its stack is a working classifier before fine-tuning starts. The autoencoders never saw a label, so the unsupervised stack still needs its new output layer trained; the two random networks guess.',
    },
    'Look at the “Test, at the start” column of the results table: the run decided differently from the usual story.',
  ),
});

export const PreVsPlainExercise = exercise({
  id: 'pre-vs-plain',
  n: 2,
  title: 'does unsupervised pre-training pay off here?',
  question: 'Four sigmoid layers, 2,000 labelled digits. At the end of the quick run, does the unsupervised pre-trained network beat plain backprop?',
  ...TO_THE_END,
  judge: judgePreVsPlain,
  view: RESULTS_TABLE,
  answer: choiceAnswer(
    ['unsupervised', 'Yes: unsupervised greedy ends with a lower test error'],
    ['plain', 'No: plain backprop ends lower'],
    ['tie', 'A tie (within half a percentage point)'],
  ),
  explain: byAnswer(
    {
      unsupervised: 'The autoencoders gave every layer weights that already say something about digits, so the error signal has useful features to adjust instead of noise to climb out of.',
    },
    'With Glorot initialization and only four layers, plain backprop has enough signal to learn on its own: the advantage the 2006 papers found was largest for deeper networks with worse initializations and less data.',
  ),
});

export const ReluRatioExercise = exercise({
  id: 'relu-ratio',
  n: 3,
  title: 'how much better is ReLU?',
  question: 'At the end of the quick run, plain sigmoid backprop makes how many times as many test mistakes as the ReLU network?',
  setup: `${SETUP} to the end. Within a factor of 1.5 counts as right.`,
  patch: QUICK,
  judge: judgeReluRatio,
  view: { id: 'today', label: 'the chart above' },
  answer: numberAnswer({ factor: 1.5 }, '2', 'times'),
  explain: (o) => `The run measured ${fmt(o.answer as number, 3)}. ReLU units pass the error signal back with slope 1 where they are active, and He initialization keeps the signal at a sensible size, so every layer learns from the first step; the sigmoid network’s lower layers hear only a faint echo.`,
});

export const WinnerExercise = exercise({
  id: 'winner',
  n: 4,
  title: 'who ends best?',
  question: 'Of the four networks, which has the lowest test error at the end of the quick run?',
  ...TO_THE_END,
  judge: judgeWinner,
  view: RESULTS_TABLE,
  answer: WHICH_METHOD,
  explain: (o) => `${METHOD_NAMES[o.answer as (typeof METHODS)[number]]} ends lowest. Compare the test curves of the last phase: the order at the end need not be the order at the start.`,
});

export const PlainGoal = goal({
  id: 'rescue-plain',
  n: 5,
  title: 'rescue plain backprop',
  question: 'Without pre-training: change the sigmoid networks’ learning rate or initialization (or anything else) until a run ends with plain backprop’s test error at or below the unsupervised pre-trained network’s. This exercise watches the lab while you try.',
  requires: plainMissing,
  start: { label: 'Start from: the quick run, small normal initialization (σ = 0.1)', patch: { ...QUICK, init: 'smallNormal' } },
  judge: judgePlainCatchesUp,
  view: RESULTS_TABLE,
  explain: (o) => `${o.measured} Whatever you changed had to get a usable error signal down to the lowest sigmoid layers, which is exactly what pre-training was invented for.`,
});

/** "The autoencoders learn at η = …": the autoencoders' learning rate is scrubbable. */
export const AeLrSentence = sentence((p) => (
  <>
    In the lab the autoencoders learn at η = <Scrub param="aeLr" label="Autoencoder step η (the number in the sentence)" format={threeDigits} />,{' '}
    {fmt(p.aeLr / p.lr, 2)} times the rate of the sigmoid classifiers: a squared error over 784 pixels through a sigmoid has small gradients, so
    reconstruction needs larger steps to get anywhere in {p.preset === 'quick' ? 'the quick run’s two epochs per layer' : 'two epochs per layer'}.
  </>
));

/** "The sigmoid networks learn at η = …, the ReLU one at …": both rates are scrubbable. */
export const LrSentence = sentence((p) => (
  <>
    Here the sigmoid networks learn at η = <Scrub param="lr" label="Sigmoid step η (the number in the sentence)" format={threeDigits} /> and the ReLU
    network at η = <Scrub param="reluLr" label="ReLU step η (the number in the sentence)" format={threeDigits} />:{' '}
    {p.lr > p.reluLr
      ? `the sigmoid networks take ${fmt(p.lr / p.reluLr, 2)} times larger steps, to make up for slopes of at most ¼.`
      : 'the sigmoid networks take no larger steps, so their faint gradients move them slowly.'}
  </>
));
