/** The registry of keyboard actions. Add an action: one file, one line here. */
import type { AppState } from '../../store/app';
import { openSpeakerNotes } from './beats';
import { enlargeFigure } from './enlarge';
import { escape } from './escape';
import { toggleFullscreen } from './fullscreen';
import { nextSection, previousSection } from './presenterStep';
import { reset } from './reset';
import { revealAnswers } from './revealAnswers';
import { showShortcuts } from './showShortcuts';
import { step } from './step';
import { togglePlay } from './togglePlay';
import { togglePresenter } from './togglePresenter';
import type { Action } from './types';

export type { Action } from './types';

export const ACTIONS: Action[] = [
  togglePlay,
  step,
  reset,
  togglePresenter,
  nextSection,
  previousSection,
  openSpeakerNotes,
  toggleFullscreen,
  enlargeFigure,
  showShortcuts,
  revealAnswers,
  escape,
];

const SLIDER_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];

/** Elements where typing must not trigger shortcuts. */
function asElement(target: EventTarget | null): HTMLElement | null {
  return typeof HTMLElement !== 'undefined' && target instanceof HTMLElement ? target : null;
}

function isTyping(el: HTMLElement | null): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'range'].includes(el.type);
  return false;
}

/** Whether an element is at least partly inside the window (true where there is no layout). */
function onScreen(el: HTMLElement): boolean {
  if (typeof window === 'undefined' || typeof el.getBoundingClientRect !== 'function') return true;
  const r = el.getBoundingClientRect();
  if (!r.width && !r.height) return true;
  return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
}

/** True while a modal dialog is open (ours, or any open <dialog> on the page). */
export function modalOpen(state: AppState): boolean {
  if (state.shortcutsOpen || state.settingsOpen) return true;
  return typeof document !== 'undefined' && document.querySelector('dialog[open]') !== null;
}

/** The action a key press maps to, or null. Exported for the key test. */
export function actionForKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
  state: AppState,
): Action | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  // The speaker notes window has keys of its own (src/app/beats/NotesPage.tsx).
  if (state.route.page === 'notes') return null;
  // A modal dialog owns the keyboard until it closes: only Esc (which closes it) passes.
  if (modalOpen(state) && e.key !== 'Escape') return null;
  const el = asElement(e.target);
  const typing = isTyping(el);
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  for (const a of ACTIONS) {
    if (!a.keys.some((k) => (k.length === 1 ? k.toLowerCase() : k) === key)) continue;
    if (typing && a.id !== 'escape') return null;
    // Space on a focused button or checkbox activates it; leave that alone — unless that
    // control has been scrolled out of view: then Space belongs to the lab on screen.
    if (key === ' ' && el?.closest('button, input, select, a, [role="slider"]') && onScreen(el)) return null;
    // A focused slider (a range input or a scrubbable number) or radio group owns its arrow, Page and Home/End keys.
    if (
      SLIDER_KEYS.includes(key) &&
      el?.matches('input[type="range"], input[type="radio"], [role="slider"], [role="radio"]')
    )
      return null;
    if (a.enabled && !a.enabled(state)) continue;
    return a;
  }
  return null;
}
