import { useStore } from 'zustand';
import { fmt, int } from '../math/format';
import type { LabSession } from './session/session';

export interface TransportProps {
  playing: boolean;
  ready: boolean;
  /** Play was pressed while the worker was still starting. */
  pending?: boolean;
  onToggle: () => void;
  onStep: () => void;
  onReset: () => void;
  step: number;
  epoch: number;
  stepsPerSec: number;
  /** What is happening before the first step (loading, choosing a backend, compiling). */
  progress?: string | null;
  /** Play can be pressed before the worker is ready (it starts when it can). */
  playWhileStarting?: boolean;
  /** The group's accessible name (default "Training controls"). */
  name?: string;
  /** The step button's text (default "Step"). */
  stepLabel?: string;
  /** Show the run's clock (step, epoch, steps per second; default true). */
  clock?: boolean;
}

/** Play/pause, step and reset, with the run's clock as text. */
export function Transport(props: TransportProps) {
  const {
    playing,
    ready,
    pending = false,
    onToggle,
    onStep,
    onReset,
    step,
    epoch,
    stepsPerSec,
    progress,
    playWhileStarting = false,
  } = props;
  const { name = 'Training controls', stepLabel = 'Step', clock = true } = props;
  const label = pending ? '… Starting' : playing ? '❚❚ Pause' : '▶ Play';
  return (
    <div className="transport" role="group" aria-label={name}>
      <button
        type="button"
        className="button primary play"
        onClick={onToggle}
        disabled={!ready && !playWhileStarting}
        aria-keyshortcuts="Space"
        aria-busy={pending || undefined}
      >
        {label}
      </button>
      <button type="button" className="button" onClick={onStep} disabled={!ready} aria-keyshortcuts="S">
        {stepLabel}
      </button>
      <button type="button" className="button" onClick={onReset} disabled={!ready} aria-keyshortcuts="R">
        Reset
      </button>
      {clock && (
        <dl className="clock" aria-live="off">
          <div>
            <dt>Step</dt>
            <dd data-testid="step-count">{int(step)}</dd>
          </div>
          <div>
            <dt>Epoch</dt>
            <dd>{fmt(epoch, 3)}</dd>
          </div>
          <div>
            <dt>Steps/s</dt>
            <dd>{playing ? int(Math.round(stepsPerSec)) : '—'}</dd>
          </div>
        </dl>
      )}
      {progress && (
        <p className="transport-progress" role="status" data-testid="training-progress">
          <span className="spinner" aria-hidden="true" /> {progress}
        </p>
      )}
    </div>
  );
}

interface Clock {
  step?: number;
  epoch?: number;
  stepsPerSec?: number;
}

/** How a lab's transport reads: its clock's epoch, a reason to disable it, its names. */
export interface TransportOptions extends Pick<TransportProps, 'name' | 'stepLabel' | 'clock'> {
  /** What the clock's "Epoch" shows (default: the snapshot's epoch). */
  epoch?: number;
  /** Extra reason to disable the controls (e.g. a finished schedule). */
  disabled?: boolean;
}

/** <Transport> wired to a lab's session, worker or main thread (the usual case). */
export function TrainingTransport({
  lab,
  epoch,
  disabled = false,
  ...names
}: TransportOptions & { lab: LabSession<unknown> }) {
  const st = lab.visibleState(useStore(lab.store));
  const snap = st.snapshot as Clock | null;
  const showProgress = st.status === 'starting' || ((st.playing || st.playPending) && (snap?.step ?? 0) === 0);
  return (
    <Transport
      playing={st.playing}
      pending={st.playPending}
      ready={st.status === 'ready' && !disabled}
      playWhileStarting={st.status === 'starting'}
      onToggle={lab.togglePlay}
      onStep={() => lab.step(1)}
      onReset={lab.reset}
      step={snap?.step ?? 0}
      epoch={epoch ?? snap?.epoch ?? 0}
      stepsPerSec={snap?.stepsPerSec ?? 0}
      progress={showProgress ? st.progress : null}
      {...names}
    />
  );
}
