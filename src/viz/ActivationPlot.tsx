import { range, scaleLinear, select } from 'd3';
import { memo, useEffect, useMemo, useRef, useId } from 'react';
import { ACTIVATION_MATH, type Activation } from '../engine';
import { linearTicks, linePath, px, type Margins } from './chart';
import { ChartFrame, useChartBox } from './ChartFrame';
import { UI } from './palette';

export interface ActivationPlotProps {
  activation: Activation;
  color: string;
  /** Current pre-activations to mark on the curves. */
  marks?: ArrayLike<number>;
  markCount?: number;
  /** Highlighted pre-activation (hovered unit), if any. */
  highlight?: number | null;
  title: string;
  height?: number;
  xMax?: number;
  /** Called with a mark's index when the pointer moves onto it (hover to pick a unit). */
  onPick?: (index: number) => void;
}

const M: Margins = { top: 10, right: 10, bottom: 28, left: 34 };

/** Scales, ticks and the two curves: everything but the marks, from the activation alone. */
export function activationLayout(activation: Activation, width: number, height: number, xMax: number, mg: Margins = M) {
  const m = ACTIVATION_MATH[activation];
  const yTop = activation === 'sigmoid' || activation === 'tanh' ? 1.05 : Math.min(xMax, 3);
  const yBottom = activation === 'tanh' ? -1.05 : -0.25;
  const x = scaleLinear()
    .domain([-xMax, xMax])
    .range([mg.left, width - mg.right]);
  const y = scaleLinear()
    .domain([yBottom, yTop])
    .range([height - mg.bottom, mg.top]);
  const xs = range(-xMax, xMax + 1e-9, (2 * xMax) / 240);
  return {
    x,
    y,
    xAxisAt: px(y(0)),
    xTicks: linearTicks(x, 5),
    yTicks: linearTicks(y, 4),
    f: linePath(
      xs.length,
      (i) => x(xs[i]),
      (i) => y(m.f(xs[i])),
    ),
    df: linePath(
      xs.length,
      (i) => x(xs[i]),
      (i) => y(m.df(xs[i])),
    ),
  };
}

/** Each finite pre-activation as a point on the derivative curve (a clamped to the plot); index kept. */
export function markPoints(
  activation: Activation,
  marks: ArrayLike<number> | undefined,
  count: number,
  x: (v: number) => number,
  y: (v: number) => number,
  xMax: number,
) {
  const df = ACTIVATION_MATH[activation].df;
  const pts: { i: number; cx: number; cy: number }[] = [];
  const n = Math.min(count, marks?.length ?? 0);
  for (let i = 0; i < n; i++) {
    const a = marks![i];
    if (!Number.isFinite(a)) continue;
    const cy = y(df(a));
    if (!Number.isFinite(cy)) continue;
    pts.push({ i, cx: px(x(Math.max(-xMax, Math.min(xMax, a)))), cy: px(cy) });
  }
  return pts;
}

type MarkPoint = ReturnType<typeof markPoints>[number];
/** Marks sit on a half-pixel grid: finer moves of a 3-px dot are invisible, and skipped. */
const half = (v: number) => Math.round(v * 2) / 2;

/** h(a) (solid) and h'(a) (dashed) with the layer's current pre-activations marked. */
export const ActivationPlot = memo(function ActivationPlot({
  activation,
  color,
  marks,
  markCount,
  highlight,
  title,
  height = 170,
  xMax = 5,
  onPick,
}: ActivationPlotProps) {
  const box = useChartBox(240, height, M);
  const marksRef = useRef<SVGGElement>(null);
  // The latest callback, read by one delegated listener: a new closure each render must not re-bind anything.
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);
  const layout = useMemo(
    () => activationLayout(activation, box.width, box.height, xMax, box.margins),
    [activation, box.width, box.height, xMax, box.margins],
  );

  // Up to 400 marks change every snapshot: updated in place by d3, apart from React's render.
  useEffect(() => {
    if (!marksRef.current) return;
    const pts = markPoints(activation, marks, Math.min(markCount ?? marks?.length ?? 0, 400), layout.x, layout.y, xMax);
    // Only what changed is written: most marks move less than the half-pixel grid between
    // snapshots, and every setAttribute costs style and paint work on a slow machine.
    const g = marksRef.current;
    const circles = select(g)
      .selectAll<SVGCircleElement, MarkPoint>('circle')
      .data(pts)
      .join((enter) => enter.append('circle').attr('r', 3))
      .nodes();
    for (let k = 0; k < circles.length; k++) {
      const c = circles[k] as SVGCircleElement & { _m?: MarkPoint };
      const p = { i: pts[k].i, cx: half(pts[k].cx), cy: half(pts[k].cy) };
      const o = c._m;
      if (!o || o.i !== p.i) c.setAttribute('data-i', String(p.i));
      if (!o || o.cx !== p.cx) c.setAttribute('cx', String(p.cx));
      if (!o || o.cy !== p.cy) c.setAttribute('cy', String(p.cy));
      c._m = p;
    }
  }, [activation, marks, markCount, layout, xMax]);

  const df = ACTIVATION_MATH[activation].df;
  const hl = highlight !== null && highlight !== undefined && Number.isFinite(highlight) ? highlight : null;
  const hx = hl === null ? NaN : px(layout.x(Math.max(-xMax, Math.min(xMax, hl))));
  const hy = hl === null ? NaN : px(layout.y(df(hl)));
  const showHl = Number.isFinite(hx) && Number.isFinite(hy);
  // The curves stop at the plot's edges: ReLU's h(a) = a would otherwise climb past the top of the y axis.
  const clip = `actplot-clip${useId().replace(/:/g, '')}`;
  return (
    <ChartFrame {...box} className="actplot" axes={layout} title={title}>
      <clipPath id={clip}>
        <rect
          x={M.left}
          y={M.top}
          width={Math.max(0, box.width - M.left - M.right)}
          height={Math.max(0, height - M.top - M.bottom)}
        />
      </clipPath>
      <g clipPath={`url(#${clip})`}>
        <path className="f" d={layout.f} fill="none" stroke={color} strokeWidth={2.25} />
        <path className="df" d={layout.df} fill="none" stroke={color} strokeWidth={1.75} strokeDasharray="5 4" />
      </g>
      <g
        ref={marksRef}
        className="marks"
        fill={color}
        fillOpacity={0.35}
        cursor={onPick ? 'pointer' : 'default'}
        onPointerOver={(e) => {
          const i = (e.target as Element).getAttribute?.('data-i');
          if (i !== null && i !== undefined) pick.current?.(Number(i));
        }}
      />
      {showHl && <circle className="hl" cx={hx} cy={hy} r={6} fill="none" stroke={UI.mark} strokeWidth={2} />}
    </ChartFrame>
  );
});
