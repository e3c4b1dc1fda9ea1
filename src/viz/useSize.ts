import { useEffect, useState, type RefObject } from 'react';

/** The element's content width (and height), kept up to date with a ResizeObserver. */
export function useSize(ref: RefObject<HTMLElement | null>, fallback = 300): { width: number; height: number } {
  const [size, setSize] = useState({ width: fallback, height: fallback });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const r = el.getBoundingClientRect();
      setSize((s) => (Math.abs(s.width - r.width) < 1 && Math.abs(s.height - r.height) < 1 ? s : { width: Math.max(50, r.width), height: Math.max(50, r.height) }));
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
