import { describe, expect, it } from 'vitest';
import { isCorrect, judgeRecording } from '../../src/app/exercises/judge';
import { METHODS, type PretrainSnapshot } from '../../src/engine/tasks/pretrain';
import { defaults } from '../../src/store/params';
import { LESSONS } from '../../lessons';
import * as J from '../../lessons/layer-wise-pretraining/judges';
import { PARAMS } from '../../lessons/layer-wise-pretraining/params';

const p = { ...defaults(PARAMS) };
const R = METHODS.length;

/** A final-phase curve row: epoch, train errors, test errors (METHODS order: plain, supervised, unsupervised, today). */
const row = (epoch: number, test: number[]) => [epoch, ...test.map((e) => e * 0.9), ...test];
/** A recorded snapshot: earlier phases' curves (autoencoder rows, 1 run) and the final phase's rows; curves may be omitted (unchanged). */
function s(done: boolean, final: number[][] | null, withCurves = true): PretrainSnapshot {
  const ae = Float32Array.from([1, 0.05, 0.06]);
  const curves = withCurves ? [ae, ae, Float32Array.from(final ? final.flat() : [])] : undefined;
  return { phase: 2, phaseEpoch: 0, step: 100, stepsPerSec: 0, examplesPerSec: 0, progress: done ? 1 : 0.8, etaSec: 0, elapsedSec: 0, done, curvesVersion: 1, curves, budget: [] };
}
const START = [0.9, 0.2, 0.88, 0.9];

describe('layer-wise pre-training: judges on recorded runs', () => {
  it('reads the final phase: null before it begins', () => {
    expect(J.finalTests([Float32Array.from([1, 0.1, 0.1])])).toBeNull();
    expect(J.finalTests([Float32Array.from(row(0, START))])?.start).toEqual(START.map((v) => Math.fround(v)));
    expect(R).toBe(4);
  });
  it('head start: the lowest test error on the final phase’s first row', () => {
    expect(judgeRecording(J.judgeHeadStart, p, [s(false, null)])).toBeNull();
    const o = judgeRecording(J.judgeHeadStart, p, [s(false, null), s(false, [row(0, START)])])!;
    expect(o.answer).toBe('supervised');
    expect(isCorrect('supervised', o)).toBe(true);
    expect(isCorrect('plain', o)).toBe(false);
  });
  it('winner: decided at the end, from the latest curves even when the last snapshot carries none', () => {
    const rec = [s(false, [row(0, START), row(1, [0.1, 0.08, 0.07, 0.05])]), s(true, null, false)];
    expect(judgeRecording(J.judgeWinner, p, rec.slice(0, 1))).toBeNull();
    expect(judgeRecording(J.judgeWinner, p, rec)?.answer).toBe('today');
  });
  it('pre-training or not: unsupervised, plain, or a tie', () => {
    const end = (plain: number, unsup: number) => [s(true, [row(0, START), row(3, [plain, 0.08, unsup, 0.05])])];
    expect(judgeRecording(J.judgePreVsPlain, p, end(0.12, 0.08))?.answer).toBe('unsupervised');
    expect(judgeRecording(J.judgePreVsPlain, p, end(0.08, 0.12))?.answer).toBe('plain');
    expect(judgeRecording(J.judgePreVsPlain, p, end(0.1, 0.098))?.answer).toBe('tie');
  });
  it('ReLU ratio: plain error over ReLU error, judged within a factor 1.5', () => {
    const o = judgeRecording(J.judgeReluRatio, p, [s(true, [row(0, START), row(3, [0.12, 0.08, 0.09, 0.04])])])!;
    expect(o.answer).toBeCloseTo(3, 2);
    expect(isCorrect(2.5, o, { factor: 1.5 })).toBe(true);
    expect(isCorrect(10, o, { factor: 1.5 })).toBe(false);
  });
  it('goal: plain backprop at or below unsupervised pre-training at the end', () => {
    expect(judgeRecording(J.judgePlainCatchesUp, p, [s(true, [row(0, START), row(3, [0.12, 0.08, 0.09, 0.04])])])).toBeNull();
    expect(judgeRecording(J.judgePlainCatchesUp, p, [s(false, [row(0, START), row(2, [0.07, 0.08, 0.09, 0.04])])])).toBeNull();
    expect(judgeRecording(J.judgePlainCatchesUp, p, [s(true, [row(0, START), row(3, [0.07, 0.08, 0.09, 0.04])])])?.answer).toBe('reached');
  });
  it('the course map lists every exercise', () => {
    expect(LESSONS.find((l) => l.slug === 'layer-wise-pretraining')?.exercises).toHaveLength(5);
  });
});
