/**
 * The small convolutional network of the convolution lesson, described in plain arrays:
 * its shapes, its seeded initial weights, and a plain-JS forward pass.
 *
 *   input 28×28×1 → conv F1@k×k (valid) → ReLU → max-pool 2×2
 *                 → conv F2@k×k (valid) → ReLU → max-pool 2×2 → dense 10 → softmax
 *
 * and, for comparison, a dense network 784 → H → 10 (ReLU) with H chosen so that it has
 * about as many parameters as the CNN.
 *
 * The worker trains these with tfjs (./tasks/cnn.ts); the page runs `cnnForward` on the
 * weights from the latest snapshot to show feature maps and the prediction for a digit
 * the learner draws, instantly and without a round trip to the worker. A unit test
 * checks `cnnForward` against the tfjs model.
 *
 * Layouts follow tfjs: images are NHWC, a conv filter is [k, k, C_in, C_out] (row-major,
 * so index ((i * k + j) * C_in + c) * C_out + f), a dense weight matrix is [n_in, n_out],
 * and flattening a [h, w, C] map gives index (y * w + x) * C + c.
 */
import { Rng } from '../data/random';

export const IMAGE_SIDE = 28;
export const CLASSES = 10;
const POOL = 2;

export interface CnnArch {
  /** Feature maps of the first and second conv layers. */
  filters1: number;
  filters2: number;
  /** Kernel side of both conv layers (odd, 3 or 5). */
  kernel: number;
}

interface CnnShapes {
  /** Side of the conv-1 output, its pooled map, the conv-2 output and its pooled map. */
  conv1: number;
  pool1: number;
  conv2: number;
  pool2: number;
  /** Length of the flattened pool-2 output (the dense layer's input). */
  flat: number;
  /** Shapes of the CNN's parameter tensors, in order: W1, b1, W2, b2, W3, b3. */
  params: number[][];
  paramCount: number;
  /** Multiply-adds of one forward pass of one example. */
  forwardMacs: number;
}

export function cnnShapes(a: CnnArch): CnnShapes {
  const k = a.kernel;
  const conv1 = IMAGE_SIDE - k + 1;
  const pool1 = Math.floor(conv1 / POOL);
  const conv2 = pool1 - k + 1;
  const pool2 = Math.floor(conv2 / POOL);
  if (conv2 < 1 || pool2 < 1)
    throw new RangeError(`A ${k}×${k} kernel is too large for two conv + pool stages on 28×28 digits.`);
  const flat = pool2 * pool2 * a.filters2;
  const params = [
    [k, k, 1, a.filters1],
    [a.filters1],
    [k, k, a.filters1, a.filters2],
    [a.filters2],
    [flat, CLASSES],
    [CLASSES],
  ];
  const paramCount = params.reduce((s, sh) => s + sh.reduce((p, d) => p * d, 1), 0);
  const forwardMacs =
    conv1 * conv1 * k * k * a.filters1 + conv2 * conv2 * k * k * a.filters1 * a.filters2 + flat * CLASSES;
  return { conv1, pool1, conv2, pool2, flat, params, paramCount, forwardMacs };
}

/** Hidden units of the dense comparison network: about the CNN's parameter count. */
export function denseHiddenFor(cnnParams: number): number {
  const perUnit = IMAGE_SIDE * IMAGE_SIDE + 1 + CLASSES;
  return Math.max(1, Math.round((cnnParams - CLASSES) / perUnit));
}

export function denseParamShapes(hidden: number): number[][] {
  return [[IMAGE_SIDE * IMAGE_SIDE, hidden], [hidden], [hidden, CLASSES], [CLASSES]];
}

export function countParams(shapes: number[][]): number {
  return shapes.reduce((s, sh) => s + sh.reduce((p, d) => p * d, 1), 0);
}

/**
 * He-normal initial weights (std √(2 / fan-in); He et al. 2015), zero biases, drawn from
 * one seeded stream in parameter order. The dense network uses a stream with the same
 * seed, so "same seed" means the same data order and the same random source for both.
 */
export function initWeights(shapes: number[][], seed: number): Float32Array[] {
  const rng = new Rng(seed);
  return shapes.map((shape) => {
    const size = shape.reduce((p, d) => p * d, 1);
    const out = new Float32Array(size);
    if (shape.length === 1) return out;
    const fanIn = shape.slice(0, -1).reduce((p, d) => p * d, 1);
    const std = Math.sqrt(2 / fanIn);
    for (let i = 0; i < size; i++) out[i] = std * rng.normal();
    return out;
  });
}

