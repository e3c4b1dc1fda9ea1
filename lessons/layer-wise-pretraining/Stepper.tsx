import { Section } from '../../src/kit';
import { useState } from 'react';
import { NetworkDiagram } from '../../src/viz/NetworkDiagram';
import { PhaseFacts } from './PhaseFacts';
import { phaseView, type PhaseView } from './phases';

const HIDDEN = [64, 64, 64];

interface Idea {
  id: string;
  name: string;
  summary: string;
  steps: PhaseView[];
}

function ideas(): Idea[] {
  const v = (kind: Parameters<typeof phaseView>[0], layer: number) => phaseView(kind, layer, 784, HIDDEN, 10);
  return [
    {
      id: 'plain',
      name: '1. Plain backprop',
      summary: 'Start from random weights and train every layer at once on the labels.',
      steps: [v('plain', 0)],
    },
    {
      id: 'supervised',
      name: '2. Supervised greedy',
      summary:
        'Grow the network one hidden layer at a time, each trained to predict the labels on top of the frozen layers below; then fine-tune everything.',
      steps: [...HIDDEN.map((_, k) => v('supervised', k + 1)), v('finetune', 0)],
    },
    {
      id: 'unsupervised',
      name: '3. Unsupervised greedy',
      summary:
        'Train each layer as an autoencoder of the layer below — no labels needed — freeze it, stack the next; then fine-tune everything with labels.',
      steps: [...HIDDEN.map((_, k) => v('autoencoder', k + 1)), v('finetune', 0)],
    },
  ];
}

/** The three ideas, step by step, each step drawn on the network: what trains, what is frozen, what the target is. */
export function Stepper() {
  const all = ideas();
  const [idea, setIdea] = useState(1);
  const [step, setStep] = useState(0);
  const cur = all[idea];
  const s = cur.steps[Math.min(step, cur.steps.length - 1)];
  const pick = (i: number) => {
    setIdea(i);
    setStep(0);
  };
  return (
    <Section id="ideas" title="Three ways to train a deep network">
      <p>
        Walk through the three ideas. Each step shows which layer learns (yellow units), which layers are frozen (grey
        edges) and what the learning layer is trying to match.
      </p>
      <div className="lwp-stepper">
        <div className="lwp-tabs" role="group" aria-label="Idea">
          {all.map((d, i) => (
            <button key={d.id} type="button" className="button" aria-pressed={i === idea} onClick={() => pick(i)}>
              {d.name}
            </button>
          ))}
        </div>
        <p>{cur.summary}</p>
        <div className="lwp-step-nav">
          <button
            type="button"
            className="button"
            onClick={() => setStep((k) => Math.max(0, k - 1))}
            disabled={step === 0}
          >
            ← Previous step
          </button>
          <span aria-live="polite" data-testid="stepper-pos">
            Step {Math.min(step, cur.steps.length - 1) + 1} of {cur.steps.length}: {s.title}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => setStep((k) => Math.min(cur.steps.length - 1, k + 1))}
            disabled={step >= cur.steps.length - 1}
          >
            Next step →
          </button>
        </div>
        <NetworkDiagram
          sizes={s.sizes}
          labels={s.labels}
          frozen={s.frozen}
          highlightLayer={s.highlight}
          height={170}
          title={`${s.title}. Grey edges: frozen; yellow units: trained in this step.`}
        />
        <PhaseFacts trains={s.trains} frozen={s.frozenText} target={s.target} />
      </div>
    </Section>
  );
}
