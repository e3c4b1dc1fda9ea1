/**
 * The main-thread perceptron lab as an exercise session (src/app/exercises/localSession.ts):
 * the lab publishes every epoch.
 */
import { LocalSession } from '../../src/app/exercises/localSession';

/** What the perceptron lab measured after an epoch (or a reset: epoch 0). */
export interface PerceptronSnapshot {
  gate: string;
  eta: number;
  epoch: number;
  errors: number;
  /** Epoch at which the weights came back to an earlier state (they will cycle forever), or null. */
  cycleAt: number | null;
  cycleFrom: number | null;
  w: [number, number];
  b: number;
}

export class PerceptronSession extends LocalSession<PerceptronSnapshot> {}
