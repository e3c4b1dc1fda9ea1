import { useMemo, type KeyboardEvent, type ReactNode } from 'react';
import {
  backward,
  forward,
  revealed,
  schedule,
  type Backward,
  type GraphNode,
  type Revealed,
  type Step,
  type Values,
} from '../../src/engine';
import { type NumberParam, DataTable, type TableAxis } from '../../src/kit';
import { useStore } from 'zustand';
import { Formula } from '../../src/math/Formula';
import { fmt } from '../../src/math/format';
import { backwardTex, forwardTex, GATE_WORDS, stepTitle } from './explain';
import type { GraphRun } from './graphRun';
import type { GraphDef } from './graphs';
import { GRAD_INK, GraphView, VALUE_INK } from './GraphView';
import { InputScrub } from './InputScrub';

/**
 * One graph to step through: the learner's inputs, the figure, forward/back/play/reset
 * (buttons; S / Space / R when the section is in view, through its session; ← → Home End
 * on the figure), the current step's formula with live numbers, and every value and
 * gradient as text. The pass itself is the session's (graphRun.ts).
 */
export function GraphLab({
  def,
  run,
  inputs,
  inputDefs,
  onInput,
  digits = 3,
  label,
  children,
}: {
  def: GraphDef;
  run: GraphRun;
  inputs: Values;
  inputDefs: Record<string, NumberParam>;
  onInput: (id: string, v: number) => void;
  digits?: number;
  label: string;
  children?: ReactNode;
}) {
  const g = def.graph;
  const { session, seek } = run;
  const steps = useMemo(() => schedule(g), [g]);
  const T = steps.length;
  const st = useStore(session.store);
  const t = st.snapshot?.step ?? 0;
  const playing = st.playing;

  const values = useMemo(() => forward(g, inputs), [g, inputs]);
  const back = useMemo(() => backward(g, values), [g, values]);
  const shown = useMemo(() => revealed(g, steps, t), [g, steps, t]);
  const byId = useMemo(() => new Map(g.nodes.map((n) => [n.id, n])), [g]);
  const current = t > 0 ? steps[t - 1]! : null;

  const onFigureKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const k = e.key;
    if (k === 'ArrowRight') session.step();
    else if (k === 'ArrowLeft') seek(t - 1);
    else if (k === 'Home') session.reset();
    else if (k === 'End') seek(T);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const node = current ? byId.get(current.node)! : null;
  const { lines, words } = explainStep(def, { current, node, values, back, digits, t, steps });

  return (
    <div className="bg-lab">
      <div id={`${def.id}-graph`} className="bg-left">
        <div className="bg-inputs" role="group" aria-label={`Inputs of ${label}`}>
          {def.inputs.map((id) => (
            <InputScrub
              key={id}
              def={inputDefs[id]!}
              value={inputs[id]!}
              label={def.plain[id]!}
              onChange={(v) => onInput(id, v)}
              testId={`${def.id}-in-${id}`}
            />
          ))}
        </div>
        <div
          className="bg-figure"
          tabIndex={0}
          role="group"
          aria-label={`${label}: step with the left and right arrow keys`}
          onKeyDown={onFigureKey}
        >
          <GraphView
            def={def}
            values={values}
            back={back}
            shown={shown}
            current={current}
            digits={digits}
            label={`${label}. Values above the arrows, gradients below.`}
          />
        </div>
        <Transport run={run} t={t} T={T} playing={playing} label={label} testId={`${def.id}-step`} />
      </div>
      <div className="bg-right">
        <p className="bg-step-title">
          <strong>{stepTitle(def, current, byId)}</strong>
        </p>
        <div className="bg-explain">
          {lines.map((l) => (
            <Formula key={l} tex={l} display />
          ))}
          <p className="bg-words">{words}</p>
        </div>
        <div className="bg-table-wrap" tabIndex={0} role="region" aria-label={`Values and gradients of ${label}`}>
          <NodeTable def={def} label={label} values={values} grads={back.grads} shown={shown} digits={digits} />
        </div>
        {children}
      </div>
    </div>
  );
}

