/**
 * Loading the prepared MNIST file (see mnist.ts for its format): one request, streamed
 * for progress, inflated if it is the gzip copy, parsed with readable errors; one load
 * shared by every caller.
 */
import {
  MNIST_DEFAULT_URL,
  MNIST_HEADER_BYTES,
  mnistByteLength,
  type MnistData,
  parseMnist,
  PREPARE_HINT,
  readHeader,
} from './mnist';

interface LoadMnistOptions {
  /**
   * Called as bytes arrive. `totalBytes` comes from Content-Length when the body
   * is not content-encoded, otherwise from the file header once it has arrived;
   * it is null until one of those is known.
   */
  onProgress?: (loadedBytes: number, totalBytes: number | null) => void;
  /** Injected for tests and workers; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
}

/** Fetches and parses the MNIST file in one request, streaming for progress when possible. */
export async function loadMnist(url: string, opts: LoadMnistOptions = {}): Promise<MnistData> {
  const fetchFn = opts.fetchImpl ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchFn(url, opts.signal ? { signal: opts.signal } : undefined);
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    throw new Error(`Could not download the MNIST data from ${url}: ${errorMessage(err)}`, { cause: err });
  }
  if (!response.ok) {
    throw new Error(
      `Could not download the MNIST data from ${url}: HTTP ${response.status} ${response.statusText}`.trim() +
        `. ${PREPARE_HINT}`,
    );
  }
  const buffer = await readBody(response, opts.onProgress);
  return parseMnist(await gunzipIfNeeded(buffer));
}

/** Inflates a gzip body (magic 1f 8b); anything else is returned as it is. */
async function gunzipIfNeeded(buffer: ArrayBuffer): Promise<ArrayBuffer> {
  const head = new Uint8Array(buffer, 0, Math.min(2, buffer.byteLength));
  if (head.length < 2 || head[0] !== 0x1f || head[1] !== 0x8b) return buffer;
  try {
    const stream = new Blob([buffer]).stream().pipeThrough(new DecompressionStream('gzip'));
    return await new Response(stream).arrayBuffer();
  } catch (err) {
    throw new Error(`The MNIST data file is damaged: could not decompress it (${errorMessage(err)}). ${PREPARE_HINT}`, {
      cause: err,
    });
  }
}

interface PendingLoad {
  promise: Promise<MnistData>;
  listeners: Set<(loaded: number, total: number | null) => void>;
  /** The latest progress, replayed to callers that join a download already under way. */
  last: [number, number | null] | null;
}
const cache = new Map<string, PendingLoad>();

/**
 * Like loadMnist, but shares one download per URL for the lifetime of the page
 * (several lessons may ask for the digits, and a lesson may start the download before
 * it renders its progress bar). A failed load is forgotten so the next call retries.
 * Every caller's onProgress sees the progress (a late one first gets the latest value);
 * the returned function stops a caller's progress reports.
 */
export function loadMnistOnce(
  url: string = MNIST_DEFAULT_URL,
  opts: LoadMnistOptions = {},
): Promise<MnistData> & { unsubscribe: () => void } {
  let entry = cache.get(url);
  if (!entry) {
    const fresh: PendingLoad = { promise: null as unknown as Promise<MnistData>, listeners: new Set(), last: null };
    fresh.promise = loadMnist(url, {
      ...opts,
      onProgress: (loaded, total) => {
        fresh.last = [loaded, total];
        for (const l of fresh.listeners) l(loaded, total);
      },
    });
    fresh.promise.catch(() => {
      if (cache.get(url) === fresh) cache.delete(url);
    });
    cache.set(url, fresh);
    entry = fresh;
  } else if (opts.onProgress && entry.last) {
    opts.onProgress(...entry.last);
  }
  const { listeners } = entry;
  const listener = opts.onProgress;
  if (listener) listeners.add(listener);
  return Object.assign(
    entry.promise.then((d) => d),
    { unsubscribe: () => listener && listeners.delete(listener) },
  );
}

/** Total size from Content-Length, unless the body is compressed (the header counts encoded bytes). */
function declaredLength(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  if (encoding && encoding !== 'identity') return null;
  const raw = response.headers.get('content-length');
  const n = raw === null ? NaN : Number(raw);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** Reads the body to one ArrayBuffer, reporting progress per chunk. */
async function readBody(
  response: Response,
  onProgress?: (loaded: number, total: number | null) => void,
): Promise<ArrayBuffer> {
  if (!response.body) {
    const buffer = await response.arrayBuffer();
    onProgress?.(buffer.byteLength, buffer.byteLength);
    return buffer;
  }
  let total = declaredLength(response);
  let headerChecked = false;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress?.(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    if (total === null && !headerChecked && loaded >= MNIST_HEADER_BYTES) {
      headerChecked = true; // look once; a bad header is reported by parseMnist at the end
      total = totalFromHeader(concat(chunks, loaded));
    }
    onProgress?.(loaded, total);
  }
  return concat(chunks, loaded).buffer;
}

/** Once the first 20 bytes are in, the header tells us the full size (if it is ours). */
function totalFromHeader(bytes: Uint8Array): number | null {
  try {
    return mnistByteLength(readHeader(bytes));
  } catch {
    return null;
  }
}

/** Joins chunks into one new, exactly sized buffer. */
function concat(chunks: Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
