import { type NumberParam } from '../../src/kit';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { fmt } from '../../src/math/format';

/**
 * A scrubbable number: drag it sideways, or focus it and use the arrow keys (Shift or
 * Page Up/Down for ten steps, Home/End for the range's ends); Enter or a double click
 * types a number instead. A role="slider" with its value as text, so screen readers and
 * tests read the number.
 */
export function InputScrub({
  def,
  value,
  onChange,
  label,
  testId,
}: {
  def: NumberParam;
  value: number;
  onChange: (v: number) => void;
  label: string;
  testId?: string;
}) {
  const step = def.step ?? 0.1;
  const drag = useRef<{ x: number; v: number } | null>(null);
  const [typing, setTyping] = useState(false);
  const slider = useRef<HTMLSpanElement>(null);
  // After typing ends by key (Enter / Escape), the keyboard returns to the slider.
  const refocus = useRef(false);
  useEffect(() => {
    if (!typing && refocus.current) slider.current?.focus();
    refocus.current = false;
  }, [typing]);
  const clamp = (v: number) =>
    Math.min(def.max, Math.max(def.min, Number((Math.round(v / step) * step).toPrecision(6))));

  const onKey = (e: KeyboardEvent<HTMLSpanElement>) => {
    const big = e.shiftKey ? 10 : 1;
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowUp') next = value + big * step;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') next = value - big * step;
    else if (e.key === 'PageUp') next = value + 10 * step;
    else if (e.key === 'PageDown') next = value - 10 * step;
    else if (e.key === 'Home') next = def.min;
    else if (e.key === 'End') next = def.max;
    else if (e.key === 'Enter') {
      e.preventDefault();
      setTyping(true);
      return;
    }
    if (next === null) return;
    // The arrows belong to this control (not to the presenter's section stepping).
    e.preventDefault();
    e.stopPropagation();
    onChange(clamp(next));
  };
  const onDown = (e: PointerEvent<HTMLSpanElement>) => {
    drag.current = { x: e.clientX, v: value };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onMove = (e: PointerEvent<HTMLSpanElement>) => {
    if (!drag.current) return;
    // One step per 4 px of sideways travel.
    const v = clamp(drag.current.v + Math.round((e.clientX - drag.current.x) / 4) * step);
    if (v !== value) onChange(v);
  };
  const onUp = () => {
    drag.current = null;
  };
  const text = fmt(value, 4);
  if (typing) {
    const commit = (raw: string) => {
      const v = Number(raw.replace('−', '-'));
      if (raw.trim() !== '' && Number.isFinite(v)) onChange(clamp(v));
      setTyping(false);
    };
    return (
      <span className="bg-scrub">
        <label className="bg-scrub-label">
          {label} =
          <input
            className="bg-scrub-input"
            type="text"
            inputMode="decimal"
            autoFocus
            defaultValue={String(value)}
            aria-label={`Type a value for ${label}`}
            onBlur={(e) => commit(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                refocus.current = true;
                commit(e.currentTarget.value);
              } else if (e.key === 'Escape') {
                e.stopPropagation();
                refocus.current = true;
                setTyping(false);
              }
            }}
          />
        </label>
      </span>
    );
  }
  return (
    <span className="bg-scrub">
      <span className="bg-scrub-label" aria-hidden="true">
        {label} =
      </span>
      <span
        ref={slider}
        role="slider"
        tabIndex={0}
        className="bg-scrub-value"
        aria-label={`Input ${label}`}
        aria-valuemin={def.min}
        aria-valuemax={def.max}
        aria-valuenow={value}
        aria-valuetext={text}
        data-testid={testId}
        onKeyDown={onKey}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
        onDoubleClick={() => setTyping(true)}
        title="Drag sideways, use the arrow keys, or press Enter to type a number"
      >
        {text}
      </span>
    </span>
  );
}
