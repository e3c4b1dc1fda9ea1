import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  OPTIMIZER_KINDS,
  createOptimizerRun,
  measuredRate,
  quadraticRavine,
  quadraticTheory,
  rosenbrock,
  saddle,
  type OptimizerKind,
  type StepRecord,
  type Surface,
  type Vec2,
} from '../../src/engine/surfaces/optim2d';
import { useCpuBackend } from './helpers';

useCpuBackend();

/** |a − b| relative to max(|b|, 1) per coordinate, worst case. */
function relErr(a: Vec2, b: Vec2): number {
  return Math.max(...[0, 1].map((i) => Math.abs(a[i]! - b[i]!) / Math.max(Math.abs(b[i]!), 1)));
}

function runTfjs(
  surface: Surface,
  kind: OptimizerKind,
  lr: number,
  n: number,
  extra: { beta?: number; epsilon?: number; start?: Vec2 } = {},
): StepRecord[] {
  const run = createOptimizerRun({ kind, lr, surface, start: extra.start ?? surface.start, ...extra });
  const recs = run.steps(n);
  run.dispose();
  return recs;
}

/**
 * The curriculum's update rules written out by hand, float64, driven by the
 * surface's analytic gradient (independent of tfjs's autodiff and of the engine).
 */
type HandRule = (g: Vec2, t: number) => Vec2; // returns the update Δθ for step t
function handTrajectory(surface: Surface, start: Vec2, n: number, makeRule: () => HandRule): Vec2[] {
  const rule = makeRule();
  const out: Vec2[] = [];
  let th: Vec2 = start;
  for (let t = 1; t <= n; t++) {
    const d = rule(surface.grad(th[0], th[1]), t);
    th = [th[0] + d[0], th[1] + d[1]];
    out.push(th);
  }
  return out;
}

const sgdRule = (eta: number) => (): HandRule => (g) => [-eta * g[0], -eta * g[1]];

/** Curriculum EMA form: v ← βv + (1−β)g, θ ← θ − ηv. */
const momentumEmaRule = (etaEma: number, beta: number) => (): HandRule => {
  const v = [0, 0];
  return (g) => {
    v[0] = beta * v[0]! + (1 - beta) * g[0];
    v[1] = beta * v[1]! + (1 - beta) * g[1];
    return [-etaEma * v[0]!, -etaEma * v[1]!];
  };
};

/** Curriculum classic form: v ← βv − ηg, θ ← θ + v. */
const momentumClassicRule = (eta: number, beta: number) => (): HandRule => {
  const v = [0, 0];
  return (g) => {
    v[0] = beta * v[0]! - eta * g[0];
    v[1] = beta * v[1]! - eta * g[1];
    return [v[0]!, v[1]!];
  };
};

/** RMSProp with ε outside the root (curriculum) or inside (tfjs's real rule). */
const rmspropRule = (eta: number, beta: number, eps: number, placement: 'curriculum' | 'tfjs') => (): HandRule => {
  const s = [0, 0];
  return (g) =>
    [0, 1].map((i) => {
      s[i] = beta * s[i]! + (1 - beta) * g[i]! * g[i]!;
      const denom = placement === 'curriculum' ? Math.sqrt(s[i]!) + eps : Math.sqrt(s[i]! + eps);
      return (-eta * g[i]!) / denom;
    }) as unknown as Vec2;
};

/** Adam, Kingma & Ba. */
const adamRule = (eta: number, b1: number, b2: number, eps: number) => (): HandRule => {
  const m = [0, 0];
  const v = [0, 0];
  return (g, t) =>
    [0, 1].map((i) => {
      m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
      v[i] = b2 * v[i]! + (1 - b2) * g[i]! * g[i]!;
      const mHat = m[i]! / (1 - b1 ** t);
      const vHat = v[i]! / (1 - b2 ** t);
      return (-eta * mHat) / (Math.sqrt(vHat) + eps);
    }) as unknown as Vec2;
};

function expectTrajectoriesAgree(recs: StepRecord[], hand: Vec2[], tol: number): void {
  expect(recs).toHaveLength(hand.length);
  recs.forEach((r, k) => expect(relErr(r.thetaAfter, hand[k]!)).toBeLessThan(tol));
}

