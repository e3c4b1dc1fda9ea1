import {
  LessonPage,
  ParamPanel,
  ReferencesSection,
  TrainingLab,
  LessonProgress,
  LessonProvider,
  lowerParam,
  useLessonParams,
  trainTestHistory,
  useLessonTraining,
  useTrainingState,
  LossPanel,
  useHistoryView,
  useApp,
  ScrollRegion,
} from '../../src/kit';
import './vanishing-gradients.css';
import { useMemo } from 'react';
import { isRectifier, type GradientsConfig, type GradientsSnapshot } from '../../src/engine';
import { fmt, pct } from '../../src/math/format';
import { LayerNormChart, type LayerSeries } from '../../src/viz/LayerNormChart';
import { trainTestSeries } from '../../src/viz/series';
import { firstToLastRatio } from './backprop';
import { type RunView, runViews, wName } from './runs';
import { BackpropSection } from './BackpropSection';
import { HistogramsSection } from './HistogramsSection';
import { PARAMS, PRESETS, presetActive, SLUG, type Values } from './params';
import { Prose, REFERENCES } from './Prose';

export default function VanishingGradients() {
  const [p, setP] = useLessonParams(SLUG, PARAMS);
  const presenter = useApp((s) => s.presenter);

  const runs = useMemo(() => runViews(p), [p.compare, p.act, p.init, p.act2, p.init2]); // eslint-disable-line react-hooks/exhaustive-deps -- runViews reads only these five params
  const R = runs.length;
  const config = useGradientsConfig(p, runs);
  const lab = useLessonTraining('gradients', config, {
    histories: { loss: trainTestHistory<GradientsSnapshot>(R) },
    onLowerLr: () => lowerParam(p, setP, PARAMS, 'lr'),
  });
  const st = useTrainingState(lab);
  const snap = st.snapshot;
  const h = useHistoryView(lab.histories.loss, st.version);
  const L = p.depth + 1;
  // The sections below the lab only show the layer statistics (~7 updates/s): hand them a snapshot that
  // changes when the statistics do, not on every loss update (~30/s).
  const statsSnap = useMemo(() => snap, [snap?.gradNorms, snap === null]); // eslint-disable-line react-hooks/exhaustive-deps -- a new object only when the layer statistics change (not on every loss update)

  const lossSeries = useMemo(
    () =>
      trainTestSeries(
        runs.map((run, r) => ({
          id: String(r),
          label: run.name,
          color: run.color,
          train: `${run.name} (train)`,
          test: `${run.letter} test`,
        })),
        h,
      ),
    [runs, h],
  );

  const vh = typeof window === 'undefined' ? 720 : window.innerHeight;
  const chartH = presenter ? Math.max(170, Math.round((vh - 150) * 0.55)) : 290;
  const lossH = presenter ? Math.max(120, Math.round((vh - 150) * 0.42)) - 40 : 220;

  return (
    <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={lab}>
      <LessonPage slug={SLUG} className="vg">
        <LessonProgress />

        <TrainingLab
          lab={lab}
          controls={<LabControls p={p} setP={setP} />}
          alerts={runs.some((r) => r.init === 'large') && <HeSwitch p={p} setP={setP} />}
        >
          <NormsTop runs={runs} snap={snap} L={L} height={chartH} />
          <div className="vg-bottom">
            <div className="vg-loss">
              <LossPanel
                id="loss-panel"
                headingId="loss-h"
                series={lossSeries}
                version={st.version}
                log
                yLabel="cross-entropy"
                title="Training (solid) and test (dashed) loss of each network"
                height={lossH}
              />
            </div>
            <NormTable runs={runs} snap={snap} L={L} />
          </div>
        </TrainingLab>

        <HistogramsSection runs={runs} snap={statsSnap} depth={p.depth} />
        <BackpropSection runs={runs} snap={statsSnap} depth={p.depth} info={st.info} />
        <Prose />
        <ReferencesSection items={REFERENCES} />
      </LessonPage>
    </LessonProvider>
  );
}

/** The worker's configuration: the lesson's parameters plus the fixed data and measurement settings. */
function useGradientsConfig(p: Values, runs: RunView[]): GradientsConfig {
  return useMemo(
    () => ({
      dataset: p.dataset,
      noise: 0,
      points: 400,
      trainShare: 0.5,
      depth: p.depth,
      width: p.width,
      runs: runs.map((r) => ({ activation: r.act, init: r.init })),
      lr: p.lr,
      batch: 10,
      seed: p.seed,
      sampleSize: 16,
      bins: 24,
    }),
    [p.dataset, p.depth, p.width, runs, p.lr, p.seed],
  );
}

type SetValues = (patch: Partial<Values>) => void;

/** The presets and the parameter panel (the second network's parameters only when comparing). */
function LabControls({ p, setP }: { p: Values; setP: SetValues }) {
  const keys = (Object.keys(PARAMS) as (keyof typeof PARAMS)[]).filter(
    (k) => p.compare || (k !== 'act2' && k !== 'init2'),
  );
  return (
    <>
      <fieldset className="vg-presets">
        <legend>Presets</legend>
        {PRESETS.map((pr) => (
          <button
            key={pr.id}
            type="button"
            className="button"
            aria-pressed={presetActive(p, pr)}
            title={pr.hint}
            aria-describedby={`vg-preset-${pr.id}`}
            onClick={() => setP(pr.patch)}
          >
            {pr.label}
          </button>
        ))}
        {PRESETS.map((pr) => (
          <span key={pr.id} id={`vg-preset-${pr.id}`} className="sr-only">
            {pr.hint}
          </span>
        ))}
      </fieldset>
      <ParamPanel table={PARAMS} values={p} onChange={setP} keys={keys} idPrefix="vg" />
    </>
  );
}

