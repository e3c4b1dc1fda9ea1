import * as tf from '@tensorflow/tfjs-core';
import { surfaceTensor } from '../../src/engine/surfaces/surface-tensor';
import type { ScalarOps } from '../../src/engine/surfaces/surfaces';
import { describe, expect, it } from 'vitest';
import {
  OPTIMIZER_KINDS,
  createOptimizerRun,
  defaultSurfaces,
  divergenceBox,
  gaussianWells,
  himmelblau,
  nearestMinimum,
  newtonStationary,
  quadraticRavine,
  surfaceById,
  type OptimizerKind,
  type Surface,
  type Vec2,
} from '../../src/engine/surfaces/optim2d';
import { Rng } from '../../src/engine/data/random';
import { useCpuBackend } from './helpers';

useCpuBackend();

const SURFACES = defaultSurfaces();

function randomPoints(s: Surface, n: number, seed: number): Vec2[] {
  const rng = new Rng(seed);
  const d = s.domain;
  return Array.from({ length: n }, () => [rng.range(d.xMin, d.xMax), rng.range(d.yMin, d.yMax)] as const);
}

function fdGrad(s: Surface, x: number, y: number, h = 1e-6): Vec2 {
  return [(s.f(x + h, y) - s.f(x - h, y)) / (2 * h), (s.f(x, y + h) - s.f(x, y - h)) / (2 * h)];
}

/** Hessian by central differences of the analytic gradient. */
function fdHessian(s: Surface, x: number, y: number, h = 1e-5): [number, number, number] {
  const gxp = s.grad(x + h, y);
  const gxm = s.grad(x - h, y);
  const gyp = s.grad(x, y + h);
  const gym = s.grad(x, y - h);
  const hxx = (gxp[0] - gxm[0]) / (2 * h);
  const hyy = (gyp[1] - gym[1]) / (2 * h);
  const hxy = ((gxp[1] - gxm[1]) / (2 * h) + (gyp[0] - gym[0]) / (2 * h)) / 2;
  return [hxx, hxy, hyy];
}

function eigenvalues([a, b, d]: [number, number, number]): [number, number] {
  const mean = (a + d) / 2;
  const r = Math.hypot((a - d) / 2, b);
  return [mean - r, mean + r];
}

describe.each(SURFACES.map((s) => [s.id, s] as const))('surface %s', (_id, s) => {
  it('analytic gradient matches central finite differences', () => {
    for (const [x, y] of randomPoints(s, 25, 7)) {
      const g = s.grad(x, y);
      const fd = fdGrad(s, x, y);
      const scale = Math.max(1, Math.hypot(...g));
      expect(Math.abs(g[0] - fd[0]) / scale).toBeLessThan(1e-6);
      expect(Math.abs(g[1] - fd[1]) / scale).toBeLessThan(1e-6);
    }
  });

  it('fOps in plain numbers is f', () => {
    const num: ScalarOps<number> = {
      add: (a, b) => a + b,
      sub: (a, b) => a - b,
      mul: (a, b) => a * b,
      div: (a, b) => a / b,
      square: (a) => a * a,
      exp: Math.exp,
    };
    for (const [x, y] of randomPoints(s, 10, 12)) {
      const f = s.f(x, y);
      expect(Math.abs(s.fOps(num, x, y) - f) / Math.max(1, Math.abs(f))).toBeLessThan(1e-12);
    }
  });

  it('surfaceTensor agrees with f, and tfjs autodiff agrees with grad (float32)', () => {
    const gradFn = tf.grad((theta: tf.Tensor) => surfaceTensor(s, theta as tf.Tensor1D));
    for (const [x, y] of randomPoints(s, 10, 11)) {
      const [value, g] = tf.tidy(() => {
        const theta = tf.tensor1d([x, y]);
        return [surfaceTensor(s, theta).dataSync()[0]!, Array.from(gradFn(theta).dataSync())] as const;
      });
      const f = s.f(x, y);
      expect(Math.abs(value - f) / Math.max(1, Math.abs(f))).toBeLessThan(1e-5);
      const ga = s.grad(x, y);
      const scale = Math.max(1, Math.hypot(...ga));
      expect(Math.abs(g[0]! - ga[0]) / scale).toBeLessThan(1e-5);
      expect(Math.abs(g[1]! - ga[1]) / scale).toBeLessThan(1e-5);
    }
  });

  it('surfaceTensor leaves no tensors behind', () => {
    const theta = tf.tensor1d([0.3, -0.2]);
    const before = tf.memory().numTensors;
    surfaceTensor(s, theta).dispose();
    expect(tf.memory().numTensors).toBe(before);
    theta.dispose();
  });

  it('gridValues: n×n, row-major, row 0 at yMin, endpoints included', () => {
    const n = 5;
    const grid = s.gridValues(n);
    const d = s.domain;
    expect(grid).toHaveLength(n * n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const x = d.xMin + (i * (d.xMax - d.xMin)) / (n - 1);
        const y = d.yMin + (j * (d.yMax - d.yMin)) / (n - 1);
        expect(grid[j * n + i]).toBeCloseTo(Math.fround(s.f(x, y)), 3);
      }
    }
    expect(() => s.gridValues(1)).toThrow();
  });

  it('listed minima are stationary, positive definite, with the stated values', () => {
    for (const m of s.minima) {
      const [x, y] = m.point;
      const refined = newtonStationary(s.grad, m.point);
      expect(Math.hypot(refined[0] - x, refined[1] - y)).toBeLessThan(2e-6);
      const [lo] = eigenvalues(fdHessian(s, x, y));
      expect(lo).toBeGreaterThan(0);
      expect(s.f(x, y)).toBeCloseTo(m.value, 8);
    }
    const best = Math.min(...s.minima.map((m) => m.value));
    for (const m of s.minima) expect(m.kind).toBe(m.value <= best + 1e-9 ? 'global' : 'local');
  });

  it('start point lies inside the domain, and surfaceById rebuilds the same surface', () => {
    const d = s.domain;
    expect(s.start[0]).toBeGreaterThan(d.xMin);
    expect(s.start[0]).toBeLessThan(d.xMax);
    expect(s.start[1]).toBeGreaterThan(d.yMin);
    expect(s.start[1]).toBeLessThan(d.yMax);
    expect(surfaceById(s.id).f(0.37, -0.21)).toBe(s.f(0.37, -0.21));
  });

  it('suggested learning rates run their suggested steps without blowing up', () => {
    for (const kind of OPTIMIZER_KINDS) {
      const run = createOptimizerRun({ kind, lr: s.suggestedLr[kind], surface: s, start: s.start });
      const recs = run.steps(s.suggestedSteps);
      run.dispose();
      const last = recs[recs.length - 1]!;
      if (s.boundedBelow) {
        expect(last.diverged, `${kind} diverged`).toBe(false);
        expect(last.lossAfter).toBeLessThan(s.f(...s.start));
      } else {
        // The saddle: every optimizer should get well away from the ridge.
        expect(last.divergeReason ?? 'escaping').not.toBe('non-finite');
        expect(Math.abs(last.thetaAfter[1])).toBeGreaterThan(1);
      }
    }
  });
});

