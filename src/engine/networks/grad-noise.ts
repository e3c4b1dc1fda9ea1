/**
 * Sampling theory for mini-batch gradient noise, and the per-example gradient
 * spread it needs.
 *
 * The loss is a mean over the N training examples, so the full gradient is the mean
 * of the per-example gradients g_i: g = (1/N) Σ g_i. Their spread is
 *   tr Σ = (1/N) Σ ‖g_i − g‖² = (1/N) Σ ‖g_i‖² − ‖g‖².
 * A mini-batch of B examples drawn without replacement has the mean gradient g_B with
 *   E‖g_B − g‖² = (N − B) / (B (N − 1)) · tr Σ,
 * so the relative noise the lesson measures, RMS ‖g_B − g‖ / ‖g‖, is predicted by
 *   √((N − B)/(B (N − 1))) · √(tr Σ) / ‖g‖:
 * a finite-population factor that depends only on B and N, times a ratio that depends
 * on the weights and grows as the full gradient shrinks.
 *
 * Per-example squared norms come from one forward and backward pass over all N
 * examples: in a dense layer the gradient of example i is the outer product z_i δ_iᵀ
 * (the bias row: δ_i alone), whose squared norm is (‖z_i‖² + 1) ‖δ_i‖².
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BatchedMlp } from './mlp';
import { finitePopulationFactor } from './stats';

interface GradientSpread {
  /** tr Σ per run: the mean squared distance of a per-example gradient from the full gradient. */
  trSigma: Float32Array;
  /** ‖g‖ per run: the full-batch gradient's length. */
  fullNorm: Float32Array;
}

/** tr Σ and ‖g‖ for every run of `m` on n examples (x: [n × d], y: [n × out]). */
export function gradientSpread(m: BatchedMlp, x: Float32Array, y: Float32Array, n: number): GradientSpread {
  const R = m.R;
  const [sq, full] = tf.tidy(() => {
    const f = m.forward(m.input(x, n));
    // scale = 1: each row of δ is one example's own error signal (not divided by n).
    const g = m.backward(f, m.targets(y, n), n, 0, 1);
    let perExample: tf.Tensor = tf.zeros([R, n]);
    let fullSq: tf.Tensor = tf.zeros([R]);
    for (let l = 0; l < m.L; l++) {
      // ‖z_aug,i‖² already includes the 1 of the bias column; z_aug is [1 or R, n, k].
      const zSq = tf.sum(tf.square(f.zAug[l]!), 2);
      const dSq = tf.sum(tf.square(g.deltas[l]!), 2);
      perExample = tf.add(perExample, tf.mul(zSq, dSq));
      // The full gradient is the mean of the per-example ones: dWb / n.
      fullSq = tf.add(fullSq, tf.sum(tf.square(tf.div(g.dWb[l]!, n)), [1, 2]));
    }
    return [tf.mean(perExample, 1), fullSq];
  });
  const meanSq = sq.dataSync() as Float32Array;
  const fullSqV = full.dataSync() as Float32Array;
  sq.dispose();
  full.dispose();
  const trSigma = Float32Array.from(meanSq, (v, r) => Math.max(0, v - fullSqV[r]!));
  const fullNorm = Float32Array.from(fullSqV, (v) => Math.sqrt(v));
  return { trSigma, fullNorm };
}

/** The predicted RMS ‖g_B − g‖/‖g‖ for a batch of B out of N, from the measured spread. */
export function predictedNoise(spread: GradientSpread, r: number, N: number, B: number): number {
  const g = spread.fullNorm[r]!;
  return g > 0 ? (finitePopulationFactor(N, B) * Math.sqrt(spread.trSigma[r]!)) / g : NaN;
}
