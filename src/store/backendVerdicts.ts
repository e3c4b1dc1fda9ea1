/**
 * Automatic backend choices that timed the real task, remembered per device in
 * localStorage (workers have none): the page passes them to the next worker's 'init', which
 * then starts at once instead of timing the candidates again (BackendInfo.verdictKey).
 */
import type { BackendInfo, BackendVerdict } from '../engine/protocol';
import { readJsonObject, safeStorage, writeJson } from './storage';

const KEY = 'hidden-layers:backend-verdicts';

export function loadVerdicts(): Record<string, BackendVerdict> {
  return (readJsonObject(KEY) ?? {}) as Record<string, BackendVerdict>;
}

/** Remember a choice the worker timed (nothing else: forced, remembered and fallback choices carry no verdictKey). */
export function rememberVerdict(info: BackendInfo): void {
  if (!info.verdictKey || info.remembered || info.fallbackFrom) return;
  writeJson(KEY, { ...loadVerdicts(), [info.verdictKey]: { name: info.name, reason: info.reason } });
}

/** Forget every remembered choice (e.g. when the user resets the settings). */
export function forgetVerdicts(): void {
  try {
    safeStorage()?.removeItem(KEY);
  } catch {
    /* nothing to forget */
  }
}
