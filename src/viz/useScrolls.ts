/**
 * A box that scrolls sideways when its content is wider than it (a display formula or a
 * table on a phone). While it overflows it is a keyboard stop with a name (a keyboard user
 * scrolls it with the arrow keys) and it shows which edge has more: a shadow on that edge
 * (`data-overflow="right" | "left" | "both"`, styled in lessons.css). While it fits, it is a
 * plain box: no tab stop, no shadow.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Marks `el` for its overflow (the data-overflow attribute) and says whether it scrolls. */
export function measureOverflow(el: HTMLElement): boolean {
  // Wider than its box, and the box scrolls (a formula inside a box that scrolls for it shows its overflow).
  const scrolls = el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX);
  const left = scrolls && el.scrollLeft > 1;
  const right = scrolls && el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
  const edge = left && right ? 'both' : left ? 'left' : right ? 'right' : scrolls ? 'none' : null;
  if (edge === null) el.removeAttribute('data-overflow');
  else if (el.getAttribute('data-overflow') !== edge) el.setAttribute('data-overflow', edge);
  return scrolls;
}

/**
 * Whether the element scrolls sideways, kept current: on every render of the caller, when
 * its content changes (a live formula re-typeset by a child component; measured once a
 * frame at most), when it or its children are resized, when it is scrolled, and when web
 * fonts arrive (KaTeX's fonts change a formula's width).
 */
export function useScrolls(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  const observer = useRef<ResizeObserver | null>(null);
  const watched = useRef(new Set<Element>());
  const update = useRef(() => {});
  update.current = () => {
    const el = ref.current;
    if (el) setScrolls(measureOverflow(el));
  };
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const run = () => update.current();
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(run);
    observer.current = ro;
    ro?.observe(el);
    let frame = 0;
    const soon = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), run()));
    };
    const mo = typeof MutationObserver === 'undefined' ? null : new MutationObserver(soon);
    mo?.observe(el, { childList: true, subtree: true, characterData: true });
    el.addEventListener('scroll', run, { passive: true });
    document.fonts?.addEventListener?.('loadingdone', run);
    return () => {
      cancelAnimationFrame(frame);
      mo?.disconnect();
      ro?.disconnect();
      observer.current = null;
      watched.current.clear();
      el.removeEventListener('scroll', run);
      document.fonts?.removeEventListener?.('loadingdone', run);
    };
  }, [ref]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The content's size as well as the box's: a table that grows a column, a formula typeset later.
    const ro = observer.current;
    if (ro) {
      const now = new Set(Array.from(el.children));
      for (const old of watched.current) if (!now.has(old)) ro.unobserve(old);
      for (const child of now) if (!watched.current.has(child)) ro.observe(child);
      watched.current = now;
    }
    update.current();
  });
  return scrolls;
}
