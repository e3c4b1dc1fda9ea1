import type { Beat } from '../../src/store/beats';
import { runClaim } from '../../src/store/beats';
import type { Activation, Mlp2dSnapshot } from '../../src/engine';
import { fmt, pct } from '../../src/math/format';

type S = Mlp2dSnapshot;
/** The default race: sigmoid, tanh, ReLU (params.ts), in this order in every snapshot. */
const ACTS: Activation[] = ['sigmoid', 'tanh', 'relu'];
const [SIG, TANH, RELU] = [0, 1, 2];
/**
 * The slopes, written out here: this file loads with the app, before any engine code (tfjs), so it
 * cannot import ACTIVATION_MATH (tests/unit/lesson-claims.test.ts checks that the two agree).
 */
export const SLOPES: Record<'sigmoid' | 'tanh' | 'relu', (a: number) => number> = {
  sigmoid: (a) => {
    const z = 1 / (1 + Math.exp(-a));
    return z * (1 - z);
  },
  tanh: (a) => 1 - Math.tanh(a) ** 2,
  relu: (a) => (a > 0 ? 1 : 0),
};
/** Mean h′ of run r over every sampled (unit, point) pair of its hidden layers (as judges.ts meanSlope). */
function meanSlope(s: S, act: keyof typeof SLOPES, r: number): number {
  let sum = 0;
  let n = 0;
  for (const layer of s.preacts ?? []) {
    const per = layer.length / s.runs;
    for (let i = r * per; i < (r + 1) * per; i++) {
      sum += SLOPES[act](layer[i]!);
      n++;
    }
  }
  return n ? sum / n : NaN;
}
/** Mean share of dead units over the hidden layers of run r (as judges.ts deadShare). */
function deadShare(s: S, r: number): number {
  const H = s.sizes.length - 2;
  const a = s.activity;
  if (!a || a.length < (r + 1) * H * 3) return NaN;
  let d = 0;
  for (let l = 0; l < H; l++) d += a[(r * H + l) * 3 + 1]!;
  return d / H;
}
/** The spiral beats' network (four hidden layers of 16): a snapshot of an earlier beat's run has other sizes. */
const spiralNet = (s: S) => s.sizes.join() === '2,16,16,16,16,1';
const losses = (s: S) => ACTS.map((a, r) => `${a} ${fmt(s.trainLoss[r], 3)}`).join(', ');

/** A lecture through this lesson in five beats (presenter mode: → / ← step, N shows the note). Each `shows` is checked by tests/e2e/beat-claims.spec.ts. */
export const BEATS: Beat[] = [
  {
    section: 'lab',
    play: false,
    reset: true,
    note: 'One seed, only the activation differs; before play all three losses are 0.6–0.8. Ask: which is last below 0.1?',
    shows: runClaim<S>('lab', {
      text: 'before training (step 0), the three networks’ training losses are all between 0.6 and 0.8',
      check: (s) => ({
        ok: s.step === 0 && s.trainLoss.length === 3 && Array.from(s.trainLoss).every((l) => l > 0.6 && l < 0.8),
        measured: `step ${s.step}: ${losses(s)}`,
      }),
    }),
  },
  {
    section: 'lab',
    params: { dataset: 'xor' },
    play: true,
    note: 'XOR with two hidden layers: ReLU’s training loss drops below 0.1 while sigmoid’s is still above 0.5, on its plateau.',
    shows: runClaim<S>('lab', {
      text: 'ReLU’s training loss is below 0.1 while sigmoid’s is still above 0.5',
      until: (s) => s.trainLoss[RELU]! < 0.1,
      check: (s) => ({
        ok: s.trainLoss[RELU]! < 0.1 && s.trainLoss[SIG]! > 0.5,
        measured: `step ${s.step}: ${losses(s)}`,
      }),
    }),
  },
  {
    section: 'lab',
    params: { dataset: 'spiral', depth: '4', width: '16' },
    play: true,
    note: 'Spiral, four layers of 16: ReLU reaches 90 % test accuracy while sigmoid’s loss is still above 0.6.',
    shows: runClaim<S>('lab', {
      text: 'ReLU’s test accuracy reaches 90 % while sigmoid’s training loss is still above 0.6',
      until: (s) => spiralNet(s) && s.testAcc[RELU]! >= 0.9,
      check: (s) => ({
        ok: spiralNet(s) && s.testAcc[RELU]! >= 0.9 && s.trainLoss[SIG]! > 0.6,
        measured: `step ${s.step}: test accuracy ${ACTS.map((a, r) => `${a} ${pct(s.testAcc[r])}`).join(', ')}; training loss ${losses(s)}`,
      }),
    }),
  },
  {
    section: 'derivatives',
    params: { dataset: 'spiral', depth: '4', width: '16' },
    note: 'Same spiral nets: sigmoid’s mean h′ is below ¼ (its maximum); ReLU’s is between 0.3 and 0.7.',
    shows: runClaim<S>('lab', {
      text: 'on the spiral networks of the previous beat (same parameters, same run), averaged over the sampled hidden units and points, sigmoid’s h′ is below ¼ and ReLU’s between 0.3 and 0.7',
      check: (s) => {
        const [sig, relu] = [meanSlope(s, 'sigmoid', SIG), meanSlope(s, 'relu', RELU)];
        return {
          ok: spiralNet(s) && sig < 0.25 && relu > 0.3 && relu < 0.7,
          measured: `mean h′ at step ${s.step}: sigmoid ${fmt(sig, 3)}, tanh ${fmt(meanSlope(s, 'tanh', TANH), 3)}, ReLU ${fmt(relu, 3)}`,
        };
      },
    }),
  },
  {
    section: 'lab',
    params: { dataset: 'spiral', depth: '4', width: '16', lr: '3' },
    play: true,
    note: 'η = 3: a third or more of the ReLU units die (the “Dead” readout) and it stops learning: its loss stays above 0.6 or blows up.',
    shows: runClaim<S>('lab', {
      text: 'a third or more of the ReLU network’s hidden units are dead and its training loss is above 0.6 or not a number',
      until: (s) => spiralNet(s) && deadShare(s, RELU) >= 1 / 3,
      check: (s) => {
        const dead = deadShare(s, RELU);
        const loss = s.trainLoss[RELU]!;
        // η changes live (no reset), so when it lands decides whether the loss stalls high or overflows: both are no learning.
        return {
          ok: spiralNet(s) && dead >= 1 / 3 && !(loss <= 0.6),
          measured: `step ${s.step}: ReLU ${pct(dead)} dead, training loss ${fmt(s.trainLoss[RELU], 3)}`,
        };
      },
    }),
  },
];
