/** Small pieces the exercise components share. */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { appActions } from '../../store/app';
import { reducedMotion } from '../../store/motion';
import { type Progress, progressStore, takeProgressProblem } from '../../store/progress';
import { useLesson } from './LessonContext';

/** The view that shows an exercise's result: an element id on the page, and its name in a sentence. */
export interface ViewRef {
  id: string;
  /** e.g. "the loss chart". */
  label: string;
}

/** Scroll to a view and move the focus there (headings get a temporary tabindex). */
export function showView(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}

export function ShowView({ view }: { view: ViewRef }) {
  return (
    <button type="button" className="linklike ex-view" onClick={() => showView(view.id)}>
      See it in {view.label}
    </button>
  );
}

/** The learner's progress (and, once, a notice if the stored progress was unreadable). */
export function useProgress(): Progress {
  const progress = useStore(progressStore(), (s) => s.progress);
  useEffect(() => {
    const problem = takeProgressProblem();
    if (problem)
      appActions.notify({ id: 'progress', kind: 'warning', title: 'Exercise progress reset', lines: [problem] });
  }, []);
  return progress;
}

/** Has this lesson's exercise `id` been done? */
export function useDone(id: string): boolean {
  const { slug } = useLesson();
  const progress = useProgress();
  return !!progress[slug]?.includes(id);
}
