import { scaleLinear, scaleLog } from 'd3';
import { useId, useRef } from 'react';
import { type ApproxAct, netOutput, type Net1d, unitContribution } from '../../src/engine';
import { decades, linearTicks, linePath, logTicks, type Margins } from '../../src/viz/chart';
import { ChartFrame, useChartMargins, useFigureHeight } from '../../src/viz/ChartFrame';
import { SWATCH, UI } from '../../src/viz/palette';
import { useSize } from '../../src/viz/useSize';

export const TARGET_COLOR = SWATCH.grey;
export const OUTPUT_COLOR = SWATCH.blue;
/** Contributions cycle through these (Okabe–Ito, without the output's blue). */
const UNIT_COLORS = [SWATCH.vermillion, SWATCH.green, SWATCH.pink, SWATCH.orange, SWATCH.sky, SWATCH.black];
const SAMPLES = 161;
const M: Margins = { top: 8, right: 10, bottom: 30, left: 40 };
const M_SMALL: Margins = { top: 4, right: 4, bottom: 4, left: 4 };

/**
 * The target, the network's output and (optionally) every unit's contribution
 * v_j h(w_j x + b_j) on [−1, 1]: the output is c plus the sum of the thin curves.
 */
export function FitPlot({
  xs,
  target,
  net,
  act,
  units,
  height: baseHeight,
  title,
  small = false,
  draft,
}: {
  xs: ArrayLike<number>;
  target: ArrayLike<number>;
  net: Net1d | null;
  act: ApproxAct;
  units: boolean;
  height: number;
  title: string;
  small?: boolean;
  /** A drawing in progress, shown instead of the target. */
  draft?: ArrayLike<number> | null;
}) {
  const wrap = useRef<HTMLElement>(null);
  const clip = `px-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { width } = useSize(wrap, small ? 120 : 400);
  const height = useFigureHeight(wrap, baseHeight);
  const big = useChartMargins(M);
  const m = small ? M_SMALL : big;
  const x = scaleLinear()
    .domain([-1, 1])
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([-1.6, 1.6])
    .range([height - m.bottom, m.top]);
  const grid = Array.from({ length: SAMPLES }, (_, i) => -1 + (2 * i) / (SAMPLES - 1));
  const clampY = (v: number) => y(Math.max(-2, Math.min(2, v)));
  const curve = (f: (x: number) => number) =>
    linePath(
      SAMPLES,
      (i) => x(grid[i]),
      (i) => clampY(f(grid[i])),
    );
  const tgt = draft ?? target;
  const targetPath = linePath(
    tgt.length,
    (i) => x(xs[i]),
    (i) => clampY(tgt[i]),
  );
  const legend = small
    ? undefined
    : [
        { id: 't', label: 'target', color: TARGET_COLOR },
        { id: 'o', label: 'network output', color: OUTPUT_COLOR },
        ...(units
          ? [{ id: 'u', label: 'each unit’s contribution vⱼ·h(wⱼx + bⱼ)', color: UNIT_COLORS[0], dashed: true }]
          : []),
      ];
  return (
    <ChartFrame
      wrapRef={wrap}
      width={width}
      height={height}
      margins={m}
      axes={{ xTicks: small ? [] : linearTicks(x, 5), yTicks: small ? [] : linearTicks(y, 5) }}
      xLabel={small ? undefined : 'x'}
      legend={legend}
      title={title}
      className={small ? 'chart px-small' : 'chart'}
    >
      <clipPath id={clip}>
        <rect
          x={m.left}
          y={m.top}
          width={Math.max(0, width - m.left - m.right)}
          height={Math.max(0, height - m.top - m.bottom)}
        />
      </clipPath>
      <g fill="none" clipPath={`url(#${clip})`}>
        {units &&
          net &&
          Array.from({ length: net.n }, (_, j) => (
            <path
              key={j}
              d={curve((v) => unitContribution(net, act, j, v))}
              stroke={UNIT_COLORS[j % UNIT_COLORS.length]}
              strokeWidth={1.25}
              strokeDasharray="4 3"
              opacity={net.n > 16 ? 0.55 : 0.85}
            />
          ))}
        <path d={targetPath} stroke={TARGET_COLOR} strokeWidth={small ? 3 : 5} opacity={0.45} />
        {net && (
          <path d={curve((v) => netOutput(net, act, v))} stroke={OUTPUT_COLOR} strokeWidth={small ? 1.75 : 2.5} />
        )}
      </g>
    </ChartFrame>
  );
}

/** Final error against n, both axes logarithmic, the chosen n ringed. */
const M_ERR: Margins = { top: 10, right: 14, bottom: 36, left: 54 };

export function ErrorVsN({
  ns,
  mse,
  selected,
  height: baseHeight,
  title,
}: {
  ns: number[];
  mse: ArrayLike<number> | null;
  selected: number;
  height: number;
  title: string;
}) {
  const wrap = useRef<HTMLElement>(null);
  const { width } = useSize(wrap, 320);
  const height = useFigureHeight(wrap, baseHeight);
  const mm = useChartMargins(M_ERR);
  const x = scaleLog()
    .domain([0.8, 80])
    .range([mm.left, width - mm.right]);
  const vals = mse ? Array.from(mse).filter((v) => v > 0 && Number.isFinite(v)) : [];
  const dom = decades(vals.length ? [Math.min(...vals), Math.max(...vals)] : null, 2, [1e-4, 1]);
  const y = scaleLog()
    .domain(dom)
    .range([height - mm.bottom, mm.top])
    .clamp(true);
  const xTicks = [1, 2, 4, 8, 16, 32, 64].map((v) => ({ value: v, pos: Math.round(x(v) * 10) / 10, label: String(v) }));
  const ok = (i: number) => !!mse && mse[i] > 0 && Number.isFinite(mse[i]);
  const path = mse
    ? linePath(
        ns.length,
        (i) => x(ns[i]),
        (i) => y(mse[i]),
        ok,
      )
    : '';
  return (
    <ChartFrame
      wrapRef={wrap}
      width={width}
      height={height}
      margins={mm}
      axes={{ xTicks, yTicks: logTicks(y, 5) }}
      grid
      xLabel="hidden units n (log scale)"
      yLabel="mean squared error"
      legend={[{ id: 'e', label: 'error now, one point per network', color: OUTPUT_COLOR, marker: 'circle' }]}
      title={title}
    >
      <path d={path} fill="none" stroke={OUTPUT_COLOR} strokeWidth={2} />
      {ns.map((n, i) =>
        ok(i) ? (
          <g key={n}>
            <circle cx={x(n)} cy={y(mse![i])} r={4} fill={OUTPUT_COLOR} />
            {n === selected && <circle cx={x(n)} cy={y(mse![i])} r={8} fill="none" stroke={UI.mark} strokeWidth={2} />}
          </g>
        ) : null,
      )}
    </ChartFrame>
  );
}