describe('tfjs optimizers follow the curriculum formulas (5 steps on Rosenbrock)', () => {
  const surface = rosenbrock();
  const start = surface.start;

  it('sgd: θ ← θ − ηg', () => {
    const recs = runTfjs(surface, 'sgd', 0.001, 5);
    expectTrajectoriesAgree(recs, handTrajectory(surface, start, 5, sgdRule(0.001)), 1e-5);
  });

  it('momentum: tf.train.momentum(η, β) = classic form with the same η = EMA form with η/(1−β)', () => {
    const eta = 0.0005;
    const beta = 0.9;
    const recs = runTfjs(surface, 'momentum', eta, 5, { beta });
    expectTrajectoriesAgree(recs, handTrajectory(surface, start, 5, momentumClassicRule(eta, beta)), 1e-5);
    expectTrajectoriesAgree(recs, handTrajectory(surface, start, 5, momentumEmaRule(eta / (1 - beta), beta)), 1e-5);
    // The live state speaks all three dialects consistently.
    for (const r of recs) {
      if (r.state.kind !== 'momentum') throw new Error('wrong state kind');
      expect(relErr(r.update, r.state.vClassic)).toBeLessThan(1e-6);
      const emaStep: Vec2 = [(-eta / (1 - beta)) * r.state.vEma[0], (-eta / (1 - beta)) * r.state.vEma[1]];
      expect(relErr(r.update, emaStep)).toBeLessThan(1e-6);
    }
  });

  it("rmsprop: tfjs's real rule (ε inside the root) exactly; the curriculum rule within ε/√s", () => {
    const eta = 0.01;
    const recs = runTfjs(surface, 'rmsprop', eta, 5, { beta: 0.9, epsilon: 1e-8 });
    // The runner hands tfjs ε² = 1e-16, so tfjs computes g/√(s + 1e-16).
    expectTrajectoriesAgree(recs, handTrajectory(surface, start, 5, rmspropRule(eta, 0.9, 1e-16, 'tfjs')), 1e-5);
    // √(s+ε²) vs √s+ε differ by a relative ≲ ε/√s; here √s ~ 1..10, so ~1e-8: the
    // same 1e-5 tolerance is honest.
    expectTrajectoriesAgree(recs, handTrajectory(surface, start, 5, rmspropRule(eta, 0.9, 1e-8, 'curriculum')), 1e-5);
  });

  it('adam: exactly Kingma & Ba with ε = 1e-8', () => {
    const eta = 0.05;
    const recs = runTfjs(surface, 'adam', eta, 5);
    expectTrajectoriesAgree(recs, handTrajectory(surface, start, 5, adamRule(eta, 0.9, 0.999, 1e-8)), 1e-5);
    // The live m̂, v̂ reproduce the step tfjs actually took.
    for (const r of recs) {
      const st = r.state;
      if (st.kind !== 'adam') throw new Error('wrong state kind');
      const step = (i: 0 | 1) => (-eta * st.mHat[i]) / (Math.sqrt(st.vHat[i]) + 1e-8);
      expect(relErr(r.update, [step(0), step(1)])).toBeLessThan(1e-5);
    }
  });
});

describe('where the RMSProp ε sits matters only for tiny gradients', () => {
  it('with √s ≈ 6e-7 the two placements differ by ~ε/√s; tfjs follows its own rule', () => {
    const surface = quadraticRavine({ kappa: 1, angle: 0 }); // f = ½|θ|², g = θ
    const start: Vec2 = [2e-6, 2e-6];
    const eta = 1e-7;
    const [rec] = runTfjs(surface, 'rmsprop', eta, 1, { start, beta: 0.9, epsilon: 1e-8 });
    const tfjsRule = handTrajectory(surface, start, 1, rmspropRule(eta, 0.9, 1e-16, 'tfjs'))[0]!;
    const curriculumRule = handTrajectory(surface, start, 1, rmspropRule(eta, 0.9, 1e-8, 'curriculum'))[0]!;
    const step = (p: Vec2) => p[0] - start[0];
    expect(Math.abs(step(rec!.thetaAfter) - step(tfjsRule)) / Math.abs(step(tfjsRule))).toBeLessThan(1e-3);
    // s = 0.1·g² → √s = 6.3e-7; ε/√s ≈ 1.6 %: visible, as documented.
    const gap = Math.abs(step(curriculumRule) - step(tfjsRule)) / Math.abs(step(tfjsRule));
    expect(gap).toBeGreaterThan(0.01);
    expect(gap).toBeLessThan(0.02);
  });
});

