import { useEffect, useState, type RefObject } from 'react';

/** Whether the element is on screen (with a margin), so off-screen views can skip updates. */
export function useInView(ref: RefObject<Element | null>, margin = '100px'): boolean {
  const [inView, setInView] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => setInView(entries.some((e) => e.isIntersecting)), {
      rootMargin: margin,
    });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, margin]);
  return inView;
}

/** The value while visible (or until there is one); the last visible value while off screen. */
export function useFrozenWhenHidden<T>(value: T, visible: boolean, last: { current: T }): T {
  if (visible || last.current === null || last.current === undefined) last.current = value;
  return last.current;
}
