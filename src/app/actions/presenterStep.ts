import { reducedMotion } from '../../store/motion';
import { stepLecture } from '../beats/navigate';
import type { Action } from './types';

/** How far below the top of the window a section's top may sit and still count as "here". */
const TOP_SLACK = 80;

/**
 * Which section to go to from the one in view. Pure (tops in px relative to the window),
 * for the unit test: the current section is the last one whose top is at or above the
 * slack line (the one being read), whatever has focus.
 */
export function stepTarget(tops: number[], dir: 1 | -1, from = -1): number {
  if (!tops.length) return -1;
  let current = from;
  if (current < 0) {
    tops.forEach((t, i) => {
      if (t <= TOP_SLACK) current = i;
    });
  } else if (dir === -1) return Math.max(0, current - 1);
  if (dir === 1) return Math.min(tops.length - 1, current + 1);
  if (current < 0) return 0;
  // Part-way into a section: back to its own start first.
  if (tops[current]! < -TOP_SLACK) return current;
  return Math.max(0, current - 1);
}

/**
 * Presenter stepping: in presenter mode, a clicker's Page Down / Page Up (or the arrow
 * keys) move to the next or previous beat while a lecture runs (src/app/beats), else
 * (and past its ends) to the next or previous section, counted from the section on screen.
 */
let last: { el: HTMLElement; t: number } | null = null;
/** A step's smooth scroll takes up to ~1 s: a second press in that time counts from its target. */
const STEP_MS = 1200;

function go(dir: 1 | -1): void {
  const sections = Array.from(document.querySelectorAll<HTMLElement>('[data-present-step]'));
  const recent =
    last && performance.now() - last.t < STEP_MS && document.activeElement === last.el ? sections.indexOf(last.el) : -1;
  const i = stepTarget(
    sections.map((el) => el.getBoundingClientRect().top),
    dir,
    recent,
  );
  const next = sections[i];
  if (!next) return;
  last = { el: next, t: performance.now() };
  next.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  next.focus({ preventScroll: true });
}

/** A presenter-mode step, in one direction: the next beat of a running lecture, else the next section. */
function stepAction(id: string, label: string, keys: string[], display: string, dir: 1 | -1): Action {
  return { id, label, keys, display, enabled: (s) => s.presenter, perform: () => void (stepLecture(dir) || go(dir)) };
}

export const nextSection = stepAction(
  'nextSection',
  'Next beat or section (presenter mode)',
  ['PageDown', 'ArrowRight'],
  '→ / Page Down',
  1,
);
export const previousSection = stepAction(
  'previousSection',
  'Previous beat (its state restored) or section (presenter mode)',
  ['PageUp', 'ArrowLeft'],
  '← / Page Up',
  -1,
);
