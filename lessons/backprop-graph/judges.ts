/**
 * The judges of this lesson's exercises (pure; unit-tested in
 * tests/unit/exercises-backprop-graph.test.ts). This lesson steps rather than trains: a
 * "run" replays a graph's forward and backward pass, and the judges read the gradients
 * that pass computed (src/engine/networks/graph.ts), once it is done, for the inputs it was given.
 */
import { type JudgeFactory, type Outcome, type ParamValues } from '../../src/kit';
import { fmt } from '../../src/math/format';
import type { GraphSnap } from './graphRun';
import type { PARAMS } from './params';

export type Values = ParamValues<typeof PARAMS>;
type F = JudgeFactory<GraphSnap, Values>;

/** Which URL parameter holds each input of the two graphs with exercises. */
export const SIMPLE_KEYS = { x: 'x', y: 'y', z: 'z' } as const;
export const GATES_KEYS = { x: 'gx', y: 'gy', z: 'gz' } as const;
type Keys = typeof SIMPLE_KEYS | typeof GATES_KEYS;

/** The finished pass for exactly the inputs the experiment set (earlier passes, or stale inputs, are skipped). */
function finished(snap: GraphSnap | null, p: Values, keys: Keys): snap is GraphSnap {
  if (!snap?.done) return false;
  return Object.entries(keys).every(([id, key]) => snap.inputs[id] === p[key]);
}
const at = (snap: GraphSnap) => `x = ${fmt(snap.inputs.x)}, y = ${fmt(snap.inputs.y)}, z = ${fmt(snap.inputs.z)}`;

/** A number exercise: the gradient of the output with respect to `input`, from the graph's backward pass. */
function gradient(keys: Keys, input: string, what: (snap: GraphSnap) => string): F {
  return (p) =>
    (snap): Outcome | null => {
      if (!finished(snap, p, keys)) return null;
      const g = snap.grads[input]!;
      return {
        answer: g,
        measured: `at ${at(snap)} the backward pass gives ∂f/∂${input} = ${fmt(g, 4)}${what(snap)}.`,
      };
    };
}

/** Exercise "∂f/∂x" on f = (x + y)·z. */
export const judgeDfdx: F = gradient(
  SIMPLE_KEYS,
  'x',
  (s) => ` (q = ${fmt(s.values.q, 4)}, f = ${fmt(s.values.f, 4)})`,
);

/** Exercise "x forks" on f = x·y + max(x, z): x's gradient is the sum of what its two branches send back. */
export const judgeFork: F = gradient(
  GATES_KEYS,
  'x',
  (s) => `: y = ${fmt(s.inputs.y, 4)} through the multiply gate plus ${s.grads.z === 0 ? 1 : 0} through the max gate`,
);

/** Exercise "max routes": which of x and z the max gate sends its gradient to. */
export const judgeMaxRoute: F = (p) => (snap) => {
  if (!finished(snap, p, GATES_KEYS)) return null;
  const toZ = snap.grads.z!;
  const answer = toZ === 0 ? 'x' : toZ === 1 ? 'z' : 'split';
  return {
    answer,
    measured: `at ${at(snap)}, max(x, z) = ${fmt(snap.values.m, 4)}; the max gate passed ${answer === 'x' ? 'its whole gradient, 1, to x and 0 to z' : answer === 'z' ? '0 to x and its whole gradient, 1, to z' : `${fmt(toZ, 4)} to z`} (∂f/∂z = ${fmt(toZ, 4)}).`,
  };
};

/** Goal "∂f/∂z = 0" on f = (x + y)·z: any finished pass with ∂f/∂z = 0 (which needs q = x + y = 0). */
export const judgeZeroDfdz: F = () => (snap) => {
  if (!snap?.done || snap.inputs.z === undefined || snap.grads.z === undefined) return null;
  if (Math.abs(snap.grads.z) > 1e-9) return null;
  return {
    answer: 'reached',
    measured: `at ${at(snap)} the backward pass gives ∂f/∂z = ${fmt(snap.grads.z, 4)}: q = x + y = ${fmt(snap.values.q, 4)}.`,
  };
};
