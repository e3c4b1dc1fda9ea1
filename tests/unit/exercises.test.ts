import { describe, expect, it } from 'vitest';
import { isCorrect, judgeRecording, parseNumber, withinTolerance } from '../../src/kit/exercises/judge';
import { dragValue, ladder, scrubKey, specOf, stepValue } from '../../src/kit/exercises/scrub';
import type { GradientsSnapshot } from '../../src/engine/tasks/gradients';
import type { Mlp2dSnapshot } from '../../src/engine/tasks/mlp2d';
import { defaults } from '../../src/store/params';
import { LESSONS } from '../../lessons';
import * as L1 from '../../lessons/relu-vs-sigmoid/judges';
import { PARAMS as P1 } from '../../lessons/relu-vs-sigmoid/params';
import * as L2 from '../../lessons/vanishing-gradients/judges';
import { PARAMS as P2, PRESETS } from '../../lessons/vanishing-gradients/params';

const f32 = (...v: number[]) => Float32Array.from(v);
const p1 = { ...defaults(P1) };
const p2 = { ...defaults(P2) };

/** The fields every recorded snapshot has, with per-run train (and equal test) losses. */
function recorded(step: number, trainLoss: number[]) {
  const R = trainLoss.length;
  return {
    step,
    epoch: 0,
    stepsPerSec: 0,
    sizes: [],
    runs: R,
    trainLoss: f32(...trainLoss),
    testLoss: f32(...trainLoss),
    trainAcc: new Float32Array(R),
    testAcc: new Float32Array(R),
  };
}
/** A recorded mlp2d snapshot: per-run train losses (and optional extras). */
function m(step: number, trainLoss: number[], extra: Partial<Mlp2dSnapshot> = {}): Mlp2dSnapshot {
  return { ...recorded(step, trainLoss), gridSize: 0, ...extra };
}
function g(step: number, trainLoss: number[], extra: Partial<GradientsSnapshot> = {}): GradientsSnapshot {
  return { ...recorded(step, trainLoss), ...extra } as GradientsSnapshot;
}

/** scrubKey on `spec` from the value `from`: each key and the value it gives (null = not a scrub key). */
function expectKeys(spec: ReturnType<typeof specOf>, from: number, cases: Record<string, number | null>) {
  for (const [key, to] of Object.entries(cases)) expect(scrubKey(key, from, spec), `${key} from ${from}`).toBe(to);
}

describe('the framework', () => {
  it('tolerances: absolute, relative, within a factor', () => {
    expect(withinTolerance(0.21, 0.2, { abs: 0.02 })).toBe(true);
    expect(withinTolerance(0.25, 0.2, { abs: 0.02 })).toBe(false);
    expect(withinTolerance(110, 100, { rel: 0.1 })).toBe(true);
    expect(withinTolerance(3e-9, 1e-9, { factor: 5 })).toBe(true);
    expect(withinTolerance(1e-7, 1e-9, { factor: 5 })).toBe(false);
    expect(withinTolerance(NaN, 1, { abs: 10 })).toBe(false);
    expect(isCorrect('relu', { answer: 'relu', measured: '' })).toBe(true);
    expect(isCorrect('tanh', { answer: 'relu', measured: '' })).toBe(false);
  });
  it('reads typed numbers', () => {
    expect(parseNumber('0,25')).toBe(0.25);
    expect(parseNumber('0,250')).toBe(0.25);
    // Thousands separators as the page prints them.
    expect(parseNumber('5,258')).toBe(5258);
    expect(parseNumber('1,234,567.5')).toBe(1234567.5);
    expect(parseNumber('12 000')).toBe(12000);
    expect(parseNumber('3,14')).toBe(3.14);
    expect(parseNumber(' −0.5 ')).toBe(-0.5);
    expect(parseNumber('1e-3')).toBe(0.001);
    expect(parseNumber('10^-3')).toBeCloseTo(0.001);
    expect(parseNumber('2×10^3')).toBe(2000);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('abc')).toBeNaN();
  });
  it('every lesson lists the exercise ids it renders', () => {
    expect(LESSONS.find((l) => l.slug === 'relu-vs-sigmoid')!.exercises).toEqual([
      'first-to-01',
      'mean-slope',
      'deep-sigmoid',
      'big-lr',
    ]);
    expect(LESSONS.find((l) => l.slug === 'vanishing-gradients')!.exercises).toEqual([
      'how-small',
      'stuck-loss',
      'exploding',
      'ratio-goal',
    ]);
  });
});