describe('optimizer state', () => {
  it("mirrored state matches tfjs's own slot variables (optimizer.getWeights)", async () => {
    const surface = rosenbrock();
    for (const kind of OPTIMIZER_KINDS) {
      const lr = surface.suggestedLr[kind];
      const run = createOptimizerRun({ kind, lr, surface, start: surface.start });
      const recs = run.steps(7);
      const { iterations, slots } = await run.readTfjsState();
      run.dispose();
      expect(iterations).toBe(7);
      const st = recs[6]!.state;
      const near = (a: Vec2 | undefined, b: Vec2) => expect(relErr(a!, b)).toBeLessThan(1e-5);
      switch (st.kind) {
        case 'sgd':
          expect(Object.keys(slots)).toEqual([]);
          break;
        case 'momentum':
          near(slots['momentum'], st.v);
          break;
        case 'rmsprop':
          near(slots['rms'], st.s);
          break;
        case 'adam':
          near(slots['m'], st.m);
          near(slots['v'], st.v);
          break;
      }
    }
  });

  it("Adam's bias correction: the first step moves each coordinate by ≈ η", () => {
    const surface = rosenbrock();
    const eta = 0.05;
    const [r] = runTfjs(surface, 'adam', eta, 1);
    if (r?.state.kind !== 'adam') throw new Error('wrong state kind');
    expect(r.t).toBe(1);
    // m̂ = g and v̂ = g² at t = 1, so the step is η·g/|g| = η·sign(g).
    expect(relErr(r.state.mHat, r.grad)).toBeLessThan(1e-6);
    expect(Math.abs(r.update[0]) / eta).toBeCloseTo(1, 4);
    expect(Math.abs(r.update[1]) / eta).toBeCloseTo(1, 4);
    expect(Math.sign(r.update[0])).toBe(-Math.sign(r.grad[0]));
    // Without the correction the step would be η·0.1/√0.001 ≈ 3.16η.
    expect(r.state.correction1).toBeCloseTo(0.1, 12);
    expect(r.state.correction2).toBeCloseTo(0.001, 12);
  });
});

describe('convergence rates on the quadratic ravine match the theory', () => {
  const distances = (surface: Surface, recs: StepRecord[]) => [
    Math.hypot(...surface.start),
    ...recs.map((r) => Math.hypot(...r.thetaAfter)),
  ];

  for (const kappa of [10, 100]) {
    it(`GD at its best step, κ = ${kappa}: rate (κ−1)/(κ+1)`, () => {
      const th = quadraticTheory(kappa);
      const surface = quadraticRavine({ kappa });
      const recs = runTfjs(surface, 'sgd', th.gdBestLr, kappa === 10 ? 300 : 3000);
      // Minimum at the origin: float32 stays accurate relative to the distance.
      const rate = measuredRate(distances(surface, recs), { relFloor: 1e-25 });
      expect(Math.abs(rate - th.gdRate) / th.gdRate).toBeLessThan(0.05);
    });

    it(`momentum at Goh's optimal (η, β), κ = ${kappa}: rate (√κ−1)/(√κ+1)`, () => {
      const th = quadraticTheory(kappa);
      const surface = quadraticRavine({ kappa });
      // Goh's α, β go into tf.train.momentum unchanged (see optim2d.ts header).
      const recs = runTfjs(surface, 'momentum', th.momentumBestLrTfjs, kappa === 10 ? 100 : 320, {
        beta: th.momentumBestBeta,
      });
      const rate = measuredRate(distances(surface, recs), { relFloor: 1e-25 });
      expect(Math.abs(rate - th.momentumRate) / th.momentumRate).toBeLessThan(0.05);
      // Critically damped: never faster than theory, and far faster than GD.
      expect(rate).toBeGreaterThanOrEqual(th.momentumRate * 0.999);
      expect(rate).toBeLessThan(th.gdRate);
    });
  }

  it('tf.train.momentum is the heavy-ball recursion θ ← θ − αg + β(θ − θ_prev), same α and β', () => {
    const th = quadraticTheory(30);
    const surface = quadraticRavine({ kappa: 30 });
    const recs = runTfjs(surface, 'momentum', th.momentumBestLr, 20, { beta: th.momentumBestBeta });
    let prev = surface.start;
    let cur = surface.start;
    recs.forEach((r) => {
      const g = surface.grad(cur[0], cur[1]);
      const next: Vec2 = [0, 1].map(
        (i) => cur[i]! - th.momentumBestLr * g[i]! + th.momentumBestBeta * (cur[i]! - prev[i]!),
      ) as unknown as Vec2;
      prev = cur;
      cur = next;
      expect(Math.hypot(r.thetaAfter[0] - cur[0], r.thetaAfter[1] - cur[1])).toBeLessThan(
        1e-5 * Math.max(1, Math.hypot(...cur)),
      );
    });
  });
});

