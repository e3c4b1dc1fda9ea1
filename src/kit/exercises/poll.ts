/**
 * Presenter polls: in presenter mode an exercise shows its question with the answers
 * hidden; the instructor's key (A) reveals the answers of the exercise in view. Each
 * exercise registers here while it is mounted; the choice uses the same rule as the lab
 * shortcuts (focused and on screen, else most visible; src/store/controllers.ts).
 */
import { createStore } from 'zustand/vanilla';
import { pickOwner, visibleArea } from '../../store/controllers';

interface Poll {
  element: () => HTMLElement | null;
  reveal: () => void;
}

const polls: Poll[] = [];
export const pollStore = createStore<{ count: number }>(() => ({ count: 0 }));

export function registerPoll(element: () => HTMLElement | null, reveal: () => void): () => void {
  const entry = { element, reveal };
  polls.push(entry);
  pollStore.setState({ count: polls.length });
  return () => {
    const i = polls.indexOf(entry);
    if (i >= 0) polls.splice(i, 1);
    pollStore.setState({ count: polls.length });
  };
}

/** Reveal the answers of the exercise the audience is looking at. */
export function revealPollInView(): void {
  if (!polls.length || typeof document === 'undefined') return;
  const focusEl =
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : null;
  const w = window.innerWidth;
  const h = window.innerHeight;
  const fr = focusEl?.getBoundingClientRect();
  const cands = polls.map((p) => {
    const el = p.element();
    return { rect: el ? el.getBoundingClientRect() : null, focused: !!(el && focusEl && el.contains(focusEl)) };
  });
  const i = pickOwner(cands, !!fr && visibleArea(fr, w, h) > 0, w, h);
  if (i >= 0) polls[i]!.reveal();
}
