/**
 * A typed property table drives each lesson's URL state (after TensorFlow Playground's
 * `state.ts`): every parameter says its kind, range and default once, and parsing,
 * clamping, serializing and the controls all follow from it.
 *
 * Parsing never throws: a malformed or out-of-range value is clamped or defaulted,
 * and a notice says which, so a mangled link still opens a working lesson.
 */

interface Base {
  label: string;
}
export interface EnumParam<O extends string = string> extends Base {
  kind: 'enum';
  options: readonly O[];
  default: O;
  /** Display names for the options. */
  names?: Partial<Record<O, string>>;
}
export interface SetParam<O extends string = string> extends Base {
  kind: 'set';
  options: readonly O[];
  default: readonly O[];
  minItems: number;
  names?: Partial<Record<O, string>>;
}
export interface NumberParam extends Base {
  kind: 'number' | 'int';
  min: number;
  max: number;
  default: number;
  /** Slider step (for 'number'); ints step by 1. */
  step?: number;
  /** Sliders move on a log scale (learning rates). */
  log?: boolean;
}
export interface BoolParam extends Base {
  kind: 'bool';
  default: boolean;
}

export type ParamDef = EnumParam<string> | SetParam<string> | NumberParam | BoolParam;
export type ParamTable = Record<string, ParamDef>;

type ValueOf<D> =
  D extends EnumParam<infer O> ? O : D extends SetParam<infer O> ? O[] : D extends BoolParam ? boolean : number;
export type ParamValues<T extends ParamTable> = { [K in keyof T]: ValueOf<T[K]> };

/** Helpers that keep option types literal. */
export const param = {
  enum: <O extends string>(p: Omit<EnumParam<O>, 'kind'>): EnumParam<O> => ({ kind: 'enum', ...p }),
  set: <O extends string>(p: Omit<SetParam<O>, 'kind'>): SetParam<O> => ({ kind: 'set', ...p }),
  number: (p: Omit<NumberParam, 'kind'>): NumberParam => ({ kind: 'number', ...p }),
  int: (p: Omit<NumberParam, 'kind'>): NumberParam => ({ kind: 'int', ...p }),
  bool: (p: Omit<BoolParam, 'kind'>): BoolParam => ({ kind: 'bool', ...p }),
};

export function defaults<T extends ParamTable>(table: T): ParamValues<T> {
  const out: Record<string, unknown> = {};
  for (const [k, d] of Object.entries(table)) out[k] = Array.isArray(d.default) ? [...d.default] : d.default;
  return out as ParamValues<T>;
}

const MAX_RAW = 200;

/**
 * Bidirectional controls (LRM/RLM, ALM, embeddings, overrides, isolates). Echoed from a
 * link they would reorder the rest of the notice line, so they never reach the page.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text from a link made safe to show: bidi controls removed. */
export function stripBidi(raw: string): string {
  return raw.replace(BIDI_CONTROLS, '');
}

/** Whether a raw link value holds bidi controls (invisible; they are never echoed). */
export function hasBidi(raw: string): boolean {
  return stripBidi(raw) !== raw;
}

/** Bidi controls removed, quoted, cut at 40 characters. */
function quoted(raw: string): string {
  const clean = stripBidi(raw);
  return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}…` : clean);
}

/**
 * A raw link value as shown in a notice: bidi controls removed, quoted, cut at 40
 * characters. When controls were removed it says so, so that the quoted text is not taken
 * for the whole value (a value that reads "wasm" but was not accepted as wasm).
 */
export function show(raw: string): string {
  return hasBidi(raw) ? `${quoted(raw)} (with invisible control characters, left out here)` : quoted(raw);
}

/** The notice line for a value refused because it holds invisible (bidi) control characters. */
export function invisibleProblem(raw: string, then: string): string {
  return `${quoted(raw)} contains invisible control characters (left out here), so it was not read; ${then}`;
}

/** Parse one raw string; returns the value and, if it was fixed up, why. */
export function parseValue(def: ParamDef, raw: string): { value: unknown; problem?: string } {
  raw = raw.slice(0, MAX_RAW).trim();
  if (hasBidi(raw)) {
    const value = Array.isArray(def.default) ? [...def.default] : def.default;
    return {
      value,
      problem: invisibleProblem(raw, `using ${def.kind === 'bool' ? String(value) : formatValue(def, value)}`),
    };
  }
  switch (def.kind) {
    case 'enum': {
      const hit = def.options.find((o) => o.toLowerCase() === raw.toLowerCase());
      return hit
        ? { value: hit }
        : { value: def.default, problem: `${show(raw)} is not one of ${def.options.join(', ')}; using ${def.default}` };
    }
    case 'set': {
      const items = raw
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
      const picked = def.options.filter((o) => items.includes(o.toLowerCase()));
      const unknown = items.filter((i) => !def.options.some((o) => o.toLowerCase() === i));
      if (picked.length < def.minItems) {
        return {
          value: [...def.default],
          problem: `${show(raw)} needs at least ${def.minItems} of ${def.options.join(', ')}; using ${def.default.join(',')}`,
        };
      }
      return unknown.length
        ? { value: picked, problem: `ignored unknown ${unknown.map(show).join(', ')}` }
        : { value: picked };
    }
    case 'bool': {
      if (/^(1|true|yes|on)$/i.test(raw)) return { value: true };
      if (/^(0|false|no|off)$/i.test(raw)) return { value: false };
      return { value: def.default, problem: `${show(raw)} is not true or false; using ${def.default}` };
    }
    case 'number':
    case 'int': {
      const n = raw === '' ? NaN : Number(raw);
      if (!Number.isFinite(n))
        return { value: def.default, problem: `${show(raw)} is not a number; using ${def.default}` };
      let v = def.kind === 'int' ? Math.round(n) : n;
      if (v < def.min) return { value: def.min, problem: `${show(raw)} is below the minimum; using ${def.min}` };
      if (v > def.max) return { value: def.max, problem: `${show(raw)} is above the maximum; using ${def.max}` };
      if (def.kind === 'int' && v !== n) return { value: v, problem: `${show(raw)} is not a whole number; using ${v}` };
      v = Number(v.toPrecision(6));
      return { value: v };
    }
  }
}

export interface Parsed<T extends ParamTable> {
  values: ParamValues<T>;
  /** One line per fixed-up parameter, for the notice. */
  problems: string[];
}

/** Read a lesson's parameters from a query string; unknown keys are ignored. */
export function parseParams<T extends ParamTable>(table: T, query: URLSearchParams): Parsed<T> {
  const values = defaults(table) as Record<string, unknown>;
  const problems: string[] = [];
  for (const [key, def] of Object.entries(table)) {
    const raw = query.get(key);
    if (raw === null) continue;
    const { value, problem } = parseValue(def, raw);
    values[key] = value;
    if (problem) problems.push(`${key}: ${problem}`);
  }
  return { values: values as ParamValues<T>, problems };
}

export function formatValue(def: ParamDef, value: unknown): string {
  if (def.kind === 'set') return (value as string[]).join(',');
  if (def.kind === 'bool') return value ? '1' : '0';
  return String(value);
}

/** Only values that differ from the defaults go into the URL, in table order. */
export function serializeParams<T extends ParamTable>(table: T, values: ParamValues<T>): URLSearchParams {
  const q = new URLSearchParams();
  for (const [key, def] of Object.entries(table)) {
    const v = (values as Record<string, unknown>)[key];
    const s = formatValue(def, v);
    if (s !== formatValue(def, def.default)) q.set(key, s);
  }
  return q;
}
