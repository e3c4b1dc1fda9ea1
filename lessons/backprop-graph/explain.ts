/** TeX and words for one step of a pass: what the step computes, with the live numbers. */
import { edgeKey, type Backward, type GraphNode, type Op, type Step, type Values } from '../../src/engine';
import { tex } from '../../src/math/format';
import { localTex, partial, type GraphDef } from './graphs';

/** A number for TeX, in parentheses when negative (so "· (−4)" reads right). */
export function texNum(v: number | undefined, digits: number): string {
  const s = tex(v, digits);
  return v !== undefined && v < 0 ? `(${s})` : s;
}

/** The forward formula of a node with its inputs' numbers: "q = x + y = (−2) + 5 = 3". */
export function forwardTex(def: GraphDef, node: GraphNode, values: Values, digits: number): string {
  const a = node.inputs.map((i) => texNum(values[i], digits));
  let withNumbers: string;
  switch (node.op) {
    case 'add':
      withNumbers = a.join(' + ');
      break;
    case 'mul':
      withNumbers = a.join(' \\cdot ');
      break;
    case 'max':
      withNumbers = `\\max(${a.join(', ')})`;
      break;
    case 'square':
      withNumbers = `${a[0]}^2`;
      break;
    case 'sin':
    case 'cos':
      withNumbers = `\\${node.op} ${a[0]}`;
      break;
    case 'sigmoid':
      withNumbers = `\\frac{1}{1 + e^{-${a[0]}}}`;
      break;
    case 'scale':
      withNumbers = `${node.k ?? 1} \\cdot ${a[0]}`;
      break;
    default:
      withNumbers = '';
  }
  return `${def.name[node.id]} = ${def.defTex[node.id]} = ${withNumbers} = ${tex(values[node.id], digits)}`;
}

/**
 * One line per input of a node on its backward step: ∂out/∂in = upstream × local, each
 * factor named, with the local derivative's symbol and number.
 */
export function backwardTex(def: GraphDef, node: GraphNode, back: Backward, digits: number): string[] {
  const f = def.name[def.graph.output]!;
  const n = def.name[node.id]!;
  return node.inputs.map((from, slot) => {
    const k = edgeKey({ from, to: node.id, slot });
    const sym = localTex(def, node, slot);
    const local = back.local[k]!;
    const localText = /^-?\d+$/.test(sym) ? '' : `${sym} = `;
    const i = def.name[from]!;
    return (
      `${partial(f, n)} \\cdot ${partial(n, i)} = \\underbrace{${texNum(back.grads[node.id], digits)}}_{\\text{upstream}} \\cdot ` +
      `\\underbrace{${texNum(local, digits)}}_{\\text{local: } ${localText}${tex(local, digits)}} = ${tex(back.carried[k], digits)}`
    );
  });
}

/** What each gate does to the gradient, in plain words. */
export const GATE_WORDS: Record<Op, string> = {
  input: '',
  add: 'An add gate distributes: every input receives the upstream gradient unchanged (its local derivative is 1).',
  mul: 'A multiply gate swaps: each input receives the upstream gradient times the other input.',
  max: 'A max gate routes: the larger input receives all of the upstream gradient, the other receives zero.',
  square: 'A square gate: the local derivative of a² is 2a.',
  sin: 'A sine gate: the local derivative of sin a is cos a.',
  cos: 'A cosine gate: the local derivative of cos d is −sin d.',
  sigmoid: 'A sigmoid gate: its local derivative σ(s)(1 − σ(s)) needs only its own output.',
  scale: 'A constant factor: the local derivative of 3a is 3.',
};

/** A one-line title for a step. */
export function stepTitle(def: GraphDef, s: Step | null, byId: Map<string, GraphNode>): string {
  if (!s) return 'Inputs set';
  const name = def.plain[s.node];
  if (s.phase === 'forward') return `Forward: compute ${name}`;
  if (s.phase === 'seed') return `Backward starts: ∂${name}/∂${name} = 1`;
  const ins = byId
    .get(s.node)!
    .inputs.map((i) => def.plain[i])
    .join(', ');
  return `Backward through ${name}: send gradients to ${ins}`;
}
