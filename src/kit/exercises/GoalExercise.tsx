/**
 * "Make it happen": a goal the learner reaches by changing the settings themselves. While
 * the exercise is on the page, a judge watches every snapshot of the live run (whatever
 * started it); `requires` says which settings the goal is about (e.g. "sigmoid, depth 6")
 * and what is still missing. Success is recorded in the learner's progress.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ParamTable, ParamValues } from '../../store/params';
import { progressActions } from '../../store/progress';
import { ShowView, useDone, type ViewRef } from './common';
import type { JudgeFactory, Outcome } from './judge';
import { useLesson } from './LessonContext';
import { RunDock } from './RunDock';
import { useOnScreen } from './useOnScreen';

export interface GoalProps<S, T extends ParamTable> {
  id: string;
  n: number;
  title: string;
  /** The goal, and hints on which settings matter. */
  children: ReactNode;
  /** null when the settings fit the goal; else what to change, in words. */
  requires: (p: ParamValues<T>) => string | null;
  /** Watches the live run; an outcome means the goal was reached. */
  judge: JudgeFactory<S, ParamValues<T>>;
  explain: (outcome: Outcome) => ReactNode;
  view: ViewRef;
  /** Optional: a starting point (set through the URL). */
  start?: { label: string; patch: Partial<ParamValues<T>> };
}

export function GoalExercise<S, T extends ParamTable>({
  id,
  n,
  title,
  children,
  requires,
  judge,
  explain,
  view,
  start,
}: GoalProps<S, T>) {
  const { slug, lab, p, setP } = useLesson<T>();
  const uid = useId();
  const done = useDone(id);
  const [reached, setReached] = useState<Outcome | null>(null);
  const missing = requires(p);
  const box = useRef<HTMLElement>(null);
  const status = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(box);
  const playing = useStore(lab.store, (s) => s.playing || s.playPending);
  const pRef = useRef(p);
  useEffect(() => {
    pRef.current = p;
  }, [p]);

  // One judge per run (generation) of fitting settings; it sees every snapshot of that run.
  useEffect(() => {
    if (missing !== null) return;
    let gen = -1;
    let current: ReturnType<typeof judge> | null = null;
    let version = -1;
    const check = () => {
      const raw = lab.store.getState();
      const s = lab.visibleState(raw);
      if (!s.snapshot) return; // goals are reached by measurements, never by a divergence alone
      if (raw.generation !== gen) {
        gen = raw.generation;
        current = judge(pRef.current);
        version = -1;
      }
      if (s.version === version && !s.diverged) return;
      version = s.version;
      const o = current!(s.snapshot as S, s.diverged);
      if (o) {
        setReached(o);
        progressActions.markDone(slug, id);
        current = () => null; // reached: stop judging this run
      }
    };
    check();
    return lab.store.subscribe(check);
  }, [missing, lab, judge, slug, id]);

  return (
    <section ref={box} className="exercise ex-goal" aria-labelledby={`${uid}-h`} data-exercise={id}>
      <h3 id={`${uid}-h`}>
        Exercise {n}: {title}
        {done && <span className="ex-badge"> (done)</span>}
      </h3>
      <div className="ex-question">{children}</div>
      {start && (
        <p>
          <button type="button" className="button" onClick={() => setP(start.patch)}>
            {start.label}
          </button>
        </p>
      )}
      <div ref={status} className="ex-status" aria-live="polite">
        {reached ? (
          <div className="ex-feedback ex-right">
            <p>
              <strong>Goal reached.</strong> The run measured: {reached.measured}
            </p>
            <div>{explain(reached)}</div>
            <p>
              <ShowView view={view} />
            </p>
          </div>
        ) : missing ? (
          <p className="small">Not watching yet: {missing}</p>
        ) : (
          <p className="small">Watching the lab: change the other settings and press play until the goal is reached.</p>
        )}
      </div>
      {/* While the learner works on the goal here, the playing lab's deciding view is shown beside it. */}
      {!reached && missing === null && playing && onScreen && <RunDock view={view} keepClear={status} />}
    </section>
  );
}
