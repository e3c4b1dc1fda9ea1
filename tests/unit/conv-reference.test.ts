import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  conv1d,
  conv2d,
  convOutputSize,
  denseVsConvCounts,
  KERNEL_PRESET_IDS,
  KERNEL_PRESETS,
  pool2d,
  type Padding,
} from '../../src/engine/networks/conv-reference';
import { Rng } from '../../src/engine/data/random';
import { useCpuBackend } from './helpers';

function randomArray(rng: Rng, n: number): Float32Array {
  return Float32Array.from({ length: n }, () => rng.range(-1, 1));
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-5): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < actual.length; i++) expect(Math.abs(actual[i] - expected[i])).toBeLessThan(tol);
}

/** Kernel flipped vertically and horizontally (row-major kh x kw). */
function flip2d(k: Float32Array, kh: number, kw: number): Float32Array {
  const out = new Float32Array(k.length);
  for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) out[i * kw + j] = k[(kh - 1 - i) * kw + (kw - 1 - j)];
  return out;
}

describe('convOutputSize', () => {
  it.each([
    [28, 5, 0, 1, 24],
    [28, 3, 1, 2, 14],
    [28, 3, 1, 1, 28],
    [28, 2, 0, 2, 14],
    [32, 5, 2, 1, 32],
    [7, 3, 0, 2, 3],
    [6, 3, 0, 2, 2], // floor: the last column is never visited
    [5, 5, 0, 1, 1],
    [3, 5, 0, 1, 0], // kernel bigger than the input: no output
    [3, 5, 1, 1, 1],
  ])('n=%i k=%i p=%i s=%i → %i', (n, k, p, s, out) => {
    expect(convOutputSize(n, k, p, s)).toBe(out);
  });

  it('throws on malformed arguments', () => {
    expect(() => convOutputSize(28, 3, 0, 0)).toThrow(RangeError);
    expect(() => convOutputSize(28, 0, 0, 1)).toThrow(RangeError);
    expect(() => convOutputSize(28, 3, -1, 1)).toThrow(RangeError);
    expect(() => convOutputSize(28.5, 3, 0, 1)).toThrow(RangeError);
  });
});

describe('conv2d matches tf.conv2d', () => {
  useCpuBackend();

  const cases: { h: number; w: number; kh: number; kw: number; padding: Padding; stride: number }[] = [
    { h: 6, w: 6, kh: 3, kw: 3, padding: 0, stride: 1 },
    { h: 7, w: 5, kh: 3, kw: 3, padding: 1, stride: 1 },
    { h: 8, w: 8, kh: 3, kw: 3, padding: 1, stride: 2 },
    { h: 9, w: 7, kh: 2, kw: 3, padding: 0, stride: 2 },
    { h: 10, w: 10, kh: 5, kw: 5, padding: 2, stride: 3 },
    { h: 6, w: 7, kh: 3, kw: 2, padding: 'valid', stride: 1 },
    { h: 7, w: 8, kh: 3, kw: 3, padding: 'same', stride: 1 },
    { h: 8, w: 7, kh: 4, kw: 2, padding: 'same', stride: 2 }, // asymmetric 'same' padding
    { h: 9, w: 9, kh: 5, kw: 5, padding: 'same', stride: 3 },
  ];

  it.each(cases)('$h x $w, kernel $kh x $kw, padding $padding, stride $stride', ({ h, w, kh, kw, padding, stride }) => {
    const rng = new Rng(h * 100 + w * 10 + kh + kw + stride);
    const image = randomArray(rng, h * w);
    const kernel = randomArray(rng, kh * kw);
    const ours = conv2d(image, h, w, kernel, kh, kw, { padding, stride });
    const theirs = tf.tidy(() => {
      const x = tf.tensor4d(image, [1, h, w, 1]);
      const f = tf.tensor4d(kernel, [kh, kw, 1, 1]);
      return tf.conv2d(x, f, stride, padding);
    });
    expect([ours.height, ours.width]).toEqual(theirs.shape.slice(1, 3));
    expectClose(ours.data, theirs.dataSync());
    theirs.dispose();
    if (typeof padding === 'number') {
      expect(ours.height).toBe(convOutputSize(h, kh, padding, stride));
      expect(ours.width).toBe(convOutputSize(w, kw, padding, stride));
    }
  });

  it('conv1d matches tf.conv1d', () => {
    const rng = new Rng(9);
    for (const [n, k, stride, padding] of [
      [10, 3, 1, 'valid'],
      [11, 4, 2, 'same'],
      [12, 3, 3, 1],
      [9, 5, 2, 2],
    ] as const) {
      const signal = randomArray(rng, n);
      const kernel = randomArray(rng, k);
      // tf.conv1d runs conv2d on a height-1 image, and a numeric pad would also pad
      // that dummy height; so for numeric padding we zero-pad by hand and use 'valid'.
      const p = typeof padding === 'number' ? padding : 0;
      const padded = new Float32Array(n + 2 * p);
      padded.set(signal, p);
      const tfPad = typeof padding === 'number' ? 'valid' : padding;
      const theirs = tf.tidy(() =>
        tf.conv1d(tf.tensor3d(padded, [1, n + 2 * p, 1]), tf.tensor3d(kernel, [k, 1, 1]), stride, tfPad),
      );
      expectClose(conv1d(signal, kernel, { padding, stride }), theirs.dataSync());
      theirs.dispose();
    }
  });
});

