import {
  LessonProgress,
  LessonProvider,
  ParamPanel,
  TrainingLab,
  ChartHead,
  lowerParam,
  type ParamValues,
  type HistorySpec,
  useLessonTraining,
  useTrainingState,
  digitImage,
  useHistoryView,
} from '../../src/kit';
import { useMemo, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import {
  cnnForward,
  cnnShapes,
  denseNetForward,
  type CnnArch,
  cnnTestIndices,
  type MnistData,
  type CnnConfig,
  type CnnInfo,
  type CnnSnapshot,
} from '../../src/engine';
import { compact, fmt, int, pct } from '../../src/math/format';
import { DrawPad } from '../../src/viz/DrawPad';
import { LineChart } from '../../src/viz/LineChart';
import { MODEL_COLORS, MODEL_TEXT_COLORS } from '../../src/viz/palette';
import { ProbBars } from '../../src/viz/ProbBars';
import { type RunLegend, trainTestSeries } from '../../src/viz/series';
import { useThrottled } from '../../src/viz/useThrottled';
import { Inside } from './Inside';
import { PARAMS, SLUG } from './params';

type Values = ParamValues<typeof PARAMS>;

/**
 * Snapshots arrive up to 20 times a second; the views drawn from the weights (the page's
 * own forward passes, probability bars, kernels, feature maps, confusion matrix) follow
 * them at a few per second, the chart at five, so a 2-core machine keeps its frames.
 */
const WEIGHTS_MS = 300;
const CHART_MS = 200;
/** The two models in run order (channels [CNN, dense] in each history). */
const MODEL_LEGEND: RunLegend[] = [
  { id: 'cnn', label: 'CNN', color: MODEL_COLORS.cnn },
  { id: 'dense', label: 'Dense', color: MODEL_COLORS.dense },
];

/** The digit the probability bars and the feature maps are about. */
interface Current {
  image: Float32Array;
  /** What it is, in words ("test digit #3, a 7" or "your drawing"). */
  source: string;
  /** Set when a digit was loaded (so the pad shows it). */
  loaded: Float32Array | null;
}

/**
 * Accuracy and loss per epoch, [CNN, dense] × [acc, loss]: training (running averages,
 * every snapshot) and test (only when a new part of the test set has been scored).
 */
function cnnHistories(): Record<'train' | 'test', HistorySpec<CnnSnapshot>> {
  let lastTest = -1;
  let lastStep = 0;
  return {
    train: {
      channels: 4,
      x: (s) => s.epoch,
      values: (s) => (s.step === 0 ? null : [s.trainAcc[0]!, s.trainAcc[1]!, s.trainLoss[0]!, s.trainLoss[1]!]),
    },
    test: {
      channels: 4,
      x: (s) => s.epoch,
      values: (s) => {
        if (s.step < lastStep) lastTest = -1; // a new run
        lastStep = s.step;
        const key = s.testPasses * 1e6 + s.testScored;
        if (s.step === 0 || s.testScored === 0 || key === lastTest) return null;
        lastTest = key;
        return [s.testAcc[0]!, s.testAcc[1]!, s.testLoss[0]!, s.testLoss[1]!];
      },
    },
  };
}

/** The live CNN; `children` (the prose whose exercises run in it) get it through <LessonProvider>. */
export function CnnLab({
  data,
  p,
  setP,
  presenter,
  children,
}: {
  data: MnistData;
  p: Values;
  setP: (patch: Partial<Values>) => void;
  presenter: boolean;
  children?: ReactNode;
}) {
  const [showLoss, setShowLoss] = useState(false);

  const arch: CnnArch = useMemo(
    () => ({ filters1: p.filters1, filters2: p.filters2, kernel: Number(p.kernel) }),
    [p.filters1, p.filters2, p.kernel],
  );
  const config: CnnConfig = useMemo(
    () => ({ arch, lr: p.lr, batch: p.batch, seed: p.seed, data }),
    [arch, p.lr, p.batch, p.seed, data],
  );
  const histories = useMemo(() => cnnHistories(), []);
  const lab = useLessonTraining('cnn', config, { histories, onLowerLr: () => lowerParam(p, setP, PARAMS, 'lr') });
  const st = useTrainingState(lab);
  const snap = st.snapshot;
  const info = st.info;
  const slow = useThrottled(snap, WEIGHTS_MS);
  const chartVersion = useThrottled(st.version, CHART_MS);

  const { loadTestDigit, digitN, setDigitN, current, setCurrent } = useCurrentDigit(data);

  // The page runs the network itself on the latest weights: instant, even while paused.
  const blank = useMemo(() => !current.image.some((v) => v > 0.05), [current.image]);
  const cnnWeights = info && !blank ? slow?.cnnWeights : undefined;
  const weightsOk = !!cnnWeights;
  const fwd = useMemo(
    () => (cnnWeights ? cnnForward(current.image, arch, cnnWeights) : null),
    [cnnWeights, current.image, arch],
  );
  const denseProbs = useMemo(
    () => (weightsOk && slow?.denseWeights ? denseNetForward(current.image, slow.denseWeights) : null),
    [weightsOk, current.image, slow?.denseWeights],
  );

  const th = useHistoryView(lab.histories.train, chartVersion);
  const te = useHistoryView(lab.histories.test, chartVersion);
  const series = useMemo(
    () => trainTestSeries(MODEL_LEGEND, th, te, (r) => (showLoss ? 2 : 0) + r),
    [th, te, showLoss],
  );
  const cnnProbs = fwd?.probs ?? null;
  const probSeries = useMemo(
    () => [
      { label: 'CNN', color: MODEL_COLORS.cnn, textColor: MODEL_TEXT_COLORS.cnn, probs: cnnProbs },
      { label: 'Dense', color: MODEL_COLORS.dense, textColor: MODEL_TEXT_COLORS.dense, probs: denseProbs },
    ],
    [cnnProbs, denseProbs],
  );

  const shapes = cnnShapes(arch);
  const padSize = presenter ? Math.max(120, Math.min(170, Math.round(window.innerHeight * 0.22))) : 168;
  const chartH = presenter ? Math.max(180, Math.round(window.innerHeight - 420)) : 260;

  return (
    <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={lab}>
      <LessonProgress />
      <TrainingLab
        lab={lab}
        controls={
          <>
            <ParamPanel table={PARAMS} values={p} onChange={setP} idPrefix="cnn" />
            <p id="cnn-arch" className="small cnn-arch">
              CNN: conv {arch.filters1}@{arch.kernel}×{arch.kernel} → pool → conv {arch.filters2}@{arch.kernel}×
              {arch.kernel} → pool → dense 10, <strong>{compact(shapes.paramCount)}</strong> parameters. Dense: 784 →{' '}
              {info?.denseHidden ?? '…'} → 10, <strong>{info ? compact(info.denseParams) : '…'}</strong> parameters.
              Same seed, same batches.
            </p>
          </>
        }
        after={<LiveTable snap={snap} info={info} />}
      >
        <CnnReadouts snap={snap} playing={st.playing} />
        <div className="cnn-row">
          <div id="cnn-chart" className="cnn-chart">
            <ChartHead
              heading={`${showLoss ? 'Loss' : 'Accuracy'} while training`}
              check="Show loss"
              checked={showLoss}
              onCheck={setShowLoss}
            />
            <LineChart
              series={series}
              version={chartVersion}
              xLabel="epochs (passes over the 8,000 training digits)"
              yLabel={showLoss ? 'cross-entropy' : 'accuracy'}
              title={`${showLoss ? 'Loss' : 'Accuracy'} of the CNN (blue) and the dense network (orange): training solid, test dashed. CNN test accuracy ${pct(snap?.testAcc[0], 1)}, dense ${pct(snap?.testAcc[1], 1)}.`}
              height={chartH}
            />
          </div>
          <DrawPanel
            padSize={padSize}
            loaded={current.loaded}
            setCurrent={setCurrent}
            digitN={digitN}
            setDigitN={setDigitN}
            loadTestDigit={loadTestDigit}
          />
          <div className="cnn-probs">
            <h3>What the networks see</h3>
            <p className="small">{current.source}</p>
            <ProbBars
              empty={blank ? 'The pad is empty: draw a digit to see what the networks say' : undefined}
              rowHeight={presenter ? 15 : 17}
              series={probSeries}
            />
          </div>
        </div>
      </TrainingLab>
      <Inside arch={arch} seed={p.seed} snap={slow} fwd={fwd} source={current.source} image={current.image} />
      {children}
    </LessonProvider>
  );
}

/** The digit the lab looks at: a test digit by number, or what the learner drew. */
function useCurrentDigit(data: MnistData) {
  // The same numbering before and after the worker's info arrives (the worker uses this split).
  const testIndices = useMemo(() => cnnTestIndices(data.count), [data]);
  const testDigitIndex = (n: number) => testIndices[n - 1];
  const loadTestDigit = (n: number): Current => {
    const i = testDigitIndex(n);
    const image = digitImage(data, i);
    return { image, source: `test digit #${n} (a ${data.labels[i]})`, loaded: image };
  };
  const [digitN, setDigitN] = useState(1);
  const [current, setCurrent] = useState<Current>(() => loadTestDigit(1));
  return { loadTestDigit, digitN, setDigitN, current, setCurrent };
}

/** The headline numbers of both runs. */
function CnnReadouts({ snap, playing }: { snap: CnnSnapshot | null; playing: boolean }) {
  return (
    <dl id="cnn-readouts" className="readouts cnn-readouts">
      <div>
        <dt style={{ color: MODEL_TEXT_COLORS.cnn }}>CNN test acc.</dt>
        <dd data-testid="test-acc-cnn">{pct(snap?.testAcc[0], 1)}</dd>
      </div>
      <div>
        <dt style={{ color: MODEL_TEXT_COLORS.dense }}>Dense test acc.</dt>
        <dd data-testid="test-acc-dense">{pct(snap?.testAcc[1], 1)}</dd>
      </div>
      <div>
        <dt>CNN train loss</dt>
        <dd data-testid="train-loss-cnn">{fmt(snap?.trainLoss[0])}</dd>
      </div>
      <div>
        <dt>Digits seen</dt>
        <dd>{int(snap?.examples ?? 0)}</dd>
      </div>
      <div>
        <dt>Digits/s</dt>
        <dd data-testid="examples-per-sec">{playing ? Math.round(snap?.examplesPerSec ?? 0) : '—'}</dd>
      </div>
    </dl>
  );
}

/** The drawing pad, Clear, and the test-digit picker. */
function DrawPanel({
  padSize,
  loaded,
  setCurrent,
  digitN,
  setDigitN,
  loadTestDigit,
}: {
  padSize: number;
  loaded: Float32Array | null;
  setCurrent: Dispatch<SetStateAction<Current>>;
  digitN: number;
  setDigitN: (n: number) => void;
  loadTestDigit: (n: number) => Current;
}) {
  return (
    <div className="cnn-draw">
      <h3 id="draw-h">Draw a digit</h3>
      <DrawPad
        size={padSize}
        load={loaded}
        label="Drawing pad: draw a digit with the mouse, a finger or a pen. The networks' predictions appear beside it."
        // Keep `loaded` as it is: a new object would reload the pad and wipe the stroke.
        onChange={(image) => setCurrent((c) => ({ image, source: 'your drawing', loaded: c.loaded }))}
      />
      <div className="draw-controls">
        <button
          type="button"
          className="button"
          onClick={() =>
            setCurrent({ image: new Float32Array(784), source: 'an empty pad', loaded: new Float32Array(784) })
          }
        >
          Clear
        </button>
        <label htmlFor="cnn-digit">Test digit</label>
        <input
          id="cnn-digit"
          type="number"
          min={1}
          max={2000}
          value={digitN}
          onChange={(e) => {
            const n = Math.max(1, Math.min(2000, Math.round(Number(e.target.value)) || 1));
            setDigitN(n);
            setCurrent(loadTestDigit(n));
          }}
        />
        <button type="button" className="button" onClick={() => setCurrent(loadTestDigit(digitN))}>
          Load
        </button>
      </div>
    </div>
  );
}

function LiveTable({ snap, info }: { snap: CnnSnapshot | null; info: CnnInfo | null }) {
  // Closed, it shows nothing: fill it in (and keep it live) only while open.
  const [open, setOpen] = useState(false);
  return (
    <details className="live-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>All live numbers as a table</summary>
      {open && <LiveNumbers snap={snap} info={info} />}
    </details>
  );
}

function LiveNumbers({ snap, info }: { snap: CnnSnapshot | null; info: CnnInfo | null }) {
  return (
    <>
      <table>
        <caption className="sr-only">Live training numbers for both networks</caption>
        <thead>
          <tr>
            <th scope="col">Network</th>
            <th scope="col">Parameters</th>
            <th scope="col">Train loss</th>
            <th scope="col">Train acc.</th>
            <th scope="col">Test loss</th>
            <th scope="col">Test acc.</th>
          </tr>
        </thead>
        <tbody>
          {(['CNN', 'Dense'] as const).map((name, r) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{info ? int(r === 0 ? info.cnnParams : info.denseParams) : '—'}</td>
              <td>{fmt(snap?.trainLoss[r])}</td>
              <td>{pct(snap?.trainAcc[r], 1)}</td>
              <td>{fmt(snap?.testLoss[r])}</td>
              <td>{pct(snap?.testAcc[r], 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">
        Test digits scored: {snap?.testScored ?? 0} of {info?.testCount ?? 2000}; full passes over the test set:{' '}
        {snap?.testPasses ?? 0}. Training runs at {Math.round(snap?.examplesPerSec ?? 0)} digits per second (
        {fmt(snap?.stepsPerSec)} steps per second).
      </p>
    </>
  );
}
