/** The registry of keyboard actions. Add an action: one file, one line here. */
import type { AppState } from '../../store/app';
import { escape } from './escape';
import { nextSection, previousSection } from './presenterStep';
import { reset } from './reset';
import { showShortcuts } from './showShortcuts';
import { step } from './step';
import { togglePlay } from './togglePlay';
import { togglePresenter } from './togglePresenter';
import type { Action } from './types';

export type { Action } from './types';

export const ACTIONS: Action[] = [togglePlay, step, reset, togglePresenter, nextSection, previousSection, showShortcuts, escape];

/** Elements where typing must not trigger shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'range'].includes(target.type);
  return false;
}

/** The action a key press maps to, or null. Exported for the key test. */
export function actionForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>, state: AppState): Action | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const typing = isTyping(e.target);
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  for (const a of ACTIONS) {
    if (!a.keys.some((k) => (k.length === 1 ? k.toLowerCase() : k) === key)) continue;
    if (typing && a.id !== 'escape') return null;
    // Space on a focused button or checkbox activates it; leave that alone.
    if (key === ' ' && e.target instanceof HTMLElement && e.target.closest('button, input, select, a, [role="slider"]')) return null;
    if (key.startsWith('Arrow') && e.target instanceof HTMLInputElement && e.target.type === 'range') return null;
    if (a.enabled && !a.enabled(state)) continue;
    return a;
  }
  return null;
}
