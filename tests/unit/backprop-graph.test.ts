import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  backward,
  centralDifference,
  edgeKey,
  edges,
  forward,
  outputOf,
  revealed,
  schedule,
} from '../../src/engine/networks/graph';
import { GRAPHCHECK_INPUTS, graphCheckTask, neuronGrads } from '../../src/engine/tasks/graphcheck';
import { DECK, GATES, NEURON, SIMPLE } from '../../lessons/backprop-graph/graphs';
import { defaults } from '../../src/store/params';
import { PARAMS } from '../../lessons/backprop-graph/params';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the lesson opens on the worked examples', () => {
  it('its defaults are x = −2, y = 5, z = −4 and the neuron w = (2, −3, −3), x = (−1, −2)', () => {
    const d = defaults(PARAMS);
    expect([d.x, d.y, d.z]).toEqual([-2, 5, -4]);
    expect([d.w0, d.w1, d.w2, d.x0, d.x1]).toEqual([2, -3, -3, -1, -2]);
    const v = forward(SIMPLE.graph, { x: d.x, y: d.y, z: d.z });
    expect(v.f).toBe(-12);
  });
});

describe('f(x, y, z) = (x + y)·z, the worked example', () => {
  const v = forward(SIMPLE.graph, { x: -2, y: 5, z: -4 });
  const b = backward(SIMPLE.graph, v);
  it('forward: q = 3, f = −12', () => {
    expect(v.q).toBe(3);
    expect(v.f).toBe(-12);
  });
  it('backward: ∂f/∂x = ∂f/∂y = −4, ∂f/∂z = 3, ∂f/∂q = −4', () => {
    expect(b.grads.x).toBe(-4);
    expect(b.grads.y).toBe(-4);
    expect(b.grads.z).toBe(3);
    expect(b.grads.q).toBe(-4);
  });
  it('local derivatives: ∂f/∂q = z, ∂f/∂z = q, ∂q/∂x = ∂q/∂y = 1', () => {
    expect(b.local[edgeKey({ from: 'q', to: 'f', slot: 0 })]).toBe(-4);
    expect(b.local[edgeKey({ from: 'z', to: 'f', slot: 1 })]).toBe(3);
    expect(b.local[edgeKey({ from: 'x', to: 'q', slot: 0 })]).toBe(1);
    expect(b.local[edgeKey({ from: 'y', to: 'q', slot: 1 })]).toBe(1);
  });
  it('the schedule: 2 forward steps, the seed, 2 backward steps; everything known at the end', () => {
    const s = schedule(SIMPLE.graph);
    expect(s.map((x) => `${x.phase}:${x.node}`)).toEqual([
      'forward:q',
      'forward:f',
      'seed:f',
      'backward:f',
      'backward:q',
    ]);
    expect(revealed(SIMPLE.graph, s, 0).values.has('q')).toBe(false);
    const mid = revealed(SIMPLE.graph, s, 4);
    expect([...mid.grads].sort()).toEqual(['f', 'q', 'z']);
    const end = revealed(SIMPLE.graph, s, s.length);
    expect(end.grads.size).toBe(5);
    expect(end.carried.size).toBe(edges(SIMPLE.graph).length);
  });
});

describe('every graph against central finite differences', () => {
  const cases: { def: typeof SIMPLE; at: Record<string, number> }[] = [
    { def: SIMPLE, at: { x: -2, y: 5, z: -4 } },
    { def: SIMPLE, at: { x: 1.3, y: -0.7, z: 2.2 } },
    { def: DECK, at: { x: 1 } },
    { def: DECK, at: { x: -0.37 } },
    { def: GATES, at: { x: 3, y: -2, z: 1 } },
    { def: GATES, at: { x: -1, y: 2, z: 0.5 } },
    { def: NEURON, at: { w0: 2, x0: -1, w1: -3, x1: -2, w2: -3 } },
  ];
  for (const { def, at } of cases) {
    it(`${def.id} at ${JSON.stringify(at)}`, () => {
      const g = backward(def.graph, forward(def.graph, at)).grads;
      for (const id of def.inputs)
        expect(g[id]).toBeCloseTo(centralDifference(outputOf(def.graph, at, id), at[id]!, 1e-6), 6);
    });
  }
});

