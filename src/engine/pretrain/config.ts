/**
 * The pre-training run's config, snapshot and info (what the lesson page sees), and
 * the checks and data preparation done once when a run starts.
 */
import { type MnistData, MNIST_NUM_CLASSES } from '../data/mnist';
import type { Init } from '../networks/mlp';
import type { ModelCost } from '../runtime/protocol';
import type { MethodBudget } from './budget';
import { type Budget, BUDGETS, METHODS, type PhaseInfo } from './schedule';

/** Test digits shown with their reconstructions (the first of each class). */
export const SHOWN_DIGITS = 10;
/** First-layer features (units) sent per network. */
export const MAX_FEATURES = 64;

export interface PretrainConfig {
  /** All 10,000 digits; the task splits them (with MNIST_SPLIT_SEED). */
  data: MnistData;
  trainCount: number;
  testCount: number;
  /** Training examples the train error is measured on (the first ones). */
  evalTrain: number;
  hidden: number[];
  /** Epochs of pre-training per layer (both greedy methods). */
  preEpochs: number;
  /** Epochs of training with labels for the four networks of the final phase. */
  fineEpochs: number;
  /** 'equal-updates': plain backprop and the ReLU network get extra epochs, so all four get the same weight updates (./budget.ts). */
  budget: Budget;
  batch: number;
  /** Learning rate of the sigmoid networks that learn labels (greedy classifiers, final phase). */
  lr: number;
  /** Learning rate of the ReLU network (a sigmoid's slope is at most ¼, so it needs bigger steps). */
  reluLr: number;
  /** Learning rate of the autoencoders. */
  aeLr: number;
  /** Initialization of the sigmoid networks (the ReLU network always uses He). */
  sigmoidInit: Init;
  seed: number;
}

export interface PretrainSnapshot {
  phase: number;
  /** Epochs done in the current phase. */
  phaseEpoch: number;
  /** Total training steps (all phases). */
  step: number;
  stepsPerSec: number;
  examplesPerSec: number;
  /** Share of the whole schedule's work done, 0…1. */
  progress: number;
  /** Estimated seconds left (NaN until measured). */
  etaSec: number;
  /** Seconds spent training so far (paused time excluded). */
  elapsedSec: number;
  done: boolean;
  /** Each network's budget so far (METHODS order): weight updates, epochs with and without labels, seconds. */
  budget: MethodBudget[];
  /** Bumped when `curves` changes. */
  curvesVersion: number;
  /**
   * Per phase: rows of [epoch, train metric per run…, test metric per run…]. The metric is
   * the error rate (classifiers) or the mean squared reconstruction error per unit
   * (autoencoders). Runs in phaseMethods order (METHODS in the final phase). Sent when changed.
   */
  curves?: Float32Array[];
  /** Reconstructions of the shown digits through k = 1…reconDepth autoencoders, [K × D × 784]. */
  recon?: Float32Array;
  reconDepth?: number;
  /** First-layer features per method (METHODS order), each [units × 784], unit-major. */
  features?: Float32Array;
  featureUnits?: number;
}

export interface PretrainInfo {
  phases: PhaseInfo[];
  /** The budget the schedule plans for each network (METHODS order; seconds NaN). */
  planned: MethodBudget[];
  /** The final networks' sizes, [784, …hidden, 10]. */
  sizes: number[];
  trainCount: number;
  testCount: number;
  evalTrain: number;
  /** The shown test digits, [D × 784] in [0, 1], and their labels. */
  digits: Float32Array;
  digitLabels: number[];
  imageSide: number;
}

export function validate(cfg: PretrainConfig): void {
  const problems: string[] = [];
  if (!cfg.data || !cfg.data.count) problems.push('no digits were given');
  if (!(cfg.hidden.length >= 1) || cfg.hidden.some((w) => !Number.isInteger(w) || w < 1))
    problems.push('hidden layer widths must be positive integers');
  if (!(cfg.batch >= 1)) problems.push('the batch size must be at least 1');
  if (!(cfg.lr > 0) || !(cfg.aeLr > 0) || !(cfg.reluLr > 0)) problems.push('learning rates must be positive');
  if (!(cfg.evalTrain >= 1 && cfg.evalTrain <= cfg.trainCount))
    problems.push('the train-error subset must be within the training set');
  if (!BUDGETS.includes(cfg.budget)) problems.push(`the budget must be one of ${BUDGETS.join(', ')}`);
  if (!(cfg.preEpochs >= 1 && cfg.fineEpochs >= 1)) problems.push('each phase needs at least one epoch');
  if (cfg.data && cfg.trainCount + cfg.testCount > cfg.data.count)
    problems.push(`${cfg.trainCount} + ${cfg.testCount} examples were asked for but only ${cfg.data.count} exist`);
  if (problems.length) throw new Error(`Cannot start the pre-training run: ${problems.join('; ')}.`);
}

/** Pixels in [0, 1] and one-hot labels. */
export function toArrays(data: MnistData): [Float32Array, Float32Array] {
  const d = data.rows * data.cols;
  const x = new Float32Array(data.count * d);
  const y = new Float32Array(data.count * MNIST_NUM_CLASSES);
  for (let i = 0; i < data.count * d; i++) x[i] = data.images[i] / 255;
  for (let i = 0; i < data.count; i++) y[i * MNIST_NUM_CLASSES + data.labels[i]] = 1;
  return [x, y];
}

export function makeInfo(
  cfg: PretrainConfig,
  test: MnistData,
  testX: Float32Array,
  phases: PhaseInfo[],
  planned: MethodBudget[],
  sizes: number[],
): PretrainInfo {
  const d = test.rows * test.cols;
  const picks: number[] = [];
  for (let c = 0; c < SHOWN_DIGITS; c++) {
    const i = test.labels.indexOf(c % MNIST_NUM_CLASSES);
    picks.push(i >= 0 ? i : c % test.count);
  }
  const digits = new Float32Array(SHOWN_DIGITS * d);
  picks.forEach((i, k) => digits.set(testX.subarray(i * d, (i + 1) * d), k * d));
  return {
    phases,
    planned,
    sizes,
    trainCount: cfg.trainCount,
    testCount: cfg.testCount,
    evalTrain: cfg.evalTrain,
    digits,
    digitLabels: picks.map((i) => test.labels[i]),
    imageSide: test.rows,
  };
}

export function pretrainCost(cfg: Pick<PretrainConfig, 'hidden' | 'batch' | 'preEpochs' | 'fineEpochs'>): ModelCost {
  const sizes = [784, ...cfg.hidden, MNIST_NUM_CLASSES];
  let macs = 0;
  for (let l = 0; l < sizes.length - 1; l++) macs += sizes[l] * sizes[l + 1];
  // The final phase (four networks side by side) is the largest step.
  return { flopsPerStep: 3 * macs * cfg.batch * METHODS.length };
}