describe('quadratic ravine', () => {
  it.each([
    [1, 0],
    [10, Math.PI / 6],
    [100, -1.1],
  ])('Hessian eigenvalues are exactly λmin and κ·λmin (κ = %d, angle %f)', (kappa, angle) => {
    const s = quadraticRavine({ kappa, angle, lambdaMin: 2 });
    const [lo, hi] = eigenvalues(fdHessian(s, 0.4, -0.3));
    expect(lo).toBeCloseTo(2, 6);
    expect(hi).toBeCloseTo(2 * kappa, 5);
  });

  it('the valley floor runs along `angle`', () => {
    const s = quadraticRavine({ kappa: 50, angle: 0.7 });
    const along = s.f(Math.cos(0.7), Math.sin(0.7));
    const across = s.f(-Math.sin(0.7), Math.cos(0.7));
    expect(along).toBeCloseTo(0.5, 12);
    expect(across).toBeCloseTo(25, 10);
  });

  it('rejects κ < 1', () => {
    expect(() => quadraticRavine({ kappa: 0.5 })).toThrow();
  });
});

describe('the lesson stories told by the default starts are real (tfjs, float32)', () => {
  const nudges: Vec2[] = [
    [0, 0],
    [-1, -1],
    [-1, 1],
    [1, -1],
    [1, 1],
  ];
  const endMinimum = (s: Surface, kind: OptimizerKind, start: Vec2, n: number) => {
    const run = createOptimizerRun({ kind, lr: s.suggestedLr[kind], surface: s, start });
    const recs = run.steps(n);
    run.dispose();
    const near = nearestMinimum(s, recs[recs.length - 1]!.thetaAfter);
    return near && near.distance < 0.05 ? near.minimum : null;
  };

  it('wells: GD, RMSProp and Adam stop in the shallow well; momentum reaches the deep one', () => {
    const s = gaussianWells();
    const deep = s.minima.find((m) => m.kind === 'global')!;
    for (const [dx, dy] of nudges) {
      const start: Vec2 = [s.start[0] + 0.2 * dx, s.start[1] + 0.2 * dy];
      for (const kind of OPTIMIZER_KINDS) {
        const m = endMinimum(s, kind, start, s.suggestedSteps);
        expect(m, `${kind} from ${start}`).not.toBeNull();
        if (kind === 'momentum') expect(m).toBe(deep);
        else expect(m!.kind).toBe('local');
      }
    }
  });

  it('himmelblau: GD and momentum reach (3, 2); RMSProp and Adam reach (3.58, −1.85)', () => {
    const s = himmelblau();
    for (const [dx, dy] of nudges) {
      const start: Vec2 = [s.start[0] + 0.15 * dx, s.start[1] + 0.15 * dy];
      for (const kind of OPTIMIZER_KINDS) {
        const m = endMinimum(s, kind, start, s.suggestedSteps);
        const expected = kind === 'sgd' || kind === 'momentum' ? [3, 2] : [3.584428, -1.848126];
        expect(m?.point, `${kind} from ${start}`).toEqual(expected);
      }
    }
  });
});

describe('helpers', () => {
  it('divergenceBox pads the domain by 10 widths each side', () => {
    expect(divergenceBox({ xMin: -1, xMax: 1, yMin: 0, yMax: 3 })).toEqual({
      xMin: -21,
      xMax: 21,
      yMin: -30,
      yMax: 33,
    });
  });

  it('nearestMinimum picks the closest and handles surfaces without minima', () => {
    const h = himmelblau();
    expect(nearestMinimum(h, [2.9, 2.1])?.minimum.point).toEqual([3, 2]);
    expect(nearestMinimum(surfaceById('saddle'), [0, 0])).toBeNull();
  });
});
