import { describe, expect, it } from 'vitest';
import { gateData, novikoffBound, Perceptron } from '../../src/engine/networks/perceptron';

function train(p: Perceptron, epochs: number): number[] {
  const errors: number[] = [];
  for (let e = 0; e < epochs; e++) errors.push(p.runEpoch().errors);
  return errors;
}

describe('the perceptron learning rule', () => {
  it('makes the update w ← w + η (y − ŷ) x, b ← b + η (y − ŷ) on a mistake', () => {
    const p = new Perceptron(gateData('or'), 0.5);
    p.runEpoch();
    // (0,0) → ŷ = 0 = y: no update; (0,1) → ŷ = 0, y = 1: w = (0, 0.5), b = 0.5;
    // (1,0) → 0·1 + 0.5 > 0: ŷ = 1 = y; (1,1) → ŷ = 1 = y.
    expect(p.w).toEqual([0, 0.5]);
    expect(p.b).toBe(0.5);
    expect(p.last).toEqual({ x: [0, 1], y: 1, yHat: 0, before: { w: [0, 0], b: 0 }, after: { w: [0, 0.5], b: 0.5 } });
  });

  it.each(['and', 'or', 'cloud'] as const)('converges on %s within Novikoff’s bound, for any η', (gate) => {
    const data = gateData(gate);
    // A separator we know: x + y = 1.5 (AND), x + y = 0.5 (OR), x + y = 1 (the clouds).
    const sep: Record<typeof gate, [number, number, number]> = {
      and: [1, 1, -1.5],
      or: [1, 1, -0.5],
      cloud: [1, 1, -1],
    };
    const [w0, w1, b] = sep[gate];
    const bound = novikoffBound(data, [w0, w1], b);
    expect(bound).toBeLessThan(Infinity);
    for (const eta of [1, 0.1, 0.37]) {
      const p = new Perceptron(data, eta);
      const errors = train(p, 200);
      expect(errors[errors.length - 1]).toBe(0);
      expect(p.updates).toBeLessThanOrEqual(bound);
      expect(p.cycleAt).toBeNull();
      // Once it is right everywhere it never moves again.
      const first = errors.indexOf(0);
      expect(errors.slice(first).every((e) => e === 0)).toBe(true);
    }
  });

  it.each([1, 0.1, 0.5, 2])('never converges on XOR (η = %s): errors stay ≥ 1 and the weights cycle', (eta) => {
    const p = new Perceptron(gateData('xor'), eta);
    const errors = train(p, 1000);
    expect(Math.min(...errors)).toBeGreaterThanOrEqual(1);
    expect(p.cycleAt).not.toBeNull();
    expect(p.cycleAt!).toBeLessThan(50);
  });

  it('no line classifies all four XOR points (checked over a fine grid of lines)', () => {
    const d = gateData('xor');
    let best = 4;
    for (let t = 0; t < 360; t += 1) {
      const w0 = Math.cos((t * Math.PI) / 180);
      const w1 = Math.sin((t * Math.PI) / 180);
      for (let b = -2; b <= 2; b += 0.01) {
        let e = 0;
        for (let i = 0; i < 4; i++) if ((w0 * d.x[2 * i] + w1 * d.x[2 * i + 1] + b > 0 ? 1 : 0) !== d.y[i]) e++;
        best = Math.min(best, e);
      }
    }
    expect(best).toBe(1);
  });
});
