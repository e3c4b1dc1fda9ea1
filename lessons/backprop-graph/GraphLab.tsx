import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { backward, forward, revealed, schedule, type Revealed, type Values } from '../../src/engine';
import { Formula } from '../../src/math/Formula';
import { fmt } from '../../src/math/format';
import { registerController } from '../../src/store/controllers';
import { reducedMotion } from '../../src/store/motion';
import type { NumberParam } from '../../src/store/params';
import { backwardTex, forwardTex, GATE_WORDS, stepTitle } from './explain';
import type { GraphDef } from './graphs';
import { GRAD_INK, GraphView, VALUE_INK } from './GraphView';
import { Scrub } from './Scrub';
import type { LocalSession } from '../../src/app/exercises';
import { DataTable, type TableAxis } from '../../src/app/ui/DataTable';

/** Milliseconds between steps while playing. */
const PLAY_MS = 750;

export interface GraphPass {
  values: Values;
  grads: Values;
  /** Which gradients are known so far. */
  known: Set<string>;
  done: boolean;
}

/** What a graph's exercise session sees: the pass, with the inputs it was computed from. */
export type GraphSnap = GraphPass & { inputs: Values };

/**
 * What the stepper shows now (its controller's snapshot, read by beat claims): the step it
 * is at out of how many, every value and gradient of the pass, and which are on screen.
 */
export interface GraphLabSnap {
  step: number;
  steps: number;
  done: boolean;
  inputs: Values;
  values: Values;
  grads: Values;
  /** Node ids whose value / gradient the figure and table show (the rest read "?"). */
  shownValues: string[];
  shownGrads: string[];
}

/**
 * One graph to step through: the learner's inputs, the figure, forward/back/play/reset
 * (buttons; S / Space / R when the section is in view; ← → Home End on the figure), the
 * current step's formula with live numbers, and every value and gradient as text.
 */
