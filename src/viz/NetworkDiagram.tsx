import { useMemo, useRef, useEffect, useState, type CSSProperties } from 'react';
import { CLASS_COLORS, SWATCH, UI } from './palette';
import { ExportFigure } from './ExportFigure';

export interface NetworkDiagramProps {
  sizes: number[];
  /** Weights per layer for one run, [n_in × n_out] row-major (a view into a snapshot). */
  weights?: Float32Array[];
  /** Offset of the run inside each layer's array. */
  run?: number;
  title: string;
  height?: number;
  /** Layer index → label under the column. */
  labels?: string[];
  /** Highlight one layer (e.g. the one being trained). */
  highlightLayer?: number;
  /** Layers drawn as frozen (greyed). */
  frozen?: boolean[];
}

/** The layer labels' size on screen, in CSS pixels, however much the drawing is scaled down. */
export const LABEL_PX = 12;

/** How many CSS pixels one unit of the drawing takes (the viewBox is fitted into the box, "meet"). */
function useDrawingScale(ref: { current: SVGSVGElement | null }, vbWidth: number, vbHeight: number): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) return;
      const k = Math.min(r.width / vbWidth, r.height / vbHeight);
      setScale((old) => (Math.abs(old - k) < 0.02 ? old : k));
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, vbWidth, vbHeight]);
  return scale;
}

/** Nodes in columns; edges coloured by the sign of the weight (orange +, purple −), width by its size. */
export function NetworkDiagram({
  sizes,
  weights,
  run = 0,
  title,
  height = 180,
  labels,
  highlightLayer,
  frozen,
}: NetworkDiagramProps) {
  const width = 100 * sizes.length;
  const maxNodes = 12;
  const svgRef = useRef<SVGSVGElement>(null);
  // A narrow box draws the diagram smaller: the labels grow in drawing units to stay LABEL_PX on
  // screen (lessons.css divides by --netdiag-scale), and the columns leave them room.
  const scale = useDrawingScale(svgRef, width, height);
  const below = Math.min(height / 4, Math.max(11, LABEL_PX / scale)) + 12;
  const layout = useMemo(
    () =>
      sizes.map((n, l) => {
        const shown = Math.min(n, maxNodes);
        const x = 50 + l * 100;
        return Array.from({ length: shown }, (_, i) => ({
          x,
          y: ((i + 1) * (height - below)) / (shown + 1),
        }));
      }),
    [sizes, height, below],
  );
  let maxW = 1e-6;
  if (weights)
    for (const w of weights)
      for (let i = 0; i < w.length; i++) if (Number.isFinite(w[i])) maxW = Math.max(maxW, Math.abs(w[i]));
  const edges: {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
    w: number;
    l: number;
  }[] = [];
  for (let l = 0; l < sizes.length - 1; l++) {
    const nIn = sizes[l];
    const nOut = sizes[l + 1];
    const off = run * nIn * nOut;
    layout[l].forEach((a, i) =>
      layout[l + 1].forEach((b, j) => {
        // A non-finite weight (a diverged run) is drawn as the thinnest line: never a NaN attribute.
        const raw = weights?.[l]?.[off + i * nOut + j] ?? 0;
        const w = Number.isFinite(raw) ? raw : 0;
        edges.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, w, l });
      }),
    );
  }
  return (
    <ExportFigure title={title} source={{ svg: () => svgRef.current }} className="netdiag-figure">
      <svg
        ref={svgRef}
        className="netdiag"
        style={{ '--netdiag-scale': scale.toFixed(3) } as CSSProperties}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        preserveAspectRatio="xMidYMid meet"
      >
        {edges.map((e, k) => (
          <line
            key={k}
            x1={e.x1}
            y1={e.y1}
            x2={e.x2}
            y2={e.y2}
            stroke={frozen?.[e.l] ? SWATCH.muted : CLASS_COLORS[e.w >= 0 ? 1 : 0]}
            strokeOpacity={weights ? 0.15 + 0.85 * Math.min(1, Math.abs(e.w) / maxW) : 0.3}
            strokeWidth={weights ? 0.5 + 3 * Math.min(1, Math.abs(e.w) / maxW) : 1}
          />
        ))}
        {layout.map((col, l) =>
          col.map((p, i) => (
            <circle
              key={`${l}-${i}`}
              cx={p.x}
              cy={p.y}
              r={7}
              fill={
                highlightLayer !== undefined && (l === highlightLayer || l === highlightLayer + 1)
                  ? UI.highlight
                  : UI.paper
              }
              stroke={UI.nodeLine}
              strokeWidth={1.2}
            />
          )),
        )}
        {sizes.map((n, l) => (
          <text key={l} x={50 + l * 100} y={height - 6} textAnchor="middle" className="netdiag-label">
            {labels?.[l] ?? (n > maxNodes ? `${n} (12 shown)` : String(n))}
          </text>
        ))}
      </svg>
    </ExportFigure>
  );
}
