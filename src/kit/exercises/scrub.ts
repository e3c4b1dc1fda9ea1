/**
 * The keyboard and drag logic of a scrubbable number (pure, unit-tested). Integer and
 * linear parameters step by their step; log-scale ones (learning rates) walk a 1–2–5
 * ladder, so one key press or one drag notch is always a readable number. The ladder
 * also holds the range's ends and the parameter's default, so the keys reach the maximum
 * the slider announces (aria-valuemax) and can always come back to the default.
 */
import type { NumberParam } from '../../store/params';

export interface ScrubSpec {
  min: number;
  max: number;
  /** Linear step (ignored on a log scale). */
  step: number;
  log: boolean;
  /** Steps per PageUp / PageDown. */
  big: number;
  /** Values a log-scale ladder also holds (the parameter's default), where within the range. */
  marks?: readonly number[];
}

export function specOf(def: NumberParam, over: Partial<ScrubSpec> = {}): ScrubSpec {
  const step = def.kind === 'int' ? 1 : (def.step ?? (def.max - def.min) / 100);
  return { min: def.min, max: def.max, step, log: !!def.log, big: 3, marks: [def.default], ...over };
}

/** The 1–2–5 values between min and max, and min, max and `marks` themselves, ascending. */
export function ladder(min: number, max: number, marks: readonly number[] = []): number[] {
  const out: number[] = [min, max, ...marks.filter((m) => m >= min && m <= max)];
  for (let e = Math.floor(Math.log10(min)) - 1; e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** e).toPrecision(3));
      if (v >= min - 1e-12 && v <= max + 1e-12) out.push(v);
    }
  }
  out.sort((a, b) => a - b);
  // One rung per value (a 1–2–5 value and an end within rounding of it are the same rung).
  return out.filter((v, i) => i === 0 || Math.abs(Math.log(v / out[i - 1]!)) > 1e-9);
}

function clamp(v: number, s: ScrubSpec): number {
  return Math.min(s.max, Math.max(s.min, v));
}

/** The value `steps` notches away from `value` (negative = down), clamped to the range. */
export function stepValue(value: number, steps: number, s: ScrubSpec): number {
  if (s.log) {
    const l = ladder(s.min, s.max, s.marks);
    if (!l.length) return clamp(value, s);
    const eq = (a: number) => Math.abs(Math.log(a / value)) < 1e-9;
    let i: number;
    if (steps > 0) {
      // The first rung above the value, then on.
      const above = l.findIndex((r) => r > value && !eq(r));
      i = above < 0 ? l.length - 1 : above + steps - 1;
    } else if (steps < 0) {
      let below = -1;
      l.forEach((r, k) => {
        if (r < value && !eq(r)) below = k;
      });
      i = below < 0 ? 0 : below + steps + 1;
    } else {
      i = 0;
      for (let k = 1; k < l.length; k++)
        if (Math.abs(Math.log(l[k]! / value)) < Math.abs(Math.log(l[i]! / value))) i = k;
    }
    return l[Math.min(l.length - 1, Math.max(0, i))]!;
  }
  const n = Math.round((value - s.min) / s.step) + steps;
  return clamp(Number((s.min + n * s.step).toPrecision(12)), s);
}

/** The new value for a key press, or null if the key is not the slider's. */
export function scrubKey(key: string, value: number, s: ScrubSpec): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return stepValue(value, 1, s);
    case 'ArrowLeft':
    case 'ArrowDown':
      return stepValue(value, -1, s);
    case 'PageUp':
      return stepValue(value, s.big, s);
    case 'PageDown':
      return stepValue(value, -s.big, s);
    case 'Home':
      return s.log ? stepValue(s.min, 0, s) : s.min;
    case 'End':
      return s.log ? stepValue(s.max, 0, s) : s.max;
    default:
      return null;
  }
}

/** Drag: pixels moved since the press → the value, one notch per `px` pixels. */
export function dragValue(start: number, dx: number, px: number, s: ScrubSpec): number {
  return stepValue(start, Math.trunc(dx / px), s);
}
