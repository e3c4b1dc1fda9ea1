/** Binning for histograms: a pure function, tested apart from any drawing. */
export interface Bins {
  lo: number;
  hi: number;
  counts: Uint32Array;
  /** Values that were NaN or infinite. */
  invalid: number;
}

export function binValues(values: ArrayLike<number>, n: number, bins: number, lo?: number, hi?: number): Bins {
  let min = Infinity;
  let max = -Infinity;
  let invalid = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      invalid++;
      continue;
    }
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const l = lo ?? (Number.isFinite(min) ? min : 0);
  let h = hi ?? (Number.isFinite(max) ? max : 1);
  if (h <= l) h = l + 1;
  const counts = new Uint32Array(bins);
  const w = (h - l) / bins;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    const b = Math.min(bins - 1, Math.max(0, Math.floor((v - l) / w)));
    counts[b]++;
  }
  return { lo: l, hi: h, counts, invalid };
}
