/**
 * Plain-JS reference implementations of convolution and pooling, written for
 * readability rather than speed. The convolution lessons use them to show every
 * multiply-add, and the unit tests check them against tfjs.
 *
 * Conventions
 * - Images are single-channel, row-major Float32Arrays (index = row * width + col).
 * - `padding` is either a number p (p zeros added on every side, the textbook
 *   case) or 'valid' (= 0) or 'same' (TensorFlow's rule: output size
 *   ceil(n / stride); when the total padding is odd the extra zero goes at the
 *   end, i.e. bottom/right).
 * - mode 'cross-correlation' (the default) slides the kernel as is. That is what
 *   every deep-learning library calls "convolution". mode 'convolution' flips the
 *   kernel first (mathematical convolution); for symmetric kernels like blurs the
 *   two agree, for Sobel they differ in sign.
 */

export type Padding = number | 'valid' | 'same';
type ConvMode = 'cross-correlation' | 'convolution';

export interface ConvOptions {
  padding?: Padding;
  stride?: number;
  mode?: ConvMode;
}

/** A single-channel 2D result. */
export interface Grid {
  data: Float32Array;
  height: number;
  width: number;
}

/**
 * Output length of a convolution or pooling window along one axis:
 * floor((n + 2p - k) / s) + 1. Throws for malformed arguments (non-integers,
 * n, k or s < 1, p < 0); returns 0 when the kernel does not fit in the padded
 * input (n + 2p < k), which is a legitimate "no output" state in the UI.
 */
export function convOutputSize(n: number, k: number, p: number, s: number): number {
  requireInt('input size n', n, 1);
  requireInt('kernel size k', k, 1);
  requireInt('padding p', p, 0);
  requireInt('stride s', s, 1);
  return paddedOutputSize(n + 2 * p, k, s);
}

function paddedOutputSize(paddedN: number, k: number, s: number): number {
  return paddedN < k ? 0 : Math.floor((paddedN - k) / s) + 1;
}

function requireInt(name: string, v: number, min: number): void {
  if (!Number.isInteger(v) || v < min) throw new RangeError(`${name} must be an integer >= ${min}, got ${v}.`);
}

/** Zeros added before and after the input along one axis. */
interface AxisPadding {
  before: number;
  after: number;
}

/** Resolves a Padding to explicit per-side amounts for an axis of length n. */
function resolvePadding(padding: Padding, n: number, k: number, s: number): AxisPadding {
  if (padding === 'valid') return { before: 0, after: 0 };
  if (padding === 'same') {
    // TensorFlow: choose the total so that out = ceil(n / s), extra zero at the end.
    const out = Math.ceil(n / s);
    const total = Math.max((out - 1) * s + k - n, 0);
    const before = Math.floor(total / 2);
    return { before, after: total - before };
  }
  requireInt('padding', padding, 0);
  return { before: padding, after: padding };
}

/** Returns the kernel reversed (1D) — flipping it turns cross-correlation into convolution. */
function flipped(kernel: ArrayLike<number>): Float32Array {
  const out = new Float32Array(kernel.length);
  for (let i = 0; i < kernel.length; i++) out[i] = kernel[kernel.length - 1 - i];
  return out;
}

/**
 * 1D convolution of a signal: out[o] = Σ_j in[o*s - before + j] * kernel[j]
 * (cross-correlation), with zeros outside the signal.
 */
export function conv1d(signal: ArrayLike<number>, kernel: ArrayLike<number>, opts: ConvOptions = {}): Float32Array {
  const { padding = 0, stride = 1, mode = 'cross-correlation' } = opts;
  requireInt('signal length', signal.length, 1);
  requireInt('kernel length', kernel.length, 1);
  requireInt('stride', stride, 1);
  const k = kernel.length;
  const w = mode === 'convolution' ? flipped(kernel) : kernel;
  const pad = resolvePadding(padding, signal.length, k, stride);
  const outLen = paddedOutputSize(signal.length + pad.before + pad.after, k, stride);
  const out = new Float32Array(outLen);
  for (let o = 0; o < outLen; o++) {
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const i = o * stride - pad.before + j;
      if (i >= 0 && i < signal.length) sum += signal[i] * w[j];
    }
    out[o] = sum;
  }
  return out;
}

/**
 * 2D convolution of one channel with one kh x kw kernel:
 * out[r][c] = Σ_{i,j} in[r*s - top + i][c*s - left + j] * kernel[i][j]
 * (cross-correlation), zeros outside the image. Accumulates in float64, so it
 * is at least as accurate as the float32 libraries it is compared with.
 */
