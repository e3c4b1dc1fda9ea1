/**
 * The frame every chart shares: axes with ticks, grid lines, axis labels and a legend.
 * It only draws what the pure functions of chart.ts computed (ticks in pixels); the
 * plot itself comes as children. React keys keep the elements: a new frame of data
 * updates attributes in place instead of rebuilding the axes.
 */
import { memo, useEffect, useMemo, useRef, useState, type ReactNode, type Ref, type RefObject } from 'react';
import { useStore } from 'zustand';
import { appStore } from '../store/app';
import type { Margins, Tick } from './chart';
import { UI } from './palette';
import { ExportHead, useInExportFigure } from './ExportFigure';
import type { ExportSource } from './ExportMenu';
import { useEnlarged } from './EnlargeButton';
import { useSize } from './useSize';

export interface LegendItem {
  id: string;
  label: string;
  color: string;
  dashed?: boolean;
  /** A marker drawn on the legend line (the shape the chart uses for its points). */
  marker?: 'circle' | 'square';
}

/** The axes a chart's layout function computed: ticks in pixels, and where the x axis runs. */
export interface Axes {
  xTicks: Tick[];
  yTicks: Tick[];
  /** Where the x axis runs (pixels from the top); the bottom of the plot by default. */
  xAxisAt?: number;
}

/**
 * Room for the presenter's large type (16 px ticks and axis labels, src/app/styles/presenter.css):
 * wider left and bottom margins where a chart has y ticks and an x axis label.
 */
export function presenterMargins(m: Margins): Margins {
  return {
    top: m.top + 4,
    right: m.right + 6,
    bottom: m.bottom > 20 ? m.bottom + 12 : m.bottom,
    left: m.left > 20 ? m.left + 14 : m.left,
  };
}

/** A chart's margins: as given, or with room for the presenter's type in presenter mode. */
export function useChartMargins(m: Margins): Margins {
  const presenter = useStore(appStore, (s) => s.presenter);
  return useMemo(() => (presenter ? presenterMargins(m) : m), [presenter, m]);
}

/** Room under the plot for the legend of an enlarged figure (measured). */
function spareHeight(el: HTMLElement): number {
  const legend = el.querySelector<HTMLElement>(':scope > .legend');
  return el.clientHeight - (legend?.offsetHeight ?? 0) - 16;
}

