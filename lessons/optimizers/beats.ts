/**
 * The lecture's beats. This file is loaded with the app (every lesson's beats are), so it
 * imports nothing that pulls in TensorFlow.js: the beats' parameters are written out here,
 * and tests/unit/exercises-optimizers.test.ts checks them against the lesson's defaults and
 * the surfaces' suggested settings. Each claim is checked on the run by tests/e2e/beat-claims.spec.ts.
 */
import {
  type OptimizerKind,
  type Optim2dSnapshot,
  type Optim2dTrack,
  type OptimNetSnapshot,
  lrSchedule,
  quadraticTheory,
  WITHIN_RADII,
} from '../../src/engine';
import { fmt } from '../../src/math/format';
import { pageClaim, runClaim, type Beat } from '../../src/store/beats';

/** A params patch as the URL writes it. */
const asUrl = (patch: Record<string, number | string | readonly string[]>): Record<string, string> =>
  Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));

const NAMES: Record<OptimizerKind, string> = { sgd: 'SGD', momentum: 'Momentum', rmsprop: 'RMSProp', adam: 'Adam' };
const TIGHT = WITHIN_RADII.indexOf(1e-3);
const LOOSE = WITHIN_RADII.indexOf(0.05);
const track = (s: Optim2dSnapshot, k: OptimizerKind): Optim2dTrack | undefined => s.tracks.find((t) => t.kind === k);
/** The first step within WITHIN_RADII[i] of the minimum (null: not yet or never). */
const reached = (s: Optim2dSnapshot, k: OptimizerKind, i: number): number | null => track(s, k)?.within[i] ?? null;
const atStep = (n: number | null) => (n === null ? 'not yet' : `at step ${n.toLocaleString('en-US')}`);
const stopped = (s: Optim2dSnapshot) => s.finished || s.step >= s.maxSteps;

/** The lesson's defaults the notes quote (checked against params.ts by the unit test). */
export const BEAT_DEFAULTS = { kappa: 100, lr: 0.015, beta: 0.9, netLr0: [0.3, 0.03, 0.01], decay: 0.1 };

/* Beat 2: the lesson's default, SGD and momentum at the same step (Goh 2017's first picture). */
const SAME_LR = BEAT_DEFAULTS.lr;
const DEFAULT_KAPPA = BEAT_DEFAULTS.kappa;

/* Beat 3: each at its best on a narrower ravine (the theory of the ravine section). */
const BEST_KAPPA = 200;
const best = quadraticTheory(BEST_KAPPA);
const p6 = (v: number) => Number(v.toPrecision(6));
const BEST = {
  kappa: BEST_KAPPA,
  opts: ['sgd', 'momentum'],
  sgdLr: p6(best.gdBestLr),
  momLr: p6(best.momentumBestLrTfjs),
  momBeta: p6(best.momentumBestBeta),
};

/* Beat 4: Rosenbrock at its suggested settings (faster, to fit a lecture); beat 5: the saddle from its start 0.001 off the ridge. */
export const ROSEN_BEAT = {
  surface: 'rosenbrock',
  sgdLr: 0.001,
  momLr: 0.0005,
  rmsLr: 0.005,
  adamLr: 0.02,
  momBeta: 0.9,
  rmsBeta: 0.9,
  adamB1: 0.9,
  adamB2: 0.999,
  sx: -1.2,
  sy: 1,
  speed: 10,
};
const ROSEN_LIMIT = 6000;
export const SADDLE_BEAT = {
  surface: 'saddle',
  sgdLr: 0.02,
  momLr: 0.01,
  rmsLr: 0.01,
  adamLr: 0.02,
  momBeta: 0.9,
  rmsBeta: 0.9,
  adamB1: 0.9,
  adamB2: 0.999,
  sx: -1.8,
  sy: 0.001,
};
const SADDLE_LIMIT = 1000;

