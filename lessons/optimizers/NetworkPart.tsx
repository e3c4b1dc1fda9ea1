import {
  ParamPanel,
  TrainingLab,
  lowerParam,
  type ParamValues,
  useLessonTraining,
  useTrainingState,
  LossPanel,
  LessonProvider,
  useHistoryView,
} from '../../src/kit';
import { useMemo } from 'react';
import { lrScheduleCurve, type NetOptimizerKind, type OptimNetConfig, type OptimNetSnapshot } from '../../src/engine';
import { fmt, pct } from '../../src/math/format';
import { BoundaryView, type BoundaryProps } from '../../src/viz/BoundaryView';
import { LineChart, type Series } from '../../src/viz/LineChart';
import { OPTIMIZER_COLORS, OPTIMIZER_TEXT_COLORS } from '../../src/viz/palette';
import { NetRaceExercise } from './Exercises';
import { NoisePanel } from './NoisePanel';
import { OPT_NAMES, PARAMS, SLUG } from './params';

type P = ParamValues<typeof PARAMS>;

const KINDS: NetOptimizerKind[] = ['sgd', 'momentum', 'adam'];
const NOISE_SAMPLES = 24;

export function NetworkPart({ p, setP }: { p: P; setP: (patch: Partial<P>) => void }) {
  const lrs = useMemo(() => [p.netSgdLr, p.netMomLr, p.netAdamLr], [p.netSgdLr, p.netMomLr, p.netAdamLr]);
  const config: OptimNetConfig = useMemo(
    () => ({
      dataset: p.dataset,
      noise: 0,
      points: 400,
      trainShare: 0.5,
      hidden: [16, 16],
      activation: 'tanh',
      runs: KINDS.map((kind) => ({ kind })),
      lrs,
      batch: p.batch,
      schedule: p.schedule,
      decay: p.decay,
      seed: p.seed,
      gridSize: 60,
      noiseSamples: NOISE_SAMPLES,
    }),
    [p.dataset, lrs, p.batch, p.schedule, p.decay, p.seed],
  );
  const lab = useLessonTraining('optimnet', config, {
    section: 'network',
    histories: {
      loss: {
        channels: KINDS.length,
        x: (s: OptimNetSnapshot) => s.epoch,
        values: (s: OptimNetSnapshot) => s.trainLoss,
      },
    },
    onLowerLr: () => lowerParam(p, setP, PARAMS, 'netSgdLr', 'netMomLr', 'netAdamLr'),
  });
  const st = useTrainingState(lab);
  const snap = st.snapshot;
  const h = useHistoryView(lab.histories.loss, st.version);
  const lossSeries: Series[] = useMemo(
    () =>
      KINDS.map((k, r) => ({ id: k, label: OPT_NAMES[k], color: OPTIMIZER_COLORS[k], x: h.x, y: h.ys[r]!, n: h.n })),
    [h],
  );

  return (
    <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={lab}>
      <TrainingLab
        lab={lab}
        id="network"
        title="On a real network: mini-batches, schedules, and three optimizers side by side"
        className=""
      >
        {({ transport, alerts }) => (
          <>
            <p>
              Now the same ideas on a real (small) network: two hidden layers of 16 tanh units learning to separate two
              classes of points. Three copies start from <em>identical</em> weights and see <em>identical</em>{' '}
              mini-batches; only the optimizer differs — tfjs’s <code>tf.train.sgd</code>,{' '}
              <code>tf.train.momentum</code> (β = 0.9) and <code>tf.train.adam</code>, applied to the network’s weights.
            </p>
            <div className="opt-net-grid">
              <aside className="lab-controls" aria-label="Network experiment settings">
                {transport}
                <ParamPanel
                  table={PARAMS}
                  values={p}
                  onChange={setP}
                  keys={
                    p.schedule === 'inverse'
                      ? ['dataset', 'batch', 'schedule', 'decay', 'netSgdLr', 'netMomLr', 'netAdamLr', 'seed']
                      : ['dataset', 'batch', 'schedule', 'netSgdLr', 'netMomLr', 'netAdamLr', 'seed']
                  }
                  idPrefix="net"
                />
              </aside>
              <div className="opt-net-main">
                {alerts}
                <div className="opt-net-runs">
                  {KINDS.map((k, r) => (
                    <NetRun key={k} kind={k} r={r} snap={snap} train={st.info?.data.train} test={st.info?.data.test} />
                  ))}
                </div>
                <div className="opt-net-charts">
                  <div>
                    <LossPanel
                      id="net-loss"
                      heading="Training loss"
                      series={lossSeries}
                      version={st.version}
                      log
                      xLabel="epoch"
                      yLabel="cross-entropy"
                      title="Training loss against epoch for SGD, momentum and Adam"
                      height={210}
                    />
                  </div>
                  <ScheduleChart p={p} lrs={lrs} snap={snap} />
                </div>
              </div>
            </div>
            <NoisePanel snap={snap} runs={KINDS.length} batch={p.batch} n={st.info?.data.train.n ?? 200} />
            <NetRaceExercise />
          </>
        )}
      </TrainingLab>
    </LessonProvider>
  );
}

