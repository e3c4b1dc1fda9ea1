import { useEffect, useState } from 'react';
import { loadMnistOnce, type MnistData } from '../../src/engine/mnist';

export type DigitsState =
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'ready'; data: MnistData }
  | { status: 'error'; message: string };

/**
 * The 10,000 digits, downloaded once per page (loadMnistOnce shares the download with
 * any other lesson that asked first), with progress and a readable error.
 */
export function useDigits(): [DigitsState, () => void] {
  const [state, setState] = useState<DigitsState>({ status: 'loading', loaded: 0, total: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading', loaded: 0, total: null });
    loadMnistOnce(new URL('data/mnist-10k.bin', document.baseURI).href, {
      onProgress: (loaded, total) => live && setState((s) => (s.status === 'loading' ? { status: 'loading', loaded, total } : s)),
    }).then(
      (data) => live && setState({ status: 'ready', data }),
      (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return [state, () => setAttempt((a) => a + 1)];
}
