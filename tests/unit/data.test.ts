import { describe, expect, it } from 'vitest';
import { DATASETS, DOMAIN, makeDataset, makeGrid } from '../../src/engine/data/datasets';
import { hashSeed, Rng } from '../../src/engine/data/random';
import { layerActivity } from '../../src/engine/networks/stats';
import { History } from '../../src/store/history';
import { binInto, binOf } from '../../src/engine/networks/stats';
import { fmt, lossText, pct, tex } from '../../src/math/format';

describe('seeded random numbers', () => {
  it('repeat for the same seed and differ across seeds', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const c = new Rng(8);
    const xs = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(xs);
    expect(hashSeed(1)).not.toBe(hashSeed(2));
  });

  it('normal() has mean ≈ 0 and variance ≈ 1', () => {
    const r = new Rng(3);
    let s = 0;
    let s2 = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const v = r.normal();
      s += v;
      s2 += v * v;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.05);
  });

  it('permutation() is a permutation', () => {
    const p = Array.from(new Rng(1).permutation(100)).sort((x, y) => x - y);
    expect(p).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});

describe('2D datasets', () => {
  for (const dataset of DATASETS) {
    it(`${dataset}: deterministic, balanced, split as asked, inside the domain`, () => {
      const opts = { dataset, noise: 0.1, count: 400, trainShare: 0.5, seed: 5 };
      const a = makeDataset(opts);
      const b = makeDataset(opts);
      expect(Array.from(a.train.x)).toEqual(Array.from(b.train.x));
      expect(a.train.n).toBe(200);
      expect(a.test.n).toBe(200);
      const ones = [...a.train.y, ...a.test.y].filter((v) => v === 1).length;
      expect(ones).toBeGreaterThan(150);
      expect(ones).toBeLessThan(250);
      for (const v of a.train.x) expect(Math.abs(v)).toBeLessThan(3 * DOMAIN);
      expect(Array.from(makeDataset({ ...opts, seed: 6 }).train.x)).not.toEqual(Array.from(a.train.x));
    });
  }

  it('XOR labels follow the sign rule without noise', () => {
    const { train } = makeDataset({ dataset: 'xor', noise: 0, count: 200, trainShare: 1, seed: 1 });
    for (let i = 0; i < train.n; i++) expect(train.y[i]).toBe(train.x[2 * i] * train.x[2 * i + 1] >= 0 ? 1 : 0);
  });

  it('the grid covers the domain, top row first', () => {
    const g = makeGrid(4);
    expect(g.length).toBe(32);
    expect(g[1]).toBeGreaterThan(0); // first row has y > 0 (top of the picture)
    expect(g[g.length - 1]).toBeLessThan(0);
  });
});

describe('layer statistics', () => {
  it('counts active, dead and saturated units', () => {
    // 3 examples × 2 units; unit 1 is never on → dead.
    const pre = [1, -1, -2, -3, 0.5, -0.1];
    const relu = layerActivity(pre, 3, 2, 'relu');
    expect(relu.active).toBeCloseTo(2 / 6);
    expect(relu.dead).toBe(0.5);
    const sig = layerActivity([10, 0, -10, 0.1], 2, 2, 'sigmoid');
    // σ'(±10) ≈ 4.5e-5 < 0.025: two of four pairs saturated.
    expect(sig.saturated).toBe(0.5);
  });
});

describe('history', () => {
  it('keeps at most its capacity, halving resolution when full', () => {
    const h = new History(1, 10);
    for (let i = 1; i <= 100; i++) h.push(i, [i * 2]);
    expect(h.n).toBeLessThanOrEqual(10);
    expect(h.x[0]).toBe(1);
    expect(h.ys[0][h.n - 1]).toBe(2 * h.x[h.n - 1]);
    h.push(5, [0]); // out of order: ignored
    expect(h.x[h.n - 1]).toBeGreaterThan(5);
  });
});

describe('formatting and binning', () => {
  it('formats numbers for readouts and TeX', () => {
    expect(fmt(0.123456)).toBe('0.123');
    expect(fmt(-2)).toBe('−2');
    expect(fmt(0.00012)).toBe('1.2×10⁻⁴');
    expect(fmt(NaN)).toBe('—');
    expect(fmt(Infinity)).toBe('∞');
    expect(pct(0.456)).toBe('46%');
    expect(tex(0.00012)).toBe('1.2 \\times 10^{-4}');
    expect(lossText(0.00071)).toBe('<0.001');
    expect(lossText(0.0513)).toBe('0.0513');
  });

  it('bins values (the one binning helper), leaving non-finite ones out', () => {
    const out = new Float32Array(4);
    binInto([0, 0.1, 0.9, 1, NaN, Infinity, -Infinity], 0, 1, out, 2, 2);
    expect(Array.from(out)).toEqual([0, 0, 2, 2]);
    expect(binOf(-Infinity, 0, 1, 2)).toBe(0);
    expect(binOf(7, 0, 1, 2)).toBe(1);
  });
});

describe('palette', () => {
  it('class 1 regions are orange like class 1 points, class 0 purple', async () => {
    const { classScale } = await import('../../src/viz/palette');
    const rgb = (c: string) => c.match(/\d+/g)!.map(Number);
    const [r1, , b1] = rgb(classScale(1));
    const [r0, , b0] = rgb(classScale(0));
    expect(r1).toBeGreaterThan(b1); // orange: more red than blue
    expect(b0).toBeGreaterThan(r0 - 40); // purple: blue comparable to or above red
    expect(b0 - r0).toBeGreaterThan(b1 - r1);
  });
});
