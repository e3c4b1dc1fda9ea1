import { useEffect, useState } from 'react';
import { MNIST_DEFAULT_URL, type MnistData, loadMnistOnce } from '../engine';

export type MnistState =
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'ready'; data: MnistData }
  | { status: 'error'; message: string };

/** The absolute URL of the digits file (its gzip copy; relative to the page, so it works under any base path). */
export function mnistUrl(): string {
  return new URL(MNIST_DEFAULT_URL, document.baseURI).href;
}

/**
 * Loads the 10,000 digits once per page (lessons share the download), with progress and
 * a readable error; the second value retries.
 */
export function useMnist(): [MnistState, () => void] {
  // Start the download while the lesson renders (its prose and formulas take a while),
  // not after it commits: the effect below then joins the download under way.
  useState(() => loadMnistOnce(mnistUrl()).catch(() => undefined));
  const [state, setState] = useState<MnistState>({ status: 'loading', loaded: 0, total: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading', loaded: 0, total: null });
    const load = loadMnistOnce(mnistUrl(), {
      onProgress: (loaded, total) => {
        if (live) setState((s) => (s.status === 'loading' ? { status: 'loading', loaded, total } : s));
      },
    });
    load.then(
      (data) => live && setState({ status: 'ready', data }),
      (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
      load.unsubscribe();
    };
  }, [attempt]);
  return [state, () => setAttempt((a) => a + 1)];
}

/** Digit i of the file as 784 floats in [0, 1]. */
export function digitImage(data: MnistData, i: number): Float32Array {
  const size = data.rows * data.cols;
  const out = new Float32Array(size);
  for (let p = 0; p < size; p++) out[p] = data.images[i * size + p] / 255;
  return out;
}
