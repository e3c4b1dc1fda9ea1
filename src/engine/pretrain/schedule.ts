/**
 * The phase schedule of the layer-wise pre-training run, and the four networks by name.
 *
 *   1. Unsupervised greedy, layer k = 1…H: an autoencoder [d_{k-1}, d_k, d_{k-1}] with
 *      sigmoid units and squared error, trained on the codes of the (frozen) layers
 *      below: encoder z = σ(W x + b), decoder x' = σ(W' z + b'). Its encoder joins the
 *      'unsupervised' stack.
 *   2. Supervised greedy, layer k = 1…H: the network grown to [784, d_1…d_k, 10] with the
 *      k − 1 layers trained before copied in and frozen; the new hidden layer and a
 *      fresh softmax output layer learn the labels ('supervised' stack).
 *   3. Extra epochs (budget 'equal-updates', see ./budget.ts): 'plain' backprop and the
 *      'today' network learn the labels from random weights for as many epochs as each
 *      greedy stack spent in phases 1 or 2, so all four end with the same weight updates.
 *   4. With labels, side by side, the four METHODS as runs of one batched net: 'plain'
 *      backprop (from random weights, or where the extra epochs left it), fine-tuning of
 *      the 'supervised' and the 'unsupervised' stack (each with a fresh output layer: the
 *      supervised stack's temporary one is thrown away like the autoencoders' decoders),
 *      and 'today': ReLU units with He initialization.
 *
 * Evaluations run at the start of each phase, every 1/evalsPerEpoch epoch and at its end.
 */
import { MNIST_NUM_CLASSES } from '../data/mnist';
import { type ChoiceOf, choices } from '../data/choices';

/** The four networks compared in the final phase, in run order. */
const METHOD_CHOICES = choices({
  plain: 'plain backprop',
  supervised: 'supervised greedy',
  unsupervised: 'unsupervised greedy',
  today: 'ReLU + He (today)',
});
export type Method = ChoiceOf<typeof METHOD_CHOICES>;
export const { options: METHODS, names: METHOD_NAMES } = METHOD_CHOICES;

/**
 * How the networks' training is matched (see ./budget.ts): 'equal-updates' gives plain
 * backprop and the ReLU network extra epochs with labels so that all four get the same
 * number of weight updates; 'finetune-only' gives them only the final phase's epochs.
 */
export const BUDGETS = ['equal-updates', 'finetune-only'] as const;
export type Budget = (typeof BUDGETS)[number];

/** Epochs of extra training with labels that give plain backprop and the ReLU network the greedy stacks' updates. */
export function extraEpochs(cfg: { hidden: number[]; preEpochs: number; budget?: Budget }): number {
  return (cfg.budget ?? 'equal-updates') === 'equal-updates' ? cfg.hidden.length * cfg.preEpochs : 0;
}

export type PhaseKind = 'autoencoder' | 'supervised' | 'extra' | 'finetune';

export interface PhaseInfo {
  kind: PhaseKind;
  /** The hidden layer being pre-trained (1-based); 0 for the final phase. */
  layer: number;
  epochs: number;
  /** Layer sizes of the network trained in this phase. */
  sizes: number[];
  /** Weight layers of that network that are frozen. */
  frozen: boolean[];
  /** Runs in this phase's network (1; 2 for the extra epochs; 4 in the final phase: see phaseMethods). */
  runs: number;
}

/** Rows per evaluation chunk (one job). */
export const EVAL_CHUNK = 250;
/** Rows per chunk when computing a layer's codes (one job). */
export const CODE_CHUNK = 1000;

/** Evaluations per epoch (plus one at the start of every phase). */
export function evalsPerEpoch(_kind: PhaseKind): number {
  return 2;
}

/** Training steps between evaluations. */
export function evalEvery(kind: PhaseKind, stepsPerEpoch: number): number {
  return Math.max(1, Math.round(stepsPerEpoch / evalsPerEpoch(kind)));
}

/** Evaluations in a phase: one at the start, every evalEvery steps, and one at the end. */
export function evalsInPhase(p: PhaseInfo, stepsPerEpoch: number): number {
  const steps = p.epochs * stepsPerEpoch;
  return 2 + Math.floor((steps - 1) / evalEvery(p.kind, stepsPerEpoch));
}

export function buildPhases(
  cfg: { hidden: number[]; preEpochs: number; fineEpochs: number; budget?: Budget },
  sizes: number[],
): PhaseInfo[] {
  const H = cfg.hidden.length;
  const phases: PhaseInfo[] = [];
  for (let k = 1; k <= H; k++) {
    phases.push({
      kind: 'autoencoder',
      layer: k,
      epochs: cfg.preEpochs,
      sizes: [sizes[k - 1], sizes[k], sizes[k - 1]],
      frozen: [false, false],
      runs: 1,
    });
  }
  for (let k = 1; k <= H; k++) {
    const s = [...sizes.slice(0, k + 1), MNIST_NUM_CLASSES];
    phases.push({
      kind: 'supervised',
      layer: k,
      epochs: cfg.preEpochs,
      sizes: s,
      frozen: s.slice(1).map((_, l) => l < k - 1),
      runs: 1,
    });
  }
  const extra = extraEpochs(cfg);
  const all = sizes.slice(1).map(() => false);
  if (extra > 0)
    phases.push({ kind: 'extra', layer: 0, epochs: extra, sizes: [...sizes], frozen: all, runs: EXTRA_METHODS.length });
  phases.push({
    kind: 'finetune',
    layer: 0,
    epochs: cfg.fineEpochs,
    sizes: [...sizes],
    frozen: all,
    runs: METHODS.length,
  });
  return phases;
}

/** The networks of the extra epochs: the two that have no pre-training. */
export const EXTRA_METHODS = ['plain', 'today'] as const satisfies readonly Method[];

/** The networks a phase trains, in run order: the greedy phases build one method's stack. */
export function phaseMethods(p: PhaseInfo): readonly Method[] {
  switch (p.kind) {
    case 'finetune':
      return METHODS;
    case 'extra':
      return EXTRA_METHODS;
    case 'autoencoder':
      return ['unsupervised'];
    case 'supervised':
      return ['supervised'];
  }
}

/** The run of a method in a phase's network, or -1 if the phase does not train it. */
export function runOf(p: PhaseInfo, m: Method): number {
  return phaseMethods(p).indexOf(m);
}

/** Where the run stands in the schedule: phase, step within it, and what a step triggers. */
export class PhaseCursor {
  index = -1;
  /** Training steps done in the current phase, and its total. */
  step = 0;
  steps = 0;
  private every = 1;

  constructor(
    readonly phases: PhaseInfo[],
    readonly stepsPerEpoch: number,
  ) {}

  get phase(): PhaseInfo {
    return this.phases[this.index];
  }

  get isLast(): boolean {
    return this.index === this.phases.length - 1;
  }

  /** Epochs done in the current phase. */
  get epoch(): number {
    return this.step / this.stepsPerEpoch;
  }

  start(i: number): PhaseInfo {
    this.index = i;
    this.step = 0;
    this.steps = this.phase.epochs * this.stepsPerEpoch;
    this.every = evalEvery(this.phase.kind, this.stepsPerEpoch);
    return this.phase;
  }

  /** Count one training step: 'end' when the phase is complete, 'eval' when an evaluation is due. */
  tick(): 'end' | 'eval' | null {
    this.step++;
    if (this.step === this.steps) return 'end';
    return this.step % this.every === 0 ? 'eval' : null;
  }
}
