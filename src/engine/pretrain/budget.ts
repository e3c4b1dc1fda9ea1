/**
 * The training budget of each of the four networks, in the units the lesson states:
 * weight updates (one update = one mini-batch step of gradient descent that moves the
 * network's weights, whichever layers it moves), passes over the training set with
 * labels and without, and the training time those updates took.
 *
 * With the 'equal-updates' budget (the default), plain backprop and the ReLU network
 * train for extra epochs with labels before the final phase — as many as the greedy
 * stacks spend pre-training — so all four end with the same number of updates. With
 * 'finetune-only' they get only the final phase's epochs (the race as first built,
 * which favours the pre-trained stacks).
 */
import { METHODS, type Method, type PhaseInfo, phaseMethods } from './schedule';

export { type Budget, BUDGETS, extraEpochs } from './schedule';

export interface MethodBudget {
  /** Weight updates of this network, all phases. */
  updates: number;
  /** Of which with labels (greedy classifiers, extra epochs, final phase). */
  labelledUpdates: number;
  /** Passes over the training set with labels, and without (autoencoders). */
  labelledEpochs: number;
  unlabelledEpochs: number;
  /** Seconds those updates took (a step that trains several networks side by side is split evenly among them). */
  seconds: number;
}

const EMPTY = (): MethodBudget => ({
  updates: 0,
  labelledUpdates: 0,
  labelledEpochs: 0,
  unlabelledEpochs: 0,
  seconds: 0,
});

function withEpochs(b: MethodBudget, stepsPerEpoch: number): MethodBudget {
  return {
    ...b,
    labelledEpochs: b.labelledUpdates / stepsPerEpoch,
    unlabelledEpochs: (b.updates - b.labelledUpdates) / stepsPerEpoch,
  };
}

/** The budget the schedule plans for each method (METHODS order; seconds are NaN). */
export function plannedBudget(phases: PhaseInfo[], stepsPerEpoch: number): MethodBudget[] {
  const acc = Object.fromEntries(METHODS.map((m) => [m, EMPTY()])) as Record<Method, MethodBudget>;
  for (const p of phases) {
    const steps = p.epochs * stepsPerEpoch;
    for (const m of phaseMethods(p)) {
      acc[m].updates += steps;
      if (p.kind !== 'autoencoder') acc[m].labelledUpdates += steps;
    }
  }
  return METHODS.map((m) => ({ ...withEpochs(acc[m], stepsPerEpoch), seconds: NaN }));
}

/** Counts the updates each method really gets, and their time, step by step. */
export class BudgetMeter {
  private readonly acc = Object.fromEntries(METHODS.map((m) => [m, EMPTY()])) as Record<Method, MethodBudget>;

  constructor(private readonly stepsPerEpoch: number) {}

  /** One training step of a phase that took `ms` milliseconds. */
  add(p: PhaseInfo, ms: number): void {
    const ms1 = ms / p.runs;
    for (const m of phaseMethods(p)) {
      const a = this.acc[m];
      a.updates++;
      if (p.kind !== 'autoencoder') a.labelledUpdates++;
      a.seconds += ms1 / 1000;
    }
  }

  /** Per method, METHODS order. */
  read(): MethodBudget[] {
    return METHODS.map((m) => withEpochs(this.acc[m], this.stepsPerEpoch));
  }
}