describe('J = cos(sin(x²) + 3x²)', () => {
  it('matches the closed form and sums the two paths through a = x²', () => {
    for (const x of [1, 0.5, -2.1]) {
      const v = forward(DECK.graph, { x });
      const b = backward(DECK.graph, v);
      expect(v.J).toBeCloseTo(Math.cos(Math.sin(x * x) + 3 * x * x), 12);
      const exact = -Math.sin(Math.sin(x * x) + 3 * x * x) * (Math.cos(x * x) * 2 * x + 6 * x);
      expect(b.grads.x).toBeCloseTo(exact, 10);
      // a feeds both sin and ·3: its gradient is the sum of both messages.
      const viaB = b.carried[edgeKey({ from: 'a', to: 'b', slot: 0 })]!;
      const viaC = b.carried[edgeKey({ from: 'a', to: 'c', slot: 0 })]!;
      expect(b.grads.a).toBeCloseTo(viaB + viaC, 12);
    }
  });
  it('the lesson default agrees with a central difference to ~8 digits', () => {
    const x = defaults(PARAMS).jx;
    const g = backward(DECK.graph, forward(DECK.graph, { x })).grads.x!;
    expect(Math.abs(g - centralDifference(outputOf(DECK.graph, { x }, 'x'), x, 1e-5))).toBeLessThan(1e-7);
  });
});

describe('gates: add distributes, multiply swaps, max routes; gradients add at a fork', () => {
  const at = { x: 3, y: -2, z: 1 };
  const b = backward(GATES.graph, forward(GATES.graph, at));
  it('the max gate routes all of its gradient to x (the larger), none to z', () => {
    expect(b.grads.z).toBe(0);
    expect(b.carried[edgeKey({ from: 'x', to: 'm', slot: 0 })]).toBe(1);
  });
  it('the multiply gate swaps: x gets y, y gets x', () => {
    expect(b.carried[edgeKey({ from: 'x', to: 'p', slot: 0 })]).toBe(-2);
    expect(b.grads.y).toBe(3);
  });
  it('x feeds two gates: its gradient is the sum −2 + 1 = −1', () => {
    expect(b.grads.x).toBe(-1);
  });
});

describe('one sigmoid neuron against tf.grad (cpu)', () => {
  const at = { w0: 2, x0: -1, w1: -3, x1: -2, w2: -3 };
  it('hand values: f = σ(1), ∂f/∂x = [0.391, −0.590], ∂f/∂w = [−0.197, −0.393, 0.197]', () => {
    const g = backward(NEURON.graph, forward(NEURON.graph, at)).grads;
    const s = 1 / (1 + Math.exp(-1));
    const ds = s * (1 - s);
    expect(ds).toBeCloseTo(0.19661, 5);
    expect(g.x0).toBeCloseTo(2 * ds, 12);
    expect(g.x1).toBeCloseTo(-3 * ds, 12);
    expect(g.w0).toBeCloseTo(-1 * ds, 12);
    expect(g.w1).toBeCloseTo(-2 * ds, 12);
    expect(g.w2).toBeCloseTo(ds, 12);
  });
  for (const c of [at, { w0: 0.5, x0: 1.5, w1: -0.2, x1: 3, w2: 0.1 }, { w0: -4, x0: 2, w1: 1, x1: -1, w2: 6 }]) {
    it(`tf.grads equals the graph's gradients at ${JSON.stringify(c)}`, () => {
      const before = tf.memory().numTensors;
      const tfOut = neuronGrads(c);
      expect(tf.memory().numTensors).toBe(before);
      const v = forward(NEURON.graph, c);
      const g = backward(NEURON.graph, v).grads;
      expect(tfOut.f).toBeCloseTo(v.f!, 6);
      GRAPHCHECK_INPUTS.forEach((k, i) => expect(tfOut.grads[i]).toBeCloseTo(g[k]!, 6));
    });
  }
  it('the worker task: live inputs change the check without a reset', () => {
    const t = graphCheckTask.create(at);
    expect(t.snapshot(true, true).snap.f).toBeCloseTo(1 / (1 + Math.exp(-1)), 6);
    t.set({ w2: 0 });
    t.step(1);
    const s = t.snapshot(true, true).snap;
    expect(s.inputs).toEqual([2, -1, -3, -2, 0]);
    expect(s.f).toBeCloseTo(1 / (1 + Math.exp(-4)), 6);
    t.dispose();
  });
});
