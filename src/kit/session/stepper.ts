/**
 * A lab that steps on the main thread (no worker): the perceptron, the backprop graphs.
 * The lab says how to start a run and how to take one step; the Stepper is its session
 * (src/kit/session/session.ts), the same interface the worker labs offer, so exercises, beat
 * claims, the transport and the keyboard drive both kinds alike. React wiring (the
 * interval, Space / S / R, option updates) is useStepper.ts; this file is framework-free.
 */
import { createStore } from 'zustand/vanilla';
import { freshSessionState, type LabSession, type SessionState } from './session';

/** What a main-thread lab supplies: its run, one step at a time. */
export interface StepperRun<S> {
  /** Start the run from its first step (build a fresh model); returns the first snapshot. */
  restart(): S;
  /** Take one step from `current` (the run's latest snapshot); returns the new snapshot, or null when there is no step left. */
  advance(current: S | null): S | null;
  /** Whether a snapshot ends the run: play stops there, and play from there starts again. Default: never. */
  done?(snap: S): boolean;
}

/** If a run's new parameters do not start a run by themselves within this long, runWith starts one. */
export const RUN_WITH_FALLBACK_MS = 200;

export class Stepper<S> implements LabSession<S> {
  readonly store = createStore<SessionState<S>>(() => freshSessionState('ready'));
  readonly hasLowerLr = false;
  private playAfterRestart = false;
  private fallback: ReturnType<typeof setTimeout> | null = null;

  constructor(private run: StepperRun<S>) {}

  /** The lab's latest callbacks (they close over its current parameters). */
  setRun(run: StepperRun<S>): void {
    this.run = run;
  }

  visibleState(s: SessionState<S>): SessionState<S> {
    return s;
  }

  /**
   * A new run begins from its first step (new parameters, or a reset). It keeps playing if
   * it was, and plays if an experiment or remedy asked for it.
   */
  begin = (): void => {
    this.clearFallback();
    const first = this.run.restart();
    const playing = this.playAfterRestart || this.store.getState().playing;
    this.playAfterRestart = false;
    this.store.setState((s) => ({ snapshot: first, version: s.version + 1, generation: s.generation + 1, playing }));
  };

  /** Show a snapshot of the same run that is not a step (the lab stepped back, or its inputs changed). */
  show(snap: S): void {
    this.store.setState((s) => ({ snapshot: snap, version: s.version + 1 }));
  }

  /** One step while playing (the interval calls this); pauses at the end. */
  tick = (): void => {
    const snap = this.advance();
    if (!snap || this.isDone(snap)) this.pause();
  };

  play = (): void => {
    const snap = this.store.getState().snapshot;
    if (snap && this.isDone(snap)) {
      this.playAfterRestart = true;
      this.begin();
    } else this.store.setState({ playing: true });
  };
  pause = (): void => {
    if (this.store.getState().playing) this.store.setState({ playing: false });
  };
  togglePlay = (): void => {
    if (this.store.getState().playing) this.pause();
    else this.play();
  };
  /** Step by hand: pauses, then takes `n` steps (each one published). */
  step = (n = 1): void => {
    this.pause();
    for (let i = 0; i < n; i++) if (!this.advance()) break;
  };
  /** Back to the first step, paused. */
  reset = (): void => {
    this.pause();
    this.begin();
  };
  isPlaying = (): boolean => this.store.getState().playing;
  snapshot = (): S | null => this.store.getState().snapshot;

  runWith = (apply: () => boolean): void => {
    this.playAfterRestart = true;
    this.clearFallback();
    if (!apply()) this.begin();
    // The lab starts a run when its run's definition changes; if these parameters do not (a graph's inputs), start one here.
    else this.fallback = setTimeout(this.begin, RUN_WITH_FALLBACK_MS);
  };

  lowerLrAndReset = (): void => this.reset();

  /** The lab is leaving the page. */
  dispose(): void {
    this.clearFallback();
    this.pause();
  }

  private advance(): S | null {
    const snap = this.run.advance(this.store.getState().snapshot);
    if (snap) this.show(snap);
    return snap;
  }

  private isDone(snap: S): boolean {
    return this.run.done?.(snap) ?? false;
  }

  private clearFallback(): void {
    if (this.fallback) clearTimeout(this.fallback);
    this.fallback = null;
  }
}
