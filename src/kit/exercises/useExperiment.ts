/**
 * "Run the experiment": set the lesson's parameters (the URL), reset and play the lab,
 * feed every snapshot of THAT run to a judge, and pause the lab when it has an outcome.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ParamTable, ParamValues } from '../../store/params';
import type { JudgeFactory, Outcome } from './judge';
import { useLesson } from './LessonContext';

export type RunPhase =
  { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; outcome: Outcome } | { kind: 'interrupted'; reason: string };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function useExperiment<S, T extends ParamTable>(
  patch: Partial<ParamValues<T>>,
  factory: JudgeFactory<S, ParamValues<T>>,
) {
  const { lab, p, setP } = useLesson<T>();
  const [phase, setPhase] = useState<RunPhase>({ kind: 'idle' });
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  const run = useCallback(() => {
    stop.current?.();
    const params = { ...p, ...patch } as ParamValues<T>;
    const judge = factory(params);
    const gen0 = lab.store.getState().generation;
    let gen: number | null = null;
    let version = -1;
    setPhase({ kind: 'running' });
    let settled = false;
    const finish = (next: RunPhase) => {
      settled = true;
      unsub();
      stop.current = null;
      setPhase(next);
    };
    const unsub = lab.store.subscribe((raw) => {
      if (settled || raw.generation === gen0) return; // the reset has not happened yet
      if (gen === null) gen = raw.generation;
      else if (raw.generation !== gen)
        return finish({
          kind: 'interrupted',
          reason: 'The experiment was changed before it had finished. Run it again to judge your answer.',
        });
      const s = lab.visibleState(raw);
      // A run can diverge before its first snapshot: the judge then sees the message alone.
      if (!s.diverged && (!s.snapshot || s.version === version)) return;
      version = s.version;
      const outcome = judge(s.snapshot as S | null, s.diverged);
      if (outcome) {
        // Unsubscribe first: pause() updates the store, which would call this listener again.
        finish({ kind: 'done', outcome });
        lab.pause();
      } else if (s.diverged)
        finish({
          kind: 'interrupted',
          reason: `The run diverged before it could answer the question (${s.diverged}).`,
        });
      else if (s.error) finish({ kind: 'interrupted', reason: `The run stopped with an error: ${s.error}` });
    });
    stop.current = unsub;
    lab.runWith(() => {
      const changed = Object.entries(patch).some(([k, v]) => !same(p[k], v));
      if (changed) setP(patch);
      return changed;
    });
  }, [lab, p, setP, patch, factory]);

  const clear = useCallback(() => {
    stop.current?.();
    stop.current = null;
    setPhase({ kind: 'idle' });
  }, []);

  return { phase, run, clear };
}
