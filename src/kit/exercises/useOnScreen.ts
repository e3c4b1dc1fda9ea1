import { useEffect, useState, type RefObject } from 'react';

/** Is any of the element on screen? (IntersectionObserver; false until it has reported.) */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => setOn(entries[entries.length - 1]!.isIntersecting));
    io.observe(el);
    return () => io.disconnect();
  }, [ref]);
  return on;
}
