import katex from 'katex';
import 'katex/dist/katex.min.css';
import { memo, useEffect, useRef, useState } from 'react';
import { useScrolls } from '../viz/useScrolls';
import { whenDue } from './formulaQueue';
import { useThrottled } from '../viz/useThrottled';

/**
 * KaTeX with live values. The TeX string usually embeds current numbers; updates are
 * throttled (default 8 per second) so a formula never costs a frame. A formula is first
 * typeset when it nears the screen or the page is idle (formulaQueue.ts); until then it is
 * an empty box that still carries its label.
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
  const ref = useRef<HTMLSpanElement>(null);
  const [due, setDue] = useState(() => cache.has(keyOf(tex, display)));
  const latest = useRef({ tex: shown, display });
  latest.current = { tex: shown, display };
  // Typeset inside the queue's slice (so its time is counted there), then show it.
  useEffect(
    () =>
      due || !ref.current
        ? undefined
        : whenDue(ref.current, () => (render(latest.current.tex, latest.current.display), setDue(true))),
    [due],
  );
  const html = due ? render(shown, display) : '';
  // A display formula wider than its box (on a phone) scrolls sideways: it is then a keyboard
  // stop with a name, and a shadow shows the edge with more (src/viz/useScrolls.ts).
  const scrolls = useScrolls(ref);
  const name = label ? `Formula: ${label}` : 'Formula (scroll sideways to read all of it)';
  return (
    <span
      ref={ref}
      className={display ? 'formula formula-display' : 'formula'}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls && !label ? 'group' : label ? 'math' : undefined}
      aria-label={scrolls ? name : label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});

const cache = new Map<string, string>();
const keyOf = (tex: string, display: boolean) => `${display ? 'D' : 'I'}${tex}`;
/** TeX → KaTeX HTML (trust off: no \href, \url, \htmlClass…; exported for the injection test). */
export function render(tex: string, display: boolean): string {
  const key = keyOf(tex, display);
  let html = cache.get(key);
  if (html === undefined) {
    html = katex.renderToString(tex, {
      displayMode: display,
      throwOnError: false,
      output: 'htmlAndMathml',
      strict: 'ignore',
      trust: false,
      maxExpand: 1000,
    });
    if (cache.size > 500) cache.clear();
    cache.set(key, html);
  }
  return html;
}
