import {
  ParamPanel,
  TrainingLab,
  LossPanel,
  lowerParam,
  type ParamValues,
  type HistorySpec,
  useLessonTraining,
  useTrainingState,
  LessonProvider,
  useHistoryView,
  useApp,
} from '../../src/kit';
import { useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { grid1d, type Net1d, TARGET_LABELS, type Approx1dSnapshot } from '../../src/engine';
import { fmt } from '../../src/math/format';
import { Formula } from '../../src/math/Formula';
import type { Series } from '../../src/viz/LineChart';
import { OKABE_ITO, SWATCH } from '../../src/viz/palette';
import { approxConfig, APPROX_POINTS, unitsFor } from './approxConfig';
import { ErrorVsN, FitPlot } from './charts';
import { PARAMS, SLUG } from './params';

type P = ParamValues<typeof PARAMS>;
const SECTION = 'approx';
const XS = grid1d(APPROX_POINTS);
/** The small side-by-side plots. */
const SMALL_NS = [1, 2, 4, 8, 16, 64];

function mseHistory(runs: number): HistorySpec<Approx1dSnapshot> {
  return { channels: runs, x: (s) => s.step, values: (s) => (s.mse.length === runs ? s.mse : null) };
}

/** Run r's network out of a snapshot (per-unit arrays, run r's units from offsets[r]). */
function netOf(snap: Approx1dSnapshot | null, offsets: number[] | undefined, r: number): Net1d | null {
  if (!snap || !offsets || r < 0 || offsets[r + 1] > snap.w.length) return null;
  const o = offsets[r];
  const e = offsets[r + 1];
  return { w: snap.w.subarray(o, e), b: snap.b.subarray(o, e), v: snap.v.subarray(o, e), c: snap.c[r], n: e - o };
}

/** `children` (this part's prose) can use the exercises, which watch this lab. */
export function ApproxLab({ p, setP, children }: { p: P; setP: (patch: Partial<P>) => void; children?: ReactNode }) {
  const presenter = useApp((s) => s.presenter);
  const [drawn, setDrawn] = useState<Float32Array | null>(null);
  const [draft, setDraft] = useState<Float32Array | null>(null);
  const [showUnits, setShowUnits] = useState(true);
  const units = useMemo(() => unitsFor(p.n), [p.n]);
  const config = useMemo(
    () => approxConfig(drawn ?? p.fn, p.act, p.n, p.lr, p.seed),
    [drawn, p.fn, p.act, p.n, p.lr, p.seed],
  );
  const lab = useLessonTraining('approx1d', config, {
    section: SECTION,
    histories: { mse: mseHistory(units.length) },
    onLowerLr: () => lowerParam(p, setP, PARAMS, 'lr'),
  });
  const st = useTrainingState(lab);
  const snap = st.snapshot;
  const info = st.info;
  const offsets = info?.offsets;
  const sel = units.indexOf(p.n);
  const net = netOf(snap, offsets, sel);
  const h = useHistoryView(lab.histories.mse, st.version);
  const series: Series[] = useMemo(
    () =>
      units.map((n, r) => ({
        id: `n${n}`,
        label: `n = ${n}`,
        color: n === p.n ? SWATCH.black : OKABE_ITO[r % 6],
        dashed: n !== p.n,
        x: h.x,
        y: h.ys[r]!,
        n: h.n,
      })),
    [units, p.n, h],
  );
  const mseSel = snap?.mse[sel];
  const tall = presenter
    ? Math.max(170, Math.round((typeof window === 'undefined' ? 720 : window.innerHeight) * 0.33))
    : 300;
  const targetName = drawn ? 'your drawing' : TARGET_LABELS[p.fn].toLowerCase();

  return (
    <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={lab}>
      <TrainingLab
        lab={lab}
        id={SECTION}
        className="lab px-lab"
        srTitle="Part B: one hidden layer approximates a function"
        transport={{ epoch: snap?.step ?? 0 }}
      >
        {({ transport, alerts }) => (
          <>
            <h3 className="px-part">Part B · A sum of bumps and ramps</h3>
            <div className="px-grid">
              <ApproxSide
                transport={transport}
                p={p}
                setP={setP}
                drawn={drawn !== null}
                setDrawn={setDrawn}
                setDraft={setDraft}
              />
              <div className="px-main">
                {alerts}
                <FitPlot
                  xs={XS}
                  target={info?.target ?? config.target}
                  draft={draft}
                  net={net}
                  act={p.act}
                  units={showUnits}
                  height={tall}
                  title={`Target (${targetName}), the output of the network with ${p.n} hidden units, and each unit's contribution. Mean squared error ${fmt(mseSel)}.`}
                />
                <label className="check">
                  <input type="checkbox" checked={showUnits} onChange={(e) => setShowUnits(e.target.checked)} /> Show
                  each unit’s contribution
                </label>
                <FitFormulas n={p.n} act={p.act} mse={mseSel} />
              </div>
              <ErrorsNow units={units} mse={snap?.mse ?? null} selected={p.n} presenter={presenter} />
            </div>
            <SmallFits
              target={info?.target ?? config.target}
              snap={snap}
              offsets={offsets}
              units={units}
              act={p.act}
              presenter={presenter}
            />
            {!presenter && (
              <LossPanel
                series={series}
                version={st.version}
                heading="Error while training"
                yLabel="mean squared error"
                title="Mean squared error of every network while training"
                height={200}
                log
              />
            )}
          </>
        )}
      </TrainingLab>
      {children}
    </LessonProvider>
  );
}

/** The side column: the transport, the settings and the drawing box. */
function ApproxSide({
  transport,
  p,
  setP,
  drawn,
  setDrawn,
  setDraft,
}: {
  transport: ReactNode;
  p: P;
  setP: (patch: Partial<P>) => void;
  /** Whether the network fits the learner's drawing rather than a preset. */
  drawn: boolean;
  setDrawn: (v: Float32Array | null) => void;
  setDraft: (v: Float32Array | null) => void;
}) {
  return (
    <div className="px-side">
      {transport}
      <ParamPanel
        table={PARAMS}
        values={p}
        onChange={(patch) => {
          if ('fn' in patch) setDrawn(null);
          setP(patch);
        }}
        keys={['fn', 'act', 'n', 'lr']}
        idPrefix="ua"
      />
      <DrawTarget
        onDraft={setDraft}
        onCommit={(v) => {
          setDraft(null);
          setDrawn(v);
        }}
      />
      {drawn && (
        <p className="px-note">
          Fitting your drawing.{' '}
          <button type="button" className="button" onClick={() => setDrawn(null)}>
            Back to the {TARGET_LABELS[p.fn].toLowerCase()}
          </button>
        </p>
      )}
    </div>
  );
}

/** The network's formula, and its error now. */
function FitFormulas({ n, act, mse }: { n: number; act: P['act']; mse: number | undefined }) {
  return (
    <>
      <Formula
        display
        tex={`f(x) = c + \\sum_{j=1}^{${n}} v_j\\,${act === 'relu' ? '\\max(0,\\,w_j x + b_j)' : '\\sigma(w_j x + b_j)'}`}
        label={`The network's output as a sum of ${n} units`}
      />
      <p className="px-mse">
        <Formula
          tex="\text{MSE} = \tfrac1N\textstyle\sum_i \bigl(f(x_i) - y_i\bigr)^2 ="
          label="Mean squared error, the average of the squared misses, equals"
        />{' '}
        <strong data-testid="mse-selected">{fmt(mse, 3)}</strong> for the network with n = {n} unit
        {n === 1 ? '' : 's'}
      </p>
    </>
  );
}

/** The error of every network now: the chart against n and the table. */
function ErrorsNow({
  units,
  mse,
  selected,
  presenter,
}: {
  units: number[];
  mse: Float32Array | null;
  selected: number;
  presenter: boolean;
}) {
  return (
    <div className="px-chart">
      <ErrorVsN
        ns={units}
        mse={mse}
        selected={selected}
        height={presenter ? 170 : 220}
        title="Mean squared error of each network against its number of hidden units, log–log"
      />
      <table className="px-table">
        <caption>Error of each network now (same seed, same data)</caption>
        <thead>
          <tr>
            <th scope="col">n</th>
            {units.map((n) => (
              <th scope="col" key={n}>
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">MSE</th>
            {units.map((n, r) => (
              <td key={n} data-testid={`mse-n${n}`}>
                {fmt(mse?.[r], 2)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The small side-by-side fits for a few numbers of units. */
function SmallFits({
  target,
  snap,
  offsets,
  units,
  act,
  presenter,
}: {
  target: Float32Array;
  snap: Approx1dSnapshot | null;
  offsets: number[] | undefined;
  units: number[];
  act: P['act'];
  presenter: boolean;
}) {
  return (
    <div className="px-smalls" role="group" aria-label="Several networks side by side">
      {SMALL_NS.map((n) => {
        const r = units.indexOf(n);
        return (
          <figure key={n} className="px-small-card">
            <FitPlot
              xs={XS}
              target={target}
              net={netOf(snap, offsets, r)}
              act={act}
              units={false}
              height={presenter ? 80 : 100}
              small
              title={`Fit with ${n} hidden unit${n === 1 ? '' : 's'}`}
            />
            <figcaption>
              n = {n}: MSE {fmt(snap?.mse[r], 2)}
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}

/**
 * Draw a target with the pointer: drag across the box; the curve follows the pointer's
 * height at each x. Keyboard users pick a preset above instead.
 */
function DrawTarget({
  onDraft,
  onCommit,
}: {
  onDraft: (v: Float32Array) => void;
  onCommit: (v: Float32Array) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const values = useRef<Float32Array | null>(null);
  const last = useRef<number | null>(null);
  const at = (e: React.PointerEvent) => {
    const r = box.current!.getBoundingClientRect();
    const i = Math.round(((e.clientX - r.left) / r.width) * (APPROX_POINTS - 1));
    const v = 1.5 - (3 * (e.clientY - r.top)) / r.height;
    return { i: Math.max(0, Math.min(APPROX_POINTS - 1, i)), v: Math.max(-1.5, Math.min(1.5, v)) };
  };
  const paint = (e: React.PointerEvent) => {
    const vals = values.current;
    if (!vals) return;
    const { i, v } = at(e);
    const from = last.current ?? i;
    const a = Math.min(from, i);
    const b = Math.max(from, i);
    for (let k = a; k <= b; k++) vals[k] = v;
    last.current = i;
    onDraft(vals.slice());
  };
  return (
    <div className="px-draw">
      <p className="px-note" id="px-draw-help">
        Or draw your own: drag across the box from left to right (the presets above do the same from the keyboard).
      </p>
      <div
        ref={box}
        className="px-draw-box"
        role="img"
        aria-label="Drawing area for a target function (pointer only)"
        aria-describedby="px-draw-help"
        onPointerDown={(e) => {
          e.preventDefault();
          e.currentTarget.setPointerCapture(e.pointerId);
          values.current = new Float32Array(APPROX_POINTS).fill(NaN);
          last.current = null;
          paint(e);
        }}
        onPointerMove={(e) => {
          if (values.current) paint(e);
        }}
        onPointerUp={() => {
          const vals = values.current;
          values.current = null;
          if (!vals) return;
          // Points never reached keep the nearest value drawn.
          const drawnAt = Array.from(vals.keys()).filter((k) => Number.isFinite(vals[k]));
          if (!drawnAt.length) return;
          const out = vals.map((v, k) =>
            Number.isFinite(v) ? v : vals[drawnAt.reduce((a, b) => (Math.abs(b - k) < Math.abs(a - k) ? b : a))],
          );
          onCommit(out);
        }}
      />
    </div>
  );
}
