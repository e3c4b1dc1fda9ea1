import { describe, expect, it } from 'vitest';
import { isCorrect, judgeRecording } from '../../src/kit/exercises/judge';
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
  return {
    phase: 2,
    phaseEpoch: 0,
    step: 100,
    stepsPerSec: 0,
    examplesPerSec: 0,
    progress: done ? 1 : 0.8,
    etaSec: 0,
    elapsedSec: 0,
    done,
    curvesVersion: 1,
    curves,
    budget: [],
  };
}
const START = [0.9, 0.2, 0.88, 0.9];

describe('layer-wise pre-training: judges on recorded runs', () => {
  it('reads the final phase: null before it begins', () => {
    expect(J.finalTests([Float32Array.from([1, 0.1, 0.1])])).toBeNull();
    expect(J.finalTests([Float32Array.from(row(0, START))])?.start).toEqual(START.map((v) => Math.fround(v)));
    expect(R).toBe(4);
  });
  it('stack race: the lower of the two stacks’ test errors half an epoch into the last phase, a tie within the margin', () => {
    expect(judgeRecording(J.judgeStackRace, p, [s(false, [row(0, START)])])).toBeNull();
    const half = (sup: number, uns: number) => [s(false, [row(0, START), row(0.508, [0.9, sup, uns, 0.1])])];
    const o = judgeRecording(J.judgeStackRace, p, half(0.458, 0.324))!;
    expect(o.answer).toBe('unsupervised');
    expect(o.tie).toBeUndefined();
    expect(o.measured).toMatch(
      /0\.5 epochs into the last phase, the supervised stack is at 45\.8% test error and the unsupervised stack at 32\.4%/,
    );
    expect(isCorrect('unsupervised', o)).toBe(true);
    expect(isCorrect('supervised', o)).toBe(false);
    expect(judgeRecording(J.judgeStackRace, p, half(0.2, 0.4))?.answer).toBe('supervised');
    const tie = judgeRecording(J.judgeStackRace, p, half(0.33, 0.32))!;
    expect(tie.tie).toMatch(/1\.0 points is within the 3 points/);
    expect(isCorrect('unsupervised', tie)).toBe(false);
  });
  it('winner: decided at the end, from the latest curves even when the last snapshot carries none; a tie within the margin', () => {
    const rec = [s(false, [row(0, START), row(1, [0.1, 0.08, 0.07, 0.03])]), s(true, null, false)];
    expect(judgeRecording(J.judgeWinner, p, rec.slice(0, 1))).toBeNull();
    expect(judgeRecording(J.judgeWinner, p, rec)?.answer).toBe('today');
    expect(judgeRecording(J.judgeWinner, p, rec)?.tie).toBeUndefined();
    const close = judgeRecording(J.judgeWinner, p, [s(true, [row(0, START), row(3, [0.9, 0.2, 0.17, 0.16])])])!;
    expect(close.tie).toMatch(/1\.0 points apart/);
  });
  it('pre-training or not: unsupervised or plain by more than the margin, else a tie', () => {
    const end = (plain: number, unsup: number) => [s(true, [row(0, START), row(3, [plain, 0.08, unsup, 0.05])])];
    expect(judgeRecording(J.judgePreVsPlain, p, end(0.12, 0.08))?.answer).toBe('unsupervised');
    expect(judgeRecording(J.judgePreVsPlain, p, end(0.08, 0.12))?.answer).toBe('plain');
    expect(judgeRecording(J.judgePreVsPlain, p, end(0.1, 0.098))?.tie).toMatch(/within 3 points/);
  });
  it('where plain backprop never left its plateau, the judges say so with the run’s numbers', () => {
    // The extra epochs (plain and ReLU: epoch, train × 2, test × 2), then the final phase.
    const extra = Float32Array.from([0, 0.9, 0.9, 0.902, 0.89, 4, 0.89, 0.2, 0.894, 0.2, 8, 0.9, 0.1, 0.904, 0.12]);
    const fin = Float32Array.from([...row(0, [0.894, 0.8, 0.86, 0.2]), ...row(3, [0.903, 0.22, 0.17, 0.085])]);
    const ae = Float32Array.from([1, 0.05, 0.06]);
    const snap: PretrainSnapshot = { ...s(true, null), curves: [ae, ae, extra, fin] };
    const o = judgeRecording(J.judgePreVsPlain, p, [snap])!;
    expect(o.answer).toBe('unsupervised');
    expect(o.measured).toMatch(
      /Plain backprop never left its plateau: its test error stayed between 89\.4% and 90\.4% all through its training with labels, where guessing gets 90% wrong/,
    );
    expect(judgeRecording(J.judgeReluRatio, p, [snap])?.measured).toMatch(/never left its plateau/);
    // A plain network that learned gets no such sentence.
    const learned = Float32Array.from([...row(0, [0.5, 0.8, 0.86, 0.2]), ...row(3, [0.3, 0.22, 0.17, 0.085])]);
    expect(judgeRecording(J.judgePreVsPlain, p, [{ ...snap, curves: [ae, ae, extra, learned] }])?.measured).not.toMatch(
      /plateau/,
    );
  });
  it('ReLU ratio: plain error over ReLU error, judged within a factor 1.5', () => {
    const o = judgeRecording(J.judgeReluRatio, p, [s(true, [row(0, START), row(3, [0.12, 0.08, 0.09, 0.04])])])!;
    expect(o.answer).toBeCloseTo(3, 2);
    expect(isCorrect(2.5, o, { factor: 1.5 })).toBe(true);
    expect(isCorrect(10, o, { factor: 1.5 })).toBe(false);
  });
  it('goal: a real rescue — plain backprop learned and is level with a working pre-trained network', () => {
    const end = (plain: number, unsup: number, done = true) => [
      s(done, [row(0, START), row(3, [plain, 0.08, unsup, 0.04])]),
    ];
    expect(judgeRecording(J.judgePlainCatchesUp, p, end(0.14, 0.09))).toBeNull();
    expect(judgeRecording(J.judgePlainCatchesUp, p, end(0.07, 0.09, false))).toBeNull();
    expect(judgeRecording(J.judgePlainCatchesUp, p, end(0.07, 0.09))?.answer).toBe('reached');
    expect(judgeRecording(J.judgePlainCatchesUp, p, end(0.1, 0.09))?.answer).toBe('reached');
    // Sabotage is no rescue: both at chance (e.g. the autoencoders' rate at 0.05).
    expect(judgeRecording(J.judgePlainCatchesUp, p, end(0.9, 0.9))).toBeNull();
    expect(judgeRecording(J.judgePlainCatchesUp, p, end(0.6, 0.62))).toBeNull();
  });
  it('the course map lists every exercise', () => {
    expect(LESSONS.find((l) => l.slug === 'layer-wise-pretraining')?.exercises).toEqual([
      'stack-race',
      'pre-vs-plain',
      'relu-ratio',
      'winner',
      'rescue-plain',
    ]);
  });
});
