import { describe, expect, it } from 'vitest';
import { tex } from '../../src/math/format';

describe('tex(): numbers in formulas as a person writes them', () => {
  it('never uses JavaScript exponent notation', () => {
    for (let e = -12; e <= 12; e++) {
      for (const m of [1, 1.234, 5.5, 9.9996, -3.21]) {
        const s = tex(m * 10 ** e);
        expect(s, `${m}e${e}`).not.toMatch(/e[+-]?\d/);
      }
    }
  });
  it('writes 10³ to 10⁵ in full', () => {
    expect(tex(1234)).toBe('1230');
    expect(tex(1230)).toBe('1230');
    expect(tex(12345)).toBe('12300');
    expect(tex(99_949)).toBe('99900');
    expect(tex(-4567.8)).toBe('-4570');
    expect(tex(1000)).toBe('1000');
    expect(tex(2578, 4)).toBe('2578');
  });
  it('uses × 10ⁿ outside [10⁻³, 10⁵), including after rounding', () => {
    expect(tex(123_456)).toBe('1.23 \\times 10^{5}');
    expect(tex(99_999.7)).toBe('1 \\times 10^{5}');
    expect(tex(0.00012)).toBe('1.2 \\times 10^{-4}');
    expect(tex(-2.5e-7)).toBe('-2.5 \\times 10^{-7}');
  });
  it('keeps ordinary numbers short', () => {
    expect(tex(0)).toBe('0');
    expect(tex(0.0066481, 2)).toBe('0.0066');
    expect(tex(0.001)).toBe('0.001');
    expect(tex(0.25)).toBe('0.25');
    expect(tex(1.5)).toBe('1.5');
    expect(tex(115)).toBe('115');
    expect(tex(11.52)).toBe('11.5');
    expect(tex(0.1 + 0.2)).toBe('0.3');
  });
});