describe('lesson 1 judges on recorded runs', () => {
  it('race: the last network below 0.1, if it was still above 0.2 when the others were below; one above after 5,000 steps means none', () => {
    // ReLU crosses at 200, tanh at 300 (sigmoid then at 0.69), sigmoid at 2,000.
    const loss = (t: number) => [t >= 2000 ? 0.05 : 0.69, t >= 300 ? 0.05 : 0.5, t >= 200 ? 0.05 : 0.5];
    const run = Array.from({ length: 21 }, (_, k) => m(100 * k, loss(100 * k)));
    expect(judgeRecording(L1.judgeRace, p1, run.slice(0, 20))).toBeNull();
    const o = judgeRecording(L1.judgeRace, p1, run)!;
    expect(o.tie).toBeUndefined();
    expect(o.answer).toBe('sigmoid');
    expect(o.measured).toBe(
      'Sigmoid got below 0.1 last: Sigmoid at step 2,000; tanh at step 300; ReLU at step 200 (the first measurement below 0.1 of each). When the others were all below 0.1 (step 300), its loss was still 0.69.',
    );
    expect(isCorrect('sigmoid', o)).toBe(true);
    expect(isCorrect('relu', o)).toBe(false);
    // Sparse measurements: tanh and ReLU first seen below 0.1 on the same one, sigmoid still far above: sigmoid is last.
    expect(
      judgeRecording(L1.judgeRace, p1, [
        m(0, [0.7, 0.7, 0.7]),
        m(1433, [0.67, 0.05, 0.01]),
        m(2384, [0.09, 0.01, 0.01]),
      ])!.answer,
    ).toBe('sigmoid');
    // The laggard already close to 0.1 when the others got there: no winner.
    expect(
      judgeRecording(L1.judgeRace, p1, [m(0, [0.7, 0.7, 0.7]), m(100, [0.15, 0.05, 0.05]), m(200, [0.05, 0.05, 0.05])])!
        .tie,
    ).toMatch(/within a factor of 2/);
    // The last two crossing between the same two measurements: no winner.
    const same = judgeRecording(L1.judgeRace, p1, [
      m(0, [0.7, 0.7, 0.7]),
      m(100, [0.6, 0.05, 0.6]),
      m(250, [0.05, 0.05, 0.05]),
    ])!;
    expect(same.tie).toMatch(/Sigmoid and ReLU got below 0.1 between the same two measurements \(steps 100 and 250\)/);
    expect(isCorrect('sigmoid', same)).toBe(false);
    // Crossing in the last tenth of the limit: no winner either.
    expect(
      judgeRecording(L1.judgeRace, p1, [m(0, [0.7, 0.7, 0.7]), m(200, [0.6, 0.05, 0.05]), m(4900, [0.05, 0.05, 0.05])])!
        .tie,
    ).toMatch(/5,000-step limit/);
    expect(judgeRecording(L1.judgeRace, p1, [m(0, [0.7, 0.7, 0.7]), m(4000, [0.6, 0.05, 0.04])])).toBeNull();
    expect(judgeRecording(L1.judgeRace, p1, [m(0, [0.7, 0.7, 0.7]), m(5000, [0.6, 0.05, 0.04])])!.answer).toBe('none');
    // A snapshot of another configuration (two runs) is ignored.
    expect(judgeRecording(L1.judgeRace, p1, [m(10, [0.01, 0.01])])).toBeNull();
  });
  it('mean slope: measured from the pre-activations of the sigmoid run', () => {
    const p = { ...p1, acts: ['sigmoid', 'relu'] as typeof p1.acts, depth: 1 };
    // One layer, 2 runs × 2 points × 1 unit: sigmoid pre-activations 0 and 0 (σ′ = ¼), ReLU 1 and −1.
    const snap = m(0, [0.7, 0.7], { runs: 2, preacts: [f32(0, 0, 1, -1)] });
    const o = judgeRecording(L1.judgeMeanSlope, p, [m(0, [0.7, 0.7], { runs: 2 }), snap])!;
    expect(o.answer).toBeCloseTo(0.25);
    expect(isCorrect(0.24, o, { abs: 0.02 })).toBe(true);
    expect(isCorrect(0.5, o, { abs: 0.02 })).toBe(false);
    const sat = judgeRecording(L1.judgeMeanSlope, p, [m(0, [0.7, 0.7], { runs: 2, preacts: [f32(5, -5, 1, 1)] })])!;
    expect(sat.answer).toBeCloseTo(0.0066, 3);
    expect(isCorrect(0.25, sat, { abs: 0.02 })).toBe(false);
  });
  it('big learning rate: the answers exclude each other — diverged; learned; not learned with many dead units or with few', () => {
    const p = { ...p1, acts: ['relu'] as typeof p1.acts, depth: 2 };
    const act = (dead: number) => f32(0.5, dead, 0, 0.5, dead, 0);
    expect(judgeRecording(L1.judgeBigLr, p, [m(10, [0.7])], ['loss is NaN'])!.answer).toBe('diverged');
    expect(judgeRecording(L1.judgeBigLr, p, [m(500, [0.7], { activity: act(0.6) })])).toBeNull();
    const dead = judgeRecording(L1.judgeBigLr, p, [m(1221, [0.7], { activity: act(0.6) })])!;
    expect(dead.answer).toBe('stuck-dead');
    expect(dead.measured).toMatch(/^at step 1,221 \(the first measurement from step 1,000 on\)/);
    // Learned, dead units or not: one answer.
    expect(judgeRecording(L1.judgeBigLr, p, [m(1000, [0.05], { activity: act(0.6) })])!.answer).toBe('learned');
    expect(judgeRecording(L1.judgeBigLr, p, [m(1000, [0.05], { activity: act(0.1) })])!.answer).toBe('learned');
    expect(judgeRecording(L1.judgeBigLr, p, [m(1000, [0.6], { activity: act(0.1) })])!.answer).toBe('stuck-alive');
    // Too close to call: a loss near 0.1, or a dead share less than one unit (of 16) from a third.
    expect(judgeRecording(L1.judgeBigLr, p, [m(1000, [0.11], { activity: act(0.1) })])!.tie).toMatch(
      /within a factor of 1.25 of 0.1/,
    );
    expect(judgeRecording(L1.judgeBigLr, p, [m(1000, [0.6], { activity: act(0.375) })])!.tie).toMatch(
      /too close to call/,
    );
  });
  it('deep sigmoid goal: needs sigmoid, depth 4, XOR; reached at 95 % test accuracy', () => {
    expect(L1.deepSigmoidMissing(p1)).toMatch(/Hidden layers/);
    const p = { ...p1, depth: 4 };
    expect(L1.deepSigmoidMissing(p)).toBeNull();
    expect(L1.deepSigmoidMissing({ ...p, acts: ['relu'] })).toMatch(/Sigmoid/);
    const acc = (a: number) => ({ testAcc: f32(a, 1, 1) });
    expect(
      judgeRecording(L1.judgeDeepSigmoid, p, [m(100, [0.7, 0, 0], acc(0.5)), m(200, [0.7, 0, 0], acc(0.9))]),
    ).toBeNull();
    expect(
      judgeRecording(L1.judgeDeepSigmoid, p, [m(100, [0.7, 0, 0], acc(0.5)), m(900, [0.1, 0, 0], acc(0.96))])!.measured,
    ).toContain('96%');
  });
});

