import { describe, expect, it } from 'vitest';
import { isCorrect, judgeRecording } from '../../src/kit/exercises/judge';
import type { RegularizeSnapshot } from '../../src/engine/tasks/regularize';
import { defaults } from '../../src/store/params';
import { LESSONS } from '../../lessons';
import * as J from '../../lessons/regularization/judges';
import { PARAMS } from '../../lessons/regularization/params';

const f32 = (...v: number[]) => Float32Array.from(v);
const base = defaults(PARAMS);

/** A recorded regularize snapshot: per-run training and held-out losses. */
function r(step: number, train: number[], test: number[], extra: Partial<RegularizeSnapshot> = {}): RegularizeSnapshot {
  const R = train.length;
  return {
    step,
    evalStep: step,
    epoch: 0,
    stepsPerSec: 0,
    runs: R,
    trainLoss: f32(...train),
    testLoss: f32(...test),
    trainAcc: new Float32Array(R),
    testAcc: new Float32Array(R),
    early: null,
    gridSize: 0,
    ...extra,
  };
}

describe('regularization exercises', () => {
  it('are listed for the course map', () => {
    expect(LESSONS.find((l) => l.slug === 'regularization')!.exercises).toEqual([
      'largest-gap',
      'strong-l2',
      'l1-zeros',
      'keep-one',
      'more-data',
    ]);
  });

  it('largest gap: waits for step 1,000, then the network whose held-out minus training loss is largest', () => {
    const run = [
      r(500, [0.1, 0.2, 0.2, 0.3, 0.4], [0.9, 0.5, 0.5, 0.5, 0.6]),
      r(1000, [0.01, 0.2, 0.2, 0.3, 0.4], [0.8, 0.5, 0.6, 0.45, 0.55]),
    ];
    const o = judgeRecording(J.judgeLargestGap, base, run)!;
    expect(o.answer).toBe('none');
    expect(o.measured).toContain('step 1,000');
    expect(isCorrect('none', o)).toBe(true);
    expect(isCorrect('dropout', o)).toBe(false);
    // A run where dropout overfits most: the run decides, not a key.
    const odd = judgeRecording(J.judgeLargestGap, base, [
      r(1000, [0.3, 0.2, 0.2, 0.3, 0.01], [0.4, 0.5, 0.6, 0.45, 1.2]),
    ])!;
    expect(odd.answer).toBe('dropout');
    expect(judgeRecording(J.judgeLargestGap, base, [r(990, [0, 0, 0, 0, 0], [1, 1, 1, 1, 1])])).toBeNull();
  });

  it('largest gap: the question and the verdict name the same moment (the first reading at or after step 1,000)', () => {
    const o = judgeRecording(J.judgeLargestGap, base, [
      r(1220, [0.01, 0.2, 0.2, 0.3, 0.4], [0.8, 0.5, 0.6, 0.45, 0.55]),
    ])!;
    expect(o.measured).toContain('at step 1,220 (the first reading at or after step 1,000)');
    expect(o.tie).toBeUndefined();
  });

  it('largest gap: a lead within the margin is no verdict — a tie with the run’s numbers', () => {
    // Gaps: none 0.79, L1 0.76 (within 0.05 of each other), the rest smaller.
    const o = judgeRecording(J.judgeLargestGap, base, [
      r(1000, [0.01, 0.2, 0.04, 0.3, 0.4], [0.8, 0.5, 0.8, 0.45, 0.55]),
    ])!;
    expect(o.tie).toMatch(/No clear winner/);
    expect(o.tie).toContain('0.79');
    expect(o.tie).toContain('0.76');
    expect(isCorrect('none', o)).toBe(false);
    expect(isCorrect('l1', o)).toBe(false);
  });

  it('L1 zeros: the L1 share near zero, in percent, once stats arrive after 2,000 steps', () => {
    const p = { ...base, show: ['l2', 'l1'] as J.Values['show'] };
    const run = [r(2000, [0.1, 0.1], [0.3, 0.3]), r(2010, [0.1, 0.1], [0.3, 0.3], { nearZero: f32(0.05, 0.62) })];
    const o = judgeRecording(J.judgeL1Zeros, p, run)!;
    expect(o.answer).toBe(62);
    expect(o.measured).toContain('62');
    expect(isCorrect('55', o, { abs: 10 })).toBe(true);
    expect(isCorrect('5', o, { abs: 10 })).toBe(false);
    expect(
      judgeRecording(J.judgeL1Zeros, p, [r(1500, [0.1, 0.1], [0.3, 0.3], { nearZero: f32(0.05, 0.3) })]),
    ).toBeNull();
  });

  it('strong L2: reads the L2 network’s training loss at step 1,500', () => {
    const p = { ...base, show: ['none', 'l2'] as J.Values['show'], l2: 0.1 };
    const o = judgeRecording(J.judgeStrongL2, p, [
      r(1000, [0.01, 0.05], [0.9, 0.6]),
      r(1500, [0.0027, 0.65], [0.92, 0.7]),
    ])!;
    expect(o.answer).toBe('underfits');
    expect(o.measured).toContain('training loss is 0.65');
    expect(isCorrect('fits', o)).toBe(false);
    expect(judgeRecording(J.judgeStrongL2, p, [r(1500, [0.01, 0.05], [0.9, 0.6])])!.answer).toBe('fits');
    expect(judgeRecording(J.judgeStrongL2, p, [r(1500, [0.01, 0.3], [0.9, 0.6])])!.answer).toBe('between');
  });

  it('keep = 1: the same training loss, or which is higher', () => {
    const p = { ...base, show: ['none', 'dropout'] as J.Values['show'], keep: 1 };
    expect(judgeRecording(J.judgeKeepOne, p, [r(300, [0.2, 0.2], [0.5, 0.5])])!.answer).toBe('same');
    expect(judgeRecording(J.judgeKeepOne, p, [r(300, [0.2, 0.3], [0.5, 0.5])])!.answer).toBe('higher');
    expect(judgeRecording(J.judgeKeepOne, p, [r(100, [0.2, 0.3], [0.5, 0.5])])).toBeNull();
  });

  it('goal more data: needs the unregularized network, XOR and the noise; reached on a small gap after training', () => {
    expect(J.moreDataMissing(base)).toBeNull();
    expect(J.moreDataMissing({ ...base, show: ['l2'] as J.Values['show'] })).toContain('Unregularized');
    expect(J.moreDataMissing({ ...base, noise: 0 })).toContain('noise');
    const p = { ...base, show: ['none'] as J.Values['show'], points: 300 };
    expect(judgeRecording(J.judgeMoreData, p, [r(1000, [0.2], [0.5])])).toBeNull();
    // An untrained network has no gap either: it must also fit the training data.
    expect(judgeRecording(J.judgeMoreData, p, [r(1000, [0.69], [0.69])])).toBeNull();
    expect(judgeRecording(J.judgeMoreData, p, [r(1000, [0.01], [0.85])])).toBeNull();
    const o = judgeRecording(J.judgeMoreData, p, [r(500, [0.2], [0.22]), r(1000, [0.13], [0.22])])!;
    expect(o.measured).toContain('300 training points');
  });
});