export function conv2d(
  image: ArrayLike<number>,
  h: number,
  w: number,
  kernel: ArrayLike<number>,
  kh: number,
  kw: number,
  opts: ConvOptions = {},
): Grid {
  const { padding = 0, stride = 1, mode = 'cross-correlation' } = opts;
  checkShape('image', image, h, w);
  checkShape('kernel', kernel, kh, kw);
  requireInt('stride', stride, 1);
  // Reversing the flat row-major kernel flips it both vertically and horizontally.
  const weights = mode === 'convolution' ? flipped(kernel) : kernel;
  const py = resolvePadding(padding, h, kh, stride);
  const px = resolvePadding(padding, w, kw, stride);
  const outH = paddedOutputSize(h + py.before + py.after, kh, stride);
  const outW = paddedOutputSize(w + px.before + px.after, kw, stride);
  /** Σ kernel · image-window whose top-left corner is (top, left); out-of-image pixels are zero. */
  const dotAt = (top: number, left: number): number => {
    let sum = 0;
    for (let i = 0; i < kh; i++) {
      const y = top + i;
      if (y < 0 || y >= h) continue;
      for (let j = 0; j < kw; j++) {
        const x = left + j;
        if (x >= 0 && x < w) sum += image[y * w + x] * weights[i * kw + j];
      }
    }
    return sum;
  };
  const data = new Float32Array(outH * outW);
  for (let r = 0; r < outH; r++) {
    for (let c = 0; c < outW; c++) data[r * outW + c] = dotAt(r * stride - py.before, c * stride - px.before);
  }
  return { data, height: outH, width: outW };
}

function checkShape(name: string, a: ArrayLike<number>, h: number, w: number): void {
  requireInt(`${name} height`, h, 1);
  requireInt(`${name} width`, w, 1);
  if (a.length !== h * w)
    throw new RangeError(`${name} has ${a.length} values but ${h}x${w} = ${h * w} were expected.`);
}

interface PoolOptions {
  /** Window side (square windows). */
  size: number;
  /** Step between windows; defaults to `size` (non-overlapping, the usual choice). */
  stride?: number;
  kind: 'max' | 'avg';
}

/**
 * 2D pooling without padding: each output is the max or mean of a size x size
 * window. Windows that would stick out past the edge are dropped, as in
 * 'valid' pooling, so the output is convOutputSize(n, size, 0, stride) per axis.
 */
export function pool2d(image: ArrayLike<number>, h: number, w: number, opts: PoolOptions): Grid {
  const { size, stride = size, kind } = opts;
  checkShape('image', image, h, w);
  requireInt('pool size', size, 1);
  requireInt('stride', stride, 1);
  const outH = paddedOutputSize(h, size, stride);
  const outW = paddedOutputSize(w, size, stride);
  const data = new Float32Array(outH * outW);
  for (let r = 0; r < outH; r++) {
    for (let c = 0; c < outW; c++) {
      data[r * outW + c] = poolWindow(image, w, r * stride, c * stride, size, kind);
    }
  }
  return { data, height: outH, width: outW };
}

function poolWindow(
  image: ArrayLike<number>,
  w: number,
  top: number,
  left: number,
  size: number,
  kind: 'max' | 'avg',
): number {
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const v = image[(top + i) * w + left + j];
      sum += v;
      if (v > max) max = v;
    }
  }
  return kind === 'max' ? max : sum / (size * size);
}

// ─── Kernel presets ───────────────────────────────────────────────────────────

interface KernelPreset {
  id: KernelPresetId;
  name: string;
  /** Kernel side; all presets are square. */
  size: number;
  /** size*size weights, row-major, meant for cross-correlation (what the lessons run). */
  values: readonly number[];
  description: string;
}

export const KERNEL_PRESET_IDS = [
  'identity',
  'box-blur-3',
  'gaussian-3',
  'gaussian-5',
  'sharpen',
  'sobel-x',
  'sobel-y',
  'laplacian',
] as const;
export type KernelPresetId = (typeof KERNEL_PRESET_IDS)[number];

/** Outer product of a 1D kernel with itself, divided by `norm` (Gaussians are separable). */
function outer(v: readonly number[], norm: number): number[] {
  return v.flatMap((a) => v.map((b) => (a * b) / norm));
}

function preset(id: KernelPresetId, name: string, values: number[], description: string): KernelPreset {
  const size = Math.round(Math.sqrt(values.length));
  return Object.freeze({ id, name, size, values: Object.freeze(values), description });
}

