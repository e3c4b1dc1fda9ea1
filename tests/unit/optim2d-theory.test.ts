import { describe, expect, it } from 'vitest';
import {
  lrSchedule,
  lrScheduleCurve,
  measuredRate,
  momentumLrFromEma,
  momentumLrToEma,
  quadraticTheory,
} from '../../src/engine/surfaces/optim-theory';

describe('quadraticTheory', () => {
  it('κ = 100, λmin = 1: the textbook numbers', () => {
    const th = quadraticTheory(100);
    expect(th.lambdaMax).toBe(100);
    expect(th.gdBestLr).toBeCloseTo(2 / 101, 15);
    expect(th.gdRate).toBeCloseTo(99 / 101, 15);
    expect(th.gdMaxStableLr).toBeCloseTo(0.02, 15);
    expect(th.momentumRate).toBeCloseTo(9 / 11, 15);
    expect(th.momentumBestBeta).toBeCloseTo((9 / 11) ** 2, 15);
    expect(th.momentumBestLr).toBeCloseTo((2 / 11) ** 2, 15);
    expect(th.momentumBestLrTfjs).toBe(th.momentumBestLr);
    // EMA form: α/(1−β) = (4/121)/(40/121) = 0.1.
    expect(th.momentumBestLrEma).toBeCloseTo(0.1, 14);
  });

  it('scales with λmin; rates depend on κ only; κ = 1 converges in one step', () => {
    const a = quadraticTheory(10, 1);
    const b = quadraticTheory(10, 4);
    expect(b.gdBestLr).toBeCloseTo(a.gdBestLr / 4, 15);
    expect(b.momentumBestLr).toBeCloseTo(a.momentumBestLr / 4, 15);
    expect(b.gdRate).toBe(a.gdRate);
    expect(b.momentumBestBeta).toBe(a.momentumBestBeta);
    const one = quadraticTheory(1);
    expect(one.gdRate).toBe(0);
    expect(one.momentumRate).toBe(0);
    expect(one.gdBestLr).toBe(1);
  });

  it('momentum beats GD for every κ > 1', () => {
    for (const k of [1.5, 2, 10, 100, 1e4]) {
      const th = quadraticTheory(k);
      expect(th.momentumRate).toBeLessThan(th.gdRate);
    }
  });

  it('lr conversions between tfjs/classic and EMA momentum are inverse', () => {
    expect(momentumLrToEma(0.01, 0.9)).toBeCloseTo(0.1, 15);
    expect(momentumLrFromEma(momentumLrToEma(0.037, 0.8), 0.8)).toBeCloseTo(0.037, 15);
  });

  it('rejects nonsense', () => {
    expect(() => quadraticTheory(0.5)).toThrow();
    expect(() => quadraticTheory(10, 0)).toThrow();
  });
});

describe('measuredRate', () => {
  const geometric = (r: number, n: number, d0 = 3) => Array.from({ length: n }, (_, t) => d0 * r ** t);

  it('recovers r from an exact geometric sequence', () => {
    expect(measuredRate(geometric(0.8, 40))).toBeCloseTo(0.8, 12);
  });

  it("'loss' mode takes the square root", () => {
    expect(measuredRate(geometric(0.64, 20), { of: 'loss' })).toBeCloseTo(0.8, 12);
  });

  it('skips the transient and stops at the floor', () => {
    const s = [100, 50, ...geometric(0.5, 30, 10)]; // transient, then r = 0.5
    expect(measuredRate(s, { from: 2, relFloor: 1e-12 })).toBeCloseTo(0.5, 12);
    // Round-off "noise" below the floor is ignored.
    const noisy = [...geometric(0.5, 20, 1), 3e-7, 5e-7, 2e-7];
    expect(measuredRate(noisy, { relFloor: 1e-6 })).toBeCloseTo(0.5, 12);
  });

  it('stops at zeros and non-finite values; NaN when nothing is usable', () => {
    expect(measuredRate([1, 0.5, 0.25, 0, 0.1], { from: 0 })).toBeCloseTo(0.5, 12);
    expect(measuredRate([1, 0.5, NaN, 0.1], { from: 0 })).toBeCloseTo(0.5, 12);
    expect(measuredRate([1])).toBeNaN();
    expect(measuredRate([])).toBeNaN();
    expect(measuredRate([0, 0, 0])).toBeNaN();
  });

  it('critically damped (1 + (1−r)t)·r^t reads a little above r, less so on longer windows', () => {
    const r = 0.5;
    const s = Array.from({ length: 120 }, (_, t) => (1 + (1 - r) * t) * r ** t);
    const short = measuredRate(s, { from: 5, to: 25, relFloor: 0 });
    const long = measuredRate(s, { from: 30, to: 110, relFloor: 0 });
    expect(short).toBeGreaterThan(long);
    expect(long).toBeGreaterThan(r);
    expect(long / r).toBeLessThan(1.02);
  });
});

describe('lrSchedule', () => {
  it('constant', () => {
    expect(lrSchedule('constant', { eta0: 0.1 }, 57)).toBe(0.1);
  });

  it('inverse: η0/(1 + decay·epoch)', () => {
    expect(lrSchedule('inverse', { eta0: 0.1, decay: 0.5 }, 0)).toBe(0.1);
    expect(lrSchedule('inverse', { eta0: 0.1, decay: 0.5 }, 2)).toBeCloseTo(0.05, 15);
    expect(lrSchedule('inverse', { eta0: 1 }, 10)).toBeCloseTo(0.5, 15); // default decay 0.1
  });

  it('step: halves every 10 epochs by default', () => {
    const curve = lrScheduleCurve('step', { eta0: 0.08 }, 31);
    expect(curve).toHaveLength(31);
    expect(curve[0]).toBe(0.08);
    expect(curve[9]).toBe(0.08);
    expect(curve[10]).toBe(0.04);
    expect(curve[19]).toBe(0.04);
    expect(curve[20]).toBe(0.02);
    expect(curve[30]).toBe(0.01);
    expect(lrSchedule('step', { eta0: 1, stepEvery: 3, factor: 0.1 }, 7)).toBeCloseTo(0.01, 15);
  });
});
