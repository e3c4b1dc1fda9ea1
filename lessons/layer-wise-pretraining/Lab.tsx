import { ParamPanel, TrainingLab, type LessonTraining, useTrainingState } from '../../src/kit';
import { memo, type ReactNode, useEffect, useMemo, useState } from 'react';
import {
  type MnistData,
  METHOD_NAMES,
  METHODS,
  type Method,
  type PhaseInfo,
  type PhaseKind,
  type PretrainConfig,
  type PretrainInfo,
  type PretrainSnapshot,
  phaseMethods,
} from '../../src/engine';
import { fmt, pct } from '../../src/math/format';
import { ImageGrid } from '../../src/viz/ImageGrid';
import { LineChart, type Series } from '../../src/viz/LineChart';
import { NetworkDiagram } from '../../src/viz/NetworkDiagram';
import { METHOD_COLORS, METHOD_TEXT_COLORS, OKABE_ITO } from '../../src/viz/palette';
import { PARAMS, RUN_PRESETS, type Values } from './params';
import { phaseName, viewOf } from './phases';
import { PhaseFacts } from './PhaseFacts';
import { Findings, ResultsTable } from './Results';

/** The lesson's training session (one per page, shared by the lab and the sections below it). */
export type PretrainLab = LessonTraining<'pretrain', never>;

const KIND_TABS: { kind: PhaseKind; label: string }[] = [
  { kind: 'autoencoder', label: 'Autoencoders' },
  { kind: 'supervised', label: 'Supervised greedy' },
  { kind: 'finetune', label: 'With labels' },
];

export function configFor(p: Values, data: MnistData): PretrainConfig {
  return {
    data,
    ...RUN_PRESETS[p.preset],
    budget: p.budget,
    lr: p.lr,
    reluLr: p.reluLr,
    aeLr: p.aeLr,
    sigmoidInit: p.init,
    seed: p.seed,
  };
}

export function Lab({
  lab,
  p,
  setP,
  presenter,
}: {
  lab: PretrainLab;
  p: Values;
  setP: (patch: Partial<Values>) => void;
  presenter: boolean;
}) {
  const st = useTrainingState(lab);
  const snap = st.snapshot;
  const info = st.info;
  const phase = info && snap ? info.phases[snap.phase] : null;
  const hidden = RUN_PRESETS[p.preset].hidden;

  // The schedule has an end: stop the worker's loop when it gets there.
  useEffect(() => {
    if (snap?.done && st.playing) lab.pause();
  }, [snap?.done, st.playing, lab]);

  const [tab, setTab] = useState<PhaseKind | null>(null);
  // The extra epochs of plain backprop and the ReLU network are drawn with the final phase.
  const phaseTab = phase?.kind === 'extra' ? 'finetune' : phase?.kind;
  const kind: PhaseKind = tab ?? phaseTab ?? 'autoencoder';
  const vh = typeof window === 'undefined' ? 720 : window.innerHeight;
  const chartH = presenter ? Math.max(150, Math.round((vh - 120) * 0.36)) : 240;
  const cell = presenter ? Math.max(18, Math.min(26, Math.round((vh - 420) / 9))) : 30;

  return (
    <TrainingLab lab={lab} className="lab lwp-lab" transport={{ epoch: snap?.phaseEpoch ?? 0, disabled: !!snap?.done }}>
      {({ transport, alerts }) => (
        <>
          <div className="lab-grid">
            <div className="lab-transport">
              {transport}
              {snap?.done && (
                <button type="button" className="button lwp-again" onClick={lab.reset}>
                  Run again
                </button>
              )}
            </div>
            <aside className="lab-controls" aria-label="Experiment settings">
              <ParamPanel table={PARAMS} values={p} onChange={setP} idPrefix="lwp" />
              <p className="hint">Changing a setting restarts the run.</p>
            </aside>
            <div className="lab-main">
              {alerts}
              <Progress snap={snap} info={info} />
              <div className="lwp-grid">
                <div className="lwp-col">
                  <PhaseCard phase={phase} hidden={hidden} presenter={presenter} />
                  <Reconstructions snap={snap} info={info} cell={cell} />
                  <Findings snap={snap} info={info} compact={presenter} />
                  {p.budget !== 'equal-updates' && (
                    <button
                      type="button"
                      className="button small lwp-match"
                      onClick={() => setP({ budget: 'equal-updates' })}
                    >
                      Give plain backprop the same number of updates
                    </button>
                  )}
                </div>
                <div id="lwp-curves" className="lwp-col">
                  <div className="chart-head">
                    <h3 id="lwp-curves-h">Learning curves</h3>
                    <div className="lwp-tabs" role="group" aria-label="Which curves">
                      {KIND_TABS.map((t) => (
                        <button
                          key={t.kind}
                          type="button"
                          className="button small"
                          aria-pressed={kind === t.kind}
                          onClick={() => setTab(t.kind === phaseTab ? null : t.kind)}
                        >
                          {t.label}
                        </button>
                      ))}
                    </div>
                  </div>
                  <Curves snap={snap} info={info} kind={kind} height={chartH} />
                  <ResultsTable snap={snap} info={info} />
                </div>
              </div>
            </div>
          </div>
        </>
      )}
    </TrainingLab>
  );
}

