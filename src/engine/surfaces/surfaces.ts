/**
 * 2D loss surfaces for the optimizers lesson.
 *
 * Every surface exists twice, on purpose:
 *  - `f` / `grad` in plain JS (float64): contour grids, readouts, finite-difference
 *    checks and tests, with no tensor overhead;
 *  - `fOps`, the same formula over any arithmetic: the worker hands it tf ops
 *    (surface-tensor.ts: float32 on the backend), so the optimizers are driven by
 *    tfjs's own autodiff gradient, exactly as in a real network.
 * Tests check that the two agree and that `grad` matches finite differences.
 *
 * Framework-free: no React, no DOM, and no tfjs (pages draw these surfaces).
 */
import { newtonStationary } from './surface-points';
import type { OptimizerKind } from '../networks/optimizer-kinds';

export type Vec2 = readonly [number, number];

export interface Domain {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface Minimum {
  point: Vec2;
  value: number;
  /** 'global' for the lowest minimum (ties all count as global), 'local' otherwise. */
  kind: 'global' | 'local';
}

export type SurfaceId = 'ravine' | 'rosenbrock' | 'saddle' | 'himmelblau' | 'wells';

export interface Surface {
  id: SurfaceId;
  label: string;
  /** One sentence for the UI: what this surface shows about optimizers. */
  blurb: string;
  domain: Domain;
  /** Default start point (the learner can click another). */
  start: Vec2;
  f(x: number, y: number): number;
  grad(x: number, y: number): Vec2;
  /** The same function over any arithmetic (the worker's is tf ops, which tfjs differentiates). */
  fOps<T>(o: ScalarOps<T>, x: T, y: T): T;
  /** Known minima (empty for the saddle, which is unbounded below). */
  minima: readonly Minimum[];
  /** False for the saddle: trajectories escape rather than converge. */
  boundedBelow: boolean;
  /**
   * Learning rates that give a readable trajectory from `start` with default
   * hyperparameters (β = 0.9 for momentum/RMSProp, Adam 0.9/0.999). The momentum
   * value is in tf.train.momentum units (see optim2d.ts). Checked by tests.
   */
  suggestedLr: Readonly<Record<OptimizerKind, number>>;
  /** Roughly how many steps the suggested runs need to tell their story. */
  suggestedSteps: number;
  /**
   * f sampled on an n×n grid over `domain`, endpoints included, row-major with
   * row j at y = yMin + j·(yMax−yMin)/(n−1) (row 0 is the BOTTOM, yMin) and column i
   * at x = xMin + i·(xMax−xMin)/(n−1): value index j·n + i. d3.contours uses the
   * same index order with y growing downward, so flip the y scale when drawing.
   */
  gridValues(n: number): Float32Array;
}

/** The arithmetic a surface's `fOps` is written in: numbers or tensors (tf's ops take either). */
export interface ScalarOps<T> {
  add(a: T | number, b: T | number): T;
  sub(a: T | number, b: T | number): T;
  mul(a: T | number, b: T | number): T;
  div(a: T | number, b: T | number): T;
  square(a: T): T;
  exp(a: T): T;
}

/** Fields a concrete surface provides; `gridValues` is derived from f. */
type SurfaceSpec = Omit<Surface, 'gridValues'>;

function withGrid(spec: SurfaceSpec): Surface {
  return { ...spec, gridValues: (n: number) => sampleGrid(spec.f, spec.domain, n) };
}

function sampleGrid(f: (x: number, y: number) => number, d: Domain, n: number): Float32Array {
  if (!Number.isInteger(n) || n < 2) throw new Error(`grid size must be an integer ≥ 2, got ${n}`);
  const out = new Float32Array(n * n);
  const dx = (d.xMax - d.xMin) / (n - 1);
  const dy = (d.yMax - d.yMin) / (n - 1);
  for (let j = 0; j < n; j++) {
    const y = d.yMin + j * dy;
    for (let i = 0; i < n; i++) out[j * n + i] = f(d.xMin + i * dx, y);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Elongated quadratic ravine
// ---------------------------------------------------------------------------

interface RavineOptions {
  /** Condition number κ = λmax/λmin ≥ 1. */
  kappa?: number;
  /** Direction of the valley floor (the low-curvature axis), radians from +x. */
  angle?: number;
  /** Curvature along the floor (the smallest Hessian eigenvalue). Default 1; λmax = κ·λmin. */
  lambdaMin?: number;
}

/**
 * f = ½(λmin·u² + λmax·w²) where u runs along the valley floor (at `angle`) and w
 * across it: u = cos·x + sin·y, w = −sin·x + cos·y. Hessian eigenvalues are exactly
 * λmin and λmax = κ·λmin, so quadraticTheory(κ, λmin) applies verbatim.
 *
 * The minimum sits at the origin on purpose: float32 updates there stay accurate
 * relative to the (shrinking) distance, so convergence rates can be measured over
 * many orders of magnitude. The default 30° tilt keeps the valley off the
 * coordinate axes: RMSProp/Adam rescale per coordinate, and an axis-aligned ravine
 * would flatter them (they could undo the ill-conditioning exactly).
 */
export function quadraticRavine(opts: RavineOptions = {}): Surface {
  const kappa = opts.kappa ?? 10;
  const angle = opts.angle ?? Math.PI / 6;
  const l1 = opts.lambdaMin ?? 1;
  if (!(kappa >= 1) || !(l1 > 0)) throw new Error('ravine needs κ ≥ 1 and λmin > 0');
  const l2 = kappa * l1;
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  // Start far along the floor and a little up the wall: GD then zig-zags across.
  const su = -4;
  const sw = 1;
  // Hessian H = Rᵀ diag(λ1, λ2) R, written out so grad is a 2×2 mat-vec.
  const hxx = l1 * c * c + l2 * s * s;
  const hyy = l1 * s * s + l2 * c * c;
  const hxy = (l1 - l2) * c * s;
  const sameStep = 1.5 / l2;
  return withGrid({
    id: 'ravine',
    label: `Ravine (κ = ${kappa})`,
    blurb:
      'A long narrow valley, steep across and nearly flat along: gradient descent swings across it and crawls along its floor; momentum builds speed along the floor.',
    domain: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
    start: [c * su - s * sw, s * su + c * sw],
    f: (x, y) => {
      const u = c * x + s * y;
      const w = -s * x + c * y;
      return 0.5 * (l1 * u * u + l2 * w * w);
    },
    grad: (x, y) => [hxx * x + hxy * y, hxy * x + hyy * y],
    fOps: (o, x, y) => {
      const u = o.add(o.mul(c, x), o.mul(s, y));
      const w = o.add(o.mul(-s, x), o.mul(c, y));
      return o.mul(0.5, o.add(o.mul(l1, o.square(u)), o.mul(l2, o.square(w))));
    },
    minima: [{ point: [0, 0], value: 0, kind: 'global' }],
    boundedBelow: true,
    // SGD and momentum get the SAME step, 1.5/λmax (as in Goh 2017's first figure): SGD
    // swings across the ravine a few times (|1 − ηλmax| = 0.5) and then crawls along the
    // floor at 1 − ηλmin a step, while momentum (β = 0.9) builds speed along the floor.
    // On narrow ravines (κ ≳ 30) momentum then arrives several times sooner; at κ = 10
    // SGD still wins (tested). SGD's own best step, 2/(λmin+λmax), and momentum's
    // optimal (η, β) are in quadraticTheory.
    suggestedLr: { sgd: sameStep, momentum: sameStep, rmsprop: 0.02, adam: 0.1 },
    suggestedSteps: 200,
  });
}

// ---------------------------------------------------------------------------
// Rosenbrock
// ---------------------------------------------------------------------------

/**
 * f = (a − x)² + b(y − x²)², a = 1, b = 100: the textbook banana valley, unscaled so
 * numbers match the literature. Global minimum f(1, 1) = 0. The valley floor is easy
 * to reach and very slow to follow (curvature across it is ~1000× that along it).
 */
export function rosenbrock(a = 1, b = 100): Surface {
  return withGrid({
    id: 'rosenbrock',
    label: 'Rosenbrock',
    blurb: 'A curved banana-shaped valley: finding the floor is quick, following it to the minimum at (1, 1) is slow.',
    domain: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 },
    start: [-1.2, 1], // the classic start
    f: (x, y) => (a - x) ** 2 + b * (y - x * x) ** 2,
    grad: (x, y) => {
      const r = y - x * x;
      return [-2 * (a - x) - 4 * b * x * r, 2 * b * r];
    },
    fOps: (o, x, y) => o.add(o.square(o.sub(a, x)), o.mul(b, o.square(o.sub(y, o.square(x))))),
    minima: [{ point: [a, a * a], value: 0, kind: 'global' }],
    boundedBelow: true,
    // GD's stable step is capped by the curvature across the valley (~1300 at the
    // start, so η < 0.0015): it then crawls along the floor. That is the point.
    suggestedLr: { sgd: 0.001, momentum: 0.0005, rmsprop: 0.005, adam: 0.02 },
    suggestedSteps: 3000,
  });
}

// ---------------------------------------------------------------------------
// Saddle
// ---------------------------------------------------------------------------

/**
 * f = x² − y²: a saddle at the origin, curving up along x and down along y.
 * Unbounded below, so no minima; trajectories eventually leave the domain (the
 * runner reports that as `diverged` with reason 'out-of-bounds'). The default
 * start is almost exactly on the x axis: gradient descent slides toward the saddle,
 * stalls, and only escapes because of the tiny y offset (exactly 0 would stall
 * forever: the gradient has no y component there, even for Adam).
 */
export function saddle(): Surface {
  return withGrid({
    id: 'saddle',
    label: 'Saddle',
    blurb:
      'Down one way, up the other: near the saddle point the gradient is tiny, and plain gradient descent stalls before it escapes.',
    domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
    start: [-1.8, 0.001],
    f: (x, y) => x * x - y * y,
    grad: (x, y) => [2 * x, -2 * y],
    fOps: (o, x, y) => o.sub(o.square(x), o.square(y)),
    minima: [],
    boundedBelow: false,
    suggestedLr: { sgd: 0.02, momentum: 0.01, rmsprop: 0.01, adam: 0.02 },
    suggestedSteps: 300,
  });
}

// ---------------------------------------------------------------------------
// Himmelblau
// ---------------------------------------------------------------------------

/**
 * f = (x² + y − 11)² + (x + y² − 7)²: four minima, all with f = 0, so which one
 * you land in depends only on where you start and on the optimizer's path.
 * Minima to 6 decimals (the three irrational ones have no closed form).
 *
 * From the default start (4.5, 0.5), with the suggested rates, GD and momentum
 * reach (3, 2) while RMSProp and Adam — whose per-coordinate scaling turns the
 * step direction — reach (3.584, −1.848). Robust to nudging the start by ±0.15
 * (tested).
 */
export function himmelblau(): Surface {
  const mins: Vec2[] = [
    [3, 2],
    [-2.805118, 3.131312],
    [-3.77931, -3.283186],
    [3.584428, -1.848126],
  ];
  return withGrid({
    id: 'himmelblau',
    label: 'Himmelblau (four minima)',
    blurb: 'Four equally deep minima: where you start, and how the optimizer moves, decide which one you reach.',
    domain: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
    start: [4.5, 0.5],
    f: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
    grad: (x, y) => {
      const p = x * x + y - 11;
      const q = x + y * y - 7;
      return [4 * x * p + 2 * q, 2 * p + 4 * y * q];
    },
    fOps: (o, x, y) => {
      const p = o.sub(o.add(o.square(x), y), 11);
      const q = o.sub(o.add(x, o.square(y)), 7);
      return o.add(o.square(p), o.square(q));
    },
    minima: mins.map((point) => ({ point, value: 0, kind: 'global' as const })),
    boundedBelow: true,
    suggestedLr: { sgd: 0.005, momentum: 0.002, rmsprop: 0.02, adam: 0.05 },
    suggestedSteps: 500,
  });
}

// ---------------------------------------------------------------------------
// Gaussian wells: one global, two local minima
// ---------------------------------------------------------------------------

interface Well {
  cx: number;
  cy: number;
  depth: number;
  sigma: number;
}

/**
 * Unequal depths so local and global differ. The shallow well sits on the way
 * from the default start down to the deep one.
 */
const WELLS: readonly Well[] = [
  { cx: 1.1, cy: -1.0, depth: 2.0, sigma: 0.7 }, // deep: the global minimum
  { cx: -1.0, cy: 1.0, depth: 0.7, sigma: 0.4 }, // shallow, on the path
  { cx: -1.4, cy: -1.7, depth: 1.0, sigma: 0.5 }, // off to the side
];
/** A bowl keeps f bounded and gives the slope that lets momentum build up speed. */
const BOWL = 0.1;

/**
 * f = BOWL·(x² + y²) − Σ depth·exp(−|p − c|²/(2σ²)). The minima are near, not at,
 * the well centres (the bowl and the other wells pull them), so they are located
 * by Newton's method on the plain-JS gradient when the surface is built.
 *
 * From the default start (−2.5, 2.5), with the suggested rates, GD, RMSProp and
 * Adam stop in the shallow well; momentum (β = 0.9) rolls through it into the deep
 * one. Robust to nudging the start by ±0.2 (tested).
 */
export function gaussianWells(): Surface {
  const f = (x: number, y: number): number => {
    let v = BOWL * (x * x + y * y);
    for (const w of WELLS) {
      const dx = x - w.cx;
      const dy = y - w.cy;
      v -= w.depth * Math.exp(-(dx * dx + dy * dy) / (2 * w.sigma * w.sigma));
    }
    return v;
  };
  const grad = (x: number, y: number): Vec2 => {
    let gx = 2 * BOWL * x;
    let gy = 2 * BOWL * y;
    for (const w of WELLS) {
      const dx = x - w.cx;
      const dy = y - w.cy;
      const s2 = w.sigma * w.sigma;
      const e = w.depth * Math.exp(-(dx * dx + dy * dy) / (2 * s2));
      gx += (e * dx) / s2;
      gy += (e * dy) / s2;
    }
    return [gx, gy];
  };
  const found = WELLS.map((w) => newtonStationary(grad, [w.cx, w.cy]));
  const best = Math.min(...found.map((p) => f(p[0], p[1])));
  const minima: Minimum[] = found.map((point) => {
    const value = f(point[0], point[1]);
    return { point, value, kind: value <= best + 1e-12 ? 'global' : 'local' };
  });
  return withGrid({
    id: 'wells',
    label: 'Wells (local vs global)',
    blurb:
      'One deep well and two shallower ones: plain gradient descent stops in the first well it meets; momentum can roll through it into the deeper one.',
    domain: { xMin: -3, xMax: 3, yMin: -3, yMax: 3 },
    start: [-2.5, 2.5],
    f,
    grad,
    fOps: (o, x, y) => {
      let v = o.mul(BOWL, o.add(o.square(x), o.square(y)));
      for (const w of WELLS) {
        const r2 = o.add(o.square(o.sub(x, w.cx)), o.square(o.sub(y, w.cy)));
        v = o.sub(v, o.mul(w.depth, o.exp(o.div(r2, -2 * w.sigma * w.sigma))));
      }
      return v;
    },
    minima,
    boundedBelow: true,
    suggestedLr: { sgd: 0.1, momentum: 0.05, rmsprop: 0.02, adam: 0.05 },
    suggestedSteps: 600,
  });
}

// ---------------------------------------------------------------------------
// Registry and helpers
// ---------------------------------------------------------------------------

/** The surfaces in display order (the ravine at quadraticRavine's own default, κ = 10; the lesson opens at κ = 100). */
export function defaultSurfaces(): Surface[] {
  return [quadraticRavine(), rosenbrock(), saddle(), himmelblau(), gaussianWells()];
}

export function surfaceById(id: SurfaceId): Surface {
  switch (id) {
    case 'ravine':
      return quadraticRavine();
    case 'rosenbrock':
      return rosenbrock();
    case 'saddle':
      return saddle();
    case 'himmelblau':
      return himmelblau();
    case 'wells':
      return gaussianWells();
  }
}

/** A surface by id; the ravine at condition number κ. */
export function buildSurface(id: SurfaceId, kappa: number): Surface {
  return id === 'ravine' ? quadraticRavine({ kappa }) : surfaceById(id);
}