/* Beat 6: the network, with η decaying as η0/(1 + decay·epoch), on the circle (it learns within a few epochs). */
const NET = { dataset: 'circle', schedule: 'inverse' };
const NET_EPOCH = 10;
const DECAY = BEAT_DEFAULTS.decay;
const NET_KINDS = ['sgd', 'momentum', 'adam'] as const;
const NET_LR0 = BEAT_DEFAULTS.netLr0;

/** A lecture through this lesson in six beats; each states what it shows, checked on the run by tests/e2e/beat-claims.spec.ts. */
export const BEATS: Beat[] = [
  {
    section: 'gd',
    note: 'Gradient descent steps against the gradient; the learning rate η is the step size.',
    shows: pageClaim('the section shows the update θ ← θ − η∇E and calls η the learning rate', (el) => {
      const formula = el.querySelector('[aria-label="theta becomes theta minus eta times the gradient of E"]') !== null;
      const text = el.textContent ?? '';
      const says = ['gradient descent takes a small step the other way', 'The step size η is the learning rate'].filter(
        (t) => text.includes(t),
      );
      return {
        ok: formula && says.length === 2,
        measured: `${formula ? 'the formula is drawn' : 'no formula'}; ${says.length} of 2 sentences found`,
      };
    }),
  },
  {
    section: 'lab',
    params: asUrl({ opts: ['sgd', 'momentum'] }),
    play: true,
    note: `κ = ${DEFAULT_KAPPA}, SGD and momentum (β = ${BEAT_DEFAULTS.beta}) at one step η = ${SAME_LR}: momentum gets within 10⁻³ in under half of SGD’s steps (Goh 2017).`,
    shows: runClaim<Optim2dSnapshot>('lab', {
      text: 'momentum comes within 10⁻³ of the minimum in fewer than half the steps SGD needs',
      after: 2000,
      until: (s) => reached(s, 'sgd', TIGHT) !== null || stopped(s),
      check: (s) => {
        const m = reached(s, 'momentum', TIGHT);
        const g = reached(s, 'sgd', TIGHT);
        const ok = m !== null && (g === null ? s.step > 2 * m : g > 2 * m);
        return {
          ok,
          measured: `within 10⁻³: momentum ${atStep(m)}, SGD ${atStep(g)}${m && g ? ` (${fmt(g / m, 2)} times as many steps)` : ''}`,
        };
      },
    }),
  },
  {
    section: 'lab',
    params: asUrl(BEST),
    play: true,
    note: `κ = ${BEST_KAPPA}, each at its best (Goh 2017): momentum at its optimal β, η gets within 10⁻³ in under a fifth of SGD’s steps at 2/(λmin + λmax).`,
    shows: runClaim<Optim2dSnapshot>('lab', {
      text: 'momentum at its optimal (η, β) comes within 10⁻³ in under a fifth of the steps SGD needs at its best step',
      after: 3000,
      until: (s) => reached(s, 'sgd', TIGHT) !== null || stopped(s),
      check: (s) => {
        const m = reached(s, 'momentum', TIGHT);
        const g = reached(s, 'sgd', TIGHT);
        const ok = m !== null && (g === null ? s.step > 5 * m : g > 5 * m);
        return {
          ok,
          measured: `within 10⁻³: momentum ${atStep(m)}, SGD ${atStep(g)}${m && g ? ` (${fmt(g / m, 2)} times as many steps)` : ''}`,
        };
      },
    }),
  },
  {
    section: 'lab',
    params: asUrl(ROSEN_BEAT),
    play: true,
    note: 'Rosenbrock: momentum gets within 0.05 of (1, 1) first, then Adam, then RMSProp; SGD ends on the valley floor, short of it.',
    shows: runClaim<Optim2dSnapshot>('lab', {
      text: 'within 0.05 of (1, 1): momentum first, then Adam, then RMSProp; SGD never, and it ends on the valley floor (|y − x²| < 0.05) but at least 0.1 from (1, 1)',
      after: ROSEN_LIMIT,
      until: stopped,
      check: (s) => {
        const [m, a, r, g] = (['momentum', 'adam', 'rmsprop', 'sgd'] as const).map((k) => reached(s, k, LOOSE));
        const sgd = track(s, 'sgd');
        const [x, y] = sgd?.theta ?? [NaN, NaN];
        const away = Math.hypot(x - 1, y - 1);
        const floor = Math.abs(y - x * x);
        const ok =
          m !== null && a !== null && r !== null && m < a && a < r && g === null && away >= 0.1 && floor < 0.05;
        return {
          ok,
          measured: `within 0.05: momentum ${atStep(m)}, Adam ${atStep(a)}, RMSProp ${atStep(r)}, SGD ${g === null ? 'never' : atStep(g)}; SGD ended at (${fmt(x, 3)}, ${fmt(y, 3)}), ${fmt(away, 2)} from (1, 1), |y − x²| = ${fmt(floor, 2)}`,
        };
      },
    }),
  },
  {
    section: 'lab',
    params: asUrl(SADDLE_BEAT),
    play: true,
    note: `Saddle, start ${SADDLE_BEAT.sy} off the ridge y = 0: all four escape, SGD last, after more than twice Adam’s steps.`,
    shows: runClaim<Optim2dSnapshot>('lab', {
      text: 'every optimizer leaves the plot, SGD last, after more than twice as many steps as Adam',
      after: SADDLE_LIMIT,
      until: (s) => track(s, 'sgd')?.leftAt != null || stopped(s),
      check: (s) => {
        const left = (['sgd', 'momentum', 'rmsprop', 'adam'] as const).map((k) => ({
          k,
          at: track(s, k)?.leftAt ?? null,
        }));
        const sgd = left[0]!.at;
        const adam = left[3]!.at;
        const ok =
          sgd !== null &&
          left.every((l) => l.k === 'sgd' || (l.at !== null && l.at < sgd)) &&
          adam !== null &&
          sgd > 2 * adam;
        return { ok, measured: `left the plot: ${left.map((l) => `${NAMES[l.k]} ${atStep(l.at)}`).join(', ')}` };
      },
    }),
  },
  {
    section: 'network',
    params: asUrl(NET),
    play: true,
    note: `Network, η = η0/(1 + ${DECAY}·epoch): once epoch ${NET_EPOCH} is under way each η is at most half its start and every loss is below 0.3.`,
    shows: runClaim<OptimNetSnapshot>('network', {
      text: `past epoch ${NET_EPOCH} each η equals η0/(1 + ${DECAY}·epoch) (at most half of η0) and every training loss is below 0.3`,
      until: (s) => s.epoch > NET_EPOCH,
      after: 100_000,
      check: (s) => {
        // The step that just ran used its epoch's rate; the snapshot may sit on the next epoch's first step.
        // The rates are float32: 'at most half' allows their rounding.
        const factors = [0, 1].map((back) =>
          lrSchedule('inverse', { eta0: 1, decay: DECAY }, Math.max(0, Math.floor(s.epoch) - back)),
        );
        const lrOk = NET_KINDS.every(
          (_, r) =>
            factors.some((f) => Math.abs(s.lr[r]! - NET_LR0[r]! * f) <= 0.02 * NET_LR0[r]! * f) &&
            s.lr[r]! <= (NET_LR0[r]! / 2) * (1 + 1e-6),
        );
        const lossOk = NET_KINDS.every((_, r) => s.trainLoss[r]! < 0.3);
        return {
          ok: s.epoch > NET_EPOCH && lrOk && lossOk,
          measured: `at epoch ${fmt(s.epoch, 3)}: ${NET_KINDS.map((k, r) => `${NAMES[k]} η = ${fmt(s.lr[r], 3)} (from ${NET_LR0[r]}), loss ${fmt(s.trainLoss[r], 3)}`).join('; ')}`,
        };
      },
    }),
  },
];
