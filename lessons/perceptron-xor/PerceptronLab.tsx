import { ParamPanel, TrainingLab, type ParamValues, useHistoryView, useApp } from '../../src/kit';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { Perceptron } from '../../src/engine';
import { fmt, lineEquation } from '../../src/math/format';
import { Formula } from '../../src/math/Formula';
import { LineChart, type Series } from '../../src/viz/LineChart';
import { OKABE_ITO, SWATCH } from '../../src/viz/palette';
import { PARAMS } from './params';
import { PointsView } from './PerceptronView';
import type { PerceptronRun } from './perceptronSession';

/** The perceptron lab's section: Space / S / R drive its session while it is in view. */
export const PERCEPTRON_SECTION = 'lab';

type P = ParamValues<typeof PARAMS>;

/** The perceptron lab: Rosenblatt's rule live on the main thread, stepped by its session (perceptronSession.ts). */
export function PerceptronLab({ p, setP, run }: { p: P; setP: (patch: Partial<P>) => void; run: PerceptronRun }) {
  const presenter = useApp((s) => s.presenter);
  const { session, data } = run;
  const st = useStore(session.store);
  const m = run.model();
  const errors = m ? m.errors() : data.n;
  const h = run.history();
  const best = Math.min(...h.ys[0]);
  const wrong = m
    ? Array.from({ length: data.n }, (_, i) => m.predict(data.x[2 * i], data.x[2 * i + 1]) !== data.y[i])
    : [];
  const view = useHistoryView(h, st.version);
  const series: Series[] = useMemo(
    () => [
      {
        id: 'errors',
        label: 'misclassified points after each epoch',
        color: OKABE_ITO[0],
        x: view.x,
        y: view.ys[0]!,
        n: view.n,
      },
    ],
    [view],
  );
  const size = presenter
    ? Math.max(200, Math.round((typeof window === 'undefined' ? 720 : window.innerHeight) * 0.42))
    : 340;
  const w = m?.w ?? [0, 0];
  const b = m?.b ?? 0;
  const status = !m
    ? ''
    : errors === 0
      ? `Converged: every point is on the right side of the line, after ${m.updates} updates. The rule never moves the line again.`
      : m.cycleAt !== null
        ? `Cycling: after epoch ${m.cycleAt} the weights were back where they were after epoch ${m.cycleFrom}, so the same mistakes come round again forever. The errors never reach 0 — no line separates these points.`
        : m.epoch === 0
          ? 'Press play, or step one epoch (one pass over the points) at a time.'
          : `Still learning: ${errors} point${errors === 1 ? '' : 's'} on the wrong side.`;

  return (
    <TrainingLab
      lab={session}
      id={PERCEPTRON_SECTION}
      className="lab px-lab"
      srTitle="Part A: one perceptron learns a logic gate"
      transport={{ name: 'Perceptron controls', stepLabel: 'Step one epoch', clock: false }}
    >
      {({ transport, alerts }) => (
        <>
          <h3 className="px-part">Part A · One perceptron, one line</h3>
          <div className="px-grid">
            <div className="px-side">
              {transport}
              {alerts}
              <ParamPanel table={PARAMS} values={p} onChange={setP} keys={['gate', 'eta', 'speed']} idPrefix="px" />
              <dl className="readouts px-readouts">
                <div>
                  <dt>Epoch</dt>
                  <dd data-testid="perceptron-epoch">{m?.epoch ?? 0}</dd>
                </div>
                <div>
                  <dt>Misclassified now</dt>
                  <dd data-testid="perceptron-errors">{errors}</dd>
                </div>
                <div>
                  <dt>Fewest so far</dt>
                  <dd data-testid="perceptron-best">{best}</dd>
                </div>
                <div>
                  <dt>Updates</dt>
                  <dd>{m?.updates ?? 0}</dd>
                </div>
              </dl>
            </div>
            <div className="px-main">
              <PointsView
                data={data}
                lo={-0.5}
                hi={1.5}
                maxSize={size}
                wrong={wrong}
                lines={[{ w, b, color: SWATCH.black, label: 'perceptron', shade: true }]}
                title={`The perceptron's line ${lineEquation(w, b)} over the points; the shaded side is where it outputs 1. ${errors} misclassified.`}
              />
              <p className="px-status" role="status" data-testid="perceptron-status">
                {status}
              </p>
            </div>
            <div id="px-chart" className="px-chart">
              <Formula
                display
                tex={ruleTex(m)}
                label="The perceptron learning rule, with the numbers of its last update"
              />
              <LineChart
                series={series}
                version={st.version}
                xLabel="epoch"
                yLabel="misclassified"
                integerY
                title="Misclassified points after each epoch"
                height={presenter ? 150 : 200}
              />
            </div>
          </div>
        </>
      )}
    </TrainingLab>
  );
}

function ruleTex(m: Perceptron | null): string {
  const u = m?.last;
  const rule = String.raw`\mathbf w \leftarrow \mathbf w + \eta\,(y - \hat y)\,\mathbf x,\quad b \leftarrow b + \eta\,(y-\hat y),\quad \hat y = [\,\mathbf w\cdot\mathbf x + b > 0\,]`;
  if (!u || !m) return rule;
  const n = (v: number) => fmt(v).replace('−', '-');
  return String.raw`\begin{aligned}&${rule}\\ &\text{last: }\mathbf x = (${n(u.x[0])}, ${n(u.x[1])}),\ y = ${u.y},\ \hat y = ${u.yHat}:\ \mathbf w = (${n(u.after.w[0])}, ${n(u.after.w[1])}),\ b = ${n(u.after.b)}\end{aligned}`;
}