export function GraphLab({
  def,
  section,
  inputs,
  inputDefs,
  onInput,
  digits = 3,
  label,
  children,
  onPass,
  session,
}: {
  def: GraphDef;
  section: string;
  inputs: Values;
  inputDefs: Record<string, NumberParam>;
  onInput: (id: string, v: number) => void;
  digits?: number;
  label: string;
  children?: ReactNode;
  onPass?: (p: GraphPass) => void;
  /** Optional: exercises watch this graph through it (they replay the pass from the start and read its gradients). */
  session?: LocalSession<GraphSnap>;
}) {
  const g = def.graph;
  const steps = useMemo(() => schedule(g), [g]);
  const T = steps.length;
  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const playingRef = useRef(false);
  playingRef.current = playing;

  const values = useMemo(() => forward(g, inputs), [g, inputs]);
  const back = useMemo(() => backward(g, values), [g, values]);
  const shown = useMemo(() => revealed(g, steps, t), [g, steps, t]);
  const byId = useMemo(() => new Map(g.nodes.map((n) => [n.id, n])), [g]);
  const current = t > 0 ? steps[t - 1]! : null;

  useEffect(() => {
    onPass?.({ values, grads: back.grads, known: shown.grads, done: t === T });
    session?.publish({ values, grads: back.grads, known: shown.grads, done: t === T, inputs });
  }, [onPass, session, values, back, shown, t, T, inputs]);
  // The exercise session: it can replay the pass from the start, and pause it; it mirrors play/pause.
  useEffect(() => {
    if (!session) return;
    session.onReset = () => {
      setT(0);
      setPlaying(true);
      session.resetDone({ values, grads: back.grads, known: new Set(), done: false, inputs });
    };
    return session.store.subscribe((st, prev) => {
      if (prev.playing && !st.playing) setPlaying(false);
    });
  }, [session, values, back, inputs]);
  useEffect(() => {
    if (session && session.store.getState().playing !== playing) session.store.setState({ playing });
  }, [session, playing]);

  const stepFwd = useCallback(() => {
    setPlaying(false);
    setT((x) => Math.min(T, x + 1));
  }, [T]);
  const stepBack = useCallback(() => {
    setPlaying(false);
    setT((x) => Math.max(0, x - 1));
  }, []);
  const reset = useCallback(() => {
    setPlaying(false);
    setT(0);
  }, []);
  const toggle = useCallback(() => {
    if (playingRef.current) return setPlaying(false);
    setT((x) => (x >= T ? 0 : x));
    setPlaying(true);
  }, [T]);

  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => setT((x) => Math.min(T, x + 1)), reducedMotion() ? PLAY_MS * 1.5 : PLAY_MS);
    return () => clearInterval(id);
  }, [playing, T]);
  useEffect(() => {
    if (t >= T) setPlaying(false);
  }, [t, T]);

  // What is on screen now, for beat claims (a ref: the controller outlives renders).
  const snapRef = useRef<GraphLabSnap | null>(null);
  snapRef.current = { step: t, steps: T, done: t === T, inputs, values, grads: back.grads, shownValues: [...shown.values], shownGrads: [...shown.grads] };

  // Space / S / R drive this graph while its section is the one in view.
  useEffect(
    () =>
      registerController(section, () => document.getElementById(section), {
        togglePlay: toggle,
        step: stepFwd,
        reset,
        isPlaying: () => playingRef.current,
        snapshot: () => snapRef.current,
      }),
    [section, toggle, stepFwd, reset],
  );

  const onFigureKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const k = e.key;
    if (k === 'ArrowRight') stepFwd();
    else if (k === 'ArrowLeft') stepBack();
    else if (k === 'Home') reset();
    else if (k === 'End') {
      setPlaying(false);
      setT(T);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const node = current ? byId.get(current.node)! : null;
  const out = def.name[g.output]!;
  let lines: string[] = [];
  let words = 'Set the inputs, then step forward: each node computes its value from its inputs.';
  if (current?.phase === 'forward' && node) {
    lines = [forwardTex(def, node, values, digits)];
    words = t === steps.findIndex((s) => s.phase === 'seed') ? 'The forward pass is done. Next, the backward pass starts at the output.' : 'Forward: the node computes its value from its inputs.';
  } else if (current?.phase === 'seed') {
    lines = [`\\frac{\\partial ${out}}{\\partial ${out}} = 1`];
    words = `The backward pass starts at the output: the gradient of ${def.plain[g.output]} with respect to itself is 1.`;
  } else if (current?.phase === 'backward' && node) {
    lines = backwardTex(def, node, back, digits);
    words = `${GATE_WORDS[node.op]} Each arrow back carries upstream × local.`;
    if (t === T) words += ' The backward pass is done: one sweep gave every gradient.';
  }

  return (
    <div className="bg-lab">
      <div id={`${def.id}-graph`} className="bg-left">
        <div className="bg-inputs" role="group" aria-label={`Inputs of ${label}`}>
          {def.inputs.map((id) => (
            <Scrub key={id} def={inputDefs[id]!} value={inputs[id]!} label={def.plain[id]!} onChange={(v) => onInput(id, v)} testId={`${def.id}-in-${id}`} />
          ))}
        </div>
        <div className="bg-figure" tabIndex={0} role="group" aria-label={`${label}: step with the left and right arrow keys`} onKeyDown={onFigureKey}>
          <GraphView def={def} values={values} back={back} shown={shown} current={current} digits={digits} label={`${label}. Values above the arrows, gradients below.`} />
        </div>
        <div className="bg-transport" role="group" aria-label={`Step through ${label}`}>
          <button type="button" className="button" onClick={reset} disabled={t === 0} aria-label="Reset the pass">
            Reset
          </button>
          <button type="button" className="button" onClick={stepBack} disabled={t === 0} aria-label="Step back">
            ◀ Back
          </button>
          <button type="button" className="button primary" onClick={stepFwd} disabled={t === T} aria-label="Step forward">
            Step ▶
          </button>
          <button type="button" className="button" onClick={toggle} aria-label={playing ? 'Pause' : 'Play the whole pass'}>
            {playing ? '❚❚ Pause' : '▶ Play'}
          </button>
          <span className="bg-count" aria-live="polite" data-testid={`${def.id}-step`}>
            Step {t} of {T}
          </span>
        </div>
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

/** Every node's value and gradient so far, as text ("?" until the pass reaches it); one row per node for big graphs. */
function NodeTable({ def, label, values, grads, shown, digits }: { def: GraphDef; label: string; values: Values; grads: Values; shown: Revealed; digits: number }) {
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
