/**
 * The ONE way a lesson trains: `useLessonTraining(task, config, options)` starts the
 * task's worker, keeps it in step with the config (reset on structural changes, live
 * values sent as they are), registers Space / S / R for the section it lives in, and
 * returns the session (store, histories, actions). A lesson page is wiring:
 * params → config → this hook → views. See docs/ADDING_A_LESSON.md.
 */
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { ConfigOf, TaskName } from '../../engine/tasks/registry';
import { appActions, appStore } from '../../store/app';
import { registerController } from '../../store/controllers';
import { LessonTraining, type LessonTrainingOptions, type LessonTrainingState } from './lessonTraining';

export type { LessonTrainingState, HistorySpec } from './lessonTraining';
export { LessonTraining, trainTestHistory } from './lessonTraining';

export interface UseLessonTrainingOptions<K extends TaskName, H extends string> extends Omit<
  LessonTrainingOptions<K, H>,
  'notify' | 'onBackend' | 'createClient'
> {
  /** The id of the element whose keyboard shortcuts drive this session (default "lab"). */
  section?: string;
}

/** Read-only handles for the benchmark and the e2e tests (never used by the app itself). */
interface DebugHandles {
  training?: unknown;
  labs?: Record<string, unknown>;
}

export function useLessonTraining<K extends TaskName, H extends string = never>(
  task: K,
  /** null while the lesson cannot start yet (e.g. its data is loading): no worker runs. */
  config: ConfigOf<K> | null,
  options: UseLessonTrainingOptions<K, H> = {},
): LessonTraining<K, H> {
  const { section = 'lab', ...opts } = options;
  const full: LessonTrainingOptions<K, H> = {
    ...opts,
    notify: appActions.notify,
    onBackend: (info, status) => appStore.setState({ backend: { info, status } }),
  };
  const ref = useRef<LessonTraining<K, H> | null>(null);
  ref.current ??= new LessonTraining<K, H>(task, config, full);
  const lab = ref.current;
  lab.setOptions(full);
  // Idempotent: which config this render shows (so a snapshot of the previous one is hidden).
  lab.renderKey = config ? lab.keyOf(config) : null;

  // One worker per mounted lab, restarted if the backend setting changes.
  const backend = useStore(appStore, (s) => s.backendOverride ?? s.settings.backend);
  const latest = useRef(config);
  latest.current = config;
  const ready = config !== null;
  useEffect(() => {
    if (!latest.current) return;
    lab.start(latest.current, backend, appStore.getState().faults);
    const g = globalThis as { __hiddenLayers?: DebugHandles };
    g.__hiddenLayers = {
      ...g.__hiddenLayers,
      training: lab.store,
      labs: { ...g.__hiddenLayers?.labs, [section]: lab.store },
    };
    return () => lab.stop();
  }, [lab, backend, section, ready]);

  useEffect(() => registerController(section, () => document.getElementById(section), lab), [lab, section]);

  // Structural changes reset the run; live values are sent without a reset.
  useEffect(() => {
    if (config) lab.update(config);
  }, [lab, config]);

  return lab;
}

/**
 * Subscribe to a session's state (re-renders on every snapshot). Views always read it
 * through here: it never hands out a snapshot of a configuration being replaced.
 */
export function useTrainingState<K extends TaskName>(lab: LessonTraining<K, string>): LessonTrainingState<K> {
  return lab.visibleState(useStore(lab.store));
}
