/**
 * The wasm-friendly convolution (src/engine/networks/conv-grad.ts): its gradients, built from
 * conv2d and conv2dTranspose only, equal tfjs's own (Conv2DBackpropFilter /
 * Conv2DBackpropInput) within float error, on the cpu backend.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import { conv2dFilterGrad, conv2dTrainable, type ConvPad, padAmounts } from '../../src/engine/networks/conv-grad';
import { Rng } from '../../src/engine/data/random';
import { useCpuBackend } from './helpers';

useCpuBackend();

function randn(shape: number[], rng: Rng): tf.Tensor {
  const n = shape.reduce((p, d) => p * d, 1);
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = rng.normal();
  return tf.tensor(a, shape);
}

/** Largest |a − b| relative to the largest |b| (and at least 1). */
function relErr(a: tf.Tensor, b: tf.Tensor): number {
  expect(a.shape).toEqual(b.shape);
  const av = a.dataSync();
  const bv = b.dataSync();
  let worst = 0;
  let scale = 1;
  for (let i = 0; i < av.length; i++) {
    worst = Math.max(worst, Math.abs(av[i] - bv[i]));
    scale = Math.max(scale, Math.abs(bv[i]));
  }
  return worst / scale;
}

interface Case {
  n: number;
  side: number;
  cin: number;
  cout: number;
  k: number;
  stride: number;
  pad: ConvPad;
}

// The lesson's two layers (28×28×1 → 8@5×5 valid; 12×12×8 → 16@5×5 valid, also with 3×3),
// and 'same', numeric padding, stride 2 and odd sizes where the stride does not divide evenly.
const CASES: Case[] = [
  { n: 4, side: 28, cin: 1, cout: 8, k: 5, stride: 1, pad: 'valid' },
  { n: 4, side: 12, cin: 8, cout: 16, k: 5, stride: 1, pad: 'valid' },
  { n: 3, side: 13, cin: 4, cout: 6, k: 3, stride: 1, pad: 'valid' },
  { n: 2, side: 24, cin: 1, cout: 8, k: 5, stride: 1, pad: 'same' },
  { n: 2, side: 12, cin: 8, cout: 16, k: 5, stride: 1, pad: 2 },
  { n: 2, side: 11, cin: 3, cout: 5, k: 3, stride: 2, pad: 'valid' },
  { n: 2, side: 12, cin: 3, cout: 5, k: 3, stride: 2, pad: 'same' },
  { n: 2, side: 9, cin: 2, cout: 4, k: 4, stride: 2, pad: 'same' },
  { n: 2, side: 10, cin: 2, cout: 3, k: 3, stride: 2, pad: 1 },
];

describe('conv2dTrainable', () => {
  for (const c of CASES) {
    it(`matches tf.grads for ${c.n}×${c.side}×${c.side}×${c.cin} → ${c.cout}@${c.k}×${c.k}, stride ${c.stride}, pad ${c.pad}`, () => {
      const rng = new Rng(c.side * 100 + c.k * 10 + c.stride);
      tf.tidy(() => {
        const x = randn([c.n, c.side, c.side, c.cin], rng) as tf.Tensor4D;
        const w = randn([c.k, c.k, c.cin, c.cout], rng) as tf.Tensor4D;
        // A non-uniform upstream gradient: weight each output by a fixed random tensor.
        const yShape = tf.conv2d(x, w, c.stride, c.pad).shape;
        const r = randn(yShape, rng);
        const ref = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
          tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.pad), r)),
        );
        const ours = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
          tf.sum(tf.mul(conv2dTrainable(a as tf.Tensor4D, b as tf.Tensor4D, { stride: c.stride, pad: c.pad }), r)),
        );
        const [rdx, rdw] = ref([x, w]);
        const [odx, odw] = ours([x, w]);
        expect(relErr(odw, rdw)).toBeLessThan(1e-5);
        expect(relErr(odx, rdx)).toBeLessThan(1e-5);
        // The forward value is tfjs's own conv2d.
        expect(relErr(conv2dTrainable(x, w, { stride: c.stride, pad: c.pad }), tf.conv2d(x, w, c.stride, c.pad))).toBe(
          0,
        );
      });
    });
  }

  it('gives zeros for the input gradient when told the input needs none (first layer)', () => {
    const rng = new Rng(7);
    tf.tidy(() => {
      const x = randn([2, 10, 10, 1], rng) as tf.Tensor4D;
      const w = randn([3, 3, 1, 4], rng) as tf.Tensor4D;
      const [dx, dw] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
        tf.sum(conv2dTrainable(a as tf.Tensor4D, b as tf.Tensor4D, { inputGrad: false })),
      )([x, w]);
      expect(tf.max(tf.abs(dx)).dataSync()[0]).toBe(0);
      const [, rdw] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
        tf.sum(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'valid')),
      )([x, w]);
      expect(relErr(dw, rdw)).toBeLessThan(1e-5);
    });
  });

  it('leaks no tensors', () => {
    const rng = new Rng(3);
    const x = randn([2, 8, 8, 2], rng) as tf.Tensor4D;
    const w = randn([3, 3, 2, 3], rng) as tf.Tensor4D;
    const before = tf.memory().numTensors;
    const g = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
      tf.sum(conv2dTrainable(a as tf.Tensor4D, b as tf.Tensor4D, { pad: 'same' })),
    )([x, w]);
    g.forEach((t) => t.dispose());
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
    w.dispose();
  });
});

describe('conv2dFilterGrad and padAmounts', () => {
  it('splits padding as tfjs does', () => {
    expect(padAmounts(28, 5, 1, 'valid')).toEqual({ out: 24, before: 0, after: 0 });
    expect(padAmounts(24, 5, 1, 'same')).toEqual({ out: 24, before: 2, after: 2 });
    expect(padAmounts(9, 4, 2, 'same')).toEqual({ out: 5, before: 1, after: 2 });
    expect(padAmounts(10, 3, 2, 1)).toEqual({ out: 5, before: 1, after: 1 });
  });

  it('uses no Conv2DBackpropFilter kernel', () => {
    const rng = new Rng(11);
    const x = randn([2, 12, 12, 8], rng) as tf.Tensor4D;
    const dy = randn([2, 8, 8, 16], rng) as tf.Tensor4D;
    const seen: string[] = [];
    const prof = tf.profile(() => conv2dFilterGrad(x, dy, 5, 1, 'valid'));
    return prof.then((p) => {
      for (const k of p.kernels) seen.push(k.name);
      expect(seen).toContain('Conv2D');
      expect(seen).not.toContain('Conv2DBackpropFilter');
      x.dispose();
      dy.dispose();
    });
  });
});