describe('divergence', () => {
  it('GD just above 2/λmax blows up, is flagged, and further steps are no-ops', () => {
    const th = quadraticTheory(10);
    const surface = quadraticRavine({ kappa: 10 });
    const run = createOptimizerRun({ kind: 'sgd', lr: 1.05 * th.gdMaxStableLr, surface, start: surface.start });
    const recs = run.steps(1000);
    const last = recs[recs.length - 1]!;
    expect(last.diverged).toBe(true);
    expect(last.divergeReason).toBe('out-of-bounds');
    expect(recs.length).toBeLessThan(1000);
    expect(recs.slice(0, -1).every((r) => !r.diverged)).toBe(true);
    expect(run.diverged).toBe(true);
    const again = run.step();
    expect(again).toBe(last);
    expect(run.t).toBe(last.t);
    expect(run.theta).toEqual(last.thetaAfter);
    run.dispose();
  });

  it('GD just below 2/λmax still converges', () => {
    const th = quadraticTheory(10);
    const surface = quadraticRavine({ kappa: 10 });
    const recs = runTfjs(surface, 'sgd', 0.95 * th.gdMaxStableLr, 500);
    expect(recs.some((r) => r.diverged)).toBe(false);
    expect(Math.hypot(...recs[recs.length - 1]!.thetaAfter)).toBeLessThan(1e-3);
  });

  it('an absurd learning rate overflows float32 and is flagged non-finite', () => {
    const surface = quadraticRavine({ kappa: 10 });
    const recs = runTfjs(surface, 'sgd', 1e39, 3);
    expect(recs).toHaveLength(1);
    expect(recs[0]!.divergeReason).toBe('non-finite');
  });

  it('escaping the (unbounded) saddle ends as out-of-bounds', () => {
    const s = saddle();
    const recs = runTfjs(s, 'sgd', s.suggestedLr.sgd, 2000);
    expect(recs[recs.length - 1]!.divergeReason).toBe('out-of-bounds');
  });

  it('starting exactly on the saddle ridge (y = 0), no optimizer ever leaves it', () => {
    const s = saddle();
    for (const kind of OPTIMIZER_KINDS) {
      const recs = runTfjs(s, kind, s.suggestedLr[kind], 300, { start: [-1.8, 0] });
      const last = recs[recs.length - 1]!;
      expect(last.diverged).toBe(false);
      expect(last.thetaAfter[1]).toBe(0);
      expect(Math.abs(last.thetaAfter[0])).toBeLessThan(0.1);
    }
  });
});

describe('memory', () => {
  it('no tensor leaks across 500 steps, and dispose() frees everything', () => {
    const baseline = tf.memory().numTensors;
    for (const kind of OPTIMIZER_KINDS) {
      const surface = rosenbrock();
      const run = createOptimizerRun({ kind, lr: surface.suggestedLr[kind], surface, start: surface.start });
      run.steps(3); // the optimizer creates its slot variables on the first step
      const warm = tf.memory().numTensors;
      run.steps(500);
      expect(tf.memory().numTensors).toBe(warm);
      run.dispose();
      expect(tf.memory().numTensors).toBe(baseline);
    }
  });

  it('disposing a run that never stepped frees everything too (incl. the momentum lr scalar)', () => {
    const baseline = tf.memory().numTensors;
    for (const kind of OPTIMIZER_KINDS) {
      const surface = saddle();
      createOptimizerRun({ kind, lr: 0.01, surface, start: surface.start }).dispose();
    }
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
