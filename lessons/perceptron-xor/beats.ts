import type { Approx1dSnapshot, XorNetSnapshot } from '../../src/engine';
import { lineEquation } from '../../src/math/format';
import { runClaim, type Beat } from '../../src/store/beats';
import { unitsFor } from './approxConfig';
import type { PerceptronSnapshot } from './perceptronSession';

/** The perceptron lab's snapshot as its controller gives it: the epoch is its step. */
type Perceptron = PerceptronSnapshot;

const e = (v: number | undefined) => (v === undefined ? '—' : v.toExponential(1));
/** Part B's runs (the error chart's n = 1, 2, 4, …, 64): the index of n. */
const run = (n: number) => unitsFor(n).indexOf(n);

/** A lecture through this lesson in five beats (presenter mode: → / ← step, N shows the note). */
export const BEATS: Beat[] = [
  {
    section: 'lab',
    params: { gate: 'and' },
    play: true,
    note: 'Rosenblatt’s rule on AND from zero weights: within a few epochs the line separates the points, 0 errors.',
    shows: runClaim<Perceptron>('lab', {
      text: 'the perceptron on AND reaches 0 misclassified points within 20 epochs',
      after: 20,
      until: (s) => s.errors === 0,
      check: (s) => ({
        ok: s.gate === 'and' && s.errors === 0,
        measured: `${s.errors} misclassified at epoch ${s.epoch} (line ${lineEquation(s.w, s.b, 6)})`,
      }),
    }),
  },
  {
    section: 'lab',
    params: { gate: 'xor' },
    play: true,
    note: 'The same rule on XOR: the weights return to an earlier state with points still wrong, so the loop repeats forever.',
    shows: runClaim<Perceptron>('lab', {
      text: 'on XOR the weights return to an earlier state (a cycle) with points still misclassified',
      after: 100,
      until: (s) => s.cycleAt !== null,
      check: (s) => ({
        ok: s.gate === 'xor' && s.cycleAt !== null && s.errors > 0,
        measured:
          s.cycleAt === null
            ? `no cycle by epoch ${s.epoch}; ${s.errors} misclassified`
            : `after epoch ${s.cycleAt} the weights were back where they were after epoch ${s.cycleFrom}; ${s.errors} misclassified at epoch ${s.epoch}`,
      }),
    }),
  },
  {
    section: 'hidden',
    play: true,
    note: 'Two hidden tanh units: accuracy reaches 100%, so the output unit’s one line separates the points in hidden space.',
    shows: runClaim<XorNetSnapshot>('hidden', {
      text: 'the network with two hidden units classifies every XOR point (accuracy 100%, loss below 0.1)',
      after: 3000,
      until: (s) => s.trainAcc[0]! >= 1 && s.trainLoss[0]! < 0.1,
      check: (s) => ({
        ok: s.trainAcc[0]! >= 1 && s.trainLoss[0]! < 0.1,
        measured: `accuracy ${Math.round(100 * s.trainAcc[0]!)}%, loss ${s.trainLoss[0]!.toFixed(3)} at step ${s.step}`,
      }),
    }),
  },
  {
    section: 'approx',
    params: { n: '2' },
    play: true,
    note: 'n = 2: after 600 steps its error is still above 0.1, ten times the best network’s or more. Ask: how many units reach 10⁻³?',
    shows: runClaim<Approx1dSnapshot>('approx', {
      text: 'after 600 steps the 2-unit network’s mean squared error is above 0.1 and at least 10 times the best network’s',
      after: 600,
      check: (s) => {
        const two = s.mse[run(2)]!;
        const best = Math.min(...Array.from(s.mse));
        return {
          ok: two > 0.1 && two >= 10 * best,
          measured: `at step ${s.step}: n = 2 at ${e(two)}, the best network at ${e(best)}`,
        };
      },
    }),
  },
  {
    section: 'approx',
    params: { n: '16' },
    play: true,
    note: 'n = 16 selected: its sum of bumps hugs the sine — mean squared error below 10⁻³.',
    shows: runClaim<Approx1dSnapshot>('approx', {
      text: 'the 16-unit network’s mean squared error on the sine gets below 10⁻³',
      after: 3000,
      until: (s) => s.mse[run(16)]! < 1e-3,
      check: (s) => ({ ok: s.mse[run(16)]! < 1e-3, measured: `n = 16 at ${e(s.mse[run(16)])} at step ${s.step}` }),
    }),
  },
];
