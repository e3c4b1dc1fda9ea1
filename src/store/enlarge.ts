/**
 * One figure enlarged to fill the window (E, or a figure's "Enlarge" button; E or Esc
 * puts it back). The figure gets the class `is-enlarged` (src/app/styles/enlarge.css
 * makes it fixed over the whole window); charts measure their box and redraw at the new
 * size (src/viz/ChartFrame.tsx).
 */
import { createStore } from 'zustand/vanilla';

export const enlargeStore = createStore<{ el: HTMLElement | null }>(() => ({ el: null }));

/** A figure: an element that carries a view's menu (src/viz/ExportMenu.tsx), or marks itself enlargeable. */
export const FIGURE = ':is(.export-figure, :not(.export-head):has(> .export), [data-enlargeable])';

let returnFocus: HTMLElement | null = null;

export function enlarge(el: HTMLElement): void {
  const prev = enlargeStore.getState().el;
  if (prev === el) return;
  if (prev) prev.classList.remove('is-enlarged');
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  el.classList.add('is-enlarged');
  document.documentElement.classList.add('has-enlarged');
  enlargeStore.setState({ el });
}

export function restore(): void {
  const el = enlargeStore.getState().el;
  if (!el) return;
  el.classList.remove('is-enlarged');
  document.documentElement.classList.remove('has-enlarged');
  enlargeStore.setState({ el: null });
  el.scrollIntoView({ block: 'nearest' });
  if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
  returnFocus = null;
}

/** The figure under the pointer (kept by a listener in the shell). */
let hovered: HTMLElement | null = null;
export function trackHover(target: EventTarget | null): void {
  hovered = target instanceof Element ? target.closest<HTMLElement>(FIGURE) : null;
}

/** Which figure E enlarges: the one holding focus, else the one under the pointer, else the largest one in view. */
export function figureToEnlarge(): HTMLElement | null {
  const focused =
    document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(FIGURE) : null;
  if (focused) return focused;
  if (hovered?.isConnected) return hovered;
  let best: HTMLElement | null = null;
  let area = 0;
  for (const el of document.querySelectorAll<HTMLElement>(`main ${FIGURE}`)) {
    const r = el.getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    if (w * h > area) {
      area = w * h;
      best = el;
    }
  }
  return best;
}