describe('lesson 2 judges on recorded runs', () => {
  const vanish = { ...p2, ...PRESETS.find((x) => x.id === 'vanish')!.patch };
  const norms = (first: number, last: number) => {
    const a = new Float32Array(9).fill(0.01);
    a[0] = first;
    a[8] = last;
    return a;
  };
  it('how small: the nearest order of magnitude of the measured ratio, four decades apart; near a midpoint, no winner', () => {
    expect(judgeRecording(L2.judgeHowSmall, vanish, [g(0, [0.69])])).toBeNull();
    const o = judgeRecording(L2.judgeHowSmall, vanish, [g(0, [0.69]), g(5, [0.69], { gradNorms: norms(1e-10, 0.1) })])!;
    expect(o.answer).toBe('9');
    expect(o.measured).toContain('about 10⁹');
    expect(o.measured).not.toContain('^');
    expect(o.measured).toMatch(/a factor of 13 per layer, 8 times over/);
    expect(isCorrect('9', o)).toBe(true);
    expect(isCorrect('5', o)).toBe(false);
    expect(judgeRecording(L2.judgeHowSmall, vanish, [g(0, [0.69], { gradNorms: norms(1e-7, 0.1) })])!.answer).toBe('5'); // 6 orders: nearer 5 than 9
    const tie = judgeRecording(L2.judgeHowSmall, vanish, [g(0, [0.69], { gradNorms: norms(1e-8, 0.1) })])!; // 7 orders: halfway between 5 and 9
    expect(tie.tie).toMatch(/halfway between 10⁵ and 10⁹|halfway between 10⁹ and 10⁵/);
    expect(isCorrect('5', tie)).toBe(false);
  });
  it('stuck loss: network A’s loss after 500 steps', () => {
    const run = [g(100, [0.7]), g(400, [0.6934]), g(520, [0.6931])];
    const o = judgeRecording(L2.judgeStuckLoss, vanish, run)!;
    expect(o.answer).toBeCloseTo(0.693);
    expect(o.measured).toBe('network A’s training loss was 0.7 at the start and is 0.693 after 520 steps.');
    expect(isCorrect(0.69, o, { abs: 0.02 })).toBe(true);
    expect(isCorrect(0.5, o, { abs: 0.02 })).toBe(false);
    expect(judgeRecording(L2.judgeStuckLoss, vanish, [g(100, [0.7])], ['NaN'])!.answer).toBeNaN();
  });
  it('exploding: NaN when it diverges; learns or stalls otherwise', () => {
    expect(judgeRecording(L2.judgeExploding, p2, [g(3, [5])], ['The loss became NaN'])!.answer).toBe('nan');
    // Diverged before the run's first snapshot: the message alone decides.
    expect(L2.judgeExploding(p2)(null, 'The loss became NaN')!.answer).toBe('nan');
    expect(L1.judgeBigLr({ ...p1, acts: ['relu'] })(null, 'NaN')!.answer).toBe('diverged');
    expect(L1.judgeRace(p1)(null, 'NaN')).toBeNull();
    expect(judgeRecording(L2.judgeExploding, p2, [g(100, [0.4])])).toBeNull();
    expect(judgeRecording(L2.judgeExploding, p2, [g(600, [0.3])])!.answer).toBe('learns');
    expect(judgeRecording(L2.judgeExploding, p2, [g(600, [0.69])])!.answer).toBe('stalls');
    expect(judgeRecording(L2.judgeExploding, p2, [g(600, [0.52])])!.tie).toMatch(/within 0.05 of 0.5/);
    // The first measurement's gradients are quoted, diverged or not.
    const big = new Float32Array(18).fill(2e4);
    expect(
      judgeRecording(
        L2.judgeExploding,
        p2,
        [g(0, [6e4, 0.7], { gradNorms: big, statsStep: 0 }), g(1, [1e21, 0.7])],
        [null, 'exploded'],
      )!.measured,
    ).toMatch(/first measurement \(step 0\) the gradients were ‖∂E\/∂W₁‖ = 2×10⁴/);
  });
  it('ratio goal: sigmoid at depth 8; reached when the ratio passes 1e-2', () => {
    expect(L2.ratioGoalMissing(vanish)).toBeNull();
    expect(L2.ratioGoalMissing({ ...vanish, act: 'relu', depth: 4 })).toMatch(/sigmoid.*8/);
    expect(judgeRecording(L2.judgeRatioGoal, vanish, [g(0, [0.69], { gradNorms: norms(1e-5, 0.1) })])).toBeNull();
    expect(
      judgeRecording(L2.judgeRatioGoal, vanish, [
        g(0, [0.69], { gradNorms: norms(1e-5, 0.1) }),
        g(9, [0.69], { gradNorms: norms(0.004, 0.1) }),
      ])!.answer,
    ).toBe('reached');
  });
});

