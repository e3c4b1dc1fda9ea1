/**
 * "Enlarge" on a figure (beside its Export menu): the figure fills the window, for the
 * back row; the same button (or E, or Esc) puts it back. src/store/enlarge.ts holds
 * which figure is enlarged.
 */
import { useRef } from 'react';
import { useStore } from 'zustand';
import { enlarge, enlargeStore, FIGURE, restore } from '../store/enlarge';

export function EnlargeButton({ title }: { title: string }) {
  const button = useRef<HTMLButtonElement>(null);
  const figure = () => button.current?.parentElement?.closest<HTMLElement>(FIGURE) ?? null;
  const on = useStore(enlargeStore, (s) => s.el !== null && s.el === figure());
  return (
    <button
      ref={button}
      type="button"
      className="export-button enlarge-button"
      aria-pressed={on}
      aria-label={`Enlarge: ${title}`}
      title={on ? 'Back to the page (E or Esc)' : 'Fill the screen with this view (E)'}
      onClick={() => {
        const el = figure();
        if (!el) return;
        if (on) restore();
        else enlarge(el);
      }}
    >
      {on ? 'Back' : 'Enlarge'}
    </button>
  );
}

/** Whether the figure whose ref this is fills the window now (charts then draw to its height). */
export function useEnlarged(ref: { current: Element | null }): boolean {
  return useStore(enlargeStore, (s) => s.el !== null && s.el === ref.current);
}
