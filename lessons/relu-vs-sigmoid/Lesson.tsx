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
  BoundaryRunCard,
  LiveTable,
  presenterBoundary,
  useHistoryView,
  useApp,
} from '../../src/kit';
import { useMemo, useState } from 'react';
import {
  ACTIVATION_LABELS,
  isRectifier,
  saturates,
  type Activation,
  type Mlp2dConfig,
  type Mlp2dInfo,
  type Mlp2dSnapshot,
} from '../../src/engine';
import { fmt, lossText, pct } from '../../src/math/format';
import { trainTestSeries } from '../../src/viz/series';
import { ACTIVATION_COLORS, ACTIVATION_TEXT_COLORS } from '../../src/viz/palette';
import { Derivatives } from './Derivatives';
import { PARAMS, SLUG } from './params';
import { Prose, ProseAfterDerivatives, REFERENCES } from './Prose';

export default function ReluVsSigmoid() {
  const [p, setP] = useLessonParams(SLUG, PARAMS);
  const presenter = useApp((s) => s.presenter);
  const [showTest, setShowTest] = useState(true);

  const acts = p.acts as Activation[];
  const config: Mlp2dConfig = useMemo(
    () => ({
      dataset: p.dataset,
      noise: p.noise,
      points: 400,
      trainShare: 0.5,
      hidden: Array.from({ length: p.depth }, () => p.width),
      runs: acts.map((activation) => ({ activation, init: p.init })),
      lr: p.lr,
      batch: p.batch,
      seed: p.seed,
      gridSize: 100,
      sampleSize: 30,
    }),
    [p.dataset, p.noise, p.depth, p.width, acts, p.init, p.lr, p.batch, p.seed],
  );
  const lab = useLessonTraining('mlp2d', config, {
    histories: { loss: trainTestHistory<Mlp2dSnapshot>(acts.length) },
    onLowerLr: () => lowerParam(p, setP, PARAMS, 'lr'),
  });
  const st = useTrainingState(lab);
  const snap = st.snapshot;
  const h = useHistoryView(lab.histories.loss, st.version);

  const series = useMemo(
    () =>
      trainTestSeries(
        acts.map((a) => ({ id: a, label: ACTIVATION_LABELS[a], color: ACTIVATION_COLORS[a] })),
        h,
      ),
    [acts, h],
  );

  const H = p.depth;

  return (
    <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={lab}>
      <LessonPage slug={SLUG}>
        <LessonProgress />

        <TrainingLab
          lab={lab}
          controls={
            <>
              <ParamPanel table={PARAMS} values={p} onChange={setP} idPrefix="rvs" />
              <label className="check">
                <input type="checkbox" checked={showTest} onChange={(e) => setShowTest(e.target.checked)} /> Show test
                points (hollow)
              </label>
            </>
          }
          after={<LiveNumbers acts={acts} snap={snap} hidden={H} />}
        >
          <div
            id="run-cards"
            className="runs"
            style={{ gridTemplateColumns: `repeat(${acts.length}, minmax(0, 1fr))` }}
          >
            {acts.map((a, r) => (
              <RunCard
                key={a}
                act={a}
                r={r}
                snap={snap}
                info={st.info}
                showTest={showTest}
                hidden={H}
                maxSize={presenter ? presenterBoundary(acts.length > 3 ? 0.3 : 0.34, 140) : 420}
              />
            ))}
          </div>
          <LossPanel
            id="loss-panel"
            headingId="loss-h"
            series={series}
            version={st.version}
            title="Training (solid) and test (dashed) loss for each activation"
            height={presenter ? 165 : 230}
          />
        </TrainingLab>

        {/* The prose up to exercise 2 comes before the derivative plots, whose readouts answer it. */}
        <Prose />
        <Derivatives acts={acts} snap={snap} depth={p.depth} />
        <ProseAfterDerivatives />
        <ReferencesSection items={REFERENCES} />
      </LessonPage>
    </LessonProvider>
  );
}

