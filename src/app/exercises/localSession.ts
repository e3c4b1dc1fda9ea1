/**
 * A lab that runs on the main thread (no worker, no useLessonTraining) as an exercise
 * session: the smallest adapter that lets <Exercise>/<GoalExercise> watch it. It offers
 * what exercises use of a LessonTraining — `store` (playing, snapshot, version,
 * generation), `visibleState`, `runWith` and `pause` — and the lab calls `resetDone` when
 * a run starts and `publish` after every step. Used by the perceptron (lesson 8) and the
 * graph steppers (lesson 6).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TaskName } from '../../engine';
import { freshTrainingState, type LessonTraining } from '../../store/lessonTraining';

export interface LocalSessionState<S> {
  status: 'ready';
  progress: null;
  playPending: boolean;
  playing: boolean;
  snapshot: S | null;
  info: null;
  backend: null;
  diverged: null;
  error: null;
  version: number;
  generation: number;
}

export class LocalSession<S> {
  readonly store: StoreApi<LocalSessionState<S>> = createStore<LocalSessionState<S>>(() => freshTrainingState('ready'));
  /** The lab's reset (set by the lab). */
  onReset: () => void = () => {};
  private playAfterReset = false;
  private fallback: ReturnType<typeof setTimeout> | null = null;

  visibleState = (s: LocalSessionState<S>): LocalSessionState<S> => s;
  play = (): void => this.store.setState({ playing: true });
  pause = (): void => this.store.setState({ playing: false });

  /** The lab reset (new inputs, or its Reset button): a new run begins, with its first snapshot. */
  resetDone(snap: S): void {
    if (this.fallback) clearTimeout(this.fallback);
    this.fallback = null;
    const s = this.store.getState();
    const playing = this.playAfterReset || s.playing;
    this.playAfterReset = false;
    this.store.setState({ snapshot: snap, version: s.version + 1, generation: s.generation + 1, playing });
  }

  /** An epoch ran. */
  publish(snap: S): void {
    this.store.setState((s) => ({ snapshot: snap, version: s.version + 1 }));
  }

  /** Change the parameters with `apply` (true if anything changed), then reset and play. */
  runWith = (apply: () => boolean): void => {
    this.playAfterReset = true;
    const changed = apply();
    if (!changed) this.onReset();
    else this.fallback = setTimeout(() => this.onReset(), 200); // unless the lab resets itself on the new parameters first
  };

  /** For the exercise framework's context, which is typed for worker sessions: this offers the members exercises use. */
  asLab(): LessonTraining<TaskName, string> {
    return this as unknown as LessonTraining<TaskName, string>;
  }
}
