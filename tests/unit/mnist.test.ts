import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  encodeMnist,
  fullBatch,
  gatherBatch,
  labelHistogram,
  mnistByteLength,
  mnistImage,
  MNIST_DEFAULT_URL,
  MnistBatcher,
  parseMnist,
  splitMnist,
  type MnistData,
} from '../../src/engine/data/mnist';
import { loadMnist, loadMnistOnce } from '../../src/engine/data/mnist-load';
import { Rng } from '../../src/engine/data/random';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'public/data/mnist-10k.bin');

/** A small synthetic data set: `count` images of rows x cols with labels i % 10. */
function synthetic(count: number, rows = 4, cols = 3, seed = 1): MnistData {
  const rng = new Rng(seed);
  const images = new Uint8Array(count * rows * cols).map(() => rng.int(256));
  const labels = new Uint8Array(count).map((_, i) => i % 10);
  return { images, labels, count, rows, cols };
}

function toArrayBuffer(buf: Buffer): ArrayBuffer {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

describe('parseMnist', () => {
  it('round-trips a valid buffer', () => {
    const data = synthetic(7);
    const buffer = encodeMnist(data);
    expect(buffer.byteLength).toBe(20 + 7 * 12 + 7);
    const parsed = parseMnist(buffer);
    expect(parsed).toMatchObject({ count: 7, rows: 4, cols: 3 });
    expect(Array.from(parsed.images)).toEqual(Array.from(data.images));
    expect(Array.from(parsed.labels)).toEqual(Array.from(data.labels));
    // Copies with their own buffers, so each can be transferred independently.
    expect(parsed.images.buffer).not.toBe(parsed.labels.buffer);
    expect(parsed.images.buffer.byteLength).toBe(7 * 12);
  });

  it('rejects a truncated file with a clear message', () => {
    const buffer = encodeMnist(synthetic(7));
    const expected = buffer.byteLength;
    expect(() => parseMnist(buffer.slice(0, expected - 5))).toThrow(
      `MNIST data file is truncated: expected ${expected} bytes, got ${expected - 5}`,
    );
    expect(() => parseMnist(buffer.slice(0, 10))).toThrow('MNIST data file is truncated');
    expect(() => parseMnist(new ArrayBuffer(0))).toThrow('MNIST data file is truncated');
  });

  it('rejects a file with trailing bytes', () => {
    const bytes = new Uint8Array(encodeMnist(synthetic(3)).byteLength + 4);
    bytes.set(new Uint8Array(encodeMnist(synthetic(3))));
    expect(() => parseMnist(bytes.buffer)).toThrow('MNIST data file is too long');
  });

  it('rejects the wrong magic, and recognises an HTML page', () => {
    const bytes = new Uint8Array(encodeMnist(synthetic(3)));
    bytes.set([0x50, 0x4b, 0x03, 0x04]); // "PK\3\4", a zip
    expect(() => parseMnist(bytes.buffer)).toThrow('Not an MNIST data file: expected magic "HLMN"');
    const html = new TextEncoder().encode('<!doctype html><html><body>app</body></html>');
    expect(() => parseMnist(html.buffer)).toThrow(/HTML page.*probably missing/);
  });

  it('rejects another version and a bad label', () => {
    const buffer = encodeMnist(synthetic(3));
    const v2 = buffer.slice(0);
    new DataView(v2).setUint32(4, 2, true);
    expect(() => parseMnist(v2)).toThrow('Unsupported MNIST data file version 2');
    const badLabel = new Uint8Array(buffer.slice(0));
    badLabel[badLabel.length - 1] = 12;
    expect(() => parseMnist(badLabel.buffer)).toThrow('label 12 at image 2');
  });
});

describe('loadMnist', () => {
  const data = synthetic(50, 28, 28);
  const file = new Uint8Array(encodeMnist(data));

  /** A fetch stand-in that streams `body` in chunks of `chunk` bytes. */
  function fakeFetch(body: Uint8Array, init: ResponseInit = {}, chunk = 1000): typeof fetch {
    return (async () => {
      let offset = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (offset >= body.length) return controller.close();
          controller.enqueue(body.slice(offset, offset + chunk));
          offset += chunk;
        },
      });
      return new Response(stream, init);
    }) as typeof fetch;
  }

  it('streams, reports progress and parses', async () => {
    const events: [number, number | null][] = [];
    const loaded = await loadMnist('x.bin', {
      fetchImpl: fakeFetch(file, { headers: { 'content-length': String(file.length) } }),
      onProgress: (l, t) => events.push([l, t]),
    });
    expect(loaded.count).toBe(50);
    expect(Array.from(loaded.labels)).toEqual(Array.from(data.labels));
    expect(events[0]).toEqual([0, file.length]);
    expect(events.at(-1)).toEqual([file.length, file.length]);
    expect(events.length).toBe(Math.ceil(file.length / 1000) + 1);
    for (let i = 1; i < events.length; i++) expect(events[i][0]).toBeGreaterThan(events[i - 1][0]);
  });

  it('learns the total from the header when there is no usable Content-Length', async () => {
    const events: [number, number | null][] = [];
    await loadMnist('x.bin', {
      fetchImpl: fakeFetch(file, { headers: { 'content-encoding': 'gzip', 'content-length': '123' } }, 10),
      onProgress: (l, t) => events.push([l, t]),
    });
    expect(events[0]).toEqual([0, null]);
    expect(events[1]).toEqual([10, null]); // 10 bytes: header not complete yet
    expect(events[2]).toEqual([20, mnistByteLength(data)]);
  });

  it('inflates a gzip body (the file the app fetches), with progress over the compressed bytes', async () => {
    const gz = new Uint8Array(gzipSync(file));
    const events: [number, number | null][] = [];
    const loaded = await loadMnist('x.bin.gz', {
      fetchImpl: fakeFetch(gz, { headers: { 'content-length': String(gz.length) } }, 500),
      onProgress: (l, t) => events.push([l, t]),
    });
    expect(loaded.count).toBe(50);
    expect(Array.from(loaded.images)).toEqual(Array.from(data.images));
    expect(Array.from(loaded.labels)).toEqual(Array.from(data.labels));
    expect(events.at(-1)).toEqual([gz.length, gz.length]);
  });

  it('takes a body the browser already inflated (Content-Encoding: gzip) as it is', async () => {
    const loaded = await loadMnist('x.bin.gz', {
      fetchImpl: fakeFetch(file, { headers: { 'content-encoding': 'gzip' } }),
    });
    expect(loaded.count).toBe(50);
  });

  it('reports a damaged gzip file clearly', async () => {
    const gz = new Uint8Array(gzipSync(file));
    await expect(loadMnist('x.bin.gz', { fetchImpl: fakeFetch(gz.subarray(0, gz.length >> 1)) })).rejects.toThrow(
      /MNIST data file is damaged: could not decompress it.*prepare-mnist/,
    );
    const garbage = gz.slice();
    garbage.fill(7, 10);
    await expect(loadMnist('x.bin.gz', { fetchImpl: fakeFetch(garbage) })).rejects.toThrow(
      'MNIST data file is damaged',
    );
  });

  it('loadMnistOnce shares one download, gives every caller progress, and retries after a failure', async () => {
    let fetches = 0;
    const counting = ((...args: Parameters<typeof fetch>) => {
      fetches++;
      return fakeFetch(file, { headers: { 'content-length': String(file.length) } }, 5000)(...args);
    }) as typeof fetch;
    const early = loadMnistOnce('shared.bin', { fetchImpl: counting });
    const seen: number[] = [];
    const late = loadMnistOnce('shared.bin', { fetchImpl: counting, onProgress: (l) => seen.push(l) });
    const [a, b] = await Promise.all([early, late]);
    expect(fetches).toBe(1);
    expect(a).toBe(b);
    expect(seen.at(-1)).toBe(file.length);
    // A caller that joins after the end still gets the final progress.
    const after: number[] = [];
    await loadMnistOnce('shared.bin', { onProgress: (l) => after.push(l) });
    expect(after).toEqual([file.length]);
    // Failures are forgotten: the next call fetches again.
    const failing = (async () => {
      throw new TypeError('offline');
    }) as typeof fetch;
    await expect(loadMnistOnce('flaky.bin', { fetchImpl: failing })).rejects.toThrow('offline');
    await expect(loadMnistOnce('flaky.bin', { fetchImpl: counting })).resolves.toMatchObject({ count: 50 });
  });

  it('reports HTTP errors and truncated downloads clearly', async () => {
    await expect(
      loadMnist('missing.bin', { fetchImpl: fakeFetch(new Uint8Array(0), { status: 404, statusText: 'Not Found' }) }),
    ).rejects.toThrow('Could not download the MNIST data from missing.bin: HTTP 404 Not Found');
    await expect(loadMnist('x.bin', { fetchImpl: fakeFetch(file.subarray(0, 5000)) })).rejects.toThrow(
      `MNIST data file is truncated: expected ${file.length} bytes, got 5000`,
    );
    const failing = (async () => {
      throw new TypeError('network down');
    }) as typeof fetch;
    await expect(loadMnist('x.bin', { fetchImpl: failing })).rejects.toThrow('network down');
  });
});