describe('convolution vs cross-correlation', () => {
  it("mode 'convolution' equals cross-correlation with the flipped kernel", () => {
    const rng = new Rng(4);
    const image = randomArray(rng, 6 * 5);
    const kernel = randomArray(rng, 3 * 2);
    for (const opts of [
      { padding: 0, stride: 1 },
      { padding: 1, stride: 2 },
      { padding: 'same' as const, stride: 1 },
    ]) {
      const conv = conv2d(image, 6, 5, kernel, 3, 2, { ...opts, mode: 'convolution' });
      const xcorr = conv2d(image, 6, 5, flip2d(kernel, 3, 2), 3, 2, opts);
      expect(conv).toEqual(xcorr);
    }
    const signal = randomArray(rng, 9);
    const k1 = Float32Array.of(1, 2, -3);
    expect(conv1d(signal, k1, { mode: 'convolution' })).toEqual(conv1d(signal, Float32Array.of(-3, 2, 1)));
  });

  it('the two differ for an asymmetric kernel and agree for a symmetric one', () => {
    // A single bright pixel: cross-correlation paints the kernel flipped, convolution paints it upright.
    const image = new Float32Array(9);
    image[4] = 1;
    const sobel = KERNEL_PRESETS['sobel-x'].values;
    expect(Array.from(conv2d(image, 3, 3, sobel, 3, 3, { padding: 1, mode: 'convolution' }).data)).toEqual([...sobel]);
    expect(Array.from(conv2d(image, 3, 3, sobel, 3, 3, { padding: 1 }).data)).toEqual(sobel.map((v) => 0 - v + 0));
    const gauss = KERNEL_PRESETS['gaussian-3'].values;
    expect(conv2d(image, 3, 3, gauss, 3, 3, { padding: 1, mode: 'convolution' })).toEqual(
      conv2d(image, 3, 3, gauss, 3, 3, { padding: 1 }),
    );
  });

  it('computes a hand-worked 1D example', () => {
    // [1 2 3 4] ⋆ [1 0 -1] with one zero of padding: [0-2, 1-3, 2-4, 3-0]
    expect(Array.from(conv1d([1, 2, 3, 4], [1, 0, -1], { padding: 1 }))).toEqual([-2, -2, -2, 3]);
  });
});

