import { useRef } from 'react';
import {
  edgeKey,
  edges,
  type Backward,
  type Edge,
  type Op,
  type Revealed,
  type Step,
  type Values,
} from '../../src/engine';
import { fmt, signedTerm } from '../../src/math/format';
import type { GraphDef } from './graphs';
import { TEXT_SWATCH, UI } from '../../src/viz/palette';
import { ExportFigure } from '../../src/viz/ExportFigure';

const OP_TEXT: Record<Op, string> = {
  input: '',
  add: '+',
  mul: '×',
  max: 'max',
  square: '( )²',
  sin: 'sin',
  cos: 'cos',
  sigmoid: 'σ',
  scale: '×3',
};
/** Values in blue, gradients in vermilion (Okabe–Ito, darkened for text contrast). */
export const VALUE_INK = TEXT_SWATCH.blue;
export const GRAD_INK = TEXT_SWATCH.vermillion;

const COL_W = 150;
const ROW_H = 62;
const PAD_X = 50;
const PAD_Y = 34;
const R = 21;
const TAIL = 92;

/**
 * The graph as nodes and edges: each edge carries its value above it once the forward
 * pass has reached it, and below it what flows back (upstream × local) once the
 * backward pass has. A node whose value feeds several nodes shows the sum of what came
 * back. The node of the current step is ringed.
 */
export function GraphView({
  def,
  values,
  back,
  shown,
  current,
  digits,
  label,
}: {
  def: GraphDef;
  values: Values;
  back: Backward;
  shown: Revealed;
  current: Step | null;
  digits: number;
  label: string;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const g = def.graph;
  const cols = Math.max(...Object.values(def.pos).map((p) => p[0])) + 1;
  const rows = Math.max(...Object.values(def.pos).map((p) => p[1])) + 1;
  const colW = def.layout?.colW ?? COL_W;
  const rowH = def.layout?.rowH ?? ROW_H;
  const left = def.layout?.padLeft ?? PAD_X;
  const W = left + PAD_X + (cols - 1) * colW + TAIL;
  const H = PAD_Y * 2 + (rows - 1) * rowH + 14;
  const at = (id: string) => {
    const [c, r] = def.pos[id]!;
    return { x: left + c * colW, y: PAD_Y + r * rowH };
  };
  const es = edges(g);
  const outDeg = (id: string) => es.filter((e) => e.from === id).length;
  const inDeg = (id: string) => g.nodes.find((n) => n.id === id)!.inputs.length;
  // Labels sit away from where edges meet: late on edges that fan out, early on edges that converge.
  const labelAt = (e: Edge) => (outDeg(e.from) > 1 ? 0.6 : inDeg(e.to) > 1 ? 0.33 : 0.5);
  const v = (x: number | undefined) => fmt(x, digits);
  const hot = (e: Edge) =>
    current !== null &&
    ((current.phase === 'forward' && current.node === e.to) || (current.phase === 'backward' && current.node === e.to));
  const out = at(g.output);

  return (
    <ExportFigure title={label.replace(/\. Values above.*$/, '')} source={{ svg: () => svgRef.current }}>
      <svg ref={svgRef} className="bg-graph" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <defs>
          <marker
            id={`arrow-${def.id}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="10"
            markerHeight="10"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={UI.frame} />
          </marker>
        </defs>
        {es.map((e) => {
          const a = at(e.from);
          const b = at(e.to);
          const x1 = a.x + (g.nodes.find((n) => n.id === e.from)!.op === 'input' ? 24 : R);
          const x2 = b.x - R - 2;
          const k = edgeKey(e);
          const u = labelAt(e);
          const mx = x1 + (x2 - x1) * u;
          const my = a.y + (b.y - a.y) * u;
          const val = shown.values.has(e.from) ? v(values[e.from]) : null;
          const grad = shown.carried.has(k) ? v(back.carried[k]) : null;
          return (
            <g key={k} className={hot(e) ? 'bg-edge is-hot' : 'bg-edge'}>
              <line x1={x1} y1={a.y} x2={x2} y2={b.y} markerEnd={`url(#arrow-${def.id})`} />
              <EdgeChip x={mx} y={my} val={val} grad={grad} />
            </g>
          );
        })}
        {/* The output's tail: its value above, the seed ∂f/∂f = 1 below. */}
        <OutputTail
          out={out}
          hot={current?.phase === 'seed'}
          marker={`url(#arrow-${def.id})`}
          val={shown.values.has(g.output) ? v(values[g.output]) : null}
          seeded={shown.grads.has(g.output)}
          name={def.plain[g.output]}
        />
        {g.nodes.map((n) => (
          <NodeMark
            key={n.id}
            p={at(n.id)}
            op={n.op}
            isCur={current?.node === n.id}
            name={def.plain[n.id]}
            showName={n.op !== 'input' && n.id !== g.output}
            sum={
              outDeg(n.id) > 1 && shown.grads.has(n.id)
                ? sumText(
                    es.filter((e) => e.from === n.id).map((e) => back.carried[edgeKey(e)]),
                    back.grads[n.id],
                    v,
                  )
                : null
            }
          />
        ))}
      </svg>
    </ExportFigure>
  );
}

