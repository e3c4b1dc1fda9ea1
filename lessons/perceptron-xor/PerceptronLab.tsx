import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { useStore } from 'zustand';
import { gateData, Perceptron } from '../../src/engine/perceptron';
import { fmt, lineEquation } from '../../src/math/format';
import { Formula } from '../../src/math/Formula';
import { ParamPanel, Section } from '../../src/app/ui/lesson';
import { useApp } from '../../src/app/useApp';
import { registerController } from '../../src/store/controllers';
import type { ParamValues } from '../../src/store/params';
import { LineChart, type Series } from '../../src/viz/LineChart';
import { OKABE_ITO } from '../../src/viz/palette';
import { PARAMS } from './params';
import { PointsView } from './PerceptronView';
import type { PerceptronSession, PerceptronSnapshot } from './perceptronSession';

type P = ParamValues<typeof PARAMS>;
const SECTION = 'lab';

/** The perceptron lab: Rosenblatt's rule live on the main thread (a few additions per epoch, no worker needed). */
function snapOf(m: Perceptron, gate: string): PerceptronSnapshot {
  return { gate, eta: m.eta, epoch: m.epoch, errors: m.errors(), cycleAt: m.cycleAt, cycleFrom: m.cycleFrom, w: [m.w[0], m.w[1]], b: m.b };
}

export function PerceptronLab({ p, setP, session }: { p: P; setP: (patch: Partial<P>) => void; session: PerceptronSession }) {
  const presenter = useApp((s) => s.presenter);
  const data = useMemo(() => gateData(p.gate, p.seed), [p.gate, p.seed]);
  const model = useRef<Perceptron | null>(null);
  const hist = useRef<{ x: number[]; y: number[] }>({ x: [0], y: [0] });
  const [version, bump] = useReducer((v: number) => v + 1, 0);
  // Playing lives in the exercise session, so exercises can run and pause the lab.
  const playing = useStore(session.store, (s) => s.playing);
  const setPlaying = useCallback((v: boolean | ((was: boolean) => boolean)) => session.store.setState((s) => ({ playing: typeof v === 'function' ? v(s.playing) : v })), [session]);

  const reset = useCallback(() => {
    model.current = new Perceptron(data, p.eta);
    hist.current = { x: [0], y: [model.current.errors()] };
    session.resetDone(snapOf(model.current, p.gate));
    bump();
  }, [data, p.eta, p.gate, session]);
  useEffect(() => {
    session.onReset = reset;
  }, [session, reset]);
  // A new data set or rate starts over from w = 0, b = 0.
  useEffect(reset, [reset]);

  const step = useCallback(() => {
    const m = model.current;
    if (!m) return;
    const r = m.runEpoch();
    hist.current.x.push(r.epoch);
    hist.current.y.push(r.errors);
    session.publish(snapOf(m, p.gate));
    bump();
  }, [session, p.gate]);

  useEffect(() => {
    if (!playing) return;
    const id = setInterval(step, 1000 / p.speed);
    return () => clearInterval(id);
  }, [playing, step, p.speed]);

  const state = useRef({ playing });
  state.current.playing = playing;
  useEffect(
    () =>
      registerController(SECTION, () => document.getElementById(SECTION), {
        togglePlay: () => setPlaying((v) => !v),
        step: () => {
          setPlaying(false);
          step();
        },
        reset: () => {
          setPlaying(false);
          reset();
        },
        isPlaying: () => state.current.playing,
        // The run as the lab shows it (for beat claims); its step is the epoch.
        snapshot: () => {
          const s = session.store.getState().snapshot;
          return s ? { ...s, step: s.epoch } : null;
        },
      }),
    [step, reset, setPlaying, session],
  );

  const m = model.current;
  const errors = m ? m.errors() : data.n;
  const best = Math.min(...hist.current.y);
  const wrong = m ? Array.from({ length: data.n }, (_, i) => m.predict(data.x[2 * i], data.x[2 * i + 1]) !== data.y[i]) : [];
  const h = hist.current;
  const series: Series[] = useMemo(
    () => [{ id: 'errors', label: 'misclassified points after each epoch', color: OKABE_ITO[0], x: h.x, y: h.y, n: h.x.length }],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the history grows in place; version says when
    [h, version],
  );
  const size = presenter ? Math.max(200, Math.round((typeof window === 'undefined' ? 720 : window.innerHeight) * 0.42)) : 340;
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
    <Section id={SECTION} className="lab px-lab" srTitle="Part A: one perceptron learns a logic gate">
      <h3 className="px-part">Part A · One perceptron, one line</h3>
      <div className="px-grid">
        <div className="px-side">
          <div className="transport" role="group" aria-label="Perceptron controls">
            <button type="button" className="button primary play" onClick={() => setPlaying((v) => !v)} aria-keyshortcuts="Space">
              {playing ? '❚❚ Pause' : '▶ Play'}
            </button>
            <button type="button" className="button" onClick={() => (setPlaying(false), step())} aria-keyshortcuts="S">
              Step one epoch
            </button>
            <button type="button" className="button" onClick={() => (setPlaying(false), reset())} aria-keyshortcuts="R">
              Reset
            </button>
          </div>
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
            lines={[{ w, b, color: '#000', label: 'perceptron', shade: true }]}
            title={`The perceptron's line ${lineEquation(w, b)} over the points; the shaded side is where it outputs 1. ${errors} misclassified.`}
          />
          <p className="px-status" role="status" data-testid="perceptron-status">
            {status}
          </p>
        </div>
        <div className="px-chart">
          <Formula display tex={ruleTex(m)} label="The perceptron learning rule, with the numbers of its last update" />
          <LineChart series={series} version={version} xLabel="epoch" yLabel="misclassified" integerY title="Misclassified points after each epoch" height={presenter ? 150 : 200} />
        </div>
      </div>
    </Section>
  );
}

function ruleTex(m: Perceptron | null): string {
  const u = m?.last;
  const rule = String.raw`\mathbf w \leftarrow \mathbf w + \eta\,(y - \hat y)\,\mathbf x,\quad b \leftarrow b + \eta\,(y-\hat y),\quad \hat y = [\,\mathbf w\cdot\mathbf x + b > 0\,]`;
  if (!u || !m) return rule;
  const n = (v: number) => fmt(v).replace('−', '-');
  return String.raw`\begin{aligned}&${rule}\\ &\text{last: }\mathbf x = (${n(u.x[0])}, ${n(u.x[1])}),\ y = ${u.y},\ \hat y = ${u.yHat}:\ \mathbf w = (${n(u.after.w[0])}, ${n(u.after.w[1])}),\ b = ${n(u.after.b)}\end{aligned}`;
}
