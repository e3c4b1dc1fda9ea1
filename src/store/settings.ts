/**
 * User settings, kept in localStorage. Anything unreadable there is ignored (and
 * reported once), never a blank page.
 */
import { BACKENDS, type BackendRequest } from '../engine';
import { hasBidi, invisibleProblem, show } from './params';
import { loadAndRepair, writeJson } from './storage';

export interface Settings {
  backend: BackendRequest;
  /** 'system' follows prefers-reduced-motion. */
  motion: 'system' | 'reduce' | 'full';
  /** 'system' follows prefers-color-scheme. */
  theme: 'system' | 'light' | 'dark';
}

export const DEFAULT_SETTINGS: Settings = { backend: 'auto', motion: 'system', theme: 'system' };
export const SETTINGS_KEY = 'hidden-layers:settings';

export function parseSettings(raw: string | null): { settings: Settings; problem?: string } {
  if (raw === null) return { settings: { ...DEFAULT_SETTINGS } };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      settings: { ...DEFAULT_SETTINGS },
      problem: 'Your saved settings could not be read and were reset to the defaults.',
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      settings: { ...DEFAULT_SETTINGS },
      problem: 'Your saved settings could not be read and were reset to the defaults.',
    };
  }
  const d = data as Record<string, unknown>;
  const settings = { ...DEFAULT_SETTINGS };
  let bad = false;
  if ('backend' in d) {
    if (d.backend === 'auto' || (BACKENDS as readonly unknown[]).includes(d.backend))
      settings.backend = d.backend as BackendRequest;
    else bad = true;
  }
  if ('motion' in d) {
    if (d.motion === 'system' || d.motion === 'reduce' || d.motion === 'full') settings.motion = d.motion;
    else bad = true;
  }
  if ('theme' in d) {
    if (d.theme === 'system' || d.theme === 'light' || d.theme === 'dark') settings.theme = d.theme;
    else bad = true;
  }
  return bad ? { settings, problem: 'Some saved settings were invalid and were reset to the defaults.' } : { settings };
}

/**
 * Load, and when something had to be reset, write the repaired settings back at once, so
 * the "Settings reset" notice shows on one load only, not on every reload.
 */
export function loadAndRepairSettings(storage?: Pick<Storage, 'getItem' | 'setItem'>): {
  settings: Settings;
  problem?: string;
} {
  return loadAndRepair(SETTINGS_KEY, parseSettings, (r) => r.settings, storage);
}

export function saveSettings(s: Settings, storage?: Pick<Storage, 'setItem'>): void {
  writeJson(SETTINGS_KEY, s, storage);
}

export function parseBackendFlag(raw: string | null): { backend?: BackendRequest; problem?: string } {
  if (raw === null) return {};
  if (hasBidi(raw)) return { problem: `backend: ${invisibleProblem(raw, 'choosing automatically')}` };
  const v = raw.trim().toLowerCase();
  if (v === 'auto' || (BACKENDS as readonly string[]).includes(v)) return { backend: v as BackendRequest };
  return { problem: `backend: ${show(raw)} is not one of auto, ${BACKENDS.join(', ')}; choosing automatically` };
}