/** The output's tail: an arrow out of the output node, its value above, the seed 1 below once reached. */
function OutputTail({
  out,
  hot,
  marker,
  val,
  seeded,
  name,
}: {
  out: { x: number; y: number };
  hot: boolean;
  marker: string;
  val: string | null;
  seeded: boolean;
  name: string | undefined;
}) {
  return (
    <g className={hot ? 'bg-edge is-hot' : 'bg-edge'}>
      <line x1={out.x + R} y1={out.y} x2={out.x + R + TAIL - 20} y2={out.y} markerEnd={marker} />
      {val !== null && (
        <text x={out.x + R + (TAIL - 20) / 2} y={out.y - 7} className="bg-val" fill={VALUE_INK} textAnchor="middle">
          {val}
        </text>
      )}
      {seeded && (
        <text x={out.x + R + (TAIL - 20) / 2} y={out.y + 17} className="bg-grad" fill={GRAD_INK} textAnchor="middle">
          1
        </text>
      )}
      <text x={out.x + R + TAIL - 14} y={out.y + 5} className="bg-name">
        {name}
      </text>
    </g>
  );
}

/** One node: a box for an input, a ringed circle with its op otherwise; its name; the sum of what came back when it fans out. */
function NodeMark({
  p,
  op,
  isCur,
  name,
  showName,
  sum,
}: {
  p: { x: number; y: number };
  op: Op;
  isCur: boolean;
  name: string | undefined;
  showName: boolean;
  sum: string | null;
}) {
  const input = op === 'input';
  return (
    <g className={isCur ? 'bg-node is-current' : 'bg-node'}>
      {input ? <rect x={p.x - 24} y={p.y - 15} width={48} height={30} rx={6} /> : <circle cx={p.x} cy={p.y} r={R} />}
      <text x={p.x} y={p.y + 5} textAnchor="middle" className={input ? 'bg-name' : 'bg-op'}>
        {input ? name : OP_TEXT[op]}
      </text>
      {showName && (
        <text x={p.x} y={p.y - R - 5} textAnchor="middle" className="bg-node-name">
          {name}
        </text>
      )}
      {sum !== null && (
        <text
          x={input ? p.x - 24 : p.x + 14}
          y={input ? p.y + 15 + 15 : p.y + R + 16}
          textAnchor={input ? 'start' : 'end'}
          className="bg-grad bg-sum"
          fill={GRAD_INK}
        >
          {sum}
        </text>
      )}
    </g>
  );
}

/** "Σ 0.35 − 1.9 = −1.6": what came back along each outgoing edge, each after the first with its own sign. */
export function sumText(
  parts: (number | undefined)[],
  total: number | undefined,
  v: (x: number | undefined) => string,
): string {
  const [first, ...rest] = parts;
  return `Σ ${[v(first), ...rest.map((x) => signedTerm(x, v))].join(' ')} = ${v(total)}`;
}

/**
 * An edge's numbers in one box on the edge itself, the line running into it and out of it,
 * so neither can be read as another edge's: the value (blue) on top, the gradient
 * flowing back (vermilion) under it.
 */
function EdgeChip({ x, y, val, grad }: { x: number; y: number; val: string | null; grad: string | null }) {
  if (val === null && grad === null) return null;
  const lines = [val, grad].filter((t) => t !== null).length;
  const w = Math.max(val?.length ?? 0, grad?.length ?? 0) * 8.6 + 10;
  const h = lines * 16 + 4;
  const top = y - h / 2;
  return (
    <g className="bg-chip">
      <rect x={x - w / 2} y={top} width={w} height={h} rx={4} />
      {val !== null && (
        <text x={x} y={top + 15} className="bg-val" fill={VALUE_INK} textAnchor="middle">
          {val}
        </text>
      )}
      {grad !== null && (
        <text x={x} y={top + 15 + (val !== null ? 16 : 0)} className="bg-grad" fill={GRAD_INK} textAnchor="middle">
          {grad}
        </text>
      )}
    </g>
  );
}
