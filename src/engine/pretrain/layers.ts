/**
 * The pre-trained layers: stacks of weights copied out of the phase networks, the codes
 * of the autoencoder stack (computed in chunks as jobs), and plain-JS reconstructions
 * of the few digits the page shows.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BatchedMlp } from '../networks/mlp';
import type { Job } from './queue';
import { CODE_CHUNK } from './schedule';

/** One pre-trained layer: W [n_in × n_out] row-major, b [n_out]. */
export interface Layer {
  W: Float32Array;
  b: Float32Array;
  nIn: number;
  nOut: number;
}

/** One autoencoder of the stack: encoder and decoder. */
export interface AeLayer {
  enc: Layer;
  dec: Layer;
}

/** The inputs of the next autoencoder: train and test rows of width d (d = 784 pixels at first). */
export interface Codes {
  train: Float32Array;
  test: Float32Array;
  d: number;
}

/** Layer l of run `run` of a network, copied out. */
export function readLayer(net: BatchedMlp, l: number, run = 0): Layer {
  const { W, b } = net.layerWeights(l);
  const [nIn, nOut] = [net.sizes[l], net.sizes[l + 1]];
  return { W: W.slice(run * nIn * nOut, (run + 1) * nIn * nOut), b: b.slice(run * nOut, (run + 1) * nOut), nIn, nOut };
}

/**
 * A job that passes the codes through a new encoder, CODE_CHUNK rows at a time (the
 * frozen layers never change, so this runs once per layer, not at every step).
 * `chunk(rows)` is told the work of each slice; `done` gets the new codes.
 * `dispose` frees the encoder tensor if the job is dropped unfinished.
 */
export function codesJob(
  enc: Layer,
  codes: Codes,
  counts: { train: number; test: number },
  chunk: (rows: number) => void,
  done: (next: Codes) => void,
): { job: Job; dispose: () => void } {
  const next: Codes = {
    train: new Float32Array(counts.train * enc.nOut),
    test: new Float32Array(counts.test * enc.nOut),
    d: enc.nOut,
  };
  const parts = [
    { src: codes.train, dst: next.train, n: counts.train },
    { src: codes.test, dst: next.test, n: counts.test },
  ];
  let part = 0;
  let row = 0;
  const Wb = tf.tidy(() => tf.concat([tf.tensor2d(enc.W, [enc.nIn, enc.nOut]), tf.tensor2d(enc.b, [1, enc.nOut])], 0));
  const dispose = () => {
    if (!Wb.isDisposed) Wb.dispose();
  };
  const job: Job = () => {
    const { src, dst, n } = parts[part];
    const m = Math.min(CODE_CHUNK, n - row);
    const out = tf.tidy(() => {
      const x = tf.tensor2d(src.subarray(row * enc.nIn, (row + m) * enc.nIn), [m, enc.nIn]);
      return tf.sigmoid(tf.matMul(tf.concat([x, tf.ones([m, 1])], 1), Wb)).dataSync() as Float32Array;
    });
    dst.set(out, row * enc.nOut);
    chunk(m);
    row += m;
    if (row >= n) {
      part++;
      row = 0;
    }
    if (part < parts.length) return false;
    dispose();
    done(next);
    return true;
  };
  return { job, dispose };
}

/** σ(x W + b) for D rows, in plain JS (tiny sizes: the shown digits). */
export function encodeJs(x: Float32Array, D: number, layer: Layer): Float32Array {
  const { W, b, nIn, nOut } = layer;
  const out = new Float32Array(D * nOut);
  for (let r = 0; r < D; r++) {
    const acc = new Float64Array(nOut);
    for (let j = 0; j < nOut; j++) acc[j] = b[j];
    for (let i = 0; i < nIn; i++) {
      const v = x[r * nIn + i];
      if (v === 0) continue;
      const row = i * nOut;
      for (let j = 0; j < nOut; j++) acc[j] += v * W[row + j];
    }
    for (let j = 0; j < nOut; j++) out[r * nOut + j] = 1 / (1 + Math.exp(-acc[j]));
  }
  return out;
}

/** Encode through the k autoencoders, then decode back down: x' through a depth-k stack. */
export function reconstruct(x: Float32Array, D: number, layers: AeLayer[]): Float32Array {
  let z = x;
  for (const l of layers) z = encodeJs(z, D, l.enc);
  for (let k = layers.length - 1; k >= 0; k--) z = encodeJs(z, D, layers[k].dec);
  return z;
}

/** Reconstructions through depth 1…K, [K × D × d0]. */
export function reconstructAll(x: Float32Array, D: number, layers: AeLayer[]): Float32Array {
  const d0 = x.length / D;
  const out = new Float32Array(layers.length * D * d0);
  for (let k = 1; k <= layers.length; k++) out.set(reconstruct(x, D, layers.slice(0, k)), (k - 1) * D * d0);
  return out;
}

/**
 * First-layer features of several networks as images: for each network (W [d × w1] of
 * run `run`, row-major), its first `maxUnits` units' incoming weights, [nets × units × d].
 */
export function packFeatures(
  nets: { W: Float32Array; run: number }[],
  d: number,
  w1: number,
  maxUnits: number,
): { data: Float32Array; units: number } {
  const units = Math.min(maxUnits, w1);
  const out = new Float32Array(nets.length * units * d);
  nets.forEach(({ W, run }, k) => {
    const off = run * d * w1;
    for (let u = 0; u < units; u++) for (let i = 0; i < d; i++) out[(k * units + u) * d + i] = W[off + i * w1 + u];
  });
  return { data: out, units };
}
