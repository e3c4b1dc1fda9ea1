import { memo, useRef } from 'react';
import { UI } from './palette';
import { ExportHead, useInExportFigure } from './ExportFigure';

export interface ProbSeries {
  label: string;
  color: string;
  textColor: string;
  probs: ArrayLike<number> | null;
}

/** Index of the largest finite probability, or −1 when there is none (a diverged model). */
export function argmax(p: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < p.length; i++) if (Number.isFinite(p[i]) && (best < 0 || p[i] > p[best])) best = i;
  return best;
}

/** A bar's share of the full width (0…1), or null for a missing or non-finite probability. */
export function barShare(p: number | undefined): number | null {
  return p === undefined || !Number.isFinite(p) ? null : Math.max(0, Math.min(1, p));
}

/** A probability as a whole percentage, or "—" when it is not a number. */
export function probText(p: number | undefined): string {
  const s = barShare(p);
  return s === null ? '—' : `${Math.round(100 * s)}%`;
}

/** One sentence per model: its top class and how sure it is. */
export function probSummary(series: ProbSeries[]): string {
  return series
    .map((s) => {
      if (!s.probs) return `${s.label}: no prediction yet`;
      const k = argmax(s.probs);
      return k < 0
        ? `${s.label}: no valid prediction (the numbers are not finite)`
        : `${s.label} says ${k} (${probText(s.probs[k])})`;
    })
    .join('; ');
}

/**
 * Class probabilities as horizontal bars, one row per class, one bar per model; the
 * caption says each model's top class in words. Non-finite probabilities draw no bar
 * and read "—".
 */
export const ProbBars = memo(function ProbBars({
  series,
  classes = 10,
  rowHeight = 16,
  empty,
}: {
  series: ProbSeries[];
  classes?: number;
  rowHeight?: number;
  /** Said instead of the predictions when there is nothing to predict (an empty pad); bars are left empty. */
  empty?: string;
}) {
  const figRef = useRef<HTMLElement>(null);
  const exported = !useInExportFigure();
  const barH = Math.max(4, (rowHeight - 3) / series.length);
  const W = 150;
  const labelW = 16;
  const pctW = 40;
  const height = classes * rowHeight;
  if (empty) series = series.map((s) => ({ ...s, probs: null }));
  const summary = empty ?? probSummary(series);
  const title = `Class probabilities. ${summary}.`;
  return (
    <figure ref={figRef} className={exported ? 'probbars export-figure' : 'probbars'}>
      {exported && <ExportHead source={{ title: 'Class probabilities', element: () => figRef.current }} />}
      <svg width={labelW + W + pctW} height={height} role="img" aria-label={title}>
        {Array.from({ length: classes }, (_, c) => (
          <g key={c} transform={`translate(0,${c * rowHeight})`}>
            <text x={labelW - 4} y={rowHeight / 2 + 4} textAnchor="end" className="probbars-label">
              {c}
            </text>
            <rect x={labelW} y={1} width={W} height={rowHeight - 2} fill={UI.barBg} />
            {series.map((s, k) => {
              const share = s.probs ? barShare(s.probs[c]) : 0;
              return share === null ? null : (
                <rect key={s.label} x={labelW} y={1 + k * barH} width={W * share} height={barH - 0.5} fill={s.color} />
              );
            })}
            {series[0]?.probs && (
              <text x={labelW + W + 4} y={rowHeight / 2 + 4} className="probbars-pct" fill={series[0].textColor}>
                {probText(series[0].probs[c])}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="small">{summary}</figcaption>
    </figure>
  );
});