/** The chart's height: `height`, or, while its figure is enlarged to fill the window, what the window leaves. */
export function useFigureHeight(wrap: RefObject<HTMLElement | null>, height: number): number {
  const big = useEnlarged(wrap);
  const [room, setRoom] = useState(height);
  useEffect(() => {
    const el = wrap.current;
    if (!big || !el) return;
    const update = () => setRoom(Math.max(height, Math.round(spareHeight(el))));
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [big, height, wrap]);
  return big ? room : height;
}

/**
 * A chart's box, spread onto ChartFrame: the figure's ref, its measured width (`fallback`
 * until measured), its height (taller while enlarged) and its margins (wider in presenter mode).
 */
export function useChartBox(
  fallback: number,
  height: number,
  margins: Margins,
): { wrapRef: Ref<HTMLElement>; width: number; height: number; margins: Margins } {
  const wrap = useRef<HTMLElement>(null);
  return {
    wrapRef: wrap,
    width: useSize(wrap, fallback).width,
    height: useFigureHeight(wrap, height),
    margins: useChartMargins(margins),
  };
}

export interface ChartFrameProps {
  width: number;
  height: number;
  margins: Margins;
  axes: Axes;
  xLabel?: string;
  yLabel?: string;
  /** Horizontal grid lines at the y ticks. */
  grid?: boolean;
  legend?: LegendItem[];
  /** Accessible name of the figure. */
  title: string;
  className?: string;
  wrapRef?: Ref<HTMLElement>;
  /** The run history behind the chart (adds "Download CSV" to its export menu). */
  history?: ExportSource['history'];
  /** No export menu (a chart inside another exported view). */
  noExport?: boolean;
  children?: ReactNode;
}

export function ChartFrame({
  width,
  height,
  margins: M,
  axes,
  xLabel,
  yLabel,
  grid,
  legend,
  title,
  className = 'chart',
  wrapRef,
  history,
  noExport,
  children,
}: ChartFrameProps) {
  const { xTicks, yTicks } = axes;
  const svg = useRef<SVGSVGElement>(null);
  const bottom = height - M.bottom;
  const xa = axes.xAxisAt ?? bottom;
  const nested = useInExportFigure();
  const exported = !noExport && !nested;
  const presenter = useStore(appStore, (s) => s.presenter);
  // A y label longer than the plot is tall (the presenter's short charts, large type) is left out: it would run off the chart.
  const showY = !!yLabel && yLabel.length * (presenter ? 8.8 : 6.6) <= bottom - M.top + 16;
  return (
    <figure className={exported ? `${className} export-figure` : className} ref={wrapRef}>
      {exported && <ExportHead source={{ title, svg: () => svg.current, legend, history }} />}
      <svg ref={svg} width={width} height={height} role="img" aria-label={title}>
        {grid && (
          <g className="grid" stroke={UI.grid}>
            {yTicks.map((t) => (
              <line key={t.value} x1={M.left} x2={width - M.right} y1={t.pos} y2={t.pos} />
            ))}
          </g>
        )}
        <Axis orient="bottom" ticks={xTicks} at={xa} from={M.left} to={width - M.right} />
        <Axis orient="left" ticks={yTicks} at={M.left} from={M.top} to={bottom} />
        {children}
        {xLabel && (
          <text className="x-label axis-label" textAnchor="middle" x={(M.left + width - M.right) / 2} y={height - 4}>
            {xLabel}
          </text>
        )}
        {showY && (
          <text
            className="y-label axis-label"
            textAnchor="middle"
            transform={`translate(14,${(M.top + bottom) / 2}) rotate(-90)`}
          >
            {yLabel}
          </text>
        )}
      </svg>
      {legend && legend.length > 0 && <Legend items={legend} />}
    </figure>
  );
}

/** An axis drawn like d3.axisBottom / d3.axisLeft (same classes and styling). */
function Axis({
  orient,
  ticks,
  at,
  from,
  to,
}: {
  orient: 'bottom' | 'left';
  ticks: Tick[];
  at: number;
  from: number;
  to: number;
}) {
  const bottom = orient === 'bottom';
  return (
    <g
      className={bottom ? 'x-axis' : 'y-axis'}
      transform={bottom ? `translate(0,${at})` : `translate(${at},0)`}
      fill="none"
      fontSize={10}
      fontFamily="sans-serif"
      textAnchor={bottom ? 'middle' : 'end'}
    >
      <path className="domain" stroke="currentColor" d={bottom ? `M${from},0H${to}` : `M0,${from}V${to}`} />
      {ticks.map((t) => (
        <g key={t.value} className="tick" transform={bottom ? `translate(${t.pos},0)` : `translate(0,${t.pos})`}>
          <line stroke="currentColor" {...(bottom ? { y2: 6 } : { x2: -6 })} />
          <text fill="currentColor" {...(bottom ? { y: 9, dy: '0.71em' } : { x: -9, dy: '0.32em' })}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The legend: a short line (dashed for dashed series) with an optional marker, then the label. */
export const Legend = memo(function Legend({ items }: { items: LegendItem[] }) {
  return (
    <figcaption className="legend">
      {items.map((s) => (
        <span key={s.id} className="legend-item">
          <svg width="26" height="12" aria-hidden="true">
            <line
              x1="0"
              y1="6"
              x2="26"
              y2="6"
              stroke={s.color}
              strokeWidth="2.5"
              strokeDasharray={s.dashed ? '5 4' : undefined}
            />
            {s.marker === 'square' && (
              <rect x="9" y="2" width="8" height="8" fill={UI.paper} stroke={s.color} strokeWidth="2" />
            )}
            {s.marker === 'circle' && <circle cx="13" cy="6" r="4" fill={s.color} />}
          </svg>
          {s.label}
        </span>
      ))}
    </figcaption>
  );
}, sameLegend);

function sameLegend(a: { items: LegendItem[] }, b: { items: LegendItem[] }): boolean {
  if (a.items === b.items) return true;
  if (a.items.length !== b.items.length) return false;
  return a.items.every((s, i) => {
    const t = b.items[i];
    return (
      s.id === t.id && s.label === t.label && s.color === t.color && s.dashed === t.dashed && s.marker === t.marker
    );
  });
}
