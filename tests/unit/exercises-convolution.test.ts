import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cnnShapes } from '../../src/engine/networks/cnn-model';
import { isCorrect, judgeRecording } from '../../src/kit/exercises/judge';
import type { CnnSnapshot } from '../../src/engine/tasks/cnn';
import { defaults } from '../../src/store/params';
import { LESSONS } from '../../lessons';
import * as J from '../../lessons/convolution/judges';
import { PARAMS } from '../../lessons/convolution/params';

const p = { ...defaults(PARAMS) };
const f32 = (...v: number[]) => Float32Array.from(v);

/** A recorded CNN snapshot: step, [CNN, dense] test accuracies, digits scored, optional weights. */
function c(step: number, testAcc: [number, number], testScored: number, extra: Partial<CnnSnapshot> = {}): CnnSnapshot {
  return {
    step,
    epoch: step / 250,
    examples: step * 32,
    stepsPerSec: 0,
    examplesPerSec: 0,
    trainLoss: f32(1, 1),
    trainAcc: f32(0, 0),
    testLoss: f32(1, 1),
    testAcc: f32(...testAcc),
    testScored,
    testPasses: 0,
    ...extra,
  };
}
/** Weight arrays of the right sizes for an architecture (as a full snapshot carries them). */
function weights(kernel: number, f1 = 8, f2 = 16): Float32Array[] {
  return cnnShapes({ filters1: f1, filters2: f2, kernel }).params.map(
    (sh) => new Float32Array(sh.reduce((a, b) => a * b, 1)),
  );
}

describe('convolution: judges on recorded runs', () => {
  it('flat size: read from the output layer, waits for a full snapshot', () => {
    expect(judgeRecording(J.judgeFlat, p, [c(1, [0, 0], 0)])).toBeNull();
    const o = judgeRecording(J.judgeFlat, p, [c(1, [0, 0], 0), c(2, [0, 0], 0, { cnnWeights: weights(5) })])!;
    expect(o.answer).toBe(256);
    expect(isCorrect(256, o, { abs: 0 })).toBe(true);
    expect(isCorrect(400, o, { abs: 0 })).toBe(false);
    expect(judgeRecording(J.judgeFlat, p, [c(2, [0, 0], 0, { cnnWeights: weights(3) })])?.answer).toBe(400);
  });
  it('parameter count: the sum of the run’s weight arrays', () => {
    const o = judgeRecording(J.judgeParams, p, [c(2, [0, 0], 0, { cnnWeights: weights(3) })])!;
    expect(o.answer).toBe(80 + 1168 + 4010);
    expect(isCorrect(5258, o, { rel: 0.02 })).toBe(true);
    expect(isCorrect(10000, o, { rel: 0.02 })).toBe(false);
  });
  it('CNN or dense: decided after the steps, once enough digits are scored', () => {
    expect(judgeRecording(J.judgeRace, p, [c(100, [0.9, 0.8], 2000), c(J.RACE_STEPS, [0.9, 0.8], 100)])).toBeNull();
    expect(judgeRecording(J.judgeRace, p, [c(J.RACE_STEPS, [0.93, 0.88], 600)])?.answer).toBe('cnn');
    expect(judgeRecording(J.judgeRace, p, [c(J.RACE_STEPS, [0.8, 0.88], 600)])?.answer).toBe('dense');
  });
  it('CNN or dense: a lead within the noise margin is a tie, with the run’s numbers', () => {
    const o = judgeRecording(J.judgeRace, p, [c(J.RACE_STEPS, [0.9, 0.885], 600)])!;
    expect(o.tie).toMatch(/90\.0%.*88\.5%.*within 3 points/);
    expect(isCorrect('cnn', o)).toBe(false);
    expect(isCorrect('dense', o)).toBe(false);
    expect(judgeRecording(J.judgeRace, p, [c(J.RACE_STEPS, [0.933, 0.84], 2000)])?.tie).toBeUndefined();
  });
  it('big learning rate: fine, worse, or broken (and a divergence is broken)', () => {
    expect(judgeRecording(J.judgeBigLr, p, [c(J.LR_STEPS, [0.95, 0.9], 600)])?.answer).toBe('fine');
    expect(judgeRecording(J.judgeBigLr, p, [c(J.LR_STEPS, [0.6, 0.9], 600)])?.answer).toBe('worse');
    expect(judgeRecording(J.judgeBigLr, p, [c(J.LR_STEPS, [0.11, 0.9], 600)])?.answer).toBe('broken');
    expect(judgeRecording(J.judgeBigLr, p, [c(3, [0.11, 0.9], 0)], ['the loss is NaN'])?.answer).toBe('broken');
  });
  it('big learning rate: an accuracy within the margin of a band’s edge is a tie', () => {
    expect(judgeRecording(J.judgeBigLr, p, [c(J.LR_STEPS, [0.895, 0.9], 2000)])?.tie).toMatch(/89\.5%.*90% line/);
    expect(judgeRecording(J.judgeBigLr, p, [c(J.LR_STEPS, [0.31, 0.9], 2000)])?.tie).toMatch(/30% line/);
    expect(judgeRecording(J.judgeBigLr, p, [c(J.LR_STEPS, [0.93, 0.9], 2000)])?.tie).toBeUndefined();
  });
  it('goal: a small CNN above 90 %', () => {
    const small = { ...p, filters1: 2, filters2: 4 };
    expect(J.smallCnnMissing(p)).toMatch(/parameters now/);
    expect(J.smallCnnMissing(small)).toBeNull();
    expect(judgeRecording(J.judgeSmallCnn, small, [c(100, [0.85, 0.8], 2000)])).toBeNull();
    expect(judgeRecording(J.judgeSmallCnn, small, [c(300, [0.91, 0.8], 500)])).toBeNull();
    expect(judgeRecording(J.judgeSmallCnn, small, [c(400, [0.91, 0.8], 2000)])).toBeNull();
    expect(judgeRecording(J.judgeSmallCnn, small, [c(400, [0.91, 0.8], 2000, { testPasses: 1 })])?.answer).toBe(
      'reached',
    );
  });
  it('exercise 1 asks before the prose tells: it sits above the paragraph that states the 256 numbers', () => {
    const prose = readFileSync('lessons/convolution/Prose.tsx', 'utf8');
    expect(prose.indexOf('<FlatExercise />')).toBeGreaterThan(0);
    expect(prose.indexOf('<FlatExercise />')).toBeLessThan(prose.indexOf('the 256 numbers'));
  });
  it('exercise 4 says what Adam does: a step of about η whatever the gradient’s size (it divides by the gradient’s running RMS)', () => {
    const src = readFileSync('lessons/convolution/Exercises.tsx', 'utf8');
    const explain = src.slice(src.indexOf("id: 'cnn-big-lr'"), src.indexOf('export const SmallCnnGoal'));
    expect(explain).toMatch(
      /root-mean-square of that weight’s gradient, so a step is about η in size whatever the gradient’s size/,
    );
    expect(explain).not.toMatch(/keeps even a large rate in check/);
  });
  it('the goal does not start where it is already met: its start has more than the allowed parameters', () => {
    const start = { ...p };
    expect(J.smallCnnMissing(start)).toMatch(/parameters now/);
  });
  it('the course map lists every exercise', () => {
    expect(LESSONS.find((l) => l.slug === 'convolution')?.exercises).toHaveLength(5);
  });
});
