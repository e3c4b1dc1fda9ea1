import katex from 'katex';
import 'katex/dist/katex.min.css';
import { memo, useLayoutEffect, useRef } from 'react';
import { useThrottled } from '../viz/useThrottled';

/**
 * KaTeX with live values. The TeX string usually embeds current numbers; updates are
 * throttled (default 8 per second) so a formula never costs a frame.
 */
export const Formula = memo(function Formula({
  tex,
  display = false,
  label,
  throttleMs = 125,
}: {
  tex: string;
  display?: boolean;
  /** Text alternative for screen readers (KaTeX also emits MathML). */
  label?: string;
  throttleMs?: number;
}) {
  const shown = useThrottled(tex, throttleMs);
  const html = render(shown, display);
  const ref = useRef<HTMLSpanElement>(null);
  // A formula wider than its box scrolls sideways; make it reachable by keyboard then.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const scrolls = el.scrollWidth > el.clientWidth + 1;
    if (scrolls) el.setAttribute('tabindex', '0');
    else el.removeAttribute('tabindex');
  });
  return (
    <span
      ref={ref}
      className={display ? 'formula formula-display' : 'formula'}
      role={label ? 'math' : undefined}
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});

const cache = new Map<string, string>();
/** TeX → KaTeX HTML (trust off: no \href, \url, \htmlClass…; exported for the injection test). */
export function render(tex: string, display: boolean): string {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml', strict: 'ignore', trust: false, maxExpand: 1000 });
    if (cache.size > 500) cache.clear();
    cache.set(key, html);
  }
  return html;
}
