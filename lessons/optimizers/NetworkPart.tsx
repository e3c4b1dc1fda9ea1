import { useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { lrScheduleCurve } from '../../src/engine/optim-theory';
import type { NetOptimizerKind, OptimNetConfig, OptimNetInfo, OptimNetSnapshot } from '../../src/engine/tasks/optimnet';
import { DivergedAlert, ParamPanel, Section } from '../../src/app/ui/lesson';
import { TrainingTransport } from '../../src/app/ui/Transport';
import { fmt, pct } from '../../src/math/format';
import { History } from '../../src/store/history';
import type { ParamValues } from '../../src/store/params';
import { createTrainingStore, useTraining } from '../../src/store/training';
import { BoundaryView } from '../../src/viz/BoundaryView';
import { LineChart, type Series } from '../../src/viz/LineChart';
import { LossPanel } from '../../src/app/ui/LossPanel';
import { OPTIMIZER_COLORS, OPTIMIZER_TEXT_COLORS } from '../../src/viz/palette';
import { NoisePanel } from './NoisePanel';
import { OPT_NAMES, PARAMS } from './params';

type P = ParamValues<typeof PARAMS>;
type Store = ReturnType<typeof createTrainingStore<OptimNetSnapshot, OptimNetInfo>>;

const KINDS: NetOptimizerKind[] = ['sgd', 'momentum', 'adam'];
const NOISE_SAMPLES = 24;

export function NetworkPart({ p, setP }: { p: P; setP: (patch: Partial<P>) => void }) {
  const store = useRef<Store>(null as unknown as Store);
  store.current ??= createTrainingStore<OptimNetSnapshot, OptimNetInfo>();
  const history = useRef(new History(KINDS.length));
  const lrs = [p.netSgdLr, p.netMomLr, p.netAdamLr];
  const config: OptimNetConfig = useMemo(
    () => ({
      dataset: p.dataset,
      noise: 0,
      points: 400,
      trainShare: 0.5,
      hidden: [16, 16],
      activation: 'tanh',
      runs: KINDS.map((kind, i) => ({ kind, lr: [p.netSgdLr, p.netMomLr, p.netAdamLr][i]! })),
      batch: p.batch,
      schedule: p.schedule,
      decay: p.decay,
      seed: p.seed,
      gridSize: 60,
      noiseSamples: NOISE_SAMPLES,
    }),
    [p.dataset, p.netSgdLr, p.netMomLr, p.netAdamLr, p.batch, p.schedule, p.decay, p.seed],
  );
  const resetKey = JSON.stringify({ dataset: p.dataset, seed: p.seed });
  const train = useTraining<OptimNetSnapshot, OptimNetInfo>({
    store: store.current,
    task: 'optimnet',
    config,
    resetKey,
    live: { lrs, batch: p.batch, schedule: p.schedule, decay: p.decay },
    onSnapshot: (s) => history.current.push(s.epoch, s.trainLoss),
    onReset: () => history.current.clear(),
  });
  const st = useStore(store.current);
  const snap = st.snapshot && st.snapshot.runs === KINDS.length ? st.snapshot : null;
  const h = history.current;
  const lossSeries: Series[] = useMemo(
    () => KINDS.map((k, r) => ({ id: k, label: OPT_NAMES[k], color: OPTIMIZER_COLORS[k], x: h.x, y: h.ys[r]!, n: h.n })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [h, st.version],
  );
  const epochs = Math.max(40, Math.ceil((snap?.epoch ?? 0) / 10) * 10 + 10);
  const scheduleSeries: Series[] = useMemo(() => {
    const x = Float32Array.from({ length: epochs }, (_, i) => i);
    return KINDS.map((k, r) => {
      const y = Float32Array.from(lrScheduleCurve(p.schedule, { eta0: lrs[r]!, decay: p.decay }, epochs));
      return { id: k, label: OPT_NAMES[k], color: OPTIMIZER_COLORS[k], x, y, n: epochs };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p.schedule, p.decay, epochs, ...lrs]);
  const tenth = (v: number, min: number) => Math.max(min, Number((v / 10).toPrecision(2)));
  const lowerLrs = () =>
    setP({ netSgdLr: tenth(p.netSgdLr, PARAMS.netSgdLr.min), netMomLr: tenth(p.netMomLr, PARAMS.netMomLr.min), netAdamLr: tenth(p.netAdamLr, PARAMS.netAdamLr.min) });

  return (
    <Section id="network" title="On a real network: mini-batches, schedules, and three optimizers side by side">
      <p>
        Now the same ideas on a real (small) network: two hidden layers of 16 tanh units learning to separate two classes of points. Three copies
        start from <em>identical</em> weights and see <em>identical</em> mini-batches; only the optimizer differs — tfjs’s{' '}
        <code>tf.train.sgd</code>, <code>tf.train.momentum</code> (β = 0.9) and <code>tf.train.adam</code>, applied to the network’s weights.
      </p>
      <div className="opt-net-grid">
        <aside className="lab-controls" aria-label="Network experiment settings">
          <TrainingTransport state={st} train={train} />
          <ParamPanel table={PARAMS} values={p} onChange={setP} keys={p.schedule === 'inverse' ? ['dataset', 'batch', 'schedule', 'decay', 'netSgdLr', 'netMomLr', 'netAdamLr', 'seed'] : ['dataset', 'batch', 'schedule', 'netSgdLr', 'netMomLr', 'netAdamLr', 'seed']} idPrefix="net" />
        </aside>
        <div className="opt-net-main">
          {st.status === 'error' && (
            <div className="notice notice-error" role="alert">
              <strong>Training stopped.</strong> {st.error}
            </div>
          )}
          {st.diverged && <DivergedAlert message={st.diverged} onReset={train.reset} onLower={lowerLrs} />}
          <div className="opt-net-runs">
            {KINDS.map((k, r) => (
              <section key={k} className="run" aria-label={`Network trained with ${OPT_NAMES[k]}`} style={{ borderTopColor: OPTIMIZER_COLORS[k] }}>
                <h3 className="run-title" style={{ color: OPTIMIZER_TEXT_COLORS[k] }}>
                  {OPT_NAMES[k]}
                </h3>
                <BoundaryView
                  values={snap?.boundary ?? null}
                  gridSize={snap?.gridSize ?? 0}
                  offset={r * (snap?.gridSize ?? 0) ** 2}
                  train={st.info?.data.train}
                  test={st.info?.data.test}
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
            ))}
          </div>
          <div className="opt-net-charts">
            <div>
              <LossPanel heading="Training loss" series={lossSeries} version={st.version} log xLabel="epoch" yLabel="cross-entropy" title="Training loss against epoch for SGD, momentum and Adam" height={210} />
            </div>
            <div>
              <div className="chart-head">
                <h3>Learning-rate schedule</h3>
              </div>
              <LineChart series={scheduleSeries} log xLabel="epoch" yLabel="η" title={`Learning rate against epoch: ${PARAMS.schedule.names?.[p.schedule] ?? p.schedule}`} height={210} />
              <p className="small">
                Now at epoch {fmt(snap?.epoch ?? 0, 3)}: η = {KINDS.map((k, r) => `${OPT_NAMES[k]} ${fmt(snap?.lr[r], 3)}`).join(', ')}.
              </p>
            </div>
          </div>
        </div>
      </div>
      <NoisePanel snap={snap} runs={KINDS.length} batch={p.batch} n={st.info?.data.train.n ?? 200} />
    </Section>
  );
}
