/**
 * The backprop-on-a-graph lesson's check: one sigmoid neuron f = σ(w0·x0 + w1·x1 + w2)
 * and its five partial derivatives computed by tfjs's own autodiff (`tf.grads`), in the
 * worker, for the inputs the page shows. Nothing trains: every input is a live key, and
 * a step (or play) recomputes the gradients for the current inputs. The snapshot
 * carries the inputs it was computed for, so the page can tell a current check from a
 * late one.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { NEURON_INPUTS } from '../networks/graph';
import type { TaskModuleOf, TrainingTask } from '../runtime/protocol';

export interface GraphCheckConfig {
  w0: number;
  x0: number;
  w1: number;
  x1: number;
  w2: number;
}

/** The order of inputs in the snapshot's arrays. */
export const GRAPHCHECK_INPUTS = NEURON_INPUTS;

export interface GraphCheckSnapshot {
  step: number;
  /** The inputs this check was computed for, in GRAPHCHECK_INPUTS order. */
  inputs: number[];
  /** f as tfjs computes it. */
  f: number;
  /** ∂f/∂input from tf.grads, in GRAPHCHECK_INPUTS order. */
  grads: number[];
  /** tfjs's float type on this backend (float32). */
  dtype: string;
}

export type GraphCheckInfo = Record<string, never>;

/** f and its gradients by tfjs's autodiff. Leaves no tensors behind. */
export function neuronGrads(c: GraphCheckConfig): { f: number; grads: number[] } {
  return tf.tidy(() => {
    const fn = (w0: tf.Tensor, x0: tf.Tensor, w1: tf.Tensor, x1: tf.Tensor, w2: tf.Tensor) =>
      tf.sigmoid(tf.addN([tf.mul(w0, x0), tf.mul(w1, x1), w2]));
    const args = GRAPHCHECK_INPUTS.map((k) => tf.scalar(c[k]));
    const f = (fn as (...a: tf.Tensor[]) => tf.Tensor)(...args).dataSync()[0]!;
    const grads = tf
      .grads(fn as (...a: tf.Tensor[]) => tf.Tensor)(args)
      .map((g) => g.dataSync()[0]!);
    return { f, grads };
  });
}

class GraphCheckTask implements TrainingTask<GraphCheckSnapshot, GraphCheckInfo, Partial<GraphCheckConfig>> {
  readonly cost = { flopsPerStep: 20 };
  private config: GraphCheckConfig;
  private steps = 0;
  private out: { f: number; grads: number[] };

  constructor(config: GraphCheckConfig) {
    this.config = { ...config };
    this.out = neuronGrads(this.config);
  }

  trainFor(): number {
    this.step(1);
    return 1;
  }

  step(n: number): void {
    this.out = neuronGrads(this.config);
    this.steps += n;
  }

  snapshot(): { snap: GraphCheckSnapshot; transfer: Transferable[] } {
    return {
      snap: {
        step: this.steps,
        inputs: GRAPHCHECK_INPUTS.map((k) => this.config[k]),
        f: this.out.f,
        grads: [...this.out.grads],
        dtype: 'float32',
      },
      transfer: [],
    };
  }

  set(live: Partial<GraphCheckConfig>): void {
    this.config = { ...this.config, ...live };
    this.out = neuronGrads(this.config);
  }

  describe(): GraphCheckInfo {
    return {};
  }

  divergence(): string | null {
    return null;
  }

  dispose(): void {}
}

export const graphCheckTask: TaskModuleOf<'graphcheck'> = {
  cost: () => ({ flopsPerStep: 20 }),
  create: (config) => new GraphCheckTask(config as GraphCheckConfig),
};
