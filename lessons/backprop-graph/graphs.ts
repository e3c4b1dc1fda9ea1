/**
 * The lesson's four graphs: what they compute (src/engine/networks/graph.ts), where their nodes
 * sit, and how their nodes and local derivatives are named in TeX. Framework-free (the
 * unit tests import it).
 */
import type { Graph, GraphNode } from '../../src/engine';

export interface GraphDef {
  id: string;
  graph: Graph;
  /** Grid position of each node: [column, row]. */
  pos: Record<string, [number, number]>;
  /** TeX name of each node's value. */
  name: Record<string, string>;
  /** Plain-text name (for accessible labels and readouts). */
  plain: Record<string, string>;
  /** What the node computes, in TeX, with its inputs' names (e.g. "x + y"). */
  defTex: Record<string, string>;
  /** The input ids the learner sets, in order. */
  inputs: string[];
  /** Spacing of the grid in SVG units, and room on the left (for a forking input's sum). */
  layout?: { colW?: number; rowH?: number; padLeft?: number };
}

/** The step of the deck's central difference (the check beside it, and its beat's claim). */
export const FD_H = 1e-5;

const inp = (id: string): GraphNode => ({ id, op: 'input', inputs: [] });

/** f(x, y, z) = (x + y)·z with q = x + y. */
export const SIMPLE: GraphDef = {
  id: 'simple',
  graph: {
    nodes: [
      inp('x'),
      inp('y'),
      inp('z'),
      { id: 'q', op: 'add', inputs: ['x', 'y'] },
      { id: 'f', op: 'mul', inputs: ['q', 'z'] },
    ],
    output: 'f',
  },
  pos: { x: [0, 0], y: [0, 1], z: [0, 2], q: [1, 0.5], f: [2, 1.25] },
  name: { x: 'x', y: 'y', z: 'z', q: 'q', f: 'f' },
  plain: { x: 'x', y: 'y', z: 'z', q: 'q', f: 'f' },
  defTex: { q: 'x + y', f: 'q \\cdot z' },
  inputs: ['x', 'y', 'z'],
};

/** J = cos(sin(x²) + 3x²): a = x² feeds two nodes, so its gradient is a sum. */
export const DECK: GraphDef = {
  id: 'deck',
  graph: {
    nodes: [
      inp('x'),
      { id: 'a', op: 'square', inputs: ['x'] },
      { id: 'b', op: 'sin', inputs: ['a'] },
      { id: 'c', op: 'scale', inputs: ['a'], k: 3 },
      { id: 'd', op: 'add', inputs: ['b', 'c'] },
      { id: 'J', op: 'cos', inputs: ['d'] },
    ],
    output: 'J',
  },
  pos: { x: [0, 1], a: [1, 1], b: [2, 0], c: [2, 2], d: [3, 1], J: [4, 1] },
  layout: { colW: 140, rowH: 46 },
  name: { x: 'x', a: 'a', b: 'b', c: 'c', d: 'd', J: 'J' },
  plain: { x: 'x', a: 'a', b: 'b', c: 'c', d: 'd', J: 'J' },
  defTex: { a: 'x^2', b: '\\sin a', c: '3a', d: 'b + c', J: '\\cos d' },
  inputs: ['x'],
};

/** f = x·y + max(x, z): add distributes, multiply swaps, max routes, and x forks. */
export const GATES: GraphDef = {
  id: 'gates',
  graph: {
    nodes: [
      inp('x'),
      inp('y'),
      inp('z'),
      { id: 'p', op: 'mul', inputs: ['x', 'y'] },
      { id: 'm', op: 'max', inputs: ['x', 'z'] },
      { id: 'f', op: 'add', inputs: ['p', 'm'] },
    ],
    output: 'f',
  },
  pos: { y: [0, 0], x: [0, 1.5], z: [0, 3], p: [1, 0.75], m: [1, 2.25], f: [2, 1.5] },
  layout: { rowH: 48, padLeft: 130 },
  name: { x: 'x', y: 'y', z: 'z', p: 'p', m: 'm', f: 'f' },
  plain: { x: 'x', y: 'y', z: 'z', p: 'p', m: 'm', f: 'f' },
  defTex: { p: 'x \\cdot y', m: '\\max(x, z)', f: 'p + m' },
  inputs: ['x', 'y', 'z'],
};

/** One sigmoid neuron: f = σ(w0·x0 + w1·x1 + w2). */
export const NEURON: GraphDef = {
  id: 'neuron',
  graph: {
    nodes: [
      inp('w0'),
      inp('x0'),
      inp('w1'),
      inp('x1'),
      inp('w2'),
      { id: 'm0', op: 'mul', inputs: ['w0', 'x0'] },
      { id: 'm1', op: 'mul', inputs: ['w1', 'x1'] },
      { id: 's', op: 'add', inputs: ['m0', 'm1', 'w2'] },
      { id: 'f', op: 'sigmoid', inputs: ['s'] },
    ],
    output: 'f',
  },
  pos: {
    w0: [0, 0],
    x0: [0, 1],
    w1: [0, 2],
    x1: [0, 3],
    w2: [0, 4],
    m0: [1, 0.5],
    m1: [1, 2.5],
    s: [2, 2.5],
    f: [3, 2.5],
  },
  layout: { colW: 165, rowH: 72 },
  name: { w0: 'w_0', x0: 'x_0', w1: 'w_1', x1: 'x_1', w2: 'w_2', m0: 'm_0', m1: 'm_1', s: 's', f: 'f' },
  plain: { w0: 'w0', x0: 'x0', w1: 'w1', x1: 'x1', w2: 'w2', m0: 'm0', m1: 'm1', s: 's', f: 'f' },
  defTex: { m0: 'w_0 x_0', m1: 'w_1 x_1', s: 'm_0 + m_1 + w_2', f: '\\sigma(s)' },
  inputs: ['w0', 'x0', 'w1', 'x1', 'w2'],
};

/** The local derivative ∂node/∂(input in slot) in symbols, e.g. "z" for ∂f/∂q of f = q·z. */
export function localTex(def: GraphDef, node: GraphNode, slot: number): string {
  const n = (id: string) => def.name[id]!;
  const a = node.inputs.map(n);
  switch (node.op) {
    case 'add':
      return '1';
    case 'mul':
      return a.filter((_, i) => i !== slot).join(' \\cdot ');
    case 'max':
      return `\\mathbf{1}[${a[slot]} \\text{ is the max}]`;
    case 'square':
      return `2${a[0]}`;
    case 'sin':
      return `\\cos ${a[0]}`;
    case 'cos':
      return `-\\sin ${a[0]}`;
    case 'sigmoid':
      return `${n(node.id)}(1 - ${n(node.id)})`;
    case 'scale':
      return String(node.k ?? 1);
    case 'input':
      return '';
  }
}

/** ∂a/∂b in TeX. */
export function partial(a: string, b: string): string {
  return `\\frac{\\partial ${a}}{\\partial ${b}}`;
}
