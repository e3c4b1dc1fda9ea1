/** Number formatting for readouts and formulas: short, aligned, never "NaN" unexplained. */

export function fmt(v: number | undefined | null, digits = 3): string {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return sci(v, digits - 1);
  const s = v.toPrecision(digits);
  return s.includes('e') ? sci(v, digits - 1) : trimZeros(s).replace('-', '−');
}

/** Fixed decimals, with a real minus sign. */
export function fixed(v: number | undefined | null, decimals = 3): string {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return v.toFixed(decimals).replace('-', '−');
}

/** Readouts past this size say only how large they are ("> 10⁶"): the digits mean nothing once a run diverged. */
export const HUGE = 1e6;

export function pct(v: number | undefined | null, decimals = 0): string {
  if (v === undefined || v === null || !Number.isFinite(v)) return '—';
  const p = 100 * v;
  if (Math.abs(p) >= HUGE) return p > 0 ? '> 10⁶%' : '< −10⁶%';
  return `${p.toFixed(decimals)}%`;
}

export function sci(v: number, digits = 2): string {
  const [m, e] = v.toExponential(digits).split('e');
  return `${trimZeros(m).replace('-', '−')}×10${superscript(Number(e))}`;
}

/**
 * A number for KaTeX, written as a person writes it: 0.0123, 4.56, 1230, 12300,
 * and 1.2 \times 10^{5} / 1.2 \times 10^{-4} outside [10⁻³, 10⁵).
 * Never JavaScript's "1.23e+3".
 */
export function tex(v: number | undefined | null, digits = 3): string {
  if (v === undefined || v === null || Number.isNaN(v)) return '\\text{—}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  if (v === 0) return '0';
  // Round first, then choose the notation, so 99,999.7 becomes 1 × 10⁵, not 100000.
  const rounded = Number(v.toPrecision(digits));
  const a = Math.abs(rounded);
  if (a >= 1e5 || a < 1e-3) return texSci(v, digits);
  return texPlain(rounded, digits);
}

function texSci(v: number, digits: number): string {
  const [m, e] = v.toExponential(digits - 1).split('e');
  return `${trimZeros(m)} \\times 10^{${Number(e)}}`;
}

/** A rounded number in plain positional notation (no exponent), trailing zeros after the point trimmed. */
function texPlain(rounded: number, digits: number): string {
  // One decimal more than the significant digits need (toFixed never uses an exponent below 1e21).
  const decimals = Math.max(0, digits - Math.floor(Math.log10(Math.abs(rounded))));
  return trimZeros(rounded.toFixed(Math.min(decimals, 100)));
}

const INT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
/** A whole number with thousands separators ("12,345"), as n.toLocaleString('en-US') but
 *  from one shared formatter: toLocaleString builds a new one per call, which is slow
 *  for readouts updated 20 times a second. */
export function int(n: number): string {
  return INT.format(n);
}

export function compact(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} billion`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)} million`;
  return Number.isInteger(n) ? int(n) : n.toLocaleString('en-US');
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

const SUP: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};
/** An integer in superscript digits ("⁻⁹", "¹³"), for powers of ten in plain text: the one superscript helper. */
export function superscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => SUP[c] ?? c)
    .join('');
}

/** 10 to a whole power, written 10⁻³. */
export const pow10 = (e: number): string => `10${superscript(e)}`;

/** A short loss readout: 3 significant digits down to 0.001, then "< 0.001"; "> 10⁶" past a million. */
export function lossText(v: number | undefined | null): string {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return '∞';
  if (v >= HUGE) return '> 10⁶';
  if (v < 0.001) return '<0.001';
  return v >= 100 ? v.toFixed(0) : fmt(v, 3);
}

/**
 * A term after the first in a sum, with its own sign: "+ 2" or "− 2", never "+ −2".
 * `text` formats the term's size (default fmt); pass `tex: true` for KaTeX ("- 2").
 */
export function signedTerm(
  v: number | undefined | null,
  text: (abs: number) => string = fmt,
  { tex = false }: { tex?: boolean } = {},
): string {
  if (v === undefined || v === null || Number.isNaN(v)) return `+ ${text(Number.NaN)}`;
  return `${v < 0 ? (tex ? '-' : '−') : '+'} ${text(Math.abs(v))}`;
}

/** A line w₁·x₁ + w₂·x₂ + b = 0 in plain text, each term signed once ("0.5·x₁ − 2·x₂ + 1 = 0"). */
export function lineEquation(w: readonly number[], b: number, digits = 3): string {
  const f = (a: number) => fmt(a, digits);
  return `${fmt(w[0], digits)}·x₁ ${signedTerm(w[1], f)}·x₂ ${signedTerm(b, f)} = 0`;
}