export const KERNEL_PRESETS: Readonly<Record<KernelPresetId, KernelPreset>> = Object.freeze({
  identity: preset('identity', 'Identity', [0, 0, 0, 0, 1, 0, 0, 0, 0], 'Copies the image unchanged: the baseline.'),
  'box-blur-3': preset(
    'box-blur-3',
    'Box blur 3×3',
    new Array<number>(9).fill(1 / 9),
    'Each pixel becomes the plain average of its 3×3 neighbourhood.',
  ),
  'gaussian-3': preset(
    'gaussian-3',
    'Gaussian blur 3×3',
    outer([1, 2, 1], 16),
    'A weighted average that favours the centre: a smoother blur than the box (weights sum to 1).',
  ),
  'gaussian-5': preset(
    'gaussian-5',
    'Gaussian blur 5×5',
    outer([1, 4, 6, 4, 1], 256),
    'Binomial approximation of a Gaussian over a 5×5 window: a wider, stronger blur.',
  ),
  sharpen: preset(
    'sharpen',
    'Sharpen',
    [0, -1, 0, -1, 5, -1, 0, -1, 0],
    'Identity plus (centre minus neighbours): boosts local contrast; weights sum to 1.',
  ),
  'sobel-x': preset(
    'sobel-x',
    'Sobel x (vertical edges)',
    [-1, 0, 1, -2, 0, 2, -1, 0, 1],
    'Horizontal gradient: positive where the image gets brighter to the right.',
  ),
  'sobel-y': preset(
    'sobel-y',
    'Sobel y (horizontal edges)',
    [-1, -2, -1, 0, 0, 0, 1, 2, 1],
    'Vertical gradient: positive where the image gets brighter downwards.',
  ),
  laplacian: preset(
    'laplacian',
    'Laplacian',
    [0, 1, 0, 1, -4, 1, 0, 1, 0],
    'Sum of second derivatives: zero on flat areas and ramps, strong at edges and dots; weights sum to 0.',
  ),
});

// ─── Parameter counts: dense vs convolutional ─────────────────────────────────

interface DenseVsConvInput {
  inputH: number;
  inputW: number;
  /** Square kernel side k. */
  kernel: number;
  /** Number of conv filters F (= output channels). */
  featureMaps: number;
  /** Units H in the dense layer being compared. */
  hiddenUnits: number;
  /** Input channels C (1 for MNIST). */
  inputChannels?: number;
  padding?: number;
  stride?: number;
}

interface LayerCounts {
  /** Learned multiplicative weights. */
  weights: number;
  biases: number;
  /** weights + biases. */
  params: number;
  /** Input-to-output links, i.e. multiply-adds per example. */
  connections: number;
  /** Number of output values the layer produces. */
  outputs: number;
}

interface DenseVsConvCounts {
  dense: LayerCounts;
  conv: LayerCounts & { outputH: number; outputW: number };
  /** dense.weights / conv.weights: how many times fewer weights weight sharing needs. */
  weightRatio: number;
}

/**
 * Weights and connections of a dense layer vs a conv layer on the same input.
 *
 * With N = inputH * inputW * C inputs:
 *   dense: weights = N * H, biases = H, connections = N * H
 *          (every unit sees every input, each link has its own weight)
 *   conv:  weights = k * k * C * F, biases = F,
 *          connections = outH * outW * F * k * k * C
 *          (each output sees only a k x k x C window, and all positions of a
 *          feature map share the same k*k*C weights)
 * where outH/outW = convOutputSize(inputH/W, k, padding, stride). Taps that land
 * on zero padding are still counted as connections: they are multiply-adds the
 * layer performs.
 */
export function denseVsConvCounts(input: DenseVsConvInput): DenseVsConvCounts {
  const { inputH, inputW, kernel: k, featureMaps: f, hiddenUnits: units } = input;
  const { inputChannels: c = 1, padding = 0, stride = 1 } = input;
  requireInt('featureMaps', f, 1);
  requireInt('hiddenUnits', units, 1);
  requireInt('inputChannels', c, 1);
  const n = inputH * inputW * c;
  const dense: LayerCounts = {
    weights: n * units,
    biases: units,
    params: n * units + units,
    connections: n * units,
    outputs: units,
  };
  const outputH = convOutputSize(inputH, k, padding, stride);
  const outputW = convOutputSize(inputW, k, padding, stride);
  const convWeights = k * k * c * f;
  const convOutputs = outputH * outputW * f;
  const conv = {
    weights: convWeights,
    biases: f,
    params: convWeights + f,
    connections: convOutputs * k * k * c,
    outputs: convOutputs,
    outputH,
    outputW,
  };
  return { dense, conv, weightRatio: dense.weights / conv.weights };
}
