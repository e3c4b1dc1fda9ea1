/**
 * A tiny computational graph with reverse-mode differentiation, framework-free and in
 * float64: the nodes of a small formula, their forward values, each node's local
 * derivatives, the backward accumulation (gradients ADD where a value feeds several
 * nodes) and the step-by-step schedule a lesson animates.
 *
 * Each backward step takes one node whose gradient is complete and sends
 * upstream × local along each of its input edges; a node's gradient is the sum of what
 * arrives on its outgoing edges.
 */

export type Op = 'input' | 'add' | 'mul' | 'max' | 'square' | 'sin' | 'cos' | 'sigmoid' | 'scale';

export interface GraphNode {
  id: string;
  op: Op;
  /** Ids of the nodes this one reads, in order. */
  inputs: string[];
  /** The constant factor of a 'scale' node (k·a). */
  k?: number;
}

export interface Graph {
  /** Nodes in topological order: every node comes after its inputs. */
  nodes: GraphNode[];
  /** The id of the output node (the f whose gradients we want). */
  output: string;
}

/** One edge from node `from` into input slot `slot` of node `to`. */
export interface Edge {
  from: string;
  to: string;
  slot: number;
}

export function edges(g: Graph): Edge[] {
  const out: Edge[] = [];
  for (const n of g.nodes) n.inputs.forEach((from, slot) => out.push({ from, to: n.id, slot }));
  return out;
}

export function edgeKey(e: Edge): string {
  return `${e.from}>${e.to}:${e.slot}`;
}

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** The value of one op given its inputs' values. */
export function apply(node: GraphNode, a: number[]): number {
  switch (node.op) {
    case 'input':
      throw new Error(`input node ${node.id} has no op to apply`);
    case 'add':
      return a.reduce((s, v) => s + v, 0);
    case 'mul':
      return a.reduce((s, v) => s * v, 1);
    case 'max':
      return Math.max(...a);
    case 'square':
      return a[0]! * a[0]!;
    case 'sin':
      return Math.sin(a[0]!);
    case 'cos':
      return Math.cos(a[0]!);
    case 'sigmoid':
      return sigmoid(a[0]!);
    case 'scale':
      return (node.k ?? 1) * a[0]!;
  }
}

/**
 * ∂node/∂input_i for every input slot i, given the inputs' values and the node's own
 * value. Add distributes (1 to every input), multiply swaps (the other factor), max
 * routes (1 to the largest input, the first one on a tie, 0 to the rest).
 */
function localGrads(node: GraphNode, a: number[], out: number): number[] {
  switch (node.op) {
    case 'input':
      return [];
    case 'add':
      return a.map(() => 1);
    case 'mul':
      return a.map((_, i) => a.reduce((s, v, j) => (j === i ? s : s * v), 1));
    case 'max': {
      const i = a.indexOf(out);
      return a.map((_, j) => (j === i ? 1 : 0));
    }
    case 'square':
      return [2 * a[0]!];
    case 'sin':
      return [Math.cos(a[0]!)];
    case 'cos':
      return [-Math.sin(a[0]!)];
    case 'sigmoid':
      return [out * (1 - out)];
    case 'scale':
      return [node.k ?? 1];
  }
}

export type Values = Record<string, number>;

/** Forward pass: every node's value, given the inputs' values. */
export function forward(g: Graph, inputs: Values): Values {
  const v: Values = {};
  for (const n of g.nodes) {
    if (n.op === 'input') {
      const x = inputs[n.id];
      if (x === undefined) throw new Error(`missing input ${n.id}`);
      v[n.id] = x;
    } else
      v[n.id] = apply(
        n,
        n.inputs.map((i) => v[i]!),
      );
  }
  return v;
}

export interface Backward {
  /** ∂output/∂node for every node. */
  grads: Values;
  /** The local derivative on each edge (∂to/∂from): keyed by edgeKey. */
  local: Record<string, number>;
  /** What each edge carries backwards: upstream (∂output/∂to) × local. */
  carried: Record<string, number>;
}

/** Backward pass (reverse mode): one sweep in reverse topological order gives every gradient. */
export function backward(g: Graph, values: Values): Backward {
  const grads: Values = {};
  const local: Record<string, number> = {};
  const carried: Record<string, number> = {};
  for (const n of g.nodes) grads[n.id] = 0;
  grads[g.output] = 1;
  for (let k = g.nodes.length - 1; k >= 0; k--) {
    const n = g.nodes[k]!;
    if (n.op === 'input') continue;
    const a = n.inputs.map((i) => values[i]!);
    const l = localGrads(n, a, values[n.id]!);
    n.inputs.forEach((from, slot) => {
      const key = edgeKey({ from, to: n.id, slot });
      local[key] = l[slot]!;
      carried[key] = grads[n.id]! * l[slot]!;
      grads[from]! += carried[key];
    });
  }
  return { grads, local, carried };
}

/** One step of the animation: compute a node's value, seed ∂f/∂f = 1, or send a node's gradient back. */
export type Step =
  { phase: 'forward'; node: string } | { phase: 'seed'; node: string } | { phase: 'backward'; node: string };

/**
 * The schedule a lesson steps through: each non-input node forward (topological order),
 * the seed ∂f/∂f = 1, then each non-input node backward (reverse order).
 */
export function schedule(g: Graph): Step[] {
  const ops = g.nodes.filter((n) => n.op !== 'input');
  return [
    ...ops.map((n): Step => ({ phase: 'forward', node: n.id })),
    { phase: 'seed', node: g.output },
    ...ops.reverse().map((n): Step => ({ phase: 'backward', node: n.id })),
  ];
}

/** What is known after the first t steps of the schedule (inputs are known from the start). */
export interface Revealed {
  /** Nodes whose value is known. */
  values: Set<string>;
  /** Edges whose backward message (upstream × local) has been sent. */
  carried: Set<string>;
  /** Nodes whose gradient is complete (every consumer has sent its message). */
  grads: Set<string>;
}

export function revealed(g: Graph, steps: Step[], t: number): Revealed {
  const values = new Set(g.nodes.filter((n) => n.op === 'input').map((n) => n.id));
  const carried = new Set<string>();
  const grads = new Set<string>();
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const es = edges(g);
  for (const s of steps.slice(0, t)) {
    if (s.phase === 'forward') values.add(s.node);
    else if (s.phase === 'seed') grads.add(s.node);
    else byId.get(s.node)!.inputs.forEach((from, slot) => carried.add(edgeKey({ from, to: s.node, slot })));
  }
  // A gradient is complete once every edge leaving the node has carried its message.
  for (const n of g.nodes) {
    if (n.id === g.output) continue;
    const out = es.filter((e) => e.from === n.id);
    if (out.length && out.every((e) => carried.has(edgeKey(e)))) grads.add(n.id);
  }
  return { values, carried, grads };
}

/** Central finite difference (f(x+h) − f(x−h)) / 2h. */
export function centralDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** The graph's output as a function of one input, the others held fixed (for finite differences). */
export function outputOf(g: Graph, inputs: Values, id: string): (x: number) => number {
  return (x) => forward(g, { ...inputs, [id]: x })[g.output]!;
}

/** The sigmoid neuron's inputs, in the order the worker's tf.grads check reports them (no tfjs here). */
export const NEURON_INPUTS = ['w0', 'x0', 'w1', 'x1', 'w2'] as const;
