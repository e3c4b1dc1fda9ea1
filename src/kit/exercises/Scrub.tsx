/**
 * A scrubbable number in the prose (Bret Victor's reactive documents; Tangle): an inline
 * role="slider" bound to one lesson parameter. Drag it sideways or focus it and use the
 * arrow keys (Page Up / Page Down: bigger steps, Home / End: the ends); the value goes
 * through the lesson's URL state, so the experiment and the sentence around it follow.
 */
import { useEffect, useRef, useState } from 'react';
import type { NumberParam } from '../../store/params';
import { dragValue, scrubKey, specOf, type ScrubSpec } from './scrub';
import { useLesson } from './LessonContext';
import { RunDock } from './RunDock';
import type { ViewRef } from './common';

/** How long the view stays docked after the last change from a scrubbable number. */
const SHOW_MS = 4000;

export function Scrub({
  param,
  label,
  format = (v) => String(v),
  px = 12,
  spec: over,
  view,
}: {
  /** A number or int parameter of the lesson's table. */
  param: string;
  /** Accessible name; defaults to the parameter's label. */
  label?: string;
  /** How the value reads in the sentence (also aria-valuetext). */
  format?: (v: number) => string;
  /** Pixels of drag per step. */
  px?: number;
  /** Narrow the range or change the steps for this sentence. */
  spec?: Partial<ScrubSpec>;
  /** The figure that shows what the number changes: docked for a few seconds after a change, if its place is off screen (a figure, not the whole lab). */
  view?: ViewRef;
}) {
  const { table, p, setP } = useLesson();
  const drag = useRef<{ x: number; start: number; id: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const def = table[param] as NumberParam | undefined;
  if (!def || (def.kind !== 'number' && def.kind !== 'int'))
    throw new Error(`<Scrub>: ${param} is not a number parameter`);
  const s = specOf(def, over);
  const value = p[param] as number;
  const [changed, setChanged] = useState(0);
  const set = (v: number) => {
    if (v === value) return;
    setP({ [param]: v });
    setChanged((c) => c + 1);
  };
  const [showing, setShowing] = useState(false);
  useEffect(() => {
    if (!changed) return;
    setShowing(true);
    const t = window.setTimeout(() => setShowing(false), SHOW_MS);
    return () => window.clearTimeout(t);
  }, [changed]);
  const text = format(value);

  return (
    <>
      <span
        role="slider"
        tabIndex={0}
        className={`scrub ${dragging ? 'is-dragging' : ''}`}
        aria-label={label ?? def.label}
        aria-valuenow={value}
        aria-valuemin={s.min}
        aria-valuemax={s.max}
        aria-valuetext={text}
        aria-orientation="horizontal"
        title="Drag sideways, or focus and use the arrow keys"
        onKeyDown={(e) => {
          const v = scrubKey(e.key, value, s);
          if (v === null) return;
          e.preventDefault();
          set(v);
        }}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          e.preventDefault();
          e.currentTarget.focus();
          e.currentTarget.setPointerCapture(e.pointerId);
          drag.current = { x: e.clientX, start: value, id: e.pointerId };
          setDragging(true);
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d || d.id !== e.pointerId) return;
          set(dragValue(d.start, e.clientX - d.x, px, s));
        }}
        onPointerUp={(e) => {
          if (drag.current?.id === e.pointerId) drag.current = null;
          setDragging(false);
        }}
        onPointerCancel={() => {
          drag.current = null;
          setDragging(false);
        }}
      >
        {text}
      </span>
      {showing && view && <RunDock view={view} />}
    </>
  );
}
