import type { RegMethod, RegularizeSnapshot } from '../../src/engine';
import { runClaim, sectionSays, type Beat } from '../../src/store/beats';

type S = RegularizeSnapshot;
const f = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(3));
/** The run index of each network a beat shows (the lesson's order: none, l2, l1, early, dropout). */
const at = (shown: RegMethod[]) => (m: RegMethod) => shown.indexOf(m);
const gap = (s: S, r: number) => s.testLoss[r]! - s.trainLoss[r]!;

const ONE = at(['none']);
const PENALTIES = at(['none', 'l2', 'l1']);
const OTHERS = at(['none', 'early', 'dropout']);

/** A lecture through this lesson in five beats (presenter mode: → / ← step, N shows the note). */
export const BEATS: Beat[] = [
  {
    section: 'lab',
    params: { show: 'none' },
    play: true,
    note: '30 noisy points, a 64-64 network, no regularization: by step 1,000 training loss < 0.05, held-out loss 0.4 or more above it.',
    shows: runClaim<S>('lab', {
      text: 'after 1,000 steps the unregularized network’s training loss is below 0.05 and its gap (held-out − training) above 0.4',
      after: 1000,
      check: (s) => {
        const r = ONE('none');
        return {
          ok: s.trainLoss[r]! < 0.05 && gap(s, r) > 0.4,
          measured: `step ${s.evalStep}: training ${f(s.trainLoss[r])}, held-out ${f(s.testLoss[r])}, gap ${f(gap(s, r))}`,
        };
      },
    }),
  },
  {
    section: 'lab',
    params: { show: 'none,l2,l1' },
    play: true,
    note: 'L2 and L1 from the same start on the same batches: both gaps smaller than no regularization’s; L1 has many more weights near zero.',
    shows: runClaim<S>('lab', {
      text: 'after 1,500 steps the L2 and L1 gaps are each at least 0.1 below the unregularized gap, and L1’s share of weights with |w| < 0.01 is at least 3 times L2’s',
      after: 3000,
      until: (s) => s.step >= 1500 && !!s.nearZero,
      check: (s) => {
        const [n, a, b] = [PENALTIES('none'), PENALTIES('l2'), PENALTIES('l1')];
        const z = s.nearZero;
        const ok = gap(s, a) < gap(s, n) - 0.1 && gap(s, b) < gap(s, n) - 0.1 && !!z && z[b]! >= 3 * z[a]!;
        return {
          ok,
          measured: `step ${s.evalStep}: gaps none ${f(gap(s, n))}, L2 ${f(gap(s, a))}, L1 ${f(gap(s, b))}; |w| ≈ 0: L2 ${z ? f(z[a]) : '—'}, L1 ${z ? f(z[b]) : '—'}`,
        };
      },
    }),
  },
  {
    section: 'lab',
    params: { show: 'none,early,dropout' },
    play: true,
    note: 'Early stopping stops and restores its best held-out weights; dropout’s training loss stays above the plain one’s, its gap below.',
    shows: runClaim<S>('lab', {
      text: 'early stopping has stopped and its held-out loss is its best (within 0.02); dropout’s training loss is above the unregularized one’s and its gap below',
      after: 3000,
      until: (s) => s.step >= 1000 && !!s.early && s.early.stoppedAt >= 0,
      check: (s) => {
        const [n, e, d] = [OTHERS('none'), OTHERS('early'), OTHERS('dropout')];
        const early = s.early;
        const ok =
          !!early &&
          early.stoppedAt >= 0 &&
          Math.abs(s.testLoss[e]! - early.bestLoss) < 0.02 &&
          s.trainLoss[d]! > s.trainLoss[n]! &&
          gap(s, d) < gap(s, n);
        return {
          ok,
          measured: `step ${s.evalStep}: early stopping ${early ? `stopped at ${early.stoppedAt}, best held-out ${f(early.bestLoss)} at step ${early.bestStep}, now ${f(s.testLoss[e])}` : 'not measured'}; training loss dropout ${f(s.trainLoss[d])}, none ${f(s.trainLoss[n])}; gaps dropout ${f(gap(s, d))}, none ${f(gap(s, n))}`,
        };
      },
    }),
  },
  {
    section: 'lab',
    params: { show: 'none', points: '300' },
    play: true,
    note: 'Ten times the data and no regularizer at all: after 1,000 steps the gap is below 0.2.',
    shows: runClaim<S>('lab', {
      text: 'with 300 points the unregularized network’s gap is below 0.2 after 1,000 steps',
      after: 1000,
      check: (s) => {
        const r = ONE('none');
        return {
          ok: gap(s, r) < 0.2,
          measured: `step ${s.evalStep}: training ${f(s.trainLoss[r])}, held-out ${f(s.testLoss[r])}, gap ${f(gap(s, r))}`,
        };
      },
    }),
  },
  {
    section: 'early-stopping',
    note: 'Why stopping early acts like L2: stopping at step t is like a penalty of strength about 1/(2ηt) (Goodfellow et al. 2016).',
    shows: sectionSays(
      'the section gives the rule of thumb λ ≈ 1/(2ηt) and its source',
      '1/(2ηt)',
      'Goodfellow, Bengio & Courville, 2016',
    ),
  },
];
