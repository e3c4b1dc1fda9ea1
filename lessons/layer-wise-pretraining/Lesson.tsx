import {
  LessonPage,
  ReferencesSection,
  Section,
  lowerParam,
  useLessonParams,
  useLessonTraining,
  useTrainingState,
  useMnist,
  MnistLabStatus,
  LessonProgress,
  LessonProvider,
  useApp,
} from '../../src/kit';
import './layer-wise-pretraining.css';
import { useMemo } from 'react';
import { LineChart } from '../../src/viz/LineChart';
import { Features } from './Features';
import { buildSeries, configFor, Lab, type PretrainLab } from './Lab';
import { PARAMS, SLUG } from './params';
import { Curriculum, History, IdeasProse, Intro, REFERENCES, Today } from './Prose';
import { finalRows } from './Results';
import { Stepper } from './Stepper';
import { ratesToLower } from './remedy';
import { plainRange, plateauWords } from './judges';
import { pct } from '../../src/math/format';

export default function LayerWisePretraining() {
  const [p, setP] = useLessonParams(SLUG, PARAMS);
  const presenter = useApp((s) => s.presenter);
  const [digits, retry] = useMnist();
  const data = digits.status === 'ready' ? digits.data : null;
  const config = useMemo(() => (data ? configFor(p, data) : null), [p, data]);
  // Lower only the rate that diverged (the message names it), so the other networks' race is unchanged.
  const lab: PretrainLab = useLessonTraining('pretrain', config, {
    onLowerLr: () => lowerParam(p, setP, PARAMS, ...ratesToLower(lab.store.getState().diverged)),
  });
  const phone = typeof window !== 'undefined' && window.innerWidth < 600;

  return (
    <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={lab}>
      <LessonPage slug={SLUG} className="lwp">
        <LessonProgress />
        {data ? (
          <Lab lab={lab} p={p} setP={setP} presenter={presenter} />
        ) : (
          <MnistLabStatus state={digits} onRetry={retry} />
        )}
        <Intro />
        <Stepper />
        <IdeasProse />
        <Features lab={lab} phone={phone} />
        <TodaySection lab={lab} />
        <History />
        <Curriculum />
        <ReferencesSection items={REFERENCES} />
      </LessonPage>
    </LessonProvider>
  );
}

function TodaySection({ lab }: { lab: PretrainLab }) {
  const st = useTrainingState(lab);
  const snap = st.snapshot;
  const series = useMemo(
    () =>
      buildSeries(snap?.curves ?? null, st.info, 'finetune').filter(
        (s) => s.id.startsWith('plain') || s.id.startsWith('today'),
      ),
    [snap?.curves, st.info],
  );
  const res = finalRows(snap, st.info);
  const plain = res?.rows.find((r) => r.method === 'plain');
  const today = res?.rows.find((r) => r.method === 'today');
  // Said only when this run shows it, with its numbers.
  const plateau = snap?.done
    ? plateauWords(plainRange(snap.curves, !!st.info?.phases.some((ph) => ph.kind === 'extra'))).trim()
    : '';
  return (
    <Section id="today" title="Why we rarely need it now">
      <div id="today-chart">
        <LineChart
          series={series}
          version={snap?.curvesVersion}
          xLabel="epoch with labels"
          yLabel="error rate"
          title="Plain backprop with sigmoid units against ReLU units with He initialization, same depth and data: test solid, train dashed"
          height={200}
        />
        <dl className="readouts lwp-today">
          <div>
            <dt>Sigmoid, plain backprop: test error</dt>
            <dd data-testid="today-plain">{pct(plain?.test, 1)}</dd>
          </div>
          <div>
            <dt>ReLU + He, plain backprop: test error</dt>
            <dd data-testid="today-relu">{pct(today?.test, 1)}</dd>
          </div>
        </dl>
      </div>
      {plateau && (
        <p className="small" data-testid="today-plateau">
          {plateau}
        </p>
      )}
      <Today />
    </Section>
  );
}
