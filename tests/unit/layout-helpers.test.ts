import { describe, expect, it } from 'vitest';
import { fixed, fmt, lineEquation, signedTerm, tex } from '../../src/math/format';
import { integerLinearTicks, integerTicks } from '../../src/viz/chart';
import { scaleLinear } from 'd3';

describe('signedTerm: a term after the first carries its own sign', () => {
  it('writes plus for positive and zero, minus for negative, never "+ −"', () => {
    expect(signedTerm(2)).toBe('+ 2');
    expect(signedTerm(-2)).toBe('− 2');
    expect(signedTerm(0)).toBe('+ 0');
    expect(signedTerm(-0.125, (a) => fixed(a, 2))).toBe('− 0.13');
  });
  it('uses the ASCII minus for TeX', () => {
    expect(signedTerm(-1.5, (a) => tex(a), { tex: true })).toBe('- 1.5');
  });
  it('writes a line equation without a plus before a negative number', () => {
    expect(lineEquation([1.5, -0.25], -2)).toBe('1.5·x₁ − 0.25·x₂ − 2 = 0');
    expect(lineEquation([-1, 2], 0.5)).toBe('−1·x₁ + 2·x₂ + 0.5 = 0');
    for (const w of [-3, -0.5, 0, 0.5, 3])
      for (const b of [-2, 0, 2]) expect(lineEquation([w, w], b)).not.toMatch(/\+ −/);
  });
});

describe('integerTicks: an axis that counts things has no fractional ticks', () => {
  it('gives whole numbers only, whatever the domain', () => {
    for (const hi of [0.5, 1, 1.05, 2.2, 3, 4.4, 7, 13, 37, 120, 4096]) {
      const t = integerTicks(0, hi, 5);
      expect(t.length, `domain [0, ${hi}]`).toBeGreaterThan(0);
      expect(t.length).toBeLessThanOrEqual(6);
      for (const v of t) expect(Number.isInteger(v)).toBe(true);
      expect(t[0]).toBe(0);
    }
  });
  it('steps by 1, 2, 5, 10, … and stays inside the domain', () => {
    expect(integerTicks(0, 4.4, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(integerTicks(0, 2.2, 5)).toEqual([0, 1, 2]);
    expect(integerTicks(0, 10, 5)).toEqual([0, 5, 10]);
    expect(integerTicks(0, 40, 5)).toEqual([0, 10, 20, 30, 40]);
    expect(integerTicks(0.2, 0.8, 5)).toEqual([]);
    expect(integerTicks(0, Number.NaN, 5)).toEqual([]);
  });
  it('places them on the scale, labelled as whole numbers', () => {
    const s = scaleLinear().domain([0, 2.2]).range([200, 0]);
    const t = integerLinearTicks(s, 5);
    expect(t.map((x) => x.label)).toEqual(['0', '1', '2']);
    expect(t[0]!.pos).toBe(200);
  });
});

describe("the backprop graph's fork sum", () => {
  it('signs each term once', async () => {
    const { sumText } = await import('../../lessons/backprop-graph/GraphView');
    const v = (x: number | undefined) => fmt(x, 4);
    expect(sumText([1, -2], -1, v)).toBe('Σ 1 − 2 = −1');
    expect(sumText([-2, 1], -1, v)).toBe('Σ −2 + 1 = −1');
  });
});
