/**
 * Automatic backend choices that timed the real task, remembered per device in
 * localStorage (workers have none): the page passes them to the next worker's 'init', which
 * then starts at once instead of timing the candidates again (BackendInfo.verdictKey).
 */
import type { BackendInfo, BackendVerdict } from '../engine/protocol';

const KEY = 'hidden-layers:backend-verdicts';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadVerdicts(): Record<string, BackendVerdict> {
  try {
    const raw = storage()?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, BackendVerdict>) : {};
  } catch {
    return {};
  }
}

/** Remember a choice the worker timed (nothing else: forced, remembered and fallback choices carry no verdictKey). */
export function rememberVerdict(info: BackendInfo): void {
  if (!info.verdictKey || info.remembered || info.fallbackFrom) return;
  try {
    const all = loadVerdicts();
    all[info.verdictKey] = { name: info.name, reason: info.reason };
    storage()?.setItem(KEY, JSON.stringify(all));
  } catch {
    /* storage full or blocked: time again next visit */
  }
}

/** Forget every remembered choice (e.g. when the user resets the settings). */
export function forgetVerdicts(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    /* nothing to forget */
  }
}
