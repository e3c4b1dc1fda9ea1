/**
 * What a lesson hands its exercises and scrubbable numbers: the training session, the
 * parameters and their setter. Lesson.tsx wraps its page in `<LessonProvider>`; anything
 * inside (prose, exercises) reads it with `useLesson()`.
 */
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { LabSession } from '../session/session';
import type { ParamTable, ParamValues } from '../../store/params';

export interface LessonCtx<T extends ParamTable = ParamTable> {
  slug: string;
  table: T;
  p: ParamValues<T>;
  setP: (patch: Partial<ParamValues<T>>) => void;
  /** The lab the exercises watch: a worker session or a main-thread stepper, through the one interface. */
  lab: LabSession<unknown>;
}

const Ctx = createContext<LessonCtx | null>(null);

export function LessonProvider<T extends ParamTable>({
  slug,
  table,
  p,
  setP,
  lab,
  children,
}: {
  slug: string;
  table: T;
  p: ParamValues<T>;
  setP: (patch: Partial<ParamValues<T>>) => void;
  lab: LabSession<unknown>;
  children: ReactNode;
}) {
  // A stable value while the parameters stay the same: the lesson re-renders on every snapshot, its exercises need not.
  const setRef = useRef(setP);
  useEffect(() => {
    setRef.current = setP;
  });
  const value = useMemo(
    () =>
      ({
        slug,
        table,
        p,
        setP: (patch: Partial<ParamValues<T>>) => setRef.current(patch),
        lab,
      }) as unknown as LessonCtx,
    [slug, table, p, lab],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The lesson's session and parameters (typed by the caller's parameter table). */
export function useLesson<T extends ParamTable = ParamTable>(): LessonCtx<T> {
  const v = useContext(Ctx);
  if (!v) throw new Error('useLesson() outside a <LessonProvider>');
  return v as unknown as LessonCtx<T>;
}

/** The lesson's context, or null outside a <LessonProvider> (e.g. prose shown while a lab's data is still loading). */
export function useLessonOrNull(): LessonCtx | null {
  return useContext(Ctx);
}
