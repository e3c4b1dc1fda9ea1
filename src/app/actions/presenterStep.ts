import { reducedMotion } from '../shell';
import type { Action } from './types';

/**
 * Presenter stepping: in presenter mode, a clicker's Page Down / Page Up (or the arrow
 * keys) move to the next or previous section of the lesson.
 */
function go(dir: 1 | -1): void {
  const sections = Array.from(document.querySelectorAll<HTMLElement>('[data-present-step]'));
  if (!sections.length) return;
  // Where are we? The focused section if any (stepping focuses it), else the first one
  // whose top is on screen.
  const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-present-step]');
  let current = focused ? sections.indexOf(focused) : -1;
  if (current < 0) {
    const onScreen = sections.findIndex((el) => el.getBoundingClientRect().bottom > 80);
    current = onScreen < 0 ? sections.length - 1 : onScreen;
    if (dir === 1 && sections[current].getBoundingClientRect().top > 80) current -= 1;
  }
  const next = sections[Math.max(0, Math.min(sections.length - 1, current + dir))];
  next.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  next.focus({ preventScroll: true });
}

export const nextSection: Action = {
  id: 'nextSection',
  label: 'Next section (presenter mode)',
  keys: ['PageDown', 'ArrowRight'],
  display: '→ / Page Down',
  enabled: (s) => s.presenter,
  perform: () => go(1),
};

export const previousSection: Action = {
  id: 'previousSection',
  label: 'Previous section (presenter mode)',
  keys: ['PageUp', 'ArrowLeft'],
  display: '← / Page Up',
  enabled: (s) => s.presenter,
  perform: () => go(-1),
};
