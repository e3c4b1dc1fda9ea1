import {
  backward,
  centralDifference,
  forward,
  NEURON_INPUTS,
  outputOf,
  type GraphCheckSnapshot,
} from '../../src/engine';
import { runClaim, type Beat } from '../../src/store/beats';
import type { GraphSnap } from './graphRun';
import { DECK, FD_H, NEURON } from './graphs';

/** Many digits, with a real minus sign (as the page's checks print them). */
const long = (v: number | undefined, digits = 10) =>
  v === undefined || !Number.isFinite(v) ? '—' : v.toPrecision(digits).replace('-', '−');
/** A short number as the stepper prints it. */
const n = (v: number | undefined) => (v === undefined ? '—' : String(Number(v.toPrecision(6))).replace('-', '−'));
/** The pass is over (every gradient on screen). */
const done = (s: GraphSnap) => s.done;

/** A lecture through this lesson in five beats (presenter mode: → / ← step, N shows the note). */
export const BEATS: Beat[] = [
  {
    section: 'lab',
    note: 'f = (x + y)·z at x = −2, y = 5, z = −4, no gradient shown: ask for ∂f/∂x, then step (S): f = −12, ∂f/∂x = −4.',
    shows: runClaim<GraphSnap>('lab', {
      text: 'at x = −2, y = 5, z = −4 no gradient is on screen yet, and the pass computes f = −12 and ∂f/∂x = −4',
      check: (s) => ({
        ok:
          s.inputs.x === -2 &&
          s.inputs.y === 5 &&
          s.inputs.z === -4 &&
          s.shownGrads.length === 0 &&
          s.values.f === -12 &&
          s.grads.x === -4,
        measured: `step ${s.step} of ${s.steps}, ${s.shownGrads.length} gradients shown; the pass gives f = ${n(s.values.f)}, ∂f/∂x = ${n(s.grads.x)}`,
      }),
    }),
  },
  {
    section: 'lab',
    params: { z: '0' },
    play: true,
    note: 'z = 0: x and y get gradient 0 (∂f/∂q = z = 0), but ∂f/∂z = q = 3 stays — z still moves f.',
    shows: runClaim<GraphSnap>('lab', {
      text: 'at z = 0 the finished pass gives ∂f/∂x = ∂f/∂y = 0, while ∂f/∂z = q = x + y = 3 stays',
      after: 5,
      until: done,
      check: (s) => ({
        ok:
          s.done &&
          s.inputs.z === 0 &&
          s.values.f === 0 &&
          s.grads.x === 0 &&
          s.grads.y === 0 &&
          s.grads.z === s.values.q &&
          s.values.q === 3,
        measured: `z = ${n(s.inputs.z)}: f = ${n(s.values.f)}, ∂f/∂x = ${n(s.grads.x)}, ∂f/∂y = ${n(s.grads.y)}, ∂f/∂z = ${n(s.grads.z)} (q = ${n(s.values.q)})`,
      }),
    }),
  },
  {
    section: 'deck',
    play: true,
    note: 'J = cos(sin x² + 3x²), one node at a time: at the end, backprop and the central difference agree to within 10⁻⁸.',
    shows: runClaim<GraphSnap>('deck', {
      text: 'the finished backward pass’s ∂J/∂x and the central difference (h = 10⁻⁵) agree to within 10⁻⁸',
      after: 11,
      until: done,
      check: (s) => {
        const x = s.inputs.x!;
        const fd = centralDifference(outputOf(DECK.graph, { x }, 'x'), x, FD_H);
        const d = Math.abs(s.grads.x! - fd);
        return {
          ok: s.done && d < 1e-8,
          measured: `at x = ${n(x)}: backprop ${long(s.grads.x)}, finite difference ${long(fd)}, |difference| ${d.toExponential(1)}`,
        };
      },
    }),
  },
  {
    section: 'gates',
    play: true,
    note: 'x = 3 feeds two gates: its gradient is y = −2 (multiply) plus 1 (max) = −1; z, the smaller input of max, gets 0.',
    shows: runClaim<GraphSnap>('gates', {
      text: 'at x = 3, y = −2, z = 1 the finished pass gives ∂f/∂x = y + 1 = −1 and ∂f/∂z = 0',
      after: 7,
      until: done,
      check: (s) => ({
        ok: s.done && s.inputs.x! > s.inputs.z! && s.grads.x === s.inputs.y! + 1 && s.grads.z === 0,
        measured: `x = ${n(s.inputs.x)}, y = ${n(s.inputs.y)}, z = ${n(s.inputs.z)}: ∂f/∂x = ${n(s.grads.x)}, ∂f/∂y = ${n(s.grads.y)}, ∂f/∂z = ${n(s.grads.z)}`,
      }),
    }),
  },
  {
    section: 'neuron',
    note: 'One sigmoid neuron: tfjs’s tf.grads (float32) gives this graph’s f and gradients to a relative 10⁻⁵.',
    shows: runClaim<GraphCheckSnapshot>('neuron-tfjs', {
      text: 'tf.grads and the page’s graph agree on f and all five gradients to a relative 10⁻⁵',
      check: (s) => {
        const inputs = Object.fromEntries(NEURON_INPUTS.map((k, i) => [k, s.inputs[i]!]));
        const values = forward(NEURON.graph, inputs);
        const g = backward(NEURON.graph, values).grads;
        const pairs: [number, number][] = [
          [values.f!, s.f],
          ...NEURON_INPUTS.map((k, i): [number, number] => [g[k]!, s.grads[i]!]),
        ];
        const worst = Math.max(...pairs.map(([a, b]) => Math.abs(a - b) / Math.max(Math.abs(a), 1e-3)));
        return {
          ok: worst < 1e-5,
          measured: `f: page ${long(values.f, 7)}, tfjs ${long(s.f, 7)}; largest relative difference over f and the five gradients ${worst.toExponential(1)}`,
        };
      },
    }),
  },
];
