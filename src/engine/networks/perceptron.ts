/**
 * Rosenblatt's perceptron (1958), framework-free: one unit with a step activation,
 * ŷ = 1 if w·x + b > 0 else 0, trained by the perceptron learning rule
 * w ← w + η (y − ŷ) x, b ← b + η (y − ŷ), one point at a time.
 *
 * On linearly separable data it stops making mistakes after finitely many updates
 * (Novikoff 1962: at most (R/γ)² from w = 0); on XOR no line separates the classes
 * (Minsky & Papert 1969), so it keeps making mistakes and its weights cycle.
 */
import { Rng } from '../data/random';
import { type ChoiceOf, choices } from '../data/choices';

export const GATE_CHOICES = choices({
  and: 'AND (4 points)',
  or: 'OR (4 points)',
  xor: 'XOR (4 points)',
  cloud: 'Two noisy clouds',
});
type GateId = ChoiceOf<typeof GATE_CHOICES>;

export interface Points2D {
  /** x0, y0, x1, y1, … */
  x: Float64Array;
  /** 0 or 1 per point. */
  y: Uint8Array;
  n: number;
}

const CORNERS: [number, number][] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];

/** The four corners of the unit square labelled by a gate, or a separable noisy cloud. */
export function gateData(gate: GateId, seed = 1): Points2D {
  if (gate === 'cloud') {
    const n = 40;
    const rng = new Rng(seed * 31 + 7);
    const x = new Float64Array(2 * n);
    const y = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const c = i % 2;
      // Two clouds on either side of the line x + y = 1, pushed apart so a line separates them.
      let px: number;
      let py: number;
      do {
        px = (c ? 0.78 : 0.22) + rng.normal() * 0.14;
        py = (c ? 0.7 : 0.3) + rng.normal() * 0.14;
      } while ((c ? 1 : -1) * (px + py - 1) < 0.08);
      x[2 * i] = px;
      x[2 * i + 1] = py;
      y[i] = c;
    }
    return { x, y, n };
  }
  const f: Record<Exclude<GateId, 'cloud'>, (a: number, b: number) => number> = {
    and: (a, b) => a & b,
    or: (a, b) => a | b,
    xor: (a, b) => a ^ b,
  };
  const x = new Float64Array(8);
  const y = new Uint8Array(4);
  CORNERS.forEach(([a, b], i) => {
    x[2 * i] = a;
    x[2 * i + 1] = b;
    y[i] = f[gate](a, b);
  });
  return { x, y, n: 4 };
}

/** The last update the rule made (for the formula with live numbers). */
export interface Update {
  x: [number, number];
  y: number;
  yHat: number;
  before: { w: [number, number]; b: number };
  after: { w: [number, number]; b: number };
}

interface EpochResult {
  epoch: number;
  /** Points still misclassified after the epoch. */
  errors: number;
  /** Updates made during the epoch (mistakes met on the way). */
  updates: number;
}

export class Perceptron {
  w: [number, number] = [0, 0];
  b = 0;
  epoch = 0;
  /** Total updates since the start. */
  updates = 0;
  last: Update | null = null;
  /** Epoch at which the weights first came back to a state seen before (a cycle), or null. */
  cycleAt: number | null = null;
  /** The epoch whose end state the weights returned to. */
  cycleFrom: number | null = null;
  private readonly seen = new Map<string, number>();

  constructor(
    readonly data: Points2D,
    public eta = 1,
  ) {
    this.seen.set(this.key(), 0);
  }

  /** The unit's output for one point: 1 if w·x + b > 0, else 0. */
  predict(px: number, py: number): number {
    return this.w[0] * px + this.w[1] * py + this.b > 0 ? 1 : 0;
  }

  /** Misclassified points now. */
  errors(): number {
    let e = 0;
    const d = this.data;
    for (let i = 0; i < d.n; i++) if (this.predict(d.x[2 * i], d.x[2 * i + 1]) !== d.y[i]) e++;
    return e;
  }

  /** One pass over the points in their fixed order, updating on every mistake. */
  runEpoch(): EpochResult {
    const d = this.data;
    let updates = 0;
    for (let i = 0; i < d.n; i++) {
      const px = d.x[2 * i];
      const py = d.x[2 * i + 1];
      const yHat = this.predict(px, py);
      const err = d.y[i] - yHat;
      if (err === 0) continue;
      const before = { w: [this.w[0], this.w[1]] as [number, number], b: this.b };
      this.w[0] += this.eta * err * px;
      this.w[1] += this.eta * err * py;
      this.b += this.eta * err;
      updates++;
      this.last = { x: [px, py], y: d.y[i], yHat, before, after: { w: [this.w[0], this.w[1]], b: this.b } };
    }
    this.epoch++;
    this.updates += updates;
    const k = this.key();
    const prev = this.seen.get(k);
    if (prev !== undefined && updates > 0 && this.cycleAt === null) {
      this.cycleAt = this.epoch;
      this.cycleFrom = prev;
    }
    if (prev === undefined) this.seen.set(k, this.epoch);
    return { epoch: this.epoch, errors: this.errors(), updates };
  }

  /** Weights rounded far below the learning rate's scale, so a revisited state is recognized. */
  private key(): string {
    const r = (v: number) => Math.round(v * 1e9) / 1e9;
    return `${r(this.w[0])},${r(this.w[1])},${r(this.b)}`;
  }
}

/**
 * Novikoff's bound (R/γ)² on the number of updates from w = 0, for a separator (w, b)
 * the caller knows: R the largest ‖(x, 1)‖, γ the smallest signed distance
 * y'(w·x + b)/‖(w, b)‖ with y' = ±1 (≤ 0 if (w, b) does not separate the data).
 */
export function novikoffBound(data: Points2D, w: [number, number], b: number): number {
  const norm = Math.hypot(w[0], w[1], b);
  let R = 0;
  let gamma = Infinity;
  for (let i = 0; i < data.n; i++) {
    const px = data.x[2 * i];
    const py = data.x[2 * i + 1];
    R = Math.max(R, Math.hypot(px, py, 1));
    const s = data.y[i] ? 1 : -1;
    gamma = Math.min(gamma, (s * (w[0] * px + w[1] * py + b)) / norm);
  }
  return gamma > 0 ? (R / gamma) ** 2 : Infinity;
}