describe('pool2d', () => {
  const image = Float32Array.of(1, 3, 2, 0, 5, 6, 1, 2, 7, 0, 4, 4, 1, 2, 8, 0);

  it('max and average pool a hand-computed 4x4 example', () => {
    const max = pool2d(image, 4, 4, { size: 2, kind: 'max' });
    expect(max).toEqual({ data: Float32Array.of(6, 2, 7, 8), height: 2, width: 2 });
    const avg = pool2d(image, 4, 4, { size: 2, kind: 'avg' });
    expect(Array.from(avg.data)).toEqual([15 / 4, 5 / 4, 10 / 4, 16 / 4].map(Math.fround));
  });

  it('supports overlapping windows and drops windows past the edge', () => {
    const over = pool2d(image, 4, 4, { size: 3, stride: 1, kind: 'max' });
    expect(over).toEqual({ data: Float32Array.of(7, 6, 8, 8), height: 2, width: 2 });
    const ragged = pool2d(image, 4, 4, { size: 3, kind: 'max' }); // stride 3: one window fits
    expect(ragged).toEqual({ data: Float32Array.of(7), height: 1, width: 1 });
  });
});

describe('KERNEL_PRESETS', () => {
  it('has well-formed square kernels with the expected sums', () => {
    for (const id of KERNEL_PRESET_IDS) {
      const p = KERNEL_PRESETS[id];
      expect(p.id).toBe(id);
      expect(p.values.length).toBe(p.size * p.size);
      expect(p.name.length).toBeGreaterThan(0);
    }
    const sum = (id: keyof typeof KERNEL_PRESETS) => KERNEL_PRESETS[id].values.reduce((a, b) => a + b, 0);
    for (const id of ['identity', 'box-blur-3', 'gaussian-3', 'gaussian-5', 'sharpen'] as const)
      expect(sum(id)).toBeCloseTo(1, 10);
    for (const id of ['sobel-x', 'sobel-y', 'laplacian'] as const) expect(sum(id)).toBe(0);
    expect(KERNEL_PRESETS['gaussian-5'].size).toBe(5);
    expect(Object.isFrozen(KERNEL_PRESETS['sobel-x'].values)).toBe(true);
  });

  it('sobel-x responds positively to a dark-to-bright step', () => {
    const step = Float32Array.from({ length: 25 }, (_, i) => (i % 5 >= 3 ? 1 : 0));
    const out = conv2d(step, 5, 5, KERNEL_PRESETS['sobel-x'].values, 3, 3);
    expect(Array.from(out.data)).toEqual([0, 4, 4, 0, 4, 4, 0, 4, 4]);
    expect(Array.from(conv2d(step, 5, 5, KERNEL_PRESETS['sobel-y'].values, 3, 3).data)).toEqual(new Array(9).fill(0));
  });
});

describe('denseVsConvCounts', () => {
  it('counts an MNIST-sized example', () => {
    const c = denseVsConvCounts({ inputH: 28, inputW: 28, kernel: 5, featureMaps: 8, hiddenUnits: 100 });
    expect(c.dense).toEqual({ weights: 78_400, biases: 100, params: 78_500, connections: 78_400, outputs: 100 });
    expect(c.conv).toEqual({
      weights: 200,
      biases: 8,
      params: 208,
      connections: 24 * 24 * 8 * 25,
      outputs: 24 * 24 * 8,
      outputH: 24,
      outputW: 24,
    });
    expect(c.weightRatio).toBe(392);
  });

  it('accounts for channels, padding and stride', () => {
    const c = denseVsConvCounts({
      inputH: 32,
      inputW: 32,
      inputChannels: 3,
      kernel: 3,
      featureMaps: 16,
      hiddenUnits: 10,
      padding: 1,
      stride: 2,
    });
    expect(c.dense.weights).toBe(32 * 32 * 3 * 10);
    expect(c.conv.weights).toBe(3 * 3 * 3 * 16);
    expect([c.conv.outputH, c.conv.outputW]).toEqual([16, 16]);
    expect(c.conv.connections).toBe(16 * 16 * 16 * 27);
  });
});