function RunCard({
  act,
  r,
  snap,
  info,
  showTest,
  hidden,
  maxSize,
}: {
  act: Activation;
  r: number;
  snap: Mlp2dSnapshot | null;
  info: Mlp2dInfo | null;
  showTest: boolean;
  hidden: number;
  maxSize: number;
}) {
  const name = ACTIVATION_LABELS[act];
  const activity = meanActivity(snap, r, hidden);
  return (
    <BoundaryRunCard
      name={name}
      label={`${name} network`}
      color={ACTIVATION_COLORS[act]}
      textColor={ACTIVATION_TEXT_COLORS[act]}
      r={r}
      snap={snap}
      info={info}
      showTest={showTest}
      maxSize={maxSize}
      title={`Decision boundary of the ${name} network: orange is class 1, purple class 0. Test accuracy ${pct(snap?.testAcc[r])}.`}
    >
      <dl className="readouts">
        <div>
          <dt>Train loss</dt>
          <dd data-testid={`train-loss-${act}`}>{lossText(snap?.trainLoss[r])}</dd>
        </div>
        <div>
          <dt>Test acc.</dt>
          <dd data-testid={`test-acc-${act}`}>{pct(snap?.testAcc[r])}</dd>
        </div>
        {isRectifier(act) ? (
          <>
            <div>
              <dt>Active</dt>
              <dd>{pct(activity?.active)}</dd>
            </div>
            <div>
              {/* A leaky unit never switches off: the same count means "negative for every input", still learning at slope 0.01. */}
              <dt title={offLabel(act).title}>{offLabel(act).short}</dt>
              <dd data-testid={`${act === 'leakyRelu' ? 'negative' : 'dead'}-${act}`}>{pct(activity?.dead)}</dd>
            </div>
          </>
        ) : (
          <div>
            <dt>{saturates(act) ? 'Saturated' : 'Active'}</dt>
            <dd>{pct(saturates(act) ? activity?.saturated : activity?.active)}</dd>
          </div>
        )}
      </dl>
    </BoundaryRunCard>
  );
}

/**
 * The engine counts units whose pre-activation is ≤ 0 for every training input. For ReLU they are dead (no gradient ever);
 * a leaky ReLU passes 1% of the signal there, so its units are only in the negative regime and can still learn.
 */
function offLabel(act: Activation): { short: string; title: string } {
  return act === 'leakyRelu'
    ? {
        short: 'Always < 0',
        title: 'Units in the negative regime for every training input (still learning, at slope 0.01)',
      }
    : {
        short: 'Dead',
        title: 'Units that are off for every training input: they get no gradient and never learn again',
      };
}

/** Averages of the per-layer activity over the hidden layers of run r. */
function meanActivity(snap: Mlp2dSnapshot | null, r: number, H: number) {
  const activity = snap?.activity;
  if (!activity || activity.length < (r + 1) * H * 3) return null;
  let active = 0;
  let dead = 0;
  let saturated = 0;
  for (let l = 0; l < H; l++) {
    const k = (r * H + l) * 3;
    active += activity[k];
    dead += activity[k + 1];
    saturated += activity[k + 2];
  }
  return { active: active / H, dead: dead / H, saturated: saturated / H };
}

const LIVE_COLUMNS = [
  'Activation',
  'Train loss',
  'Test loss',
  'Train acc.',
  'Test acc.',
  'Active units',
  'Dead (ReLU) or always-negative (leaky) units',
  'Saturated',
];

/** The live numbers per activation. */
function LiveNumbers({ acts, snap, hidden }: { acts: Activation[]; snap: Mlp2dSnapshot | null; hidden: number }) {
  const rows = acts.map((a, r) => {
    const act = meanActivity(snap, r, hidden);
    return {
      key: a,
      label: ACTIVATION_LABELS[a],
      cells: [
        fmt(snap?.trainLoss[r]),
        fmt(snap?.testLoss[r]),
        pct(snap?.trainAcc[r]),
        pct(snap?.testAcc[r]),
        pct(act?.active),
        isRectifier(a) ? pct(act?.dead) : '—',
        saturates(a) ? pct(act?.saturated) : '—',
      ],
    };
  });
  return <LiveTable caption="Live training numbers per activation" columns={LIVE_COLUMNS} rows={rows} />;
}