function secs(s: number): string {
  if (!Number.isFinite(s)) return 'measuring…';
  if (s < 60) return `${Math.max(1, Math.round(s))} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

function Progress({ snap, info }: { snap: PretrainSnapshot | null; info: PretrainInfo | null }) {
  const phase = info && snap ? info.phases[snap.phase] : null;
  const n = info?.phases.length ?? 0;
  return (
    <div className="lwp-progress">
      <p className="lwp-phase" aria-live="polite" data-testid="phase">
        {!snap || !phase ? (
          'Starting…'
        ) : snap.done ? (
          <>
            <strong>Done</strong> — all {n} phases in {secs(snap.elapsedSec)} of training.
          </>
        ) : (
          <>
            <strong>
              Phase {snap.phase + 1} of {n}:
            </strong>{' '}
            {phaseName(phase)}
          </>
        )}
      </p>
      <progress max={1} value={snap?.progress ?? 0} aria-label="Progress of the whole run" />
      <dl className="lwp-clock">
        <div>
          <dt>Epoch of phase</dt>
          <dd data-testid="phase-epoch">{phase ? `${fmt(snap?.phaseEpoch, 2)} of ${phase.epochs}` : '—'}</dd>
        </div>
        <div>
          <dt>Done</dt>
          <dd data-testid="progress">{pct(snap?.progress, 0)}</dd>
        </div>
        <div>
          <dt>Time left</dt>
          <dd data-testid="eta">{snap?.done ? '0 s' : snap && snap.step > 0 ? `about ${secs(snap.etaSec)}` : '—'}</dd>
        </div>
        <div>
          <dt>Digits/s</dt>
          <dd>
            {snap && snap.examplesPerSec > 0 && !snap.done
              ? Math.round(snap.examplesPerSec).toLocaleString('en-US')
              : '—'}
          </dd>
        </div>
      </dl>
    </div>
  );
}

/** Redrawn only when the phase changes (not on every snapshot). */
const PhaseCard = memo(function PhaseCard({
  phase,
  hidden,
  presenter,
}: {
  phase: PhaseInfo | null;
  hidden: number[];
  presenter: boolean;
}) {
  if (!phase) return <div className="lwp-phasecard" />;
  const v = viewOf(phase, hidden);
  return (
    <figure className="lwp-phasecard" aria-labelledby="lwp-phase-cap">
      <NetworkDiagram
        sizes={v.sizes}
        labels={v.labels}
        frozen={v.frozen}
        highlightLayer={v.highlight}
        height={presenter ? 110 : 150}
        title={`${v.title}. Grey edges: frozen layers; yellow units: the layer being trained.`}
      />
      <figcaption id="lwp-phase-cap">
        <PhaseFacts
          trains={
            phase.kind === 'finetune'
              ? 'all layers of all four networks, side by side on the same mini-batches'
              : v.trains
          }
          frozen={v.frozenText}
          target={v.target}
        />
      </figcaption>
    </figure>
  );
});

function Reconstructions({
  snap,
  info,
  cell,
}: {
  snap: PretrainSnapshot | null;
  info: PretrainInfo | null;
  cell: number;
}) {
  const K = snap?.reconDepth ?? 0;
  const D = info?.digitLabels.length ?? 10;
  const side = info?.imageSide ?? 28;
  return (
    <figure className="lwp-recon">
      <figcaption>
        <strong>Reconstructions</strong> of {D} test digits by the autoencoder stack
        {K ? `: up through k layers and back down` : ' (they appear once the first autoencoder trains)'}
      </figcaption>
      <div className="lwp-recon-rows">
        <span className="lwp-rowlabel">input</span>
        <ImageGrid
          values={info?.digits ?? null}
          count={D}
          side={side}
          columns={D}
          cell={cell}
          title={`The input digits: ${info?.digitLabels.join(', ') ?? ''}`}
        />
        {Array.from({ length: K }, (_, k) => (
          <FragmentRow key={k} k={k + 1}>
            <ImageGrid
              values={snap?.recon ?? null}
              offset={k * D}
              count={D}
              side={side}
              columns={D}
              cell={cell}
              range={1}
              title={`The same digits reconstructed through ${k + 1} layer${k ? 's' : ''} of autoencoders`}
            />
          </FragmentRow>
        ))}
      </div>
      <p className="small" data-testid="recon-count">
        {K ? `${K} autoencoder${K > 1 ? 's' : ''} trained or training` : 'No autoencoder yet'}
      </p>
    </figure>
  );
}

function FragmentRow({ k, children }: { k: number; children: ReactNode }) {
  return (
    <>
      <span className="lwp-rowlabel">k = {k}</span>
      {children}
    </>
  );
}

/** Curve rows → chart series: pre-training layers laid end to end, or the four networks. */
function Curves({
  snap,
  info,
  kind,
  height,
}: {
  snap: PretrainSnapshot | null;
  info: PretrainInfo | null;
  kind: PhaseKind;
  height: number;
}) {
  const version = snap?.curvesVersion ?? 0;
  const series = useMemo(() => buildSeries(snap?.curves ?? null, info, kind), [snap?.curves, info, kind]);
  const y = kind === 'autoencoder' ? 'mean squared error per unit' : 'error rate';
  const extra = info?.phases.find((p) => p.kind === 'extra')?.epochs ?? 0;
  const title =
    kind === 'autoencoder'
      ? 'Reconstruction error of each autoencoder, layer after layer: test solid, train dashed'
      : kind === 'supervised'
        ? 'Error of each greedy classifier, layer after layer: test solid, train dashed'
        : `Error of the four networks while trained with labels: test solid, train dashed${extra ? `. Plain backprop and the ReLU network start at epoch 0; the pre-trained stacks start fine-tuning at epoch ${extra}, after their ${extra} epochs of pre-training` : ''}`;
  return (
    <LineChart
      series={series}
      version={version}
      xLabel={kind === 'finetune' ? (extra ? 'epoch (plain backprop’s count)' : 'epoch') : 'epoch of pre-training'}
      yLabel={y}
      log={kind === 'autoencoder'}
      title={title}
      height={height}
    />
  );
}

const EMPTY = new Float32Array(0);

export function buildSeries(curves: Float32Array[] | null, info: PretrainInfo | null, kind: PhaseKind): Series[] {
  if (!info) return [];
  const out: Series[] = [];
  if (kind === 'finetune') {
    // The extra epochs (if any) come first; the final phase starts where they end.
    const acc = Object.fromEntries(
      METHODS.map((m) => [m, { x: [] as number[], tr: [] as number[], te: [] as number[] }]),
    ) as Record<Method, { x: number[]; tr: number[]; te: number[] }>;
    let offset = 0;
    info.phases.forEach((p, i) => {
      if (p.kind !== 'extra' && p.kind !== 'finetune') return;
      const ms = phaseMethods(p);
      const R = ms.length;
      const stride = 1 + 2 * R;
      const c = curves?.[i] ?? EMPTY;
      for (let j = 0; j + stride <= c.length; j += stride) {
        ms.forEach((m, r) => {
          acc[m].x.push(offset + c[j]);
          acc[m].tr.push(c[j + 1 + r]);
          acc[m].te.push(c[j + 1 + R + r]);
        });
      }
      offset += p.epochs;
    });
    METHODS.forEach((m) => {
      const { x: xs, tr, te } = acc[m];
      const x = Float32Array.from(xs);
      out.push({
        id: `${m}-test`,
        label: `${METHOD_NAMES[m]}`,
        color: METHOD_COLORS[m],
        x,
        y: Float32Array.from(te),
        n: x.length,
      });
      out.push({
        id: `${m}-train`,
        label: `train`,
        color: METHOD_COLORS[m],
        dashed: true,
        x,
        y: Float32Array.from(tr),
        n: x.length,
      });
    });
    return out;
  }
  info.phases.forEach((p, i) => {
    if (p.kind !== kind) return;
    const c = curves?.[i] ?? EMPTY;
    const n = Math.floor(c.length / 3);
    if (!n) return;
    const x = new Float32Array(n);
    const tr = new Float32Array(n);
    const te = new Float32Array(n);
    for (let j = 0; j < n; j++) {
      x[j] = (p.layer - 1) * p.epochs + c[3 * j];
      tr[j] = c[3 * j + 1];
      te[j] = c[3 * j + 2];
    }
    const color = OKABE_ITO[(p.layer - 1) % OKABE_ITO.length];
    out.push({ id: `l${p.layer}-test`, label: `layer ${p.layer}`, color, x, y: te, n });
    out.push({ id: `l${p.layer}-train`, label: 'train', color, dashed: true, x, y: tr, n });
  });
  return out;
}

export { METHOD_TEXT_COLORS };
