import { describe, expect, it } from 'vitest';
import {
  BatchSampler2D,
  divergenceMessage,
  DivergenceWatch,
  EpochSampler,
  LOSS_LIMIT,
  lossDiverged,
  RateMeter,
  trainForMs,
} from '../../src/engine/runtime/loop';

/** A clock that only moves when told to. */
function fakeClock(start = 1000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

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
      // x follows y: the point of example i is (2i, 2i + 1).
      batch.y.forEach((v, i) => expect([batch.x[2 * i], batch.x[2 * i + 1]]).toEqual([2 * v, 2 * v + 1]));
    }
    // 21 examples = 3 epochs: each index appears exactly 3 times.
    for (let i = 0; i < n; i++) expect(seen.filter((v) => v === i).length).toBe(3);
    expect(a.seen).toBe(21);
  });

  it('the epoch sampler can keep batches within an epoch and start a fresh epoch on demand', () => {
    const s = new EpochSampler(10, 5);
    const sizes: number[] = [];
    const epoch: number[] = [];
    for (let k = 0; k < 3; k++) {
      const idx = s.next(4, true);
      sizes.push(idx.length);
      epoch.push(...idx);
    }
    expect(sizes).toEqual([4, 4, 2]);
    expect([...epoch].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s.position).toBe(0);
    s.next(3);
    s.newEpoch();
    expect(s.position).toBe(0);
    expect(s.seen).toBe(13);
    // Same seed, same calls → same order.
    const t = new EpochSampler(10, 5);
    expect(Array.from(t.next(10))).toEqual(epoch);
  });

  it('trainForMs runs at least once, stops when asked, and stops when the time is up', () => {
    let k = 0;
    expect(trainForMs(0, () => k++)).toBe(1);
    k = 0;
    expect(
      trainForMs(
        1000,
        () => k++,
        () => k >= 5,
      ),
    ).toBe(5);
    const clock = fakeClock();
    expect(trainForMs(100, () => clock.advance(30), undefined, clock.now)).toBe(4);
  });

  it('the rate meter measures steps per second over its window', () => {
    const clock = fakeClock();
    const m = new RateMeter(100, clock.now);
    clock.advance(50);
    expect(m.update(10)).toBe(0); // window not full yet
    clock.advance(450);
    expect(m.update(50)).toBe(100); // 50 steps in 0.5 s
    clock.advance(250);
    expect(m.update(100)).toBe(200); // 50 more in 0.25 s
    clock.advance(50);
    expect(m.update(500)).toBe(200); // within the window: the last rate stands
    clock.advance(100);
    expect(m.update(20)).toBeCloseTo(0, 9); // after a reset (count went down) it restarts from there
    clock.advance(1000);
    expect(m.update(120)).toBe(100);
  });
});

describe('the one divergence test', () => {
  it('a loss is diverged when non-finite or above both the limit and 100× its start', () => {
    expect(lossDiverged(NaN)).toBe(true);
    expect(lossDiverged(Infinity, 1)).toBe(true);
    expect(lossDiverged(LOSS_LIMIT * 0.9)).toBe(false);
    expect(lossDiverged(LOSS_LIMIT * 1.1)).toBe(true);
    expect(lossDiverged(1500, 20)).toBe(false); // 100 × 20 = 2000
    expect(lossDiverged(2500, 20)).toBe(true);
    expect(lossDiverged(1500, NaN)).toBe(true); // an unknown start counts as 0
  });

  it('the watch takes the losses before the first step as the start and names the first bad run', () => {
    const w = new DivergenceWatch();
    expect(w.check([5000, 1], 0)).toBe(-1); // a bad start is not divergence
    expect(w.check([6000, 1], 10)).toBe(-1);
    expect(w.check([6000, 1500], 20)).toBe(1);
    expect(w.check([NaN, 1], 30)).toBe(0);
    // Without a reading at step 0 the start is 0: only the absolute limit applies.
    expect(new DivergenceWatch().check([2, 1001], 5)).toBe(1);
  });

  it('the message says who, when, what the loss did, why and what to do', () => {
    expect(divergenceMessage('Adam', 12, NaN, 'Its learning rate 3 is too large.', 'Lower it.')).toBe(
      'Adam diverged at step 12: its loss became NaN. Its learning rate 3 is too large. Lower it.',
    );
    expect(divergenceMessage('The ReLU network', 7, 12345, 'Too large.')).toBe(
      'The ReLU network diverged at step 7: its loss reached 1.2e+4. Too large. Lower the learning rate (try a tenth), then press Reset.',
    );
    expect(divergenceMessage('X', 1, -Infinity, 'C.')).toMatch(/became infinite/);
  });
});
