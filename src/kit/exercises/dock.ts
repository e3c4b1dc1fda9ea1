/**
 * Docking a live view (DOM only, no React): while an exercise runs far below its lab, the
 * figure that decides it is shown where the learner is. The figure's own element moves
 * (position: fixed, in the dock panel's slot), so it stays the live, redrawing figure; a
 * placeholder of its size keeps its place, so the page's height does not change.
 *
 * Lesson sections skip rendering off screen (content-visibility: auto), and that also makes
 * them the box a fixed element is placed in: while a view is docked, the sections around
 * it and around the panel render normally (data-dock-open).
 */

/** The panel's size limits for a viewport: a bottom strip on a phone, a corner panel on a desktop. */
export function dockLimits(vw: number, vh: number): { phone: boolean; width: number; height: number } {
  const phone = vw < 700;
  return phone
    ? { phone, width: vw - 16, height: Math.round(vh * 0.38) }
    : { phone, width: Math.min(520, Math.round(vw * 0.42)), height: Math.round(vh * 0.55) };
}

/**
 * The docked element's layout width: a figure wider than the panel is laid out narrower (its
 * charts redraw at the new size, so text stays readable), but not below `floor`, so a
 * view made of several parts keeps its layout; whatever still does not fit is scaled down.
 */
export function dockWidth(natural: number, limit: number, floor = 600): number {
  return Math.min(natural, Math.max(limit, floor));
}

/** The scale that fits a laid-out view into the panel's limits (never enlarged). */
export function dockScale(
  laidOut: { width: number; height: number },
  limits: { width: number; height: number },
): number {
  if (laidOut.width <= 0 || laidOut.height <= 0) return 1;
  return Math.min(1, limits.width / laidOut.width, limits.height / laidOut.height);
}

/** How much of an element's box is on screen, as a share of what could be (its height, or the viewport's). */
export function shownShare(rect: { top: number; bottom: number; height: number }, vh: number): number {
  if (rect.height <= 0) return 0;
  const seen = Math.max(0, Math.min(rect.bottom, vh) - Math.max(rect.top, 0));
  return seen / Math.min(rect.height, vh);
}

/** Lets `el`'s enclosing sections render and hold fixed children while docked; returns the undo. */
export function uncontain(el: Element): () => void {
  const marked: HTMLElement[] = [];
  for (let a = el.parentElement; a; a = a.parentElement) {
    const cs = getComputedStyle(a);
    const cv = (cs as CSSStyleDeclaration & { contentVisibility?: string }).contentVisibility;
    if (cv === 'auto' || (cs.contain && cs.contain !== 'none')) {
      a.dataset.dockOpen = String(Number(a.dataset.dockOpen ?? 0) + 1);
      marked.push(a);
    }
  }
  return () => {
    for (const a of marked) {
      const n = Number(a.dataset.dockOpen ?? 1) - 1;
      if (n > 0) a.dataset.dockOpen = String(n);
      else delete a.dataset.dockOpen;
    }
  };
}

/** One view at a time is docked. */
let holder: symbol | null = null;

export interface Docked {
  el: HTMLElement;
  /** Where the view sat, at its size. */
  placeholder: HTMLElement;
  /** Lay the element out at `width` and place its bottom-left corner at (x, bottom) pixels from the window's left and bottom, scaled by `scale`. */
  place(x: number, bottom: number, width: number, scale: number): void;
  /** The element's layout size while docked (unscaled). */
  size(): { width: number; height: number };
  release(): void;
}

/** Takes `el` out of the page into the dock, leaving a placeholder; null if another view is docked. */
export function dock(el: HTMLElement, owner: symbol): Docked | null {
  if (holder && holder !== owner) return null;
  holder = owner;
  const undo = uncontain(el);
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  const ph = document.createElement('div');
  ph.dataset.runDockPlaceholder = '';
  ph.setAttribute('aria-hidden', 'true');
  Object.assign(ph.style, {
    width: `${r.width}px`,
    height: `${r.height}px`,
    margin: cs.margin,
    gridArea: `${cs.gridRowStart} / ${cs.gridColumnStart} / ${cs.gridRowEnd} / ${cs.gridColumnEnd}`,
    flex: 'none',
    alignSelf: cs.alignSelf,
    order: cs.order,
  });
  el.parentNode?.insertBefore(ph, el);
  el.dataset.runDocked = '';
  // A view to watch: its own controls, scaled down in a corner, are not where they can be used
  // (too small to touch, focus jumping across the page); "Back to the lab" takes the learner to them.
  const wasInert = el.inert;
  el.inert = true;
  let released = false;
  return {
    el,
    placeholder: ph,
    place(x, bottom, width, scale) {
      el.style.setProperty('--run-dock-x', `${Math.round(x)}px`);
      el.style.setProperty('--run-dock-b', `${Math.round(bottom)}px`);
      el.style.setProperty('--run-dock-w', `${Math.round(width)}px`);
      el.style.setProperty('--run-dock-s', String(scale));
    },
    size() {
      return { width: Math.max(el.offsetWidth, el.scrollWidth), height: Math.max(el.offsetHeight, el.scrollHeight) };
    },
    release() {
      if (released) return;
      released = true;
      delete el.dataset.runDocked;
      el.inert = wasInert;
      for (const p of ['--run-dock-x', '--run-dock-b', '--run-dock-w', '--run-dock-s']) el.style.removeProperty(p);
      ph.remove();
      undo();
      if (holder === owner) holder = null;
    },
  };
}
