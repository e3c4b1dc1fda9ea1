import { memo } from 'react';

export interface ProbSeries {
  label: string;
  color: string;
  textColor: string;
  probs: ArrayLike<number> | null;
}

function argmax(p: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return best;
}

/**
 * Class probabilities as horizontal bars, one row per class, one bar per model; the
 * caption says each model's top class in words.
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
  const barH = Math.max(4, (rowHeight - 3) / series.length);
  const W = 150;
  const labelW = 16;
  const pctW = 40;
  const height = classes * rowHeight;
  if (empty) series = series.map((s) => ({ ...s, probs: null }));
  const summary =
    empty ??
    series
      .map((s) => (s.probs ? `${s.label} says ${argmax(s.probs)} (${Math.round(100 * s.probs[argmax(s.probs)])}%)` : `${s.label}: no prediction yet`))
      .join('; ');
  return (
    <figure className="probbars">
      <svg width={labelW + W + pctW} height={height} role="img" aria-label={`Class probabilities. ${summary}.`}>
        {Array.from({ length: classes }, (_, c) => (
          <g key={c} transform={`translate(0,${c * rowHeight})`}>
            <text x={labelW - 4} y={rowHeight / 2 + 4} textAnchor="end" className="probbars-label">
              {c}
            </text>
            <rect x={labelW} y={1} width={W} height={rowHeight - 2} fill="#f0f0f3" />
            {series.map((s, k) => {
              const p = s.probs ? s.probs[c] : 0;
              return <rect key={s.label} x={labelW} y={1 + k * barH} width={Math.max(0, W * p)} height={barH - 0.5} fill={s.color} />;
            })}
            {series[0]?.probs && (
              <text x={labelW + W + 4} y={rowHeight / 2 + 4} className="probbars-pct" fill={series[0].textColor}>
                {Math.round(100 * series[0].probs[c])}%
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="small">{summary}</figcaption>
    </figure>
  );
});
