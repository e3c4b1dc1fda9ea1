import { useEffect, useState, type RefObject } from 'react';

/** The element's content width (and height), kept up to date with a ResizeObserver. */
export function useSize(ref: RefObject<HTMLElement | null>, fallback = 300): { width: number; height: number } {
  const [size, setSize] = useState({ width: fallback, height: fallback });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const b = el.getBoundingClientRect();
      // A view docked in an exercise's live panel is scaled by a CSS transform: its size is its layout size.
      const k =
        b.width > 0 && el.offsetWidth > 0 && Math.abs(b.width / el.offsetWidth - 1) > 0.02
          ? b.width / el.offsetWidth
          : 1;
      const r = { width: b.width / k, height: b.height / k };
      setSize((s) =>
        Math.abs(s.width - r.width) < 1 && Math.abs(s.height - r.height) < 1
          ? s
          : { width: Math.max(50, r.width), height: Math.max(50, r.height) },
      );
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
