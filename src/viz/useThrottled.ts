import { useEffect, useRef, useState } from 'react';

/**
 * The value, changing at most once every `ms` milliseconds (the latest value always shows
 * in the end). For views that follow fast-changing data (snapshots arrive up to 20 times
 * a second) but cost too much to redraw every time: formulas, feature maps, kernels.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    const now = performance.now();
    const wait = last.current + ms - now;
    if (wait <= 0) {
      last.current = now;
      setShown(value);
      return;
    }
    timer.current = setTimeout(() => {
      last.current = performance.now();
      setShown(value);
    }, wait);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [value, ms]);
  return shown;
}
