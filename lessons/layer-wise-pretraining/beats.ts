import { runClaim, type Beat } from '../../src/store/beats';
import { type PretrainSnapshot, METHOD_NAMES, METHODS } from '../../src/engine';
import { pct } from '../../src/math/format';
import { finalTests, plainRange, PLATEAU } from './judges';
import { RUN_PRESETS } from './params';
import { featureSmoothness } from './smoothness';

const H = RUN_PRESETS.quick.hidden.length;
const QUICK = { preset: 'quick' };

/** Each autoencoder's test reconstruction error at its phase's start and end (the first H curves). */
function aeErrors(s: PretrainSnapshot): { first: number; last: number }[] {
  return (s.curves ?? []).slice(0, H).map((c) => ({ first: c[2]!, last: c[c.length - 1]! }));
}
const at = (m: (typeof METHODS)[number]) => METHODS.indexOf(m);

/**
 * A lecture through this lesson in four beats; each states what it shows, and
 * tests/e2e/beat-claims.spec.ts checks it on the run. Beat 2 starts the quick run; the
 * beats after it leave it running (no `play`), so whatever it has trained stays on screen
 * and the run goes on to its end — a play on a finished run would start it again.
 */
export const BEATS: Beat[] = [
  {
    section: 'lab',
    params: QUICK,
    note: `One deep sigmoid net (${H} layers of ${RUN_PRESETS.quick.hidden[0]}) trained three ways from one seed, and a ReLU net beside them: the table lists all four.`,
    // Read once the lab has its first snapshot (the lesson's chunk and the digits load after the beat is shown).
    shows: runClaim<PretrainSnapshot>('lab', {
      text: 'the results table lists the four networks',
      check: (_s, el) => {
        const rows = [...(el?.querySelectorAll('[data-testid="results"] tbody th') ?? [])].map(
          (th) => th.textContent ?? '',
        );
        const missing = METHODS.map((m) => METHOD_NAMES[m]).filter((n) => !rows.includes(n));
        return {
          ok: rows.length === METHODS.length && !missing.length,
          measured: missing.length ? `missing: ${missing.join(', ')}` : `rows: ${rows.join(', ')}`,
        };
      },
    }),
  },
  {
    section: 'lab',
    params: QUICK,
    play: true,
    note: `Run it: the ${H} autoencoders train one after another, each on the codes below; each one’s reconstruction error falls by over half.`,
    shows: runClaim<PretrainSnapshot>('lab', {
      text: `each of the ${H} autoencoders ends with less than half the reconstruction error it started with`,
      until: (s) => s.phase >= H,
      check: (s) => {
        const e = aeErrors(s);
        return {
          ok: e.length === H && e.every((x) => x.last < 0.5 * x.first),
          measured: `test reconstruction error, start → end: ${e.map((x, k) => `layer ${k + 1} ${x.first.toFixed(3)} → ${x.last.toFixed(3)}`).join(', ')}`,
        };
      },
    }),
  },
  {
    section: 'features',
    params: QUICK,
    note: 'First-layer features: the autoencoder’s are smooth strokes and blobs, found without labels; plain backprop’s are still static.',
    shows: runClaim<PretrainSnapshot>('lab', {
      text: 'the unsupervised features’ neighbour correlation is above 0.3, plain backprop’s below 0.1',
      until: (s) => s.phase >= 1,
      check: (s) => {
        const m = featureSmoothness(s.features, s.featureUnits);
        return {
          ok: !!m && m.unsupervised > 0.3 && m.plain < 0.1,
          measured: m
            ? `neighbour correlation of the features: unsupervised greedy ${m.unsupervised.toFixed(2)}, plain backprop ${m.plain.toFixed(2)}`
            : 'no features yet',
        };
      },
    }),
  },
  {
    section: 'today',
    params: QUICK,
    note: 'Today: ReLU + He trains the same depth plainly, same budget; it ends far below plain sigmoid backprop, which never left its plateau.',
    shows: runClaim<PretrainSnapshot>('lab', {
      text: `at the end, ReLU + He’s test error is more than 30 points below plain backprop’s, and plain backprop’s never went below ${pct(PLATEAU, 0)}`,
      until: (s) => s.done,
      check: (s) => {
        const t = finalTests(s.curves);
        const range = plainRange(s.curves, true);
        if (!t || !range) return { ok: false, measured: 'the last phase has not begun' };
        const [plain, relu] = [t.last[at('plain')]!, t.last[at('today')]!];
        return {
          ok: s.done && relu < plain - 0.3 && range.min >= PLATEAU,
          measured: `test error at the end: ReLU + He ${pct(relu, 1)}, plain backprop ${pct(plain, 1)} (between ${pct(range.min, 1)} and ${pct(range.max, 1)} all through its training with labels)`,
        };
      },
    }),
  },
];
