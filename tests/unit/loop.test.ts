import { describe, expect, it } from 'vitest';
import { BatchSampler2D, RateMeter, trainForMs } from '../../src/engine/loop';

describe('training loop helpers', () => {
  it('the sampler covers every example once per epoch, deterministically', () => {
    const n = 7;
    const data = { n, x: new Float32Array(2 * n).map((_, i) => i), y: new Float32Array(n).map((_, i) => i) };
    const a = new BatchSampler2D(data, 3);
    const b = new BatchSampler2D(data, 3);
    const seen: number[] = [];
    for (let k = 0; k < 7; k++) {
      const batch = a.next(3);
      seen.push(...batch.y);
      expect(Array.from(b.next(3).y)).toEqual(Array.from(batch.y));
    }
    // 21 examples = 3 epochs: each index appears exactly 3 times.
    for (let i = 0; i < n; i++) expect(seen.filter((v) => v === i).length).toBe(3);
    expect(a.seen).toBe(21);
  });

  it('trainForMs runs at least once and stops when asked', () => {
    let k = 0;
    expect(trainForMs(0, () => k++)).toBe(1);
    k = 0;
    expect(trainForMs(1000, () => k++, () => k >= 5)).toBe(5);
  });

  it('the rate meter measures steps per second over its window', () => {
    const m = new RateMeter(100);
    m.update(0, performance.now());
    expect(m.update(50, performance.now() + 500)).toBeGreaterThan(0);
  });
});
