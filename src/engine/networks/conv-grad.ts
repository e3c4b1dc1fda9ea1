/**
 * A 2D convolution whose gradients use only forward-style kernels, so that it trains on
 * tfjs-backend-wasm (4.22 has Conv2D and Conv2DBackpropInput but no
 * Conv2DBackpropFilter kernel).
 *
 * For y = conv2d(x, W) with stride s (NHWC, W = [k, k, C_in, C_out]):
 *   dW[i, j, c, f] = Σ_{n, y, x} x_pad[n, s·y + i, s·x + j, c] · dy[n, y, x, f]
 * is itself a convolution: take the (padded) input with batch and channel axes swapped,
 * [C_in, H, W, N], as the image, and the output gradient as a filter [H_out, W_out, N, C_out]
 * dilated by s; a 'valid' conv2d gives [C_in, ≥k, ≥k, C_out], whose first k×k rows and
 * columns, transposed to [k, k, C_in, C_out], are dW.
 *   dx = conv2dTranspose(dy, W) (the Conv2DBackpropInput kernel, which wasm has).
 *
 * Padding: 'valid', 'same' (split as tfjs splits it: the smaller half on top/left) or a
 * number (the same on every side).
 */
import * as tf from '@tensorflow/tfjs-core';

export type ConvPad = 'valid' | 'same' | number;

/** [before, after] padding of one spatial axis, as tfjs computes it. */
export function padAmounts(
  size: number,
  k: number,
  stride: number,
  pad: ConvPad,
): { out: number; before: number; after: number } {
  if (pad === 'valid') return { out: Math.floor((size - k) / stride) + 1, before: 0, after: 0 };
  if (pad === 'same') {
    const out = Math.ceil(size / stride);
    const total = Math.max((out - 1) * stride + k - size, 0);
    const before = Math.floor(total / 2);
    return { out, before, after: total - before };
  }
  return { out: Math.floor((size + 2 * pad - k) / stride) + 1, before: pad, after: pad };
}

/**
 * dW of a conv2d from its input x [N, H, W, C_in], the output gradient dy
 * [N, H_out, W_out, C_out], the kernel side k, stride and padding — with a conv2d only.
 */
export function conv2dFilterGrad(
  x: tf.Tensor4D,
  dy: tf.Tensor4D,
  k: number,
  stride: number,
  pad: ConvPad,
): tf.Tensor4D {
  return tf.tidy(() => {
    const [, h, w] = x.shape;
    const ph = padAmounts(h, k, stride, pad);
    const pw = padAmounts(w, k, stride, pad);
    let xp = x;
    if (ph.before || ph.after || pw.before || pw.after) {
      xp = tf.pad(x, [
        [0, 0],
        [ph.before, ph.after],
        [pw.before, pw.after],
        [0, 0],
      ]);
    }
    const xt = tf.transpose(xp, [3, 1, 2, 0]); // [C_in, Hp, Wp, N]
    const dyt = tf.transpose(dy, [1, 2, 0, 3]); // [H_out, W_out, N, C_out]
    let g = tf.conv2d(xt, dyt, 1, 'valid', 'NHWC', stride); // [C_in, ≥k, ≥k, C_out]
    if (g.shape[1] !== k || g.shape[2] !== k) g = tf.slice(g, [0, 0, 0, 0], [-1, k, k, -1]);
    return tf.transpose(g, [1, 2, 0, 3]); // [k, k, C_in, C_out]
  });
}

export interface ConvOptions {
  stride?: number;
  pad?: ConvPad;
  /**
   * Whether the input needs a gradient. tf.customGrad computes every input's gradient
   * eagerly, so the first layer (whose input is the data) says false and gets zeros for
   * dx instead of a wasted transposed convolution.
   */
  inputGrad?: boolean;
}

/**
 * conv2d(x, W) with the gradients above. The forward pass is tfjs's own conv2d; only the
 * backward pass differs (same values within float rounding).
 */
export function conv2dTrainable(x: tf.Tensor4D, filter: tf.Tensor4D, opts: ConvOptions = {}): tf.Tensor4D {
  const stride = opts.stride ?? 1;
  const pad = opts.pad ?? 'valid';
  const inputGrad = opts.inputGrad ?? true;
  const k = filter.shape[0];
  if (filter.shape[1] !== k) throw new RangeError('conv2dTrainable: only square kernels.');
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [xs, ws, save] = args as [tf.Tensor4D, tf.Tensor4D, tf.GradSaveFunc];
    save([xs, ws]);
    return {
      value: tf.conv2d(xs, ws, stride, pad),
      gradFunc: (dy4: tf.Tensor4D, saved: tf.Tensor[]) => {
        const [sx, sw] = saved as [tf.Tensor4D, tf.Tensor4D];
        const dw = conv2dFilterGrad(sx, dy4, k, stride, pad);
        const dx = inputGrad ? tf.conv2dTranspose(dy4, sw, sx.shape, stride, pad) : tf.zerosLike(sx);
        return [dx, dw];
      },
    };
  });
  return op(x, filter);
}
