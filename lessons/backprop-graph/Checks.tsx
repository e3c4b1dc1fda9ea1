import { TrainingAlerts, useLessonTraining, useTrainingState, DataTable } from '../../src/kit';
import { useEffect, useMemo } from 'react';
import {
  backward,
  centralDifference,
  forward,
  NEURON_INPUTS as GRAPHCHECK_INPUTS,
  outputOf,
  type Values,
  type GraphCheckConfig,
  type GraphCheckSnapshot,
} from '../../src/engine';
import { Formula } from '../../src/math/Formula';
import { sci, tex } from '../../src/math/format';
import { DECK, FD_H, NEURON } from './graphs';

export { FD_H };

/** Many digits, with a real minus sign (for comparing two numbers by eye). */
export function long(v: number | undefined, digits = 10): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  return v.toPrecision(digits).replace('-', '−');
}

/** J's gradient from the backward pass against a central finite difference the learner can see. */
export function DeckCheck({ x, grad }: { x: number; grad: number | null }) {
  const J = useMemo(() => outputOf(DECK.graph, { x }, 'x'), [x]);
  const jp = J(x + FD_H);
  const jm = J(x - FD_H);
  const fd = centralDifference(J, x, FD_H);
  const diff = grad === null ? null : Math.abs(grad - fd);
  return (
    <div className="bg-check" aria-labelledby="deck-check-h">
      <h3 id="deck-check-h">Check: a central finite difference</h3>
      <Formula
        display
        tex={`\\frac{J(x+h) - J(x-h)}{2h} = \\frac{${tex(jp, 8)} - (${tex(jm, 8)})}{2 \\times 10^{-5}} = ${tex(fd, 8)}`}
        label={`Central difference with h = 1e-5: ${long(fd)}`}
      />
      <dl className="readouts bg-check-readouts">
        <div>
          <dt>Backprop ∂J/∂x</dt>
          <dd data-testid="deck-bp">{grad === null ? '?' : long(grad)}</dd>
        </div>
        <div>
          <dt>Finite difference</dt>
          <dd data-testid="deck-fd">{long(fd)}</dd>
        </div>
        <div>
          <dt>|difference|</dt>
          <dd data-testid="deck-diff" data-value={diff ?? undefined}>
            {diff === null ? '—' : diff === 0 ? '0' : sci(diff, 1)}
          </dd>
        </div>
      </dl>
      {grad === null && (
        <p className="bg-note" data-testid="deck-note">
          Step to the end of the backward pass to get ∂J/∂x, then compare.
        </p>
      )}
    </div>
  );
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The sigmoid neuron's numbers from this page's graph (float64, on the main thread)
 * beside tfjs's own autodiff (tf.grads, float32, run in the worker for the same inputs).
 */
export function NeuronCheck({ inputs }: { inputs: Values }) {
  const config: GraphCheckConfig = useMemo(
    () => ({ w0: inputs.w0!, x0: inputs.x0!, w1: inputs.w1!, x1: inputs.x1!, w2: inputs.w2! }),
    [inputs.w0, inputs.x0, inputs.w1, inputs.x1, inputs.w2],
  );
  const lab = useLessonTraining('graphcheck', config, { section: 'neuron-tfjs' });
  // Every input is live: after the hook has sent the new values, one step recomputes tf.grads.
  useEffect(() => lab.step(1), [lab, config]);
  const st = useTrainingState(lab);
  // Nothing here trains: if a shortcut ever starts the check "playing", stop it (one step is all it needs).
  useEffect(() => {
    if (st.playing) lab.pause();
  }, [lab, st.playing]);
  const snap = st.snapshot;
  const current = GRAPHCHECK_INPUTS.map((k) => config[k]);
  const fresh = !!snap && same(snap.inputs, current);
  const values = useMemo(() => forward(NEURON.graph, config as unknown as Values), [config]);
  return (
    <div className="bg-check" id="neuron-tfjs" aria-labelledby="neuron-check-h">
      <h3 id="neuron-check-h">Check: tfjs's own autodiff</h3>
      <TrainingAlerts lab={lab} />
      <NeuronTable values={values} tf={fresh ? snap : null} backend={st.backend?.name ?? null} />
    </div>
  );
}

/** A NeuronTable cell: this page's value, tfjs's (once it has answered), or their difference. */
function neuronCell(r: { page: number; tf: number | undefined }, c: { key: string }) {
  if (c.key === 'page') return long(r.page, 7);
  if (r.tf === undefined) return c.key === 'tf' ? 'computing…' : '—';
  return c.key === 'tf' ? long(r.tf, 7) : sci(Math.abs(r.page - r.tf) || 0, 1);
}

function NeuronTable({
  values,
  tf,
  backend,
}: {
  values: Values;
  tf: GraphCheckSnapshot | null;
  backend: string | null;
}) {
  const g = useMemo(() => backward(NEURON.graph, values).grads, [values]);
  const rows: { key: string; head: string; page: number; tf: number | undefined }[] = [
    { key: 'f', head: 'f', page: values.f!, tf: tf?.f },
    ...GRAPHCHECK_INPUTS.map((k, i) => ({ key: k, head: `∂f/∂${k}`, page: g[k]!, tf: tf?.grads[i] })),
  ];
  return (
    <div className="bg-table-wrap" tabIndex={0} role="region" aria-label="This page against tfjs">
      <DataTable
        className="bg-table bg-tf-table"
        caption="The neuron's output and gradients: this page's graph beside tfjs's tf.grads"
        corner="Quantity"
        columns={[
          { key: 'page', head: 'This page (float64)' },
          { key: 'tf', head: `tfjs tf.grads (${backend ?? '…'}, float32)` },
          { key: 'diff', head: '|difference|' },
        ]}
        rows={rows}
        cell={neuronCell}
        cellTestId={(r, c) => (c.key === 'diff' ? undefined : `nc-${c.key}-${r.key}`)}
      />
    </div>
  );
}
