/**
 * A long run's progress in the exercise itself: the phase, a progress bar and the time left.
 * The exercise says how far its run is (`progress` on the exercise: the share done toward the
 * point where its judge answers, and the phase in words); the time left is estimated from the
 * rate this run has shown since the bar appeared, never typed in.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { ParamTable, ParamValues } from '../../store/params';
import { useLesson } from './LessonContext';

export interface RunProgress {
  /** The share done toward the exercise's answer, 0…1. */
  done: number;
  /** What the run is doing now, in words (e.g. "phase 3 of 9: autoencoder, layer 2"). */
  phase: string;
}

export type ProgressOf<S, T extends ParamTable> = (snap: S, p: ParamValues<T>, info: unknown) => RunProgress | null;

/** Seconds left at a constant rate, from the first reading (t0, d0) to the latest (t, d); NaN until measurable. */
export function secondsLeft(t0: number, d0: number, t: number, d: number): number {
  if (!(t - t0 >= 1000) || !(d > d0)) return NaN;
  return ((1 - d) * (t - t0)) / (d - d0) / 1000;
}

export function timeText(s: number): string {
  if (!Number.isFinite(s)) return 'measuring the time left…';
  if (s < 60) return `about ${Math.max(1, Math.round(s))} s left`;
  return `about ${Math.floor(s / 60)} min ${Math.round(s % 60)} s left`;
}

export function RunProgressBar<S, T extends ParamTable>({
  progress,
  params,
}: {
  progress: ProgressOf<S, T>;
  params: ParamValues<T>;
}) {
  const { lab } = useLesson<T>();
  const snapshot = useStore(lab.store, (s) => lab.visibleState(s).snapshot);
  const info = useStore(lab.store, (s) => (lab.visibleState(s) as { info?: unknown }).info ?? null);
  const playing = useStore(lab.store, (s) => s.playing || s.playPending);
  const now = snapshot ? progress(snapshot as S, params, info) : null;
  const first = useRef<{ t: number; d: number } | null>(null);
  const [left, setLeft] = useState(NaN);
  const done = now?.done ?? 0;
  useEffect(() => {
    const t = performance.now();
    if (!playing) {
      first.current = null; // a pause breaks the rate: measure afresh after it
      return;
    }
    if (!first.current) first.current = { t, d: done };
    setLeft(secondsLeft(first.current.t, first.current.d, t, done));
  }, [done, playing]);

  if (!now) return null;
  const pct = Math.round(Math.min(1, Math.max(0, now.done)) * 100);
  return (
    <div className="ex-progress" data-testid="run-progress">
      <progress
        max={1}
        value={Math.min(1, Math.max(0, now.done))}
        aria-label="Progress of the experiment"
        aria-valuetext={`${pct} %`}
      />
      <span>
        {pct} % · {now.phase} · {playing ? timeText(left) : 'paused'}
      </span>
    </div>
  );
}