describe('scrubbable numbers: keys and drag', () => {
  const depth = specOf(P1.depth); // int 1..6
  const lr = specOf(P1.lr); // log 0.001..10
  it('ints: arrows step by one, Page keys by three, Home/End to the ends, clamped', () => {
    expectKeys(depth, 2, { ArrowRight: 3, ArrowUp: 3, ArrowLeft: 1, PageUp: 5 });
    expectKeys(depth, 1, { ArrowDown: 1 });
    expectKeys(depth, 5, { PageUp: 6, PageDown: 2 });
    expectKeys(depth, 4, { Home: 1, End: 6, a: null, Enter: null });
  });
  it('log scale: a 1–2–5 ladder; values off the ladder step to the next rung', () => {
    expect(ladder(0.001, 10)).toEqual([0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10]);
    expectKeys(lr, 0.1, { ArrowRight: 0.2, ArrowLeft: 0.05, PageUp: 1, End: 10, Home: 0.001 });
    expectKeys(lr, 0.3, { ArrowRight: 0.5, ArrowLeft: 0.2 });
    expectKeys(lr, 10, { ArrowRight: 10 });
  });
  it('linear numbers step by their step', () => {
    const noise = specOf(P1.noise); // 0..0.5 step 0.01
    expect(stepValue(0.1, 1, noise)).toBe(0.11);
    expect(stepValue(0.5, 3, noise)).toBe(0.5);
  });
  it('drag: one notch per px pixels, either way, from the value at the press', () => {
    expect(dragValue(2, 0, 12, depth)).toBe(2);
    expect(dragValue(2, 11, 12, depth)).toBe(2);
    expect(dragValue(2, 25, 12, depth)).toBe(4);
    expect(dragValue(2, -13, 12, depth)).toBe(1);
    expect(dragValue(0.1, 24, 12, lr)).toBe(0.5);
  });
});
