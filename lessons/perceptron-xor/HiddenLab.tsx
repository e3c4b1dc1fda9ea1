import {
  ParamPanel,
  TrainingLab,
  LossPanel,
  lowerParam,
  type ParamValues,
  trainTestHistory,
  useLessonTraining,
  useTrainingState,
  LessonProvider,
  useHistoryView,
  useApp,
} from '../../src/kit';
import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { lossText, pct, tex, lineEquation } from '../../src/math/format';
import { Formula } from '../../src/math/Formula';
import type { XorNetSnapshot } from '../../src/engine';
import { lutFor } from '../../src/viz/canvasImage';
import type { Series } from '../../src/viz/LineChart';
import { OKABE_ITO, SWATCH } from '../../src/viz/palette';
import { PARAMS, SLUG } from './params';
import { type Line2D, PointsView } from './PerceptronView';
import { xorNetConfig } from './xorConfig';

type P = ParamValues<typeof PARAMS>;
const SECTION = 'hidden';
/** Line colours of the hidden units (Okabe–Ito, skipping the class colours' look-alikes). */
export const UNIT_COLORS = [
  SWATCH.blue,
  SWATCH.green,
  SWATCH.pink,
  SWATCH.sky,
  SWATCH.black,
  SWATCH.orange,
  SWATCH.vermillion,
  SWATCH.muted,
];

/** Part A, second half: one hidden layer solves XOR, trained in the worker. */
/** `children` (this part's prose) can use the exercises, which watch this lab. */
export function HiddenLab({ p, setP, children }: { p: P; setP: (patch: Partial<P>) => void; children?: ReactNode }) {
  const presenter = useApp((s) => s.presenter);
  const config = useMemo(() => xorNetConfig(p.xAct, p.xHidden, p.xLr, p.seed), [p.xAct, p.xHidden, p.xLr, p.seed]);
  const lab = useLessonTraining('xornet', config, {
    section: SECTION,
    histories: { loss: trainTestHistory<XorNetSnapshot>(1) },
    onLowerLr: () => lowerParam(p, setP, PARAMS, 'xLr'),
  });
  const st = useTrainingState(lab);
  const snap = st.snapshot;
  const info = st.info;
  const H = p.xHidden;
  const h = useHistoryView(lab.histories.loss, st.version);
  const series: Series[] = useMemo(
    () => [{ id: 'loss', label: 'cross-entropy on the points', color: OKABE_ITO[1], x: h.x, y: h.ys[0]!, n: h.n }],
    [h],
  );
  const lines: Line2D[] = [];
  if (snap && snap.W1.length === 2 * H) {
    for (let j = 0; j < H; j++)
      lines.push({
        w: [snap.W1[j], snap.W1[H + j]],
        b: snap.b1[j],
        color: UNIT_COLORS[j],
        label: `unit ${j + 1}`,
        dashed: true,
      });
  }
  const size = presenter
    ? Math.max(200, Math.round((typeof window === 'undefined' ? 720 : window.innerHeight) * 0.4))
    : 330;
  const data = info ? { x: info.x, y: info.y, n: info.n } : { x: [], y: [], n: 0 };
  const hiddenSpace = useMemo(
    () => (snap && H === 2 && info ? toHiddenSpace(snap, info, p.xAct) : null),
    [snap, info, H, p.xAct],
  );

  return (
    <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={lab}>
      <TrainingLab
        lab={lab}
        id={SECTION}
        className="lab px-lab"
        srTitle="Part A, continued: a network with one hidden layer on XOR"
        transport={{ epoch: snap?.step ?? 0 }}
      >
        {({ transport, alerts }) => (
          <>
            <h3 className="px-part">Part A · Add one hidden layer</h3>
            <div className="px-grid">
              <div className="px-side">
                {transport}
                <ParamPanel table={PARAMS} values={p} onChange={setP} keys={['xAct', 'xHidden', 'xLr']} idPrefix="hx" />
                <dl className="readouts px-readouts">
                  <div>
                    <dt>Accuracy</dt>
                    <dd data-testid="xor-acc">{pct(snap?.trainAcc[0])}</dd>
                  </div>
                  <div>
                    <dt>Loss</dt>
                    <dd data-testid="xor-loss">{lossText(snap?.trainLoss[0])}</dd>
                  </div>
                </dl>
              </div>
              <div className="px-main">
                {alerts}
                <PointsView
                  data={data}
                  lo={info?.lo ?? -0.5}
                  hi={info?.hi ?? 1.5}
                  maxSize={size}
                  lines={lines}
                  title={`XOR points with each hidden unit's line (dashed) and the network's output as colour (orange: class 1). Accuracy ${pct(snap?.trainAcc[0])}.`}
                  background={<Heat values={snap?.boundary ?? null} G={snap?.gridSize ?? 0} />}
                />
                <ul className="px-legend" aria-label="Hidden units">
                  {lines.map((l, j) => (
                    <li key={l.label}>
                      <span className="px-swatch" style={{ borderColor: l.color }} aria-hidden="true" /> unit {j + 1}:{' '}
                      {lineEquation(l.w, l.b)}
                    </li>
                  ))}
                </ul>
              </div>
              <div className="px-chart">
                {hiddenSpace && (
                  <>
                    <h4 className="px-h4">What the output unit sees: the points in hidden space (h₁, h₂)</h4>
                    <PointsView
                      data={hiddenSpace.data}
                      lo={hiddenSpace.lo}
                      hi={hiddenSpace.hi}
                      maxSize={presenter ? 170 : 230}
                      lines={[
                        { w: hiddenSpace.w, b: hiddenSpace.b, color: SWATCH.black, label: 'output', shade: true },
                      ]}
                      title={`The same points after the hidden layer, with the output unit's line; accuracy ${pct(snap?.trainAcc[0])}${(snap?.trainAcc[0] ?? 0) >= 1 ? ': one line separates them' : ''}.`}
                    />
                    <Formula
                      tex={`v_1 h_1 + v_2 h_2 + c = ${tex(hiddenSpace.w[0])}\\,h_1 ${sign(hiddenSpace.w[1])} ${tex(Math.abs(hiddenSpace.w[1]))}\\,h_2 ${sign(hiddenSpace.b)} ${tex(Math.abs(hiddenSpace.b))} = 0`}
                      label="The output unit's line in hidden space"
                    />
                  </>
                )}
                <LossPanel
                  series={series}
                  version={st.version}
                  heading="Loss while training"
                  yLabel="cross-entropy"
                  title="Cross-entropy loss of the hidden-layer network"
                  height={presenter ? 130 : 180}
                />
              </div>
            </div>
          </>
        )}
      </TrainingLab>
      {children}
    </LessonProvider>
  );
}

