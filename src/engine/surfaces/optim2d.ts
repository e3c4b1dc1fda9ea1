/**
 * Optimizers on 2D loss surfaces, driven by the REAL tfjs optimizers.
 *
 * θ = [x, y] is a tf.variable; each step asks tfjs for ∇f by autodiff
 * (tf.variableGrads on surfaceTensor) and hands it to tf.train.* via
 * applyGradients — the same two calls optimizer.minimize() makes — so the learner
 * watches exactly the code that trains the lesson's networks.
 *
 * How each tfjs 4.22 optimizer maps onto the curriculum formulas (read from
 * node_modules/@tensorflow/tfjs-core/dist/optimizers/*.js; g = ∇f(θ)):
 *
 *  sgd       tf.train.sgd(η):          θ ← θ − ηg.                     Identical.
 *
 *  momentum  tf.train.momentum(η, β):  v ← βv + g,  θ ← θ − ηv.
 *            (the accumulator is a plain sum, not an average; v₀ = 0)
 *            - Curriculum classic form  v' ← βv' − ηg, θ ← θ + v':  v' = −ηv, same η, β.
 *            - Heavy ball θ ← θ − ηg + β(θ − θ_prev): since θ − θ_prev = −ηv_prev,
 *              identical again, same η, β. So Goh's optimal (α, β) go into
 *              tf.train.momentum unchanged.
 *            - Curriculum EMA form  v'' ← βv'' + (1−β)g, θ ← θ − η''v'':
 *              v'' = (1−β)v, so η'' = η/(1−β) gives the same path
 *              (momentumLrToEma / momentumLrFromEma in optim-theory.ts).
 *
 *  rmsprop   tf.train.rmsprop(η, ρ, μ = 0, ε, centered = false):
 *            s ← ρs + (1−ρ)g²,  mom ← μ·mom + ηg/√(s + ε),  θ ← θ − mom.
 *            With μ = 0 (we always pass 0): θ ← θ − ηg/√(s + ε). ε sits INSIDE the
 *            square root; the curriculum has √s + ε. We therefore pass ε_tfjs = ε²:
 *            √(s + ε²) and √s + ε agree exactly at s = 0 and differ by a relative
 *            ≲ ε/√s otherwise (at most a factor √2, at √s = ε, i.e. for gradients
 *            near 1e-8 — invisible in the lesson). tfjs's own default ε would be the
 *            backend's epsilon (1e-7 on cpu/webgl-f32, 1e-4 on webgl-f16), which we
 *            never rely on. ρ (tfjs `decay`) is the curriculum's β; default 0.9.
 *
 *  adam      tf.train.adam(η, β1, β2, ε): exactly the curriculum — m, v as EMAs,
 *            m̂ = m/(1−β1^t), v̂ = v/(1−β2^t) (tfjs keeps β^t in accBeta variables),
 *            θ ← θ − η m̂/(√v̂ + ε), ε outside the root. tfjs's default ε is again the
 *            backend epsilon (1e-7), not Kingma & Ba's 1e-8, so we pass 1e-8.
 *
 * Optimizer state for the live formulas is recomputed alongside in float64 from the
 * gradients tfjs produced (the state depends only on the gradient history, so this
 * mirror tracks tfjs's float32 variables to round-off); readTfjsState() reads the
 * real variables via optimizer.getWeights() and the tests cross-check the two.
 *
 * Framework-free: no React, no DOM.
 */
import * as tf from '@tensorflow/tfjs-core';
import { disposeOptimizer, makeOptimizer } from '../networks/optimizers';
import type { OptimizerKind } from '../networks/optimizer-kinds';
import type { Domain, Surface, Vec2 } from './surfaces';
import { surfaceTensor } from './surface-tensor';
export { nearestMinimum, newtonStationary } from './surface-points';

export * from './surfaces';
export * from './optim-theory';

export { OPTIMIZER_KINDS, type OptimizerKind } from '../networks/optimizer-kinds';

/** One optimizer's settings (the optim2d task's runs are these). */
export interface OptimizerHyper {
  kind: OptimizerKind;
  /** η as passed to tf.train.* (for momentum: tfjs/heavy-ball units, not EMA units). */
  lr: number;
  /** momentum: β (tfjs `momentum`), default 0.9. rmsprop: β = ρ (tfjs `decay`), default 0.9. */
  beta?: number;
  /** adam: default 0.9. */
  beta1?: number;
  /** adam: default 0.999. */
  beta2?: number;
  /**
   * The curriculum's ε (added to √s or √v̂), default 1e-8. For rmsprop, tfjs gets ε²
   * because it adds ε inside the root (see the header).
   */
  epsilon?: number;
}

/** An optimizer run on a surface: its settings and where it starts. */
interface OptimizerConfig extends OptimizerHyper {
  start: Vec2;
  surface: Surface;
}

/** Hyperparameters after defaults, plus what was actually handed to tfjs. */
export interface ResolvedHyper {
  kind: OptimizerKind;
  lr: number;
  beta: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  /** The epsilon argument given to tf.train.* (ε² for rmsprop, ε for adam). */
  tfjsEpsilon: number;
}

