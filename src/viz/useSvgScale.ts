import { useEffect, type RefObject } from 'react';

/**
 * For an SVG scaled by its viewBox: keeps `--svg-scale` (rendered pixels per user unit)
 * on the element, so CSS can size its text in real pixels —
 * `font-size: calc(16px / var(--svg-scale))` renders at 16 px whatever the scale.
 */
export function useSvgScale(ref: RefObject<SVGSVGElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const vb = el.viewBox.baseVal;
      const r = el.getBoundingClientRect();
      if (!vb || !vb.width || !vb.height || !r.width || !r.height) return;
      // preserveAspectRatio "meet": the smaller of the two ratios.
      const scale = Math.min(r.width / vb.width, r.height / vb.height);
      el.style.setProperty('--svg-scale', String(Math.round(scale * 1000) / 1000));
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
}