/** Valid (no padding, stride 1) multi-channel conv + bias + ReLU: [h, w, C] → [h−k+1, w−k+1, F]. */
export function convReluHwc(
  x: Float32Array,
  side: number,
  cin: number,
  w: Float32Array,
  b: Float32Array,
  k: number,
  f: number,
): Float32Array {
  const o = side - k + 1;
  const out = new Float32Array(o * o * f);
  for (let y = 0; y < o; y++) {
    for (let xx = 0; xx < o; xx++) {
      const base = (y * o + xx) * f;
      for (let q = 0; q < f; q++) out[base + q] = b[q];
      for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++) {
          const px = ((y + i) * side + xx + j) * cin;
          const wk = (i * k + j) * cin * f;
          for (let c = 0; c < cin; c++) {
            const v = x[px + c];
            if (v === 0) continue;
            const wr = wk + c * f;
            for (let q = 0; q < f; q++) out[base + q] += v * w[wr + q];
          }
        }
      }
      for (let q = 0; q < f; q++) if (out[base + q] < 0) out[base + q] = 0;
    }
  }
  return out;
}

/** 2×2 max-pooling with stride 2 of an [s, s, C] map (a trailing odd row/column is dropped, as 'valid' pooling does). */
export function maxPoolHwc(x: Float32Array, side: number, c: number): Float32Array {
  const o = Math.floor(side / POOL);
  const out = new Float32Array(o * o * c);
  for (let y = 0; y < o; y++) {
    for (let xx = 0; xx < o; xx++) {
      for (let q = 0; q < c; q++) {
        let m = -Infinity;
        for (let i = 0; i < POOL; i++)
          for (let j = 0; j < POOL; j++) m = Math.max(m, x[((POOL * y + i) * side + POOL * xx + j) * c + q]);
        out[(y * o + xx) * c + q] = m;
      }
    }
  }
  return out;
}

/** Dense layer z·W + b ([n_in] × [n_in, n_out]). */
function denseForward(z: Float32Array, w: Float32Array, b: Float32Array, nOut: number, relu: boolean): Float32Array {
  const nIn = z.length;
  const out = Float32Array.from(b);
  for (let i = 0; i < nIn; i++) {
    const v = z[i];
    if (v === 0) continue;
    const row = i * nOut;
    for (let o = 0; o < nOut; o++) out[o] += v * w[row + o];
  }
  if (relu) for (let o = 0; o < nOut; o++) if (out[o] < 0) out[o] = 0;
  return out;
}

export function softmax(logits: Float32Array): Float32Array {
  let m = -Infinity;
  for (const v of logits) m = Math.max(m, v);
  const out = new Float32Array(logits.length);
  let s = 0;
  for (let i = 0; i < logits.length; i++) s += out[i] = Math.exp(logits[i] - m);
  for (let i = 0; i < logits.length; i++) out[i] /= s;
  return out;
}

interface CnnForward {
  /** Conv-1 maps after ReLU, [conv1, conv1, F1] (HWC). */
  maps1: Float32Array;
  /** Conv-2 maps after ReLU, [conv2, conv2, F2]. */
  maps2: Float32Array;
  probs: Float32Array;
}

/** One image (784 pixels in [0, 1]) through the CNN with the given weights. */
export function cnnForward(image: Float32Array, arch: CnnArch, weights: Float32Array[]): CnnForward {
  const s = cnnShapes(arch);
  const [w1, b1, w2, b2, w3, b3] = weights;
  const maps1 = convReluHwc(image, IMAGE_SIDE, 1, w1, b1, arch.kernel, arch.filters1);
  const p1 = maxPoolHwc(maps1, s.conv1, arch.filters1);
  const maps2 = convReluHwc(p1, s.pool1, arch.filters1, w2, b2, arch.kernel, arch.filters2);
  const p2 = maxPoolHwc(maps2, s.conv2, arch.filters2);
  const probs = softmax(denseForward(p2, w3, b3, CLASSES, false));
  return { maps1, maps2, probs };
}

/** One image through the dense comparison network. */
export function denseNetForward(image: Float32Array, weights: Float32Array[]): Float32Array {
  const [w1, b1, w2, b2] = weights;
  const h = denseForward(image, w1, b1, b1.length, true);
  return softmax(denseForward(h, w2, b2, CLASSES, false));
}

/** Channel q of an [s, s, C] map as its own s×s array (for drawing one feature map). */
export function channel(map: Float32Array, side: number, c: number, q: number): Float32Array {
  const out = new Float32Array(side * side);
  for (let i = 0; i < side * side; i++) out[i] = map[i * c + q];
  return out;
}
