/**
 * One evaluation of a phase's network: a fixed subset of the training set and the whole
 * test set, scored EVAL_CHUNK rows at a time (one job slice per chunk), then reduced to
 * one curve row: [epoch, train metric per run…, test metric per run…].
 */
import type { BatchedMlp } from '../networks/mlp';
import { EVAL_CHUNK } from './schedule';

interface EvalSet {
  /** Train rows then test rows, d inputs and o targets each. */
  x: Float32Array;
  y: Float32Array;
  nTrain: number;
  nTest: number;
  d: number;
  o: number;
  /** Autoencoder (mean squared error per unit) or classifier (error rate). */
  autoencoder: boolean;
}

/** The first nTrain training rows and nTest test rows in one array (targets = inputs for autoencoders). */
export function evalSet(
  train: { x: Float32Array; y: Float32Array },
  test: { x: Float32Array; y: Float32Array },
  nTrain: number,
  nTest: number,
  d: number,
  o: number,
  autoencoder: boolean,
): EvalSet {
  const x = new Float32Array((nTrain + nTest) * d);
  x.set(train.x.subarray(0, nTrain * d), 0);
  x.set(test.x.subarray(0, nTest * d), nTrain * d);
  let y = x;
  if (!autoencoder) {
    y = new Float32Array((nTrain + nTest) * o);
    y.set(train.y.subarray(0, nTrain * o), 0);
    y.set(test.y.subarray(0, nTest * o), nTrain * o);
  }
  return { x, y, nTrain, nTest, d, o, autoencoder };
}

export class Evaluation {
  private cursor = 0;
  private readonly loss: Float64Array;
  private readonly correct: Float64Array;

  constructor(
    private readonly set: EvalSet,
    private readonly runs: number,
  ) {
    this.loss = new Float64Array(2 * runs);
    this.correct = new Float64Array(2 * runs);
  }

  get rows(): number {
    return this.set.nTrain + this.set.nTest;
  }

  /** Score the next chunk; returns the rows scored (0 once done). */
  chunk(net: BatchedMlp): number {
    const { x, y, d, o, nTrain } = this.set;
    const m = Math.min(EVAL_CHUNK, this.rows - this.cursor);
    if (m <= 0) return 0;
    const c = this.cursor;
    const { loss, correct } = net.perExample(x.subarray(c * d, (c + m) * d), y.subarray(c * o, (c + m) * o), m);
    const R = this.runs;
    for (let r = 0; r < R; r++) {
      for (let i = 0; i < m; i++) {
        const part = c + i < nTrain ? 0 : 1;
        this.loss[part * R + r] += loss[r * m + i];
        this.correct[part * R + r] += correct[r * m + i];
      }
    }
    this.cursor += m;
    return m;
  }

  get done(): boolean {
    return this.cursor >= this.rows;
  }

  /** Mean loss per run, [train…, test…]. */
  meanLoss(): number[] {
    const R = this.runs;
    return Array.from(this.loss, (v, k) => v / (k < R ? this.set.nTrain : this.set.nTest));
  }

  /** The curve metric per run, [train…, test…]: ½‖x − x'‖² per example → MSE per unit; classifiers: error rate. */
  metrics(): number[] {
    const R = this.runs;
    const { autoencoder, d } = this.set;
    return this.meanLoss().map((l, k) =>
      autoencoder ? (2 * l) / d : 1 - this.correct[k] / (k < R ? this.set.nTrain : this.set.nTest),
    );
  }
}
