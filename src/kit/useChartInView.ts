import { useEffect, type RefObject } from 'react';

/** Where a lab's settings sit below its views (the phone layout, lessons.css / presenter.css). */
const NARROW = '(max-width: 900px)';
/** The first view of a lab: a chart, plot or canvas (not a control's own picture). */
const VIEW = 'figure, .boundary, canvas[role="img"], svg[role="img"]';

/**
 * On a phone the settings sit under the lab's views: a setting changed there (a slider let go,
 * a choice made) would redraw a chart the learner cannot see. When the lab's first view is off
 * screen after such a change, it is scrolled into view, under the lab's sticky transport. Keyboard
 * changes (arrow keys on a slider) are left alone: the focus stays where the learner is.
 */
export function useChartInView(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root || typeof window.matchMedia !== 'function') return;
    const onChange = (e: Event) => {
      const target = e.target;
      if (
        !(target instanceof HTMLInputElement || target instanceof HTMLSelectElement) ||
        !window.matchMedia(NARROW).matches
      )
        return;
      if (target.matches(':focus-visible')) return;
      const lab = target.closest('.lab');
      if (!lab || target.closest('.exercise')) return;
      const view = Array.from(lab.querySelectorAll<HTMLElement>(VIEW)).find(
        (v) => !v.contains(target) && !v.closest('.lab-controls, .exercise') && v.getBoundingClientRect().height > 40,
      );
      if (!view) return;
      const sticky = lab.querySelector<HTMLElement>('.lab-transport');
      const cover =
        sticky && getComputedStyle(sticky).position === 'sticky' ? sticky.getBoundingClientRect().height : 0;
      const r = view.getBoundingClientRect();
      const visible = Math.min(r.bottom, window.innerHeight) - Math.max(r.top, cover);
      if (visible > Math.min(120, r.height / 2)) return;
      const reduce =
        document.documentElement.dataset.motion === 'reduce' ||
        window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollTo({ top: window.scrollY + r.top - cover - 8, behavior: reduce ? 'auto' : 'smooth' });
    };
    root.addEventListener('change', onChange);
    return () => root.removeEventListener('change', onChange);
  }, [ref]);
}
