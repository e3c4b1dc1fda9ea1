/**
 * Who owns the keyboard's Space / S / R: every training lab on the page registers its
 * controls with the element it lives in, and a key press goes to the lab the learner
 * is looking at — decided when the key is pressed, from the page as it is then, so
 * there is no slot to claim and no race between labs that mount together.
 *
 *   1. the lab that holds the focused element, if that element is on screen;
 *   2. else the lab with the most visible area;
 *   3. else (no lab on screen) the lab nearest to the viewport.
 */
import { createStore } from 'zustand/vanilla';

export interface LessonController {
  togglePlay(): void;
  step(): void;
  reset(): void;
  isPlaying(): boolean;
  /** The current run's latest snapshot (what beat claims and tools read), or null. */
  snapshot?(): unknown;
}

interface Entry {
  id: string;
  element: () => HTMLElement | null;
  controller: LessonController;
}

/**
 * A list of things that live in page elements, each added while it is mounted, with
 * their count in a store (for actions' `enabled`), and the rule above for which one the
 * learner is looking at. The labs' controls and the presenter's polls are two of them.
 */
export function inViewRegistry<T extends { element: () => HTMLElement | null }>() {
  const items: T[] = [];
  const store = createStore<{ count: number }>(() => ({ count: 0 }));
  return {
    items: items as readonly T[],
    store,
    /** Add an item; returns the function that removes it. */
    add(item: T): () => void {
      items.push(item);
      store.setState({ count: items.length });
      return () => {
        const i = items.indexOf(item);
        if (i >= 0) items.splice(i, 1);
        store.setState({ count: items.length });
      };
    },
    /** The item in view now (rules 1–3), or null if there is none or no page. */
    inView(): T | null {
      if (!items.length || typeof document === 'undefined') return null;
      const focusEl =
        document.activeElement instanceof HTMLElement && document.activeElement !== document.body
          ? document.activeElement
          : null;
      const w = window.innerWidth;
      const h = window.innerHeight;
      const focusRect = focusEl?.getBoundingClientRect();
      const focusOnScreen = !!focusRect && visibleArea(focusRect, w, h) > 0;
      const cands = items.map((e) => {
        const el = e.element();
        return { rect: el ? el.getBoundingClientRect() : null, focused: !!(el && focusEl && el.contains(focusEl)) };
      });
      const i = pickOwner(cands, focusOnScreen, w, h);
      return i >= 0 ? items[i]! : null;
    },
  };
}

const labs = inViewRegistry<Entry>();

/** How many labs are registered (for actions' `enabled` and the shortcut list). */
export const controllerStore = labs.store;

/** Register a lab's controls; returns the function that unregisters them. */
export function registerController(
  id: string,
  element: () => HTMLElement | null,
  controller: LessonController,
): () => void {
  return labs.add({ id, element, controller });
}

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Visible area of a rectangle in a viewport of w × h. */
export function visibleArea(r: Rect, w: number, h: number): number {
  const x = Math.max(0, Math.min(r.right, w) - Math.max(r.left, 0));
  const y = Math.max(0, Math.min(r.bottom, h) - Math.max(r.top, 0));
  return x * y;
}

/** Distance from a rectangle to the viewport (0 if they overlap). */
function distance(r: Rect, h: number): number {
  if (r.bottom < 0) return -r.bottom;
  if (r.top > h) return r.top - h;
  return 0;
}

/**
 * Pick the owner among candidates, given their rectangles, which one holds focus and
 * whether the focused element is on screen. Pure, for the unit test.
 */
export function pickOwner(
  cands: { rect: Rect | null; focused: boolean }[],
  focusOnScreen: boolean,
  w: number,
  h: number,
): number {
  if (!cands.length) return -1;
  const f = cands.findIndex((c) => c.focused);
  if (f >= 0 && focusOnScreen) return f;
  let best = -1;
  let bestArea = 0;
  cands.forEach((c, i) => {
    const a = c.rect ? visibleArea(c.rect, w, h) : 0;
    if (a > bestArea) {
      bestArea = a;
      best = i;
    }
  });
  if (best >= 0) return best;
  let nearest = cands.length - 1;
  let nearestD = Infinity;
  cands.forEach((c, i) => {
    const d = c.rect ? distance(c.rect, h) : Infinity;
    if (d < nearestD) {
      nearestD = d;
      nearest = i;
    }
  });
  return nearest;
}

/** The controls the keyboard should drive now, or null if no lab is on the page. */
export function activeController(): LessonController | null {
  if (typeof document === 'undefined') return labs.items.at(-1)?.controller ?? null;
  return labs.inView()?.controller ?? null;
}

/** The latest snapshot of the lab registered as `id` (its section), or null. */
export function labSnapshot(id: string): unknown {
  return controllerFor(id)?.snapshot?.() ?? null;
}

/** The controls of the lab registered under section id `id`, if it is on the page. */
export function controllerFor(id: string): LessonController | null {
  return labs.items.find((x) => x.id === id)?.controller ?? null;
}
