import type { MnistState } from '../../store/useMnist';
import { Section } from '../lesson';

/** Progress while the digits download; a clear error with a retry button if they cannot. */
export function MnistStatus({ state, onRetry }: { state: MnistState; onRetry: () => void }) {
  if (state.status === 'error') {
    return (
      <div className="notice notice-error" role="alert" data-testid="mnist-error">
        <div>
          <strong>The digits could not be loaded.</strong> {state.message}
          <div className="actions">
            <button type="button" className="button" onClick={onRetry}>
              Try again
            </button>
          </div>
        </div>
      </div>
    );
  }
  if (state.status !== 'loading') return null;
  const share = state.total ? state.loaded / state.total : null;
  return (
    <div className="mnist-loading">
      <label htmlFor="mnist-progress">Loading 10,000 handwritten digits…</label>
      <progress id="mnist-progress" max={1} value={share ?? undefined} />
      <span className="small" aria-live="polite">
        {(state.loaded / 1e6).toFixed(1)} MB{state.total ? ` of ${(state.total / 1e6).toFixed(1)} MB` : ''}
      </span>
    </div>
  );
}

/** The lab section of an MNIST lesson until the digits are in: progress, or the error and a retry. */
export function MnistLabStatus({ state, onRetry }: { state: MnistState; onRetry: () => void }) {
  return (
    <Section id="lab" className="lab">
      <MnistStatus state={state} onRetry={onRetry} />
    </Section>
  );
}