describe('the generated MNIST file', () => {
  let data: MnistData;

  beforeAll(() => {
    if (!existsSync(BIN) || !existsSync(`${BIN}.gz`)) {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/prepare-mnist.mjs'), '--quiet'], { cwd: ROOT });
    }
    data = parseMnist(toArrayBuffer(readFileSync(BIN)));
  }, 60_000);

  it('holds 10,000 28x28 images with every digit well represented', () => {
    expect(data).toMatchObject({ count: 10_000, rows: 28, cols: 28 });
    const hist = labelHistogram(data.labels);
    expect(hist.reduce((a, b) => a + b, 0)).toBe(10_000);
    for (const n of hist) expect(n).toBeGreaterThan(800);
    for (const n of hist) expect(n).toBeLessThan(1200);
  });

  it('has plausible MNIST pixels', () => {
    let sum = 0;
    let ink = 0;
    for (const v of data.images) {
      sum += v;
      if (v > 0) ink++;
    }
    // MNIST's well-known mean intensity is about 0.13; about a fifth of pixels are non-zero.
    expect(sum / data.images.length / 255).toBeCloseTo(0.13, 1);
    expect(ink / data.images.length).toBeGreaterThan(0.12);
    expect(ink / data.images.length).toBeLessThan(0.3);
    // Every image has ink, the border is (almost) always blank, and the centre of mass is central.
    for (let i = 0; i < data.count; i += 97) {
      const img = mnistImage(data, i);
      let mass = 0;
      let my = 0;
      let mx = 0;
      for (let p = 0; p < img.length; p++) {
        mass += img[p];
        my += img[p] * Math.floor(p / 28);
        mx += img[p] * (p % 28);
      }
      expect(mass).toBeGreaterThan(0);
      expect(img[0] + img[27] + img[28 * 27] + img[28 * 28 - 1]).toBe(0);
      expect(Math.abs(my / mass - 13.5)).toBeLessThan(2);
      expect(Math.abs(mx / mass - 13.5)).toBeLessThan(2);
    }
  });

  it('has a gzip copy (what the app fetches) that inflates to the same bytes, at most a quarter of the size', () => {
    expect(MNIST_DEFAULT_URL).toBe('data/mnist-10k.bin.gz');
    const raw = readFileSync(BIN);
    const gz = readFileSync(`${BIN}.gz`);
    expect(gz.length).toBeLessThan(raw.length / 4);
    return loadMnist('x.bin.gz', { fetchImpl: (async () => new Response(new Uint8Array(gz))) as typeof fetch }).then(
      (d) => {
        expect(d.count).toBe(data.count);
        expect(Buffer.from(d.images).equals(Buffer.from(data.images))).toBe(true);
        expect(Buffer.from(d.labels).equals(Buffer.from(data.labels))).toBe(true);
      },
    );
  });

  it('is interleaved so that a prefix is class-balanced', () => {
    expect(Array.from(data.labels.subarray(0, 20))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('splits into 8000/2000 with the default options', () => {
    const split = splitMnist(data, { seed: 42 });
    expect(split.train.count).toBe(8000);
    expect(split.test.count).toBe(2000);
    for (const n of labelHistogram(split.test.labels)) expect(n).toBeGreaterThan(120);
  });
});

describe('splitMnist', () => {
  const data = synthetic(100);

  it('is deterministic by seed', () => {
    const a = splitMnist(data, { trainCount: 70, testCount: 30, seed: 7 });
    const b = splitMnist(data, { trainCount: 70, testCount: 30, seed: 7 });
    const c = splitMnist(data, { trainCount: 70, testCount: 30, seed: 8 });
    expect(Array.from(a.trainIndices)).toEqual(Array.from(b.trainIndices));
    expect(Array.from(a.testIndices)).toEqual(Array.from(b.testIndices));
    expect(Array.from(a.train.images)).toEqual(Array.from(b.train.images));
    expect(Array.from(a.trainIndices)).not.toEqual(Array.from(c.trainIndices));
  });

  it('gives disjoint sets whose examples match the source', () => {
    const s = splitMnist(data, { trainCount: 60, testCount: 25, seed: 3 });
    const train = new Set(s.trainIndices);
    const test = new Set(s.testIndices);
    expect(train.size).toBe(60);
    expect(test.size).toBe(25);
    for (const i of test) expect(train.has(i)).toBe(false);
    s.testIndices.forEach((src, k) => {
      expect(s.test.labels[k]).toBe(data.labels[src]);
      expect(Array.from(mnistImage(s.test, k))).toEqual(Array.from(mnistImage(data, src)));
    });
  });

  it('refuses to ask for more examples than exist', () => {
    expect(() => splitMnist(data, { trainCount: 90, testCount: 20, seed: 1 })).toThrow('only 100 exist');
    expect(() => splitMnist(data, { trainCount: -1, testCount: 20, seed: 1 })).toThrow(RangeError);
  });
});

describe('batches', () => {
  const data = synthetic(23, 2, 2);

  it('gatherBatch scales pixels to [0, 1] and one-hot encodes labels', () => {
    const b = gatherBatch(data, [5, 0]);
    expect(b.size).toBe(2);
    expect(b.x.length).toBe(8);
    expect(b.x[0]).toBeCloseTo(data.images[20] / 255, 6);
    expect(b.x[4]).toBeCloseTo(data.images[0] / 255, 6);
    expect(Array.from(b.labels)).toEqual([5, 0]);
    expect(Array.from(b.yOneHot)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(fullBatch(data).size).toBe(23);
  });

  it('covers every example exactly once per epoch and reshuffles', () => {
    const batcher = new MnistBatcher(data, { batchSize: 5, seed: 11 });
    expect(batcher.batchesPerEpoch).toBe(5);
    const orders: number[][] = [];
    for (let e = 0; e < 3; e++) {
      expect(batcher.epoch).toBe(e);
      const batches = [...batcher.epochBatches()];
      expect(batches.map((b) => b.size)).toEqual([5, 5, 5, 5, 3]);
      expect(batches.map((b) => b.batchIndex)).toEqual([0, 1, 2, 3, 4]);
      expect(batches.every((b) => b.epoch === e)).toBe(true);
      const seen = batches.flatMap((b) => Array.from(b.indices));
      expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i));
      for (const b of batches) {
        b.indices.forEach((src, k) => expect(b.labels[k]).toBe(data.labels[src]));
      }
      orders.push(seen);
    }
    expect(orders[0]).not.toEqual(orders[1]);
    expect(orders[1]).not.toEqual(orders[2]);
  });

  it('is deterministic by seed, across epochs and after seekEpoch', () => {
    const take = (b: MnistBatcher, n: number) => Array.from({ length: n }, () => Array.from(b.next().indices));
    const a = take(new MnistBatcher(data, { batchSize: 4, seed: 5 }), 14);
    const b = take(new MnistBatcher(data, { batchSize: 4, seed: 5 }), 14);
    const c = take(new MnistBatcher(data, { batchSize: 4, seed: 6 }), 14);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const resumed = new MnistBatcher(data, { batchSize: 4, seed: 5 });
    resumed.seekEpoch(1);
    expect(take(resumed, 6)).toEqual(a.slice(6, 12)); // 6 batches per epoch
  });

  it('dropLast skips the short final batch', () => {
    const batcher = new MnistBatcher(data, { batchSize: 5, seed: 1, dropLast: true });
    expect(batcher.batchesPerEpoch).toBe(4);
    expect([...batcher.epochBatches()].map((b) => b.size)).toEqual([5, 5, 5, 5]);
    expect(batcher.epoch).toBe(1);
    expect(() => new MnistBatcher(data, { batchSize: 0, seed: 1 })).toThrow(RangeError);
  });
});
