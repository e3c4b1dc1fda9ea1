/**
 * The run in view: mounted while an exercise runs (or a goal watches a playing lab, or a
 * scrubbable number has just changed it), this docks the view that decides it in a small
 * panel at the bottom right (a strip at the bottom on a phone) whenever the view's own place
 * is off screen, and gives it back when the learner scrolls there, closes the panel, or the
 * run ends (unmount). The panel is a labelled region with "Back to the lab" and "Close"
 * buttons, placed in the page right after the exercise's status, so Tab reaches them next.
 * The docked view is for watching (inert while docked): its controls work in its place.
 * See ./dock.ts for the DOM side.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { dock, dockLimits, dockScale, dockWidth, shownShare, uncontain, type Docked } from './dock';
import { showView, type ViewRef } from './common';
import { reducedMotion } from '../../store/motion';

/** The view's own place counts as seen from this share of it on screen. */
const SEEN = 0.5;
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

interface Geometry {
  /** Layout width of the docked element, and its scale. */
  width: number;
  scale: number;
  /** The slot's size on screen. */
  w: number;
  h: number;
  phone: boolean;
}

export function RunDock({ view, keepClear }: { view: ViewRef; keepClear?: RefObject<HTMLElement | null> }) {
  const owner = useRef(Symbol(view.id));
  const panel = useRef<HTMLSpanElement>(null);
  const slot = useRef<HTMLSpanElement>(null);
  const [closed, setClosed] = useState(false);
  const [docked, setDocked] = useState<Docked | null>(null);
  const [geo, setGeo] = useState<Geometry | null>(null);

  // Dock while the view's place is off screen; give it back when the learner scrolls there.
  useEffect(() => {
    if (closed) return;
    const el = document.getElementById(view.id);
    if (!el) return;
    let d: Docked | null = null;
    const io = new IntersectionObserver(
      (entries) => {
        const e = entries[entries.length - 1]!;
        const seen = shownShare(e.boundingClientRect, window.innerHeight) >= SEEN;
        if (!seen && !d) {
          d = dock(el, owner.current);
          if (!d) return;
          io.unobserve(el);
          io.observe(d.placeholder);
          setDocked(d);
        } else if (seen && d) {
          io.unobserve(d.placeholder);
          d.release();
          d = null;
          io.observe(el);
          setDocked(null);
          setGeo(null);
        }
      },
      { threshold: THRESHOLDS },
    );
    io.observe(el);
    return () => {
      io.disconnect();
      d?.release();
    };
  }, [view.id, closed]);

  // The panel is fixed: the sections around it must not contain it.
  useLayoutEffect(() => (docked && panel.current ? uncontain(panel.current) : undefined), [docked]);

  // Fit the docked view into the panel, again whenever it or the window changes size.
  useLayoutEffect(() => {
    if (!docked) return;
    const fit = () => {
      const lim = dockLimits(window.innerWidth, window.innerHeight);
      const width = dockWidth(docked.placeholder.getBoundingClientRect().width, lim.width);
      docked.el.style.setProperty('--run-dock-w', `${Math.round(width)}px`);
      const size = docked.size();
      const scale = dockScale(size, lim);
      const next = {
        width,
        scale,
        w: Math.ceil(size.width * scale),
        h: Math.ceil(size.height * scale),
        phone: lim.phone,
      };
      setGeo((g) =>
        g &&
        g.width === next.width &&
        g.scale === next.scale &&
        g.w === next.w &&
        g.h === next.h &&
        g.phone === next.phone
          ? g
          : next,
      );
    };
    fit();
    // A chart inside redraws at the new width a moment later: watch its drawings too.
    const ro = new ResizeObserver(fit);
    ro.observe(docked.el);
    docked.el.querySelectorAll('svg, canvas').forEach((c) => ro.observe(c));
    window.addEventListener('resize', fit);
    return () => {
      ro.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [docked]);

  // Put the view on its slot; keep the exercise's own status clear of the panel.
  const cleared = useRef(false);
  useLayoutEffect(() => {
    if (!docked || !geo || !slot.current) return;
    const r = slot.current.getBoundingClientRect();
    docked.place(r.left, window.innerHeight - r.bottom, geo.width, geo.scale);
    const keep = keepClear?.current;
    const p = panel.current?.getBoundingClientRect();
    if (cleared.current || !keep || !p) return;
    cleared.current = true;
    const k = keep.getBoundingClientRect();
    const overlapsX = k.right > p.left && k.left < p.right;
    const below = k.bottom + 8 - p.top;
    if (overlapsX && below > 0 && k.top - below > 0)
      window.scrollBy({ top: below, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }, [docked, geo, keepClear]);

  if (!docked || closed) return null;
  const back = () => {
    docked.release();
    setClosed(true);
    showView(view.id);
  };
  return (
    <span
      ref={panel}
      className={`run-dock ${geo?.phone ? 'run-dock-phone' : ''}`}
      role="region"
      aria-label={`Live view: ${view.label}`}
      data-testid="run-dock"
    >
      <span className="run-dock-head">
        <span className="run-dock-title">Live: {view.label}</span>
        <button type="button" className="linklike" onClick={back}>
          Back to the lab
        </button>
        <button type="button" className="button small" aria-label="Close the live view" onClick={() => setClosed(true)}>
          Close
        </button>
      </span>
      <span ref={slot} className="run-dock-slot" style={geo ? { width: geo.w, height: geo.h } : undefined} />
    </span>
  );
}