/** Reset / back / step / play buttons and the step count. */
function Transport({
  run,
  t,
  T,
  playing,
  label,
  testId,
}: {
  run: GraphRun;
  t: number;
  T: number;
  playing: boolean;
  label: string;
  testId: string;
}) {
  return (
    <div className="bg-transport" role="group" aria-label={`Step through ${label}`}>
      <button
        type="button"
        className="button"
        onClick={run.session.reset}
        disabled={t === 0}
        aria-label="Reset the pass"
      >
        Reset
      </button>
      <button
        type="button"
        className="button"
        onClick={() => run.seek(t - 1)}
        disabled={t === 0}
        aria-label="Step back"
      >
        ◀ Back
      </button>
      <button
        type="button"
        className="button primary"
        onClick={() => run.session.step()}
        disabled={t === T}
        aria-label="Step forward"
      >
        Step ▶
      </button>
      <button
        type="button"
        className="button"
        onClick={run.session.togglePlay}
        aria-label={playing ? 'Pause' : 'Play the whole pass'}
      >
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <span className="bg-count" aria-live="polite" data-testid={testId}>
        Step {t} of {T}
      </span>
    </div>
  );
}

/** The current step's formula lines and the sentence under them. */
function explainStep(
  def: GraphDef,
  {
    current,
    node,
    values,
    back,
    digits,
    t,
    steps,
  }: {
    current: Step | null;
    node: GraphNode | null;
    values: Values;
    back: Backward;
    digits: number;
    t: number;
    steps: Step[];
  },
): { lines: string[]; words: string } {
  const g = def.graph;
  const T = steps.length;
  const out = def.name[g.output]!;
  let lines: string[] = [];
  let words = 'Set the inputs, then step forward: each node computes its value from its inputs.';
  if (current?.phase === 'forward' && node) {
    lines = [forwardTex(def, node, values, digits)];
    words =
      t === steps.findIndex((s) => s.phase === 'seed')
        ? 'The forward pass is done. Next, the backward pass starts at the output.'
        : 'Forward: the node computes its value from its inputs.';
  } else if (current?.phase === 'seed') {
    lines = [`\\frac{\\partial ${out}}{\\partial ${out}} = 1`];
    words = `The backward pass starts at the output: the gradient of ${def.plain[g.output]} with respect to itself is 1.`;
  } else if (current?.phase === 'backward' && node) {
    lines = backwardTex(def, node, back, digits);
    words = `${GATE_WORDS[node.op]} Each arrow back carries upstream × local.`;
    if (t === T) words += ' The backward pass is done: one sweep gave every gradient.';
  }

  return { lines, words };
}

/** Every node's value and gradient so far, as text ("?" until the pass reaches it); one row per node for big graphs. */
function NodeTable({
  def,
  label,
  values,
  grads,
  shown,
  digits,
}: {
  def: GraphDef;
  label: string;
  values: Values;
  grads: Values;
  shown: Revealed;
  digits: number;
}) {
  const nodes = def.graph.nodes;
  const val = (id: string) => (shown.values.has(id) ? fmt(values[id], digits + 1) : '?');
  const grad = (id: string) => (shown.grads.has(id) ? fmt(grads[id], digits + 1) : '?');
  const gradHead = `∂${def.plain[def.graph.output]}/∂·`;
  const text: Record<string, (id: string) => string> = { val, grad };
  const nodeAxis: TableAxis[] = nodes.map((n) => ({ key: n.id, head: def.plain[n.id] }));
  const quantityAxis: TableAxis[] = [
    { key: 'val', head: 'value', ink: VALUE_INK },
    { key: 'grad', head: gradHead, ink: GRAD_INK },
  ];
  // Big graphs get one row per node; small ones one column per node.
  const byNode = nodes.length > 6;
  const [rows, cols] = byNode ? [nodeAxis, quantityAxis] : [quantityAxis, nodeAxis];
  return (
    <DataTable
      className="bg-table"
      caption={`Values and gradients of ${label} so far`}
      corner="Node"
      columns={cols}
      rows={rows}
      cell={(r, c) => (byNode ? text[c.key](r.key) : text[r.key](c.key))}
      cellTestId={(r, c) => (byNode ? `${def.id}-${c.key}-${r.key}` : `${def.id}-${r.key}-${c.key}`)}
    />
  );
}
