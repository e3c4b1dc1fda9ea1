/**
 * Which exercises the learner has done, per lesson, kept in localStorage (no accounts,
 * no server). Same care as settings.ts: anything unreadable is ignored with a notice and
 * the repaired value is written back at once, so the notice shows on one load only.
 */
import { createStore } from 'zustand/vanilla';
import { loadAndRepair, writeJson } from './storage';

export const PROGRESS_KEY = 'hidden-layers:progress';

/** Lesson slug → ids of the exercises done (in the order they were done). */
export type Progress = Record<string, string[]>;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function parseProgress(raw: string | null): { progress: Progress; problem?: string } {
  if (raw === null) return { progress: {} };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: {}, problem: 'Your saved exercise progress could not be read and was cleared.' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { progress: {}, problem: 'Your saved exercise progress could not be read and was cleared.' };
  }
  const progress: Progress = {};
  const bad: string[] = [];
  for (const [slug, ids] of Object.entries(data as Record<string, unknown>)) {
    if (!ID.test(slug) || !Array.isArray(ids) || !ids.every((x) => typeof x === 'string' && ID.test(x))) {
      bad.push(slug);
      continue;
    }
    progress[slug] = [...new Set(ids as string[])];
  }
  if (!bad.length) return { progress };
  return {
    progress,
    problem: `The saved progress of ${bad.length === 1 ? 'one lesson' : `${bad.length} lessons`} could not be read and was cleared; the rest is kept.`,
  };
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function loadAndRepairProgress(storage?: Store): { progress: Progress; problem?: string } {
  return loadAndRepair(PROGRESS_KEY, parseProgress, (r) => r.progress, storage);
}

export function saveProgress(p: Progress, storage?: Pick<Storage, 'setItem'>): void {
  writeJson(PROGRESS_KEY, p, storage);
}

/** The learner's progress; read once, on first use (`progressStore()`), so a test can stub storage first. */
let store: ReturnType<typeof make> | null = null;
let loadProblem: string | undefined;

function make(initial: Progress) {
  return createStore<{ progress: Progress }>(() => ({ progress: initial }));
}

export function progressStore() {
  if (!store) {
    const loaded = loadAndRepairProgress();
    loadProblem = loaded.problem;
    store = make(loaded.progress);
  }
  return store;
}

/** The problem found when progress was loaded (shown once as a notice), then forgotten. */
export function takeProgressProblem(): string | undefined {
  progressStore();
  const p = loadProblem;
  loadProblem = undefined;
  return p;
}

function commit(next: Progress): void {
  saveProgress(next);
  progressStore().setState({ progress: next });
}

export const progressActions = {
  markDone(slug: string, id: string): void {
    const cur = progressStore().getState().progress;
    if (cur[slug]?.includes(id)) return;
    commit({ ...cur, [slug]: [...(cur[slug] ?? []), id] });
  },
  resetLesson(slug: string): void {
    const next = { ...progressStore().getState().progress };
    delete next[slug];
    commit(next);
  },
  resetAll(): void {
    commit({});
  },
};

/** How many of a lesson's exercises are done (ids no longer in the lesson are not counted). */
export function doneCount(progress: Progress, slug: string, ids: readonly string[]): number {
  const done = progress[slug] ?? [];
  return ids.filter((id) => done.includes(id)).length;
}

/** "3 of 5 exercises done". */
export function progressText(done: number, total: number): string {
  return `${done} of ${total} exercise${total === 1 ? '' : 's'} done`;
}

/** For tests: forget the loaded store. */
export function resetProgressStoreForTests(): void {
  store = null;
  loadProblem = undefined;
}
