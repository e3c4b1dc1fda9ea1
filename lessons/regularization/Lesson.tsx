import { useMemo } from 'react';
import { REG_LABELS } from '../../src/engine/regularizers';
import type { RegularizeSnapshot } from '../../src/engine/tasks/regularize';
import { fmt, pct } from '../../src/math/format';
import { LessonProgress, LessonProvider } from '../../src/app/exercises';
import { LessonHeader, ParamPanel, ReferencesSection, Section, TrainingAlerts } from '../../src/app/ui/lesson';
import { TrainingTransport } from '../../src/app/ui/Transport';
import { useApp } from '../../src/app/useApp';
import { lowerParam, useLessonParams } from '../../src/store/lessonParams';
import { trainTestHistory, useLessonTraining, useTrainingState } from '../../src/store/useLessonTraining';
import type { Series } from '../../src/viz/LineChart';
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
  const h = lab.histories.loss;
  const R = methods.length;

  const series: Series[] = useMemo(
    () =>
      methods.flatMap((m, r) => [
        { id: `${m}-train`, label: `${METHOD_SHORT[m]} training`, color: METHOD_COLORS[m], x: h.x, y: h.ys[r], n: h.n },
        { id: `${m}-test`, label: `${METHOD_SHORT[m]} held-out`, color: METHOD_COLORS[m], dashed: true, x: h.x, y: h.ys[R + r], n: h.n },
      ]),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the history's arrays are filled in place; st.version says when
    [methods, h, R, st.version],
  );
  const early = snap?.early ?? null;
  const knobs = { l2: p.l2, l1: p.l1, keep: p.keep, lr: p.lr };
  const side = presenter ? presenterBoundary() : 260;

  return (
    <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={lab}>
    <article className={`lesson reg ${presenter ? 'is-presenting' : ''}`}>
      <LessonHeader
        number={7}
        title="Overfitting and regularization"
        lead="A big network, 30 noisy points: left alone it memorizes them. Four remedies — L2, L1, early stopping and dropout — train side by side from the same start on the same batches. Watch the gap between training and held-out loss."
      />
      <LessonProgress />

      <Section id="lab" className="lab">
        <div className="lab-grid">
          <div className="lab-transport">
            <TrainingTransport lab={lab} />
          </div>
          <aside className="lab-controls" aria-label="Experiment settings">
            <ParamPanel table={PARAMS} values={p} onChange={setP} keys={[...MAIN_KEYS]} idPrefix="reg" />
            <details className="reg-more">
              <summary>Data, network and training</summary>
              <ParamPanel table={PARAMS} values={p} onChange={setP} keys={[...MORE_KEYS]} idPrefix="reg" />
            </details>
          </aside>

          <div className="lab-main">
            <TrainingAlerts lab={lab} />
            <div className="runs reg-runs" style={{ ['--reg-runs' as string]: R }}>
              {methods.map((m, r) => (
                <RunCard key={m} m={m} r={r} snap={snap} info={st.info} p={knobs} maxSize={side} histHeight={presenter ? 34 : 46} />
              ))}
            </div>
            <LossChart methods={methods} series={series} version={st.version} best={early ? { step: early.bestStep, loss: early.bestLoss } : null} height={presenter ? 150 : 220} />
            <p className="reg-early-readout" data-testid="early-readout" aria-live="off">
              {methods.includes('early')
                ? early
                  ? `Early stopping: best held-out loss ${fmt(early.bestLoss)} at step ${early.bestStep}${early.stoppedAt >= 0 ? `; stopped at step ${early.stoppedAt} and restored those weights.` : ' so far; still training.'}`
                  : 'Early stopping: no held-out loss checked yet.'
                : 'Early stopping is not shown.'}
            </p>
          </div>
        </div>
        <LiveTable methods={methods} snap={snap} />
      </Section>

      <Mechanics methods={methods} snap={snap} k={knobs} />
      <Prose />
      <ReferencesSection items={REFERENCES} />
    </article>
    </LessonProvider>
  );
}

/** In presenter mode the boundaries shrink with the window's height so the whole lab fits. */
function presenterBoundary(): number {
  const h = typeof window === 'undefined' ? 720 : window.innerHeight;
  return Math.max(120, Math.round(h * 0.23));
}

/** The live numbers as a table: for screen readers and anyone who prefers digits. */
function LiveTable({ methods, snap }: { methods: ReturnType<typeof shownMethods>; snap: RegularizeSnapshot | null }) {
  return (
    <details className="live-table">
      <summary>All live numbers as a table</summary>
      <table>
        <caption className="sr-only">Live training numbers per network</caption>
        <thead>
          <tr>
            <th scope="col">Network</th>
            <th scope="col">Train loss</th>
            <th scope="col">Held-out loss</th>
            <th scope="col">Gap</th>
            <th scope="col">Train acc.</th>
            <th scope="col">Held-out acc.</th>
            <th scope="col">|w| ≈ 0</th>
            <th scope="col">‖w‖₂</th>
          </tr>
        </thead>
        <tbody>
          {methods.map((m, r) => (
            <tr key={m}>
              <th scope="row">{REG_LABELS[m]}</th>
              <td>{fmt(snap?.trainLoss[r])}</td>
              <td>{fmt(snap?.testLoss[r])}</td>
              <td>{fmt(gapOf(snap, r))}</td>
              <td>{pct(snap?.trainAcc[r])}</td>
              <td>{pct(snap?.testAcc[r])}</td>
              <td>{pct(snap?.nearZero?.[r])}</td>
              <td>{fmt(snap?.weightNorm?.[r])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