/** Shown while a network starts from too-large weights. */
function HeSwitch({ p, setP }: { p: Values; setP: SetValues }) {
  return (
    <button
      type="button"
      className="button"
      onClick={() => setP({ init: p.init === 'large' ? 'he' : p.init, init2: p.init2 === 'large' ? 'he' : p.init2 })}
    >
      Switch to He initialization
    </button>
  );
}

/** The gradient-norm chart and one card per network. */
function NormsTop({
  runs,
  snap,
  L,
  height,
}: {
  runs: RunView[];
  snap: GradientsSnapshot | null;
  L: number;
  height: number;
}) {
  const layerLabels = useMemo(
    () => Array.from({ length: L }, (_, l) => (l === L - 1 ? `${l + 1} (out)` : String(l + 1))),
    [L],
  );
  const normSeries: LayerSeries[] = useMemo(
    () =>
      runs.map((run, r) => ({
        id: String(r),
        label: run.name,
        color: run.color,
        dashed: r === 1,
        values: snap?.gradNorms ? snap.gradNorms.subarray(r * L, (r + 1) * L) : new Float32Array(0),
      })),
    [runs, snap?.gradNorms, L],
  );
  return (
    <div className="vg-top">
      <div id="norms-chart" className="vg-chart">
        <h3 id="norms-h">Gradient size in each layer, ‖∂E/∂W‖ (log scale)</h3>
        <LayerNormChart
          series={normSeries}
          layers={layerLabels}
          xLabel="layer (1 = next to the input, last = output)"
          yLabel="‖∂E/∂W‖"
          height={height}
          title={normsSummary(runs, snap, L)}
        />
      </div>
      <div className="vg-cards">
        {runs.map((run, r) => (
          <RunCard key={r} run={run} r={r} snap={snap} L={L} />
        ))}
      </div>
    </div>
  );
}

function normsSummary(runs: RunView[], snap: GradientsSnapshot | null, L: number): string {
  if (!snap?.gradNorms) return 'Gradient size per layer: waiting for the first measurement.';
  return (
    'Gradient size per layer, log scale. ' +
    runs
      .map(
        (run, r) =>
          `${run.name}: layer 1 ${fmt(snap.gradNorms![r * L])}, output layer ${fmt(snap.gradNorms![r * L + L - 1])}.`,
      )
      .join(' ')
  );
}

function RunCard({ run, r, snap, L }: { run: RunView; r: number; snap: GradientsSnapshot | null; L: number }) {
  const ratio = snap?.gradNorms ? firstToLastRatio(snap.gradNorms, L, r) : NaN;
  const H = L - 1;
  let sat = NaN;
  if (snap?.saturated && H > 0) {
    sat = 0;
    for (let l = 0; l < H; l++) sat += snap.saturated[r * H + l];
    sat /= H;
  }
  return (
    <section className="run vg-card" aria-label={`Network ${run.name}`} style={{ borderTopColor: run.color }}>
      <h3 className="run-title" style={{ color: run.textColor }}>
        {run.name}
      </h3>
      <dl className="readouts">
        <div className="vg-ratio">
          <dt>
            ‖∂E/∂W<sub>1</sub>‖ ÷ ‖∂E/∂W<sub>{L}</sub>‖
          </dt>
          <dd data-testid={`ratio-${run.letter}`}>{fmt(ratio, 2)}</dd>
        </div>
        <div>
          <dt>Train loss</dt>
          <dd data-testid={`train-loss-${run.letter}`}>{fmt(snap?.trainLoss[r], 2)}</dd>
        </div>
        <div>
          <dt>Test acc.</dt>
          <dd data-testid={`test-acc-${run.letter}`}>{pct(snap?.testAcc[r])}</dd>
        </div>
        <div>
          <dt>{isRectifier(run.act) ? 'Off (h′ ≈ 0)' : 'Saturated'}</dt>
          <dd>{pct(sat)}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The gradient norms as numbers: for screen readers and anyone who prefers digits. */
function NormTable({ runs, snap, L }: { runs: RunView[]; snap: GradientsSnapshot | null; L: number }) {
  const H = L - 1;
  return (
    <ScrollRegion className="vg-table-wrap" label="Gradient norms and mean slopes per layer">
      <table className="vg-table" data-testid="norm-table">
        <caption>
          Per layer, measured on{' '}
          {snap?.statsStep !== undefined ? `step ${snap.statsStep.toLocaleString('en-US')}` : 'the start'}
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={runs.length}>
              ‖∂E/∂W‖
            </th>
            <th scope="colgroup" colSpan={runs.length}>
              mean h′(a)
            </th>
          </tr>
          <tr>
            <th scope="col">Layer</th>
            {[...runs, ...runs].map((run, i) => (
              <th scope="col" key={i} style={{ color: run.textColor }}>
                <span className="sr-only">{i < runs.length ? 'gradient norm, network ' : 'mean slope, network '}</span>
                {run.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: L }, (_, l) => (
            <tr key={l}>
              <th scope="row">{l === L - 1 ? `${wName(l + 1)} (out)` : wName(l + 1)}</th>
              {runs.map((run, r) => (
                <td key={run.letter} data-testid={`norm-${run.letter}-${l + 1}`}>
                  {fmt(snap?.gradNorms?.[r * L + l], 2)}
                </td>
              ))}
              {runs.map((run, r) => (
                <td key={`s${run.letter}`}>{l < H ? fmt(snap?.meanSlope?.[r * H + l], 2) : '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