/** Optimizer state after a step, in the notation of the curriculum formulas. */
type OptimizerState =
  | { kind: 'sgd' }
  | {
      kind: 'momentum';
      /** tfjs's accumulator: v ← βv + g, θ ← θ − ηv. */
      v: Vec2;
      /** Curriculum EMA velocity (1−β)v, paired with η/(1−β). */
      vEma: Vec2;
      /** Curriculum classic velocity −ηv: θ ← θ + vClassic. */
      vClassic: Vec2;
    }
  | {
      kind: 'rmsprop';
      /** s ← βs + (1−β)g⊙g (tfjs's "accumulated mean square", `/rms`). */
      s: Vec2;
    }
  | {
      kind: 'adam';
      m: Vec2;
      v: Vec2;
      mHat: Vec2;
      vHat: Vec2;
      /** 1 − β1^t and 1 − β2^t, the bias-correction denominators. */
      correction1: number;
      correction2: number;
    };

export type DivergeReason = 'non-finite' | 'out-of-bounds';

export interface StepRecord {
  /** 1-based step count; Adam's t. */
  t: number;
  thetaBefore: Vec2;
  thetaAfter: Vec2;
  /** ∇f(θ_before) from tfjs autodiff (float32). */
  grad: Vec2;
  /** f(θ_before) from the tfjs graph (float32). */
  loss: number;
  /** f(θ_after) from the plain-JS surface (float64), for readouts. */
  lossAfter: number;
  /** θ_after − θ_before as tfjs applied it. */
  update: Vec2;
  state: OptimizerState;
  diverged: boolean;
  divergeReason?: DivergeReason;
}

export interface OptimizerRun {
  readonly hyper: ResolvedHyper;
  readonly surface: Surface;
  /** Current θ (the start point before the first step). */
  readonly theta: Vec2;
  readonly t: number;
  readonly diverged: boolean;
  /**
   * One optimizer step. After divergence this is a no-op that returns the final
   * (diverged) record again, so animation loops can simply check `diverged`.
   */
  step(): StepRecord;
  /** Up to n steps, stopping early at divergence. */
  steps(n: number): StepRecord[];
  /**
   * The optimizer's real slot variables, read with optimizer.getWeights(), keyed
   * by tfjs's slot name ('momentum', 'rms', 'm', 'v'); empty before the first step.
   */
  readTfjsState(): Promise<{ iterations: number; slots: Record<string, Vec2> }>;
  /** Frees θ and the optimizer's tensors. The run is unusable afterwards. */
  dispose(): void;
}

/** θ leaving the domain by more than this many domain widths counts as divergence. */
const DIVERGENCE_MARGIN = 10;

export function divergenceBox(d: Domain, margin = DIVERGENCE_MARGIN): Domain {
  const w = d.xMax - d.xMin;
  const h = d.yMax - d.yMin;
  return { xMin: d.xMin - margin * w, xMax: d.xMax + margin * w, yMin: d.yMin - margin * h, yMax: d.yMax + margin * h };
}

function resolveHyper(cfg: OptimizerConfig): ResolvedHyper {
  if (!(cfg.lr > 0) || !Number.isFinite(cfg.lr)) throw new Error(`lr must be a positive number, got ${cfg.lr}`);
  const epsilon = cfg.epsilon ?? 1e-8;
  return {
    kind: cfg.kind,
    lr: cfg.lr,
    beta: cfg.beta ?? 0.9,
    beta1: cfg.beta1 ?? 0.9,
    beta2: cfg.beta2 ?? 0.999,
    epsilon,
    tfjsEpsilon: cfg.kind === 'rmsprop' ? epsilon * epsilon : epsilon,
  };
}

/** Float64 mirror of tfjs's slot variables, advanced with tfjs's own gradients. */
interface Mirror {
  a: [number, number]; // momentum v / rmsprop s / adam m
  b: [number, number]; // adam v
}

function advanceMirror(mirror: Mirror, g: Vec2, h: ResolvedHyper): void {
  for (let i = 0; i < 2; i++) {
    const gi = g[i] as number;
    switch (h.kind) {
      case 'sgd':
        break;
      case 'momentum':
        mirror.a[i] = h.beta * mirror.a[i]! + gi;
        break;
      case 'rmsprop':
        mirror.a[i] = h.beta * mirror.a[i]! + (1 - h.beta) * gi * gi;
        break;
      case 'adam':
        mirror.a[i] = h.beta1 * mirror.a[i]! + (1 - h.beta1) * gi;
        mirror.b[i] = h.beta2 * mirror.b[i]! + (1 - h.beta2) * gi * gi;
        break;
    }
  }
}

