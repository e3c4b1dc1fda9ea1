import { useEffect, type RefObject } from 'react';
import { onAllTypeset } from '../math/formulaQueue';

/**
 * Lesson sections off screen skip rendering (content-visibility: auto in lessons.css) and
 * stand in with a guessed height until first shown, so the page grew and shrank while the
 * learner scrolled. Once the page has settled (its formulas typeset in idle time), every
 * section is laid out for one frame: the browser then remembers each one's real height
 * (contain-intrinsic-size: auto) and the page keeps its length while scrolling.
 */
export function useSettledSizes(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof requestAnimationFrame === 'undefined') return;
    let frames: number[] = [];
    let timer = 0;
    const measure = () => {
      el.classList.add('is-measuring');
      // Two frames: the sizes are recorded after the first frame's layout.
      frames = [
        requestAnimationFrame(() => (frames = [requestAnimationFrame(() => el.classList.remove('is-measuring'))])),
      ];
    };
    const soon = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(measure, 300);
    };
    const off = onAllTypeset(soon);
    // Also once the lab has started, for a page with nothing waiting to be typeset.
    const first = window.setTimeout(measure, 3000);
    return () => {
      off();
      window.clearTimeout(timer);
      window.clearTimeout(first);
      frames.forEach(cancelAnimationFrame);
      el.classList.remove('is-measuring');
    };
  }, [ref]);
}
