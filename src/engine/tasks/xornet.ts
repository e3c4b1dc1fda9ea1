/**
 * Training task: a network with one hidden layer (2-h-1, sigmoid output, cross-entropy)
 * learning XOR on the four corners of the unit square — each corner a small seeded
 * cluster of points, so the picture is the same four points the perceptron failed on.
 * Full-batch gradient descent with BatchedMlp (hand-written backprop, unit-tested).
 */
import type { Activation } from '../networks/activations';
import { BatchedMlp } from '../networks/mlp';
import { gateData } from '../networks/perceptron';
import type { ModelCost, TaskModuleOf, TrainingTask } from '../runtime/protocol';
import { RateMeter, trainForMs } from '../runtime/loop';
import { Rng } from '../data/random';
import { allFinite } from '../networks/stats';

export interface XorNetConfig {
  activation: Activation;
  hidden: number;
  /** Points per corner (1 = the four bare points). */
  perCorner: number;
  /** Spread of each corner's cluster. */
  spread: number;
  lr: number;
  seed: number;
  /** Decision-boundary cells per side over [lo, hi]². */
  gridSize: number;
}

export interface XorNetSnapshot {
  step: number;
  stepsPerSec: number;
  /** [1] each: loss and accuracy on the points (arrays so the history helpers apply). */
  trainLoss: Float32Array;
  testLoss: Float32Array;
  trainAcc: Float32Array;
  /** Hidden layer: W [2 × h] (row 0 from x₁, row 1 from x₂), b [h]; output: v [h], c [1]. */
  W1: Float32Array;
  b1: Float32Array;
  v: Float32Array;
  c: Float32Array;
  /** Output per grid cell, row 0 at the top, over [lo, hi]². */
  boundary: Float32Array;
  gridSize: number;
}

export interface XorNetInfo {
  x: Float32Array;
  y: Float32Array;
  n: number;
  lo: number;
  hi: number;
}

const XOR_LO = -0.5;
const XOR_HI = 1.5;

export function xorCloud(
  perCorner: number,
  spread: number,
  seed: number,
): { x: Float32Array; y: Float32Array; n: number } {
  const g = gateData('xor');
  const rng = new Rng(seed * 13 + 5);
  const n = 4 * perCorner;
  const x = new Float32Array(2 * n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % 4;
    const jitter = perCorner > 1 ? spread : 0;
    x[2 * i] = g.x[2 * c] + rng.normal() * jitter;
    x[2 * i + 1] = g.x[2 * c + 1] + rng.normal() * jitter;
    y[i] = g.y[c];
  }
  return { x, y, n };
}

export class XorNetTask implements TrainingTask<XorNetSnapshot, XorNetInfo, Pick<XorNetConfig, 'lr'>> {
  readonly cost: ModelCost;
  readonly mlp: BatchedMlp;
  private readonly data: { x: Float32Array; y: Float32Array; n: number };
  private readonly grid: Float32Array;
  private steps = 0;
  private readonly meter = new RateMeter();
  private diverged: string | null = null;

  constructor(private readonly config: XorNetConfig) {
    this.data = xorCloud(config.perCorner, config.spread, config.seed);
    this.mlp = new BatchedMlp({
      sizes: [2, config.hidden, 1],
      runs: [{ activation: config.activation, init: 'glorot', seed: config.seed, lr: config.lr }],
    });
    const G = config.gridSize;
    this.grid = new Float32Array(2 * G * G);
    for (let r = 0; r < G; r++)
      for (let c = 0; c < G; c++) {
        this.grid[2 * (r * G + c)] = XOR_LO + ((c + 0.5) / G) * (XOR_HI - XOR_LO);
        this.grid[2 * (r * G + c) + 1] = XOR_HI - ((r + 0.5) / G) * (XOR_HI - XOR_LO);
      }
    this.cost = { flopsPerStep: 3 * this.data.n * (3 * config.hidden + config.hidden + 1) };
  }

  trainFor(ms: number): number {
    return trainForMs(ms, () => this.oneStep());
  }

  step(n: number): void {
    for (let i = 0; i < n; i++) this.oneStep();
  }

  private oneStep(): void {
    this.mlp.trainStep(this.data.x, this.data.y, this.data.n);
    this.steps++;
  }

  snapshot(): { snap: XorNetSnapshot; transfer: Transferable[] } {
    const { loss, accuracy } = this.mlp.evaluate(this.data.x, this.data.y, this.data.n);
    if (!this.diverged && !allFinite(loss))
      this.diverged = `The loss became NaN at step ${this.steps}: the learning rate is too large. Lower it (try a tenth), then press Reset.`;
    const l0 = this.mlp.layerWeights(0);
    const l1 = this.mlp.layerWeights(1);
    const G = this.config.gridSize;
    const boundary = this.mlp.predict(this.grid, G * G).slice();
    const snap: XorNetSnapshot = {
      step: this.steps,
      stepsPerSec: this.meter.update(this.steps),
      trainLoss: loss.slice(),
      testLoss: loss.slice(),
      trainAcc: accuracy.slice(),
      W1: l0.W,
      b1: l0.b,
      v: l1.W,
      c: l1.b,
      boundary,
      gridSize: G,
    };
    const arrays = [snap.trainLoss, snap.testLoss, snap.trainAcc, snap.W1, snap.b1, snap.v, snap.c, boundary];
    return { snap, transfer: arrays.map((a) => a.buffer) };
  }

  set(params: Partial<Pick<XorNetConfig, 'lr'>>): void {
    if (typeof params.lr === 'number' && params.lr > 0) this.mlp.setLearningRates([params.lr]);
  }

  describe(): XorNetInfo {
    return { x: this.data.x.slice(), y: this.data.y.slice(), n: this.data.n, lo: XOR_LO, hi: XOR_HI };
  }

  divergence(): string | null {
    return this.diverged;
  }

  dispose(): void {
    this.mlp.dispose();
  }
}

export const xorNetTask: TaskModuleOf<'xornet'> = {
  cost: (config) => ({ flopsPerStep: 3 * 4 * config.perCorner * 4 * (config.hidden + 1) }),
  create: (config) => new XorNetTask(config),
};
