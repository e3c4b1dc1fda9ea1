import { useMemo } from 'react';
import {
  LessonProgress,
  LessonProvider,
  LessonHeader,
  Section,
  ReferencesSection,
  useLessonParams,
  type NumberParam,
  useApp,
} from '../../src/kit';
import type { Values } from '../../src/engine';
import { useStore } from 'zustand';
import { DeckCheck, NeuronCheck } from './Checks';
import { ChainSentence, DfdxExercise, ForkExercise, MaxRouteExercise, ZeroDfdzGoal } from './Exercises';
import { GraphLab } from './GraphLab';
import { useGraphRun } from './graphRun';
import { DECK, GATES, NEURON, SIMPLE } from './graphs';
import { PARAMS, SLUG, type ParamKey } from './params';
import { ChainRule, Efficiency, GatePatterns, GatesIntro, DeckIntro, NeuronIntro, REFERENCES } from './Prose';
import './backprop-graph.css';

/** Which URL parameter holds each graph input. */
const KEYS: Record<string, Record<string, ParamKey>> = {
  simple: { x: 'x', y: 'y', z: 'z' },
  deck: { x: 'jx' },
  gates: { x: 'gx', y: 'gy', z: 'gz' },
  neuron: { w0: 'w0', x0: 'x0', w1: 'w1', x1: 'x1', w2: 'w2' },
};

type P = ReturnType<typeof useLessonParams<typeof PARAMS>>[0];

function inputsOf(p: P, graph: string): Values {
  const out: Values = {};
  for (const [id, key] of Object.entries(KEYS[graph]!)) out[id] = p[key];
  return out;
}

function defsOf(graph: string): Record<string, NumberParam> {
  const out: Record<string, NumberParam> = {};
  for (const [id, key] of Object.entries(KEYS[graph]!)) out[id] = PARAMS[key];
  return out;
}

export default function BackpropGraph() {
  const [p, setP] = useLessonParams(SLUG, PARAMS);
  const presenter = useApp((s) => s.presenter);
  const setter = (graph: string) => (id: string, v: number) => setP({ [KEYS[graph]![id]!]: v } as Partial<P>);

  const simpleIn = useMemo(() => inputsOf(p, 'simple'), [p]);
  const deckIn = useMemo(() => inputsOf(p, 'deck'), [p]);
  const gatesIn = useMemo(() => inputsOf(p, 'gates'), [p]);
  const neuronIn = useMemo(() => inputsOf(p, 'neuron'), [p]);

  // One session per graph (this lesson steps, it does not train); exercises watch the first graph and the gates graph.
  const simpleRun = useGraphRun(SIMPLE, simpleIn, 'lab');
  const deckRun = useGraphRun(DECK, deckIn, 'deck');
  const gatesRun = useGraphRun(GATES, gatesIn, 'gates');
  const neuronRun = useGraphRun(NEURON, neuronIn, 'neuron');
  const deckPass = useStore(deckRun.session.store, (s) => s.snapshot);
  const deckGrad = deckPass?.shownGrads.includes('x') ? deckPass.grads.x! : null;

  return (
    <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={simpleRun.session}>
      <article className={`lesson bg-lesson ${presenter ? 'is-presenting' : ''}`}>
        <LessonHeader slug={SLUG} />
        <LessonProgress />

        <Section id="lab" className="lab bg-section" srTitle="f(x, y, z) = (x + y) · z, step by step">
          <GraphLab
            def={SIMPLE}
            run={simpleRun}
            inputs={simpleIn}
            inputDefs={defsOf('simple')}
            onInput={setter('simple')}
            label="The graph of f = (x + y) · z with q = x + y"
          />
        </Section>
        <DfdxExercise />
        {/* Before the chain rule's text, which says what z's gradient is. */}
        <ZeroDfdzGoal />

        <ChainRule x={p.x} y={p.y} z={p.z} />
        <ChainSentence />

        <Section id="deck" title="A longer chain: J = cos(sin x² + 3x²)" className="bg-section">
          <DeckIntro />
          <GraphLab
            def={DECK}
            run={deckRun}
            inputs={deckIn}
            inputDefs={defsOf('deck')}
            onInput={setter('deck')}
            digits={4}
            label="The graph of J = cos(sin(x²) + 3x²)"
          >
            <DeckCheck x={p.jx} grad={deckGrad} />
          </GraphLab>
        </Section>

        <Section id="gates" title="Gate patterns: add, multiply, max, and a fork" className="bg-section">
          <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={gatesRun.session}>
            <GatesIntro />
            <GraphLab
              def={GATES}
              run={gatesRun}
              inputs={gatesIn}
              inputDefs={defsOf('gates')}
              onInput={setter('gates')}
              label="The graph of f = x · y + max(x, z)"
            />
            <ForkExercise />
            <MaxRouteExercise />
            <GatePatterns />
          </LessonProvider>
        </Section>

        <Section id="neuron" title="One sigmoid neuron, checked against tfjs" className="bg-section">
          <NeuronIntro />
          <GraphLab
            def={NEURON}
            run={neuronRun}
            inputs={neuronIn}
            inputDefs={defsOf('neuron')}
            onInput={setter('neuron')}
            label="The graph of one sigmoid neuron f = σ(w0·x0 + w1·x1 + w2)"
          />
          {/* After the stepper, so that Space / S / R in this section go to the stepper, not to the check. */}
          <NeuronCheck inputs={neuronIn} />
        </Section>

        <Efficiency />
        <ReferencesSection items={REFERENCES} />
      </article>
    </LessonProvider>
  );
}
