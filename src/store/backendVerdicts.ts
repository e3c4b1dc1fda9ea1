/**
 * Automatic backend choices that timed the real task, remembered per device in
 * localStorage (workers have none): the page passes them to the next worker's 'init', which
 * then starts at once instead of timing the candidates again (BackendInfo.verdictKey).
 *
 * Same care as settings.ts and progress.ts (the app's only other stored keys): what cannot be
 * read is dropped with a notice, and the repaired value is written back at once, so the
 * notice shows on one load only.
 */
import { BACKENDS, type BackendInfo, type BackendVerdict } from '../engine';
import { appActions } from './app';
import { loadAndRepair, safeStorage, writeJson } from './storage';

export const VERDICTS_KEY = 'hidden-layers:backend-verdicts';

export function parseVerdicts(raw: string | null): { verdicts: Record<string, BackendVerdict>; problem?: string } {
  if (raw === null) return { verdicts: {} };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      verdicts: {},
      problem:
        'The remembered backend choices could not be read and were cleared; the next run times the backends again.',
    };
  }
  const verdicts: Record<string, BackendVerdict> = {};
  let bad = 0;
  for (const [key, v] of Object.entries(data as Record<string, unknown>)) {
    const o = v as Partial<BackendVerdict> | null;
    if (
      key &&
      o &&
      typeof o === 'object' &&
      (BACKENDS as readonly unknown[]).includes(o.name) &&
      typeof o.reason === 'string'
    ) {
      verdicts[key] = { name: o.name!, reason: o.reason };
    } else bad++;
  }
  if (!bad) return { verdicts };
  return {
    verdicts,
    problem: `${bad === 1 ? 'One remembered backend choice' : `${bad} remembered backend choices`} could not be read and ${bad === 1 ? 'was' : 'were'} dropped; the backends are timed again there.`,
  };
}

/** The remembered choices, repaired (and written back, with a notice) when something in them could not be read. */
export function loadAndRepairVerdicts(storage?: Pick<Storage, 'getItem' | 'setItem'>): {
  verdicts: Record<string, BackendVerdict>;
  problem?: string;
} {
  return loadAndRepair(VERDICTS_KEY, parseVerdicts, (r) => r.verdicts, storage);
}

export function loadVerdicts(): Record<string, BackendVerdict> {
  const loaded = loadAndRepairVerdicts();
  if (loaded.problem)
    appActions.notify({
      id: 'backend-verdicts',
      kind: 'warning',
      title: 'Remembered backend choices reset',
      lines: [loaded.problem],
    });
  return loaded.verdicts;
}

/** Remember a choice the worker timed (nothing else: forced, remembered and fallback choices carry no verdictKey). */
export function rememberVerdict(info: BackendInfo): void {
  if (!info.verdictKey || info.remembered || info.fallbackFrom) return;
  writeJson(VERDICTS_KEY, {
    ...loadAndRepairVerdicts().verdicts,
    [info.verdictKey]: { name: info.name, reason: info.reason },
  });
}

/** Forget every remembered choice (e.g. when the user resets the settings). */
export function forgetVerdicts(): void {
  try {
    safeStorage()?.removeItem(VERDICTS_KEY);
  } catch {
    /* nothing to forget */
  }
}
