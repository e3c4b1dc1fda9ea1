import { describe, expect, it } from 'vitest';
import { backward, forward, type Values } from '../../src/engine/networks/graph';
import { isCorrect, judgeRecording } from '../../src/kit/exercises/judge';
import { defaults } from '../../src/store/params';
import { LESSONS } from '../../lessons';
import type { GraphSnap } from '../../lessons/backprop-graph/graphRun';
import { GATES, SIMPLE, type GraphDef } from '../../lessons/backprop-graph/graphs';
import * as J from '../../lessons/backprop-graph/judges';
import { PARAMS } from '../../lessons/backprop-graph/params';

const base = defaults(PARAMS);

/** A pass of a graph the way the stepper publishes it: first unfinished, then done. */
function pass(def: GraphDef, inputs: Values): GraphSnap[] {
  const values = forward(def.graph, inputs);
  const grads = backward(def.graph, values).grads;
  const all = Object.keys(grads);
  return [
    { step: 0, steps: 2 * all.length, values, grads, shownValues: [], shownGrads: [], done: false, inputs },
    {
      step: 2 * all.length,
      steps: 2 * all.length,
      values,
      grads,
      shownValues: all,
      shownGrads: all,
      done: true,
      inputs,
    },
  ];
}

describe('backprop-graph exercises', () => {
  it('are listed for the course map', () => {
    expect(LESSONS.find((l) => l.slug === 'backprop-graph')!.exercises).toEqual([
      'dfdx',
      'zero-dfdz',
      'fork',
      'max-route',
    ]);
  });

  it('∂f/∂x: read from the finished backward pass, for the inputs the experiment set', () => {
    const p = { ...base, x: -2, y: 5, z: -4 };
    const o = judgeRecording(J.judgeDfdx, p, pass(SIMPLE, { x: -2, y: 5, z: -4 }))!;
    expect(o.answer).toBe(-4);
    expect(isCorrect('-4', o, { abs: 0.01 })).toBe(true);
    expect(isCorrect('3', o, { abs: 0.01 })).toBe(false);
    // A pass for other inputs (before the new ones arrived) is not judged; nor an unfinished one.
    expect(judgeRecording(J.judgeDfdx, p, pass(SIMPLE, { x: 1, y: 5, z: -4 }))).toBeNull();
    expect(judgeRecording(J.judgeDfdx, p, pass(SIMPLE, { x: -2, y: 5, z: -4 }).slice(0, 1))).toBeNull();
    // The pass decides: at z = 7 the answer is 7.
    expect(judgeRecording(J.judgeDfdx, { ...p, z: 7 }, pass(SIMPLE, { x: -2, y: 5, z: 7 }))!.answer).toBe(7);
  });

  it('fork: x’s gradient is the sum of its two branches', () => {
    const p = { ...base, gx: 3, gy: -2, gz: 1 };
    const o = judgeRecording(J.judgeFork, p, pass(GATES, { x: 3, y: -2, z: 1 }))!;
    expect(o.answer).toBe(-1); // y + 1
    expect(isCorrect('-2', o, { abs: 0.01 })).toBe(false);
    expect(judgeRecording(J.judgeFork, { ...p, gz: 5 }, pass(GATES, { x: 3, y: -2, z: 5 }))!.answer).toBe(-2); // max routes to z now
  });

  it('max route: to the larger input', () => {
    const p = { ...base, gx: 3, gy: -2, gz: 1 };
    expect(judgeRecording(J.judgeMaxRoute, p, pass(GATES, { x: 3, y: -2, z: 1 }))!.answer).toBe('x');
    const o = judgeRecording(J.judgeMaxRoute, { ...p, gz: 5 }, pass(GATES, { x: 3, y: -2, z: 5 }))!;
    expect(o.answer).toBe('z');
    expect(isCorrect('x', o)).toBe(false);
  });

  it('goal ∂f/∂z = 0: reached on a finished pass with q = 0, not before', () => {
    expect(judgeRecording(J.judgeZeroDfdz, base, pass(SIMPLE, { x: -2, y: 5, z: -4 }))).toBeNull();
    expect(judgeRecording(J.judgeZeroDfdz, base, pass(SIMPLE, { x: -5, y: 5, z: -4 }).slice(0, 1))).toBeNull();
    const o = judgeRecording(J.judgeZeroDfdz, base, pass(SIMPLE, { x: -5, y: 5, z: -4 }))!;
    expect(o.measured).toContain('q = x + y = 0');
  });
});
