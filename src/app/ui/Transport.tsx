import { fmt } from '../../math/format';
import type { TrainingHandle, TrainingState } from '../../store/training';

export interface TransportProps {
  playing: boolean;
  ready: boolean;
  onToggle: () => void;
  onStep: () => void;
  onReset: () => void;
  step: number;
  epoch: number;
  stepsPerSec: number;
}

/** Play/pause, step and reset, with the run's clock as text. */
export function Transport({ playing, ready, onToggle, onStep, onReset, step, epoch, stepsPerSec }: TransportProps) {
  return (
    <div className="transport" role="group" aria-label="Training controls">
      <button type="button" className="button primary play" onClick={onToggle} disabled={!ready} aria-keyshortcuts="Space">
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" className="button" onClick={onStep} disabled={!ready} aria-keyshortcuts="S">
        Step
      </button>
      <button type="button" className="button" onClick={onReset} disabled={!ready} aria-keyshortcuts="R">
        Reset
      </button>
      <dl className="clock" aria-live="off">
        <div>
          <dt>Step</dt>
          <dd data-testid="step-count">{step.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Epoch</dt>
          <dd>{fmt(epoch, 3)}</dd>
        </div>
        <div>
          <dt>Steps/s</dt>
          <dd>{playing ? Math.round(stepsPerSec).toLocaleString('en-US') : '—'}</dd>
        </div>
      </dl>
    </div>
  );
}

interface Clock {
  step: number;
  epoch?: number;
  stepsPerSec: number;
}

/** <Transport> wired to a lesson's training store and handle (the usual case). */
export function TrainingTransport<S extends Clock>({ state, train }: { state: TrainingState<S, unknown>; train: TrainingHandle }) {
  const snap = state.snapshot;
  return (
    <Transport
      playing={state.playing}
      ready={state.status === 'ready'}
      onToggle={train.togglePlay}
      onStep={() => train.step(1)}
      onReset={train.reset}
      step={snap?.step ?? 0}
      epoch={snap?.epoch ?? 0}
      stepsPerSec={snap?.stepsPerSec ?? 0}
    />
  );
}