/** One of the three networks: its decision boundary and its numbers. */
function NetRun({
  kind: k,
  r,
  snap,
  train,
  test,
}: {
  kind: NetOptimizerKind;
  r: number;
  snap: OptimNetSnapshot | null;
} & Pick<BoundaryProps, 'train' | 'test'>) {
  return (
    <section
      className="run"
      aria-label={`Network trained with ${OPT_NAMES[k]}`}
      style={{ borderTopColor: OPTIMIZER_COLORS[k] }}
    >
      <h3 className="run-title" style={{ color: OPTIMIZER_TEXT_COLORS[k] }}>
        {OPT_NAMES[k]}
      </h3>
      <BoundaryView
        values={snap?.boundary ?? null}
        gridSize={snap?.gridSize ?? 0}
        offset={r * (snap?.gridSize ?? 0) ** 2}
        train={train}
        test={test}
        showTest={false}
        maxSize={260}
        title={`Decision boundary of the network trained with ${OPT_NAMES[k]}: orange is class 1, purple class 0. Test accuracy ${pct(snap?.testAcc[r])}.`}
      />
      <dl className="readouts">
        <div>
          <dt>Train loss</dt>
          <dd data-testid={`net-loss-${k}`}>{fmt(snap?.trainLoss[r], 3)}</dd>
        </div>
        <div>
          <dt>Test acc.</dt>
          <dd data-testid={`net-acc-${k}`}>{pct(snap?.testAcc[r])}</dd>
        </div>
        <div>
          <dt>η now</dt>
          <dd data-testid={`net-lr-${k}`}>{fmt(snap?.lr[r], 3)}</dd>
        </div>
        <div>
          <dt>Grad. noise</dt>
          <dd data-testid={`net-noise-${k}`}>{fmt(snap?.gradNoise?.[r], 2)}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The learning rate each optimizer gets, epoch by epoch, under the chosen schedule. */
function ScheduleChart({ p, lrs, snap }: { p: P; lrs: number[]; snap: OptimNetSnapshot | null }) {
  const epochs = Math.max(40, Math.ceil((snap?.epoch ?? 0) / 10) * 10 + 10);
  const scheduleSeries: Series[] = useMemo(() => {
    const x = Float32Array.from({ length: epochs }, (_, i) => i);
    return KINDS.map((k, r) => {
      const y = Float32Array.from(lrScheduleCurve(p.schedule, { eta0: lrs[r]!, decay: p.decay }, epochs));
      return { id: k, label: OPT_NAMES[k], color: OPTIMIZER_COLORS[k], x, y, n: epochs };
    });
  }, [p.schedule, p.decay, epochs, lrs]);
  return (
    <div>
      <div className="chart-head">
        <h3>Learning-rate schedule</h3>
      </div>
      <LineChart
        series={scheduleSeries}
        log
        xLabel="epoch"
        yLabel="η"
        title={`Learning rate against epoch: ${PARAMS.schedule.names?.[p.schedule] ?? p.schedule}`}
        height={210}
      />
      <p className="small">
        Now at epoch {fmt(snap?.epoch ?? 0, 3)}: η ={' '}
        {KINDS.map((k, r) => `${OPT_NAMES[k]} ${fmt(snap?.lr[r], 3)}`).join(', ')}.
      </p>
    </div>
  );
}
