import type { Action } from './types';

/**
 * Presenter stepping: in presenter mode, a clicker's Page Down / Page Up (or the arrow
 * keys) move to the next or previous section of the lesson.
 */
function go(dir: 1 | -1): void {
  const sections = Array.from(document.querySelectorAll<HTMLElement>('[data-present-step]'));
  if (!sections.length) return;
  const top = 80;
  const idx = sections.findIndex((el) => el.getBoundingClientRect().top > top + 4);
  const current = idx < 0 ? sections.length - 1 : idx - 1;
  const next = Math.max(0, Math.min(sections.length - 1, current + dir));
  const target = dir === 1 ? (idx < 0 ? sections[sections.length - 1] : sections[Math.max(idx, 0)]) : sections[next];
  target.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
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
