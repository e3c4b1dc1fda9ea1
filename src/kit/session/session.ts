/**
 * The one session interface every lab offers, whether it trains in the worker
 * (LessonTraining, through useLessonTraining) or steps on the main thread (Stepper, through
 * useStepper): play / pause / step / reset, the run's state, and what exercises, beat
 * claims and the keyboard read. Exercises, <TrainingLab>, the transport and the alerts take
 * a LabSession, so a main-thread lab needs no adapter and no cast.
 */
import type { StoreApi } from 'zustand/vanilla';

/** The run's state as a lab's views, exercises and claims read it. */
export interface SessionState<S> {
  status: 'starting' | 'ready' | 'error';
  /** While starting (or before the first step): what is happening, in words. */
  progress: string | null;
  /** Play was pressed before the lab was ready: it starts as soon as it can. */
  playPending: boolean;
  playing: boolean;
  snapshot: S | null;
  diverged: string | null;
  error: string | null;
  /** Bumped on every snapshot (arrays are reused, so React needs a signal). */
  version: number;
  /** The current run's reset generation: bumped every time a run starts again. */
  generation: number;
}

/** A session's store as readers see it (only the session writes it). */
export type SessionStore<St> = Pick<StoreApi<St>, 'getState' | 'getInitialState' | 'subscribe'>;

/** A session's state before anything has run: nothing to show, nothing wrong. */
export function freshSessionState<St extends SessionState<unknown>['status']>(status: St) {
  return {
    status,
    progress: null,
    playPending: false,
    playing: false,
    snapshot: null,
    diverged: null,
    error: null,
    version: 0,
    generation: 0,
  };
}

export interface LabSession<S> {
  readonly store: SessionStore<SessionState<S>>;
  /** The state as views may see it (never a snapshot of a configuration being replaced). */
  visibleState(s: SessionState<S>): SessionState<S>;
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(n?: number): void;
  /** Start the run again from its first step (paused unless a remedy or experiment plays it). */
  reset(): void;
  isPlaying(): boolean;
  /** The current run's latest snapshot (what beat claims and tools read), or null. */
  snapshot(): S | null;
  /**
   * Change the lesson's parameters with `apply` (return whether anything changed), then
   * start a fresh run with them and play: how exercises run their experiments.
   */
  runWith(apply: () => boolean): void;
  /** Whether a divergence can be answered with a smaller learning rate. */
  readonly hasLowerLr: boolean;
  /** The divergence remedy: a 10× smaller learning rate, then a fresh run that plays. */
  lowerLrAndReset(): void;
}