function describeState(mirror: Mirror, h: ResolvedHyper, t: number): OptimizerState {
  const [a0, a1] = mirror.a;
  const [b0, b1] = mirror.b;
  switch (h.kind) {
    case 'sgd':
      return { kind: 'sgd' };
    case 'momentum':
      return {
        kind: 'momentum',
        v: [a0, a1],
        vEma: [(1 - h.beta) * a0, (1 - h.beta) * a1],
        vClassic: [-h.lr * a0, -h.lr * a1],
      };
    case 'rmsprop':
      return { kind: 'rmsprop', s: [a0, a1] };
    case 'adam': {
      const correction1 = 1 - h.beta1 ** t;
      const correction2 = 1 - h.beta2 ** t;
      return {
        kind: 'adam',
        m: [a0, a1],
        v: [b0, b1],
        mHat: [a0 / correction1, a1 / correction1],
        vHat: [b0 / correction2, b1 / correction2],
        correction1,
        correction2,
      };
    }
  }
}

function toVec2(data: ArrayLike<number>): Vec2 {
  return [data[0] as number, data[1] as number];
}

function checkDivergence(box: Domain, loss: number, g: Vec2, theta: Vec2): DivergeReason | undefined {
  const finite = [loss, g[0], g[1], theta[0], theta[1]].every(Number.isFinite);
  if (!finite) return 'non-finite';
  const [x, y] = theta;
  if (x < box.xMin || x > box.xMax || y < box.yMin || y > box.yMax) return 'out-of-bounds';
  return undefined;
}

/** Gradient and loss from tfjs, then the tfjs update; every temporary freed. */
function tfjsStep(
  surface: Surface,
  theta: tf.Variable<tf.Rank.R1>,
  optimizer: tf.Optimizer,
): { loss: number; g: Vec2; after: Vec2 } {
  let result: { loss: number; g: Vec2; after: Vec2 } | undefined;
  tf.tidy(() => {
    const { value, grads } = tf.variableGrads(() => surfaceTensor(surface, theta), [theta]);
    const gTensor = grads[theta.name];
    if (gTensor === undefined) throw new Error('no gradient for θ');
    const loss = value.dataSync()[0] as number;
    const g = toVec2(gTensor.dataSync());
    optimizer.applyGradients(grads);
    result = { loss, g, after: toVec2(theta.dataSync()) };
  });
  // tidy's callback runs synchronously, so result is set here.
  return result!;
}

async function readTfjsState(optimizer: tf.Optimizer): Promise<{ iterations: number; slots: Record<string, Vec2> }> {
  const weights = await optimizer.getWeights();
  const [iter, ...slots] = weights;
  // Entry 0 is a fresh scalar made by saveIterations(): ours to free. The rest are
  // the optimizer's live variables: read, never dispose.
  const iterations = iter ? ((await iter.tensor.data())[0] as number) : 0;
  iter?.tensor.dispose();
  const out: Record<string, Vec2> = {};
  for (const w of slots) out[w.name.slice(w.name.lastIndexOf('/') + 1)] = toVec2(await w.tensor.data());
  return { iterations, slots: out };
}

export function createOptimizerRun(cfg: OptimizerConfig): OptimizerRun {
  const hyper = resolveHyper(cfg);
  if (!cfg.start.every(Number.isFinite)) throw new Error(`start must be finite, got ${cfg.start}`);
  const { surface } = cfg;
  const box = divergenceBox(surface.domain);
  const theta = tf.tidy(() => tf.variable(tf.tensor1d([cfg.start[0], cfg.start[1]]), true));
  const optimizer = makeOptimizer(hyper.kind, hyper.lr, {
    beta: hyper.beta,
    beta1: hyper.beta1,
    beta2: hyper.beta2,
    epsilon: hyper.tfjsEpsilon,
  });
  const mirror: Mirror = { a: [0, 0], b: [0, 0] };
  // θ as tfjs holds it (float32-rounded), so thetaBefore/update are exactly tfjs's.
  let current: Vec2 = toVec2(theta.dataSync());
  let t = 0;
  let last: StepRecord | null = null;
  let disposed = false;

  function step(): StepRecord {
    if (disposed) throw new Error('optimizer run used after dispose()');
    if (last?.diverged) return last;
    const before = current;
    const { loss, g, after } = tfjsStep(surface, theta, optimizer);
    t += 1;
    advanceMirror(mirror, g, hyper);
    const divergeReason = checkDivergence(box, loss, g, after);
    current = after;
    last = {
      t,
      thetaBefore: before,
      thetaAfter: after,
      grad: g,
      loss,
      lossAfter: surface.f(after[0], after[1]),
      update: [after[0] - before[0], after[1] - before[1]],
      state: describeState(mirror, hyper, t),
      diverged: divergeReason !== undefined,
      ...(divergeReason !== undefined ? { divergeReason } : {}),
    };
    return last;
  }

  return {
    hyper,
    surface,
    get theta() {
      return current;
    },
    get t() {
      return t;
    },
    get diverged() {
      return last?.diverged ?? false;
    },
    step,
    steps(n: number): StepRecord[] {
      const out: StepRecord[] = [];
      for (let i = 0; i < n && !(last?.diverged ?? false); i++) out.push(step());
      return out;
    },
    readTfjsState: () => readTfjsState(optimizer),
    dispose(): void {
      if (disposed) return;
      disposed = true;
      disposeOptimizer(optimizer);
      theta.dispose();
    },
  };
}
