import {
  LessonProgress,
  LessonProvider,
  LessonPage,
  ParamPanel,
  ReferencesSection,
  TrainingLab,
  LiveTable,
  presenterBoundary,
  lowerParam,
  useLessonParams,
  trainTestHistory,
  useLessonTraining,
  useTrainingState,
  useHistoryView,
  useApp,
} from '../../src/kit';
import { useMemo } from 'react';
import { REG_LABELS, type RegularizeSnapshot } from '../../src/engine';
import { fmt, pct } from '../../src/math/format';
import { trainTestSeries } from '../../src/viz/series';
import { regularizeConfigOf, shownMethods } from './config';
import { LossChart } from './LossChart';
import { Mechanics } from './Mechanics';
import { PARAMS, SLUG } from './params';
import { Prose, REFERENCES } from './Prose';
import { gapOf, RunCard } from './RunCard';
import { METHOD_COLORS, METHOD_SHORT } from './runs';
import './regularization.css';

const MAIN_KEYS = ['show', 'points', 'l2', 'l1', 'keep', 'patience'] as const;
const MORE_KEYS = ['dataset', 'noise', 'act', 'lr', 'batch', 'seed'] as const;

export default function Regularization() {
  const [p, setP] = useLessonParams(SLUG, PARAMS);
  const presenter = useApp((s) => s.presenter);
  const methods = useMemo(() => shownMethods(p.show), [p.show]);
  const config = useMemo(() => regularizeConfigOf(p), [p]);
  const lab = useLessonTraining('regularize', config, {
    histories: { loss: trainTestHistory<RegularizeSnapshot>(methods.length, (s) => s.evalStep) },
    onLowerLr: () => lowerParam(p, setP, PARAMS, 'lr'),
  });
  const st = useTrainingState(lab);
  const snap = st.snapshot;
  const h = useHistoryView(lab.histories.loss, st.version);
  const R = methods.length;

  const series = useMemo(
    () =>
      trainTestSeries(
        methods.map((m) => ({
          id: m,
          label: METHOD_SHORT[m],
          color: METHOD_COLORS[m],
          train: `${METHOD_SHORT[m]} training`,
          test: `${METHOD_SHORT[m]} held-out`,
        })),
        h,
      ),
    [methods, h],
  );
  const early = snap?.early ?? null;
  const knobs = { l2: p.l2, l1: p.l1, keep: p.keep, lr: p.lr };
  const side = presenter ? presenterBoundary(0.23, 120) : 260;

  return (
    <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={lab}>
      <LessonPage slug={SLUG} className="reg">
        <LessonProgress />

        <TrainingLab
          lab={lab}
          controls={
            <>
              <ParamPanel table={PARAMS} values={p} onChange={setP} keys={[...MAIN_KEYS]} idPrefix="reg" />
              <details className="reg-more">
                <summary>Data, network and training</summary>
                <ParamPanel table={PARAMS} values={p} onChange={setP} keys={[...MORE_KEYS]} idPrefix="reg" />
              </details>
            </>
          }
          after={<LiveNumbers methods={methods} snap={snap} />}
        >
          <div id="reg-runs" className="runs reg-runs" style={{ ['--reg-runs' as string]: R }}>
            {methods.map((m, r) => (
              <RunCard
                key={m}
                m={m}
                r={r}
                snap={snap}
                info={st.info}
                p={knobs}
                maxSize={side}
                histHeight={presenter ? 34 : 46}
              />
            ))}
          </div>
          <LossChart
            methods={methods}
            series={series}
            best={early ? { step: early.bestStep, loss: early.bestLoss } : null}
            height={presenter ? 150 : 220}
          />
          <p className="reg-early-readout" data-testid="early-readout" aria-live="off">
            {methods.includes('early')
              ? early
                ? `Early stopping: best held-out loss ${fmt(early.bestLoss)} at step ${early.bestStep}${early.stoppedAt >= 0 ? `; stopped at step ${early.stoppedAt} and restored those weights.` : ' so far; still training.'}`
                : 'Early stopping: no held-out loss checked yet.'
              : 'Early stopping is not shown.'}
          </p>
        </TrainingLab>

        <Mechanics methods={methods} snap={snap} k={knobs} />
        <Prose />
        <ReferencesSection items={REFERENCES} />
      </LessonPage>
    </LessonProvider>
  );
}

const LIVE_COLUMNS = [
  'Network',
  'Train loss',
  'Held-out loss',
  'Gap',
  'Train acc.',
  'Held-out acc.',
  '|w| ≈ 0',
  '‖w‖₂',
];

/** The live numbers per network. */
function LiveNumbers({ methods, snap }: { methods: ReturnType<typeof shownMethods>; snap: RegularizeSnapshot | null }) {
  const rows = methods.map((m, r) => ({
    key: m,
    label: REG_LABELS[m],
    cells: [
      fmt(snap?.trainLoss[r]),
      fmt(snap?.testLoss[r]),
      fmt(gapOf(snap, r)),
      pct(snap?.trainAcc[r]),
      pct(snap?.testAcc[r]),
      pct(snap?.nearZero?.[r]),
      fmt(snap?.weightNorm?.[r]),
    ],
  }));
  return <LiveTable caption="Live training numbers per network" columns={LIVE_COLUMNS} rows={rows} />;
}
