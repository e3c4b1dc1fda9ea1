/** The pre-training cost/ETA model on its own, with a fake clock. */
import { describe, expect, it } from 'vitest';
import { CostFit, forwardMacs, phaseWork, scheduleWork, trainMacs, WorkMeter } from '../../src/engine/pretrain/eta';
import { buildPhases } from '../../src/engine/pretrain/schedule';

describe('cost fit', () => {
  it('recovers ms = a·ops + b·macs from slices of different shape', () => {
    const f = new CostFit();
    expect(f.known).toBe(false);
    const slices = [
      [10, 1],
      [2, 50],
      [30, 5],
      [5, 20],
    ];
    for (const [ops, macs] of slices) f.add(ops, macs, 2 * ops + 0.5 * macs);
    expect(f.a).toBeCloseTo(2, 6);
    expect(f.b).toBeCloseTo(0.5, 6);
    expect(f.ms({ ops: 100, macs: 100 })).toBeCloseTo(250, 4);
  });

  it('without variety it charges everything to the multiply-adds', () => {
    const f = new CostFit();
    f.add(10, 20, 40);
    f.add(5, 10, 20);
    expect(f.a).toBe(0);
    expect(f.b).toBeCloseTo(2, 9);
  });
});

describe('work meter', () => {
  it('turns slices into progress, seconds left and training time (gaps under 250 ms count)', () => {
    let t = 0;
    const m = new WorkMeter({ ops: 100, macs: 1000 }, () => t);
    expect(m.etaSec()).toBeNaN();
    let s = m.begin();
    m.add(10, 100);
    expect(m.progress()).toBeCloseTo(0.1, 9); // by multiply-adds before any timing
    t += 100;
    m.account(s);
    expect(m.trainMs).toBe(100);
    t += 50; // a snapshot between slices: counted
    s = m.begin();
    m.add(10, 100);
    t += 100;
    m.account(s);
    expect(m.trainMs).toBe(250);
    t += 10_000; // paused: not counted
    s = m.begin();
    t += 100;
    m.add(0, 0);
    m.account(s); // no work: ignored
    expect(m.trainMs).toBe(250);
    expect(m.progress()).toBeCloseTo(0.2, 6);
    // Both slices have the same shape, so all time goes to the multiply-adds: the decayed
    // least-squares slope of (100 → 100 ms, 100 → 150 ms), ≈ 1.25 ms each; 800 left.
    const b = (0.97 * 100 * 100 + 100 * 150) / (0.97 * 100 * 100 + 100 * 100);
    expect(m.fit.a).toBe(0);
    expect(m.fit.b).toBeCloseTo(b, 9);
    expect(m.etaSec()).toBeCloseTo((800 * b) / 1000, 9);
  });
});

describe('work of the schedule', () => {
  const counts = { trainCount: 100, testCount: 50, evalTrain: 50, batch: 10 };
  const phases = buildPhases({ hidden: [20], preEpochs: 1, fineEpochs: 1, budget: 'finetune-only' }, [784, 20, 10]);

  it('counts training steps, evaluation chunks and code chunks per phase', () => {
    const [ae, sup, fin] = phases;
    // 10 steps; evaluations every 5 steps: start, 5, end = 3, of 100 rows (1 chunk each); codes: 1 + 1 chunks.
    expect(phaseWork(ae, counts).ops).toBe(10 + 3 + 2);
    expect(phaseWork(sup, counts).ops).toBe(10 + 3);
    expect(forwardMacs(fin)).toBe(4 * (784 * 20 + 20 * 10));
    // Frozen layers only go forward; the others ×3.
    expect(trainMacs({ ...sup, sizes: [784, 20, 10], frozen: [true, false] })).toBe(784 * 20 + 3 * 20 * 10);
    const macsAe = (10 * 10 * trainMacs(ae) + 3 * 100 * forwardMacs(ae) + 150 * 784 * 20) / 1e6;
    expect(phaseWork(ae, counts).macs).toBeCloseTo(macsAe, 9);
    const total = scheduleWork(phases, counts);
    expect(total.ops).toBe(phases.reduce((s, p) => s + phaseWork(p, counts).ops, 0));
  });
});
