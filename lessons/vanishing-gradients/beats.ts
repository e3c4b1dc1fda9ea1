import type { Beat } from '../../src/store/beats';
import { runClaim, sectionSays } from '../../src/store/beats';
import type { GradientsSnapshot } from '../../src/engine';
import { fmt, pct } from '../../src/math/format';
import { edgeShare, firstToLastRatio } from './measures';

type S = GradientsSnapshot;
/** Layers of weights (hidden layers + output) in the snapshot. */
const layers = (s: S) => s.sizes.length - 1;
const ratioOf = (s: S, r: number) => firstToLastRatio(s.gradNorms!, layers(s), r);
/** A's loss exploded (past a million, or no longer a number) while B's is a healthy number below 1. */
const blewUp = (s: S) => s.trainLoss.length === 2 && !(s.trainLoss[0]! <= 1e6) && s.trainLoss[1]! < 1;
/** The lab's divergence notice, if it is on the page. */
const divergedNotice = () =>
  typeof document === 'undefined' ? null : document.querySelector('#lab [data-testid="diverged"]');
/** Network A's activation histograms all lie within [0, 1] (a sigmoid network). */
function sigmoidA(s: S): boolean {
  const H = s.sizes.length - 2;
  const r = s.actRange;
  if (!r || !s.actHist) return false;
  for (let l = 0; l < H; l++) if (r[2 * l]! < 0 || r[2 * l + 1]! > 1) return false;
  return true;
}
/** σ′(a), written out here: this file loads with the app, before any engine code (tfjs). */
const dSigmoid = (a: number) => {
  const z = 1 / (1 + Math.exp(-a));
  return z * (1 - z);
};
/**
 * The backprop section's default path (BackpropSection, backprop.ts pathRows): unit 1 of every hidden
 * layer of run 0, sample point 1, from the top hidden layer down; the products of the slopes and of slope × weight.
 */
function sigmoidPath(s: S): { layers: number; slopes: number; path: number } | null {
  const { sizes, preacts, weights } = s;
  const H = sizes.length - 2;
  if (!preacts?.length || !weights?.length) return null;
  // Run 0, point 0, unit 0 (layer 0's first entry) and the weight from unit 0 to unit 0 of the layer above: index 0 of each array.
  let slopes = 1;
  let path = 1;
  for (let layer = H; layer >= 1; layer--) {
    const slope = dSigmoid(preacts[layer - 1]![0]!);
    slopes *= slope;
    path *= slope * weights[layer]![0]!;
  }
  return { layers: H, slopes, path };
}

/** A lecture through this lesson in five beats. Each `shows` is checked on the page by tests/e2e/beat-claims.spec.ts. */
export const BEATS: Beat[] = [
  {
    section: 'signal',
    note: 'The error signal travels backwards: each step back multiplies it by the weights, then by the slope h′ of each unit — L layers, L factors.',
    shows: sectionSays(
      'the section states the recipe for one step back and that the signal reaching layer 1 is a product of one factor per layer',
      'multiply by the weights, then by the slope h′ of each unit',
      'a product of L such factors',
    ),
  },
  {
    section: 'backprop',
    note: 'One path through A: its eight slopes multiply to at most (¼)⁸; times the weights, smaller still.',
    shows: runClaim<S>('lab', {
      text: 'along the path through unit 1 (point 1) of network A, the product of the sigmoid slopes is at most (¼)^8, and the product of slope × weight is smaller than it',
      until: (s) => !!s.preacts?.length,
      check: (s) => {
        const p = sigmoidPath(s);
        if (!p) return { ok: false, measured: 'no path numbers yet' };
        const bound = 0.25 ** p.layers;
        return {
          ok: p.layers === 8 && p.slopes <= bound && Math.abs(p.path) < p.slopes,
          measured: `∏ h′ over ${p.layers} layers = ${fmt(p.slopes, 3)} (bound (¼)^${p.layers} = ${fmt(bound, 3)}); ∏ h′·w = ${fmt(p.path, 3)}`,
        };
      },
    }),
  },
  {
    section: 'lab',
    params: { depth: '8' },
    play: true,
    note: 'A (sigmoid, small): layer-1 gradient < 10⁻⁶ of the output’s; B (ReLU + He) near 1. B’s loss halves A’s; A stays at ln 2.',
    shows: runClaim<S>('lab', {
      text: 'ratio ‖∂E/∂W₁‖ ÷ ‖∂E/∂W₉‖ below 10⁻⁶ for A and between 0.01 and 100 for B; B’s training loss below half of A’s; A’s within 0.03 of ln 2',
      after: 20000,
      until: (s) => s.trainLoss.length === 2 && s.trainLoss[1]! < 0.5 * s.trainLoss[0]!,
      check: (s) => {
        if (!s.gradNorms || s.trainLoss.length !== 2) return { ok: false, measured: 'no two-network measurement' };
        const [a, b] = [ratioOf(s, 0), ratioOf(s, 1)];
        const [la, lb] = [s.trainLoss[0]!, s.trainLoss[1]!];
        return {
          ok: a < 1e-6 && b > 0.01 && b < 100 && lb < 0.5 * la && Math.abs(la - Math.LN2) < 0.03,
          measured: `ratios A ${fmt(a, 2)}, B ${fmt(b, 2)} (measured at step ${s.statsStep ?? s.step}); training loss A ${fmt(la, 3)}, B ${fmt(lb, 3)} at step ${s.step}`,
        };
      },
    }),
  },
  {
    section: 'lab',
    params: { act: 'relu', init: 'large' },
    play: true,
    note: 'A: ReLU, weights 4× He’s. Its loss blows up past 10⁶ (or NaN) while B’s stays below 1; the lab pauses and explains.',
    shows: runClaim<S>('lab', {
      text: 'network A’s training loss is above 10⁶ or not a number while B’s is below 1, and the lab shows its divergence notice',
      until: (s) => blewUp(s) && !!divergedNotice(),
      check: (s) => ({
        ok: blewUp(s) && !!divergedNotice(),
        measured: `step ${s.step}: training loss A ${fmt(s.trainLoss[0], 3)}, B ${fmt(s.trainLoss[1], 3)}; notice: ${divergedNotice()?.textContent?.slice(0, 80) ?? 'none'}…`,
      }),
    }),
  },
  {
    section: 'histograms',
    params: { act: 'sigmoid', init: 'large' },
    play: false,
    note: 'Sigmoid with weights 4× He’s: on average a third or more of A’s activations pile up in the end bars, at 0 and 1.',
    shows: runClaim<S>('lab', {
      text: 'averaged over network A’s eight hidden layers, at least a third of its activations fall in the outer bars of the histogram at either end (near 0 or 1), as the histograms section counts them',
      // The previous beat's run has ReLU activations far above 1: a sigmoid network A has them all in [0, 1]. The beat pauses
      // the lab, but a reset may run a few steps before the pause lands: large sigmoid weights stay saturated, so any step will do.
      until: (s) => sigmoidA(s),
      check: (s) => {
        if (!s.actHist || !sigmoidA(s))
          return { ok: false, measured: 'network A’s histograms are not a sigmoid network’s' };
        const H = s.sizes.length - 2;
        const bins = s.actHist.length / (s.runs * H);
        const shares = Array.from({ length: H }, (_, l) => edgeShare(s.actHist!, l * bins, bins));
        const mean = shares.reduce((a, b) => a + b, 0) / H;
        return {
          ok: mean >= 1 / 3,
          measured: `${pct(mean)} on average (layers 1–${H}: ${shares.map((x) => pct(x)).join(', ')})`,
        };
      },
    }),
  },
];