const sign = (v: number) => (v < 0 ? '-' : '+');

function toHiddenSpace(
  snap: XorNetSnapshot,
  info: { x: Float32Array; y: Float32Array; n: number },
  act: 'tanh' | 'sigmoid',
) {
  const f = act === 'tanh' ? Math.tanh : (a: number) => 1 / (1 + Math.exp(-a));
  const x = new Float64Array(2 * info.n);
  for (let i = 0; i < info.n; i++)
    for (let j = 0; j < 2; j++)
      x[2 * i + j] = f(snap.W1[j] * info.x[2 * i] + snap.W1[2 + j] * info.x[2 * i + 1] + snap.b1[j]);
  const [lo, hi] = act === 'tanh' ? [-1.15, 1.15] : [-0.15, 1.15];
  return { data: { x, y: info.y, n: info.n }, w: [snap.v[0], snap.v[1]] as [number, number], b: snap.c[0], lo, hi };
}

/** The network's output per grid cell, in the class colours, under the points. */
function Heat({ values, G }: { values: Float32Array | null; G: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || !values || G === 0 || values.length < G * G) return;
    c.width = G;
    c.height = G;
    const img = ctx.createImageData(G, G);
    const lut = lutFor('class');
    for (let i = 0; i < G * G; i++) {
      const v = values[i];
      const k = Number.isFinite(v) ? Math.max(0, Math.min(255, Math.round(v * 255))) : 128;
      img.data[4 * i] = lut[3 * k];
      img.data[4 * i + 1] = lut[3 * k + 1];
      img.data[4 * i + 2] = lut[3 * k + 2];
      img.data[4 * i + 3] = 140;
    }
    ctx.putImageData(img, 0, 0);
  }, [values, G]);
  return <canvas ref={ref} className="px-heat" aria-hidden="true" />;
}
