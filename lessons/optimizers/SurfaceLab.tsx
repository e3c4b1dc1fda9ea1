import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  measuredRate,
  quadraticRavine,
  quadraticTheory,
  surfaceById,
  type OptimizerKind,
  type Surface,
  type Vec2,
} from '../../src/engine/optim2d';
import { reducedMotion } from '../../src/store/motion';
import { registerController } from '../../src/store/controllers';
import { ParamControl } from '../../src/app/ui/ParamControl';
import { Section } from '../../src/app/ui/lesson';
import { useApp } from '../../src/app/useApp';
import type { ParamValues } from '../../src/store/params';
import { fmt } from '../../src/math/format';
import { ContourView, logThresholds, type ContourViewProps, type Trajectory } from '../../src/viz/ContourView';
import { LineChart, type Series } from '../../src/viz/LineChart';
import { OPTIMIZER_COLORS, OPTIMIZER_DASH, OPTIMIZER_TEXT_COLORS } from '../../src/viz/palette';
import { ensureTf, mainThreadTensors, stepLimit, SurfaceLab, type Hyper, type Track } from './lab';
import { OPT_NAMES, PARAMS, SURFACE_NAMES, suggestedPatch } from './params';
import { gdFactor, momentumFactor } from './theory';
import { UpdateFormulas } from './UpdateFormulas';

type P = ParamValues<typeof PARAMS>;
const GRID = 121;
/** Milliseconds of optimizer work per animation frame, at most. */
const FRAME_BUDGET_MS = 4;
/** Readouts, charts and formulas refresh at most this often while playing. */
const UI_MS = 250;

const HYPER_KEYS: Record<OptimizerKind, (keyof typeof PARAMS)[]> = {
  sgd: ['sgdLr'],
  momentum: ['momLr', 'momBeta'],
  rmsprop: ['rmsLr', 'rmsBeta', 'rmsEps'],
  adam: ['adamLr', 'adamB1', 'adamB2', 'adamEps'],
};

export function buildSurface(id: P['surface'], kappa: number): Surface {
  return id === 'ravine' ? quadraticRavine({ kappa }) : surfaceById(id);
}

export function hypersOf(p: P): Hyper[] {
  const all: Record<OptimizerKind, Hyper> = {
    sgd: { kind: 'sgd', lr: p.sgdLr },
    momentum: { kind: 'momentum', lr: p.momLr, beta: p.momBeta },
    rmsprop: { kind: 'rmsprop', lr: p.rmsLr, beta: p.rmsBeta, epsilon: p.rmsEps },
    adam: { kind: 'adam', lr: p.adamLr, beta1: p.adamB1, beta2: p.adamB2, epsilon: p.adamEps },
  };
  return (p.opts as OptimizerKind[]).map((k) => all[k]);
}

export function SurfaceLabSection({ p, setP, lab }: { p: P; setP: (patch: Partial<P>) => void; lab: SurfaceLab }) {
  const presenter = useApp((s) => s.presenter);
  const surface = useMemo(() => buildSurface(p.surface, p.kappa), [p.surface, p.kappa]);
  const d = surface.domain;
  const clampStart = useCallback((x: number, y: number): Vec2 => [Math.min(d.xMax, Math.max(d.xMin, x)), Math.min(d.yMax, Math.max(d.yMin, y))], [d]);
  const [drag, setDrag] = useState<Vec2 | null>(null);
  const start: Vec2 = drag ?? clampStart(p.sx, p.sy);
  const grid = useMemo(() => surface.gridValues(GRID), [surface]);
  const thresholds = useMemo(() => logThresholds(grid, 16, surface.id === 'saddle' ? 1.2 : 4), [grid, surface.id]);
  const hypers = useMemo(() => hypersOf(p), [p]);
  const hyperKey = JSON.stringify(hypers);
  const [tfReady, setTfReady] = useState(false);
  const [tfError, setTfError] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const playingRef = useRef(false);
  playingRef.current = playing;

  useEffect(() => {
    ensureTf().then(
      () => setTfReady(true),
      (e: unknown) => setTfError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  // Any change of surface, start or hyperparameters restarts the four runs.
  useEffect(() => {
    if (!tfReady) return;
    lab.reset(surface, start, JSON.parse(hyperKey) as Hyper[], stepLimit(surface, p.kappa));
    if (!reducedMotion() && !lab.error) setPlaying(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tfReady, lab, surface, start[0], start[1], hyperKey]);

  // The animation: a few steps per frame, within a time budget.
  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    const frame = () => {
      lab.advance(FRAME_BUDGET_MS, p.speed);
      if (!lab.active) {
        setPlaying(false);
        return;
      }
      raf = requestAnimationFrame(frame);
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [playing, lab, p.speed]);

  const stepOnce = useCallback(() => {
    setPlaying(false);
    lab.stepAll();
  }, [lab]);
  const restart = useCallback(() => {
    setPlaying(false);
    if (lab.surface) lab.reset(lab.surface, lab.start, lab.tracks.map((t) => t.hyper).length ? lab.tracks.map((t) => t.hyper) : hypers, lab.maxSteps);
  }, [lab, hypers]);
  const toggle = useCallback(() => {
    if (!lab.active) {
      restart();
      setPlaying(true);
    } else setPlaying((v) => !v);
  }, [lab, restart]);

  // Space / S / R drive the surfaces while they are the section in view.
  useEffect(() => {
    const g = globalThis as { __hiddenLayers?: Record<string, unknown> };
    g.__hiddenLayers = { ...(g.__hiddenLayers ?? {}), optimizersLab: lab, mainThreadTensors };
    return registerController('lab', () => document.getElementById('lab'), { togglePlay: toggle, step: stepOnce, reset: restart, isPlaying: () => playingRef.current });
  }, [toggle, stepOnce, restart, lab]);

  const uiVersion = useLabVersion(lab, playing ? UI_MS : 0);
  // KaTeX is the costliest thing on the page: typeset the formulas only when paused.
  const frozen = useRef(0);
  if (!playing) frozen.current = uiVersion;
  const formulaVersion = frozen.current;

  const onStart = useCallback(
    (q: [number, number], commit: boolean) => {
      if (commit) {
        setDrag(null);
        setP({ sx: q[0], sy: q[1] });
      } else setDrag(q);
    },
    [setP],
  );

  const minima = useMemo(() => surface.minima.map((m) => m.point), [surface]);
  const plotSize = presenter ? Math.max(300, Math.min(500, (typeof window === 'undefined' ? 720 : window.innerHeight) - 130)) : 520;
  const diverged = lab.tracks.filter((t) => t.status === 'diverged');
  const chooseSurface = (id: P['surface']) => {
    const s = buildSurface(id, p.kappa);
    setDrag(null);
    setP({ surface: id, ...suggestedPatch(s) });
  };

  const readouts = <LabReadouts tracks={lab.tracks} surface={surface} kappa={p.kappa} version={uiVersion} setP={setP} p={p} presenter={presenter} />;
  return (
    <>
    <Section id="lab" className="lab opt-lab">
      <div className="opt-grid">
        <aside className="lab-controls" aria-label="Surface and optimizer settings">
          <div className="transport" role="group" aria-label="Trajectory controls">
            <button type="button" className="button primary play" onClick={toggle} disabled={!tfReady} aria-keyshortcuts="Space">
              {playing ? '❚❚ Pause paths' : '▶ Play paths'}
            </button>
            <button type="button" className="button" onClick={stepOnce} disabled={!tfReady} aria-keyshortcuts="S">
              Step once
            </button>
            <button type="button" className="button" onClick={restart} disabled={!tfReady} aria-keyshortcuts="R">
              Restart
            </button>
            <dl className="clock">
              <div>
                <dt>Step</dt>
                <dd data-testid="lab-step">{lab.t}</dd>
              </div>
            </dl>
          </div>
          <ParamControl id="opt-surface" def={PARAMS.surface} value={p.surface} onChange={(v) => chooseSurface(v as P['surface'])} />
          {p.surface === 'ravine' && (
            <ParamControl
              id="opt-kappa"
              def={PARAMS.kappa}
              value={p.kappa}
              onChange={(v) => setP({ kappa: v as number, ...lrsFor(buildSurface('ravine', v as number)) })}
            />
          )}
          <div className="inline-controls start-inputs">
            <label htmlFor="opt-sx">Start x</label>
            <input id="opt-sx" type="number" step={0.1} min={d.xMin} max={d.xMax} value={start[0]} onChange={(e) => numberInput(e.target.value, (x) => setP({ sx: clampStart(x, start[1])[0] }))} />
            <label htmlFor="opt-sy">Start y</label>
            <input id="opt-sy" type="number" step={0.1} min={d.yMin} max={d.yMax} value={start[1]} onChange={(e) => numberInput(e.target.value, (y) => setP({ sy: clampStart(start[0], y)[1] }))} />
          </div>
          <ParamControl id="opt-speed" def={PARAMS.speed} value={p.speed} onChange={(v) => setP({ speed: v as number })} />
          <button type="button" className="button" onClick={() => setP({ ...suggestedPatch(surface), opts: PARAMS.opts.default as OptimizerKind[] })}>
            Suggested settings for this surface
          </button>
        </aside>

        <div className="opt-plot">
          {tfError && (
            <div className="notice notice-error" role="alert">
              <strong>The optimizers could not start.</strong> {tfError}
            </div>
          )}
          {lab.error && (
            <div className="notice notice-error" role="alert">
              <strong>These settings cannot run.</strong> {lab.error}
            </div>
          )}
          <p className="small surface-blurb">{surface.blurb}</p>
          <LiveContour
            lab={lab}
            values={grid}
            gridN={GRID}
            domain={d}
            thresholds={thresholds}
            minima={minima}
            start={start}
            defaultStart={surface.start}
            onStart={onStart}
            maxSize={plotSize}
            title={`Contour plot of the ${SURFACE_NAMES[p.surface]} loss surface with the paths of ${lab.tracks.map((t) => OPT_NAMES[t.kind]).join(', ')} from the start point (${fmt(start[0])}, ${fmt(start[1])}).`}
          />
          {diverged.length > 0 && (
            <div className="notice notice-error diverged" role="alert" data-testid="lab-diverged">
              <div>
                {diverged.map((t) => (
                  <p key={t.kind}>
                    <strong>{OPT_NAMES[t.kind]}</strong> {divergeText(t, surface)}
                  </p>
                ))}
                <div className="actions">
                  {surface.boundedBelow && (
                    <button type="button" className="button" onClick={() => setP(halveLrs(p, diverged))}>
                      Halve {diverged.length > 1 ? 'their' : 'its'} learning rate and restart
                    </button>
                  )}
                  <button type="button" className="button" onClick={() => setP(suggestedPatch(surface))}>
                    Reset to the suggested settings
                  </button>
                </div>
              </div>
            </div>
          )}
        </div>

        <div className="opt-side">
          {presenter && readouts}
          <fieldset className="control control-set opt-toggles">
            <legend>Optimizers shown</legend>
            {(PARAMS.opts.options as readonly OptimizerKind[]).map((k) => {
              const on = (p.opts as OptimizerKind[]).includes(k);
              return (
                <div key={k} className="opt-card" style={{ borderLeftColor: OPTIMIZER_COLORS[k] }}>
                  <label className="check" style={{ color: OPTIMIZER_TEXT_COLORS[k] }}>
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={on && p.opts.length <= 1}
                      onChange={(e) =>
                        setP({ opts: PARAMS.opts.options.filter((o) => (o === k ? e.target.checked : (p.opts as string[]).includes(o))) as OptimizerKind[] })
                      }
                    />{' '}
                    <strong>{OPT_NAMES[k]}</strong>
                  </label>
                  {on &&
                    HYPER_KEYS[k].map((key) => (
                      <ParamControl key={key} id={`opt-${key}`} def={PARAMS[key]} value={p[key]} onChange={(val) => setP({ [key]: val } as Partial<P>)} />
                    ))}
                </div>
              );
            })}
          </fieldset>
        </div>
      </div>
      {!presenter && readouts}
    </Section>
      <Section id="formulas" title="One step at a time: the update rules with their numbers">
        <p>
          Press <em>Step once</em> (or S) and every formula below is recomputed with the numbers of that step: the gradient g that tfjs’s autodiff
          returned, the optimizer’s running averages, and the new position θ. These are the real update rules of <code>tf.train.sgd</code>,{' '}
          <code>tf.train.momentum</code>, <code>tf.train.rmsprop</code> and <code>tf.train.adam</code>, the ones that trained the point on the plot.
        </p>
        {playing && <p className="small">While the paths play, the formulas hold still; pause or step to read them.</p>}
        <UpdateFormulas tracks={lab.tracks} version={formulaVersion} />
      </Section>
    </>
  );
}

function LabReadouts({ tracks, surface, kappa, version, setP, p, presenter }: { tracks: Track[]; surface: Surface; kappa: number; version: number; setP: (patch: Partial<P>) => void; p: P; presenter: boolean }) {
  const log = surface.boundedBelow;
  // At most ~600 points per curve: the chart redraws four times a second while playing.
  const series: Series[] = tracks.map((t) => ({ id: t.kind, label: OPT_NAMES[t.kind], color: OPTIMIZER_COLORS[t.kind], dashed: t.kind === 'rmsprop' || t.kind === 'adam', ...thin(t.gap, t.n, 600) }));
  const th = surface.id === 'ravine' ? quadraticTheory(kappa) : null;
  const rateOf = (k: OptimizerKind) => {
    const t = tracks.find((x) => x.kind === k);
    return t && t.n > 5 ? measuredRate(Array.from(t.dist.subarray(0, t.n)), { relFloor: 1e-25 }) : NaN;
  };
  return (
    <div className="opt-readouts">
      <div>
        <LineChart
          series={series}
          version={version}
          log={log}
          xLabel="step"
          yLabel={log ? 'f − f*' : 'f'}
          title={`Loss against step for each optimizer${log ? ', log scale' : ''}`}
          height={presenter ? 150 : 220}
        />
      </div>
      <div>
        <div className="opt-table-wrap">
        <table className="opt-table">
          <caption className="sr-only">Live numbers of each optimizer</caption>
          <thead>
            <tr>
              <th scope="col">Optimizer</th>
              <th scope="col">Step</th>
              <th scope="col">θ</th>
              <th scope="col">{log ? 'f − f*' : 'f'}</th>
              <th scope="col">‖g‖</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {tracks.map((t) => {
              const i = t.n - 1;
              return (
                <tr key={t.kind}>
                  <th scope="row" style={{ color: OPTIMIZER_TEXT_COLORS[t.kind] }}>
                    {OPT_NAMES[t.kind]}
                  </th>
                  <td data-testid={`t-${t.kind}`}>{t.run.t}</td>
                  <td data-testid={`theta-${t.kind}`}>
                    ({fmt(t.xs[i])}, {fmt(t.ys[i])})
                  </td>
                  <td data-testid={`loss-${t.kind}`}>{fmt(t.gap[i])}</td>
                  <td>{t.last ? fmt(Math.hypot(...t.last.grad)) : '—'}</td>
                  <td>{statusText(t)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </div>
        {th && (
          <div className="rate-box" data-testid="rate-box">
            <h3>Convergence rate on the ravine (κ = {fmt(kappa)})</h3>
            <p className="small">Each step multiplies the distance to the minimum by about this factor; smaller is faster.</p>
            <div className="opt-table-wrap">
            <table className="opt-table">
              <thead>
                <tr>
                  <th scope="col"><span className="sr-only">Optimizer</span></th>
                  <th scope="col">Measured</th>
                  <th scope="col">Predicted at your η, β</th>
                  <th scope="col">Best possible</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">SGD</th>
                  <td data-testid="rate-sgd">{fmt(rateOf('sgd'), 4)}</td>
                  <td>{fmt(gdFactor(p.sgdLr, [th.lambdaMin, th.lambdaMax]), 4)}</td>
                  <td>
                    (κ−1)/(κ+1) = <span data-testid="theory-sgd">{fmt(th.gdRate, 4)}</span>
                  </td>
                </tr>
                <tr>
                  <th scope="row">Momentum</th>
                  <td data-testid="rate-momentum">{fmt(rateOf('momentum'), 4)}</td>
                  <td>{fmt(momentumFactor(p.momLr, p.momBeta, [th.lambdaMin, th.lambdaMax]), 4)}</td>
                  <td>
                    (√κ−1)/(√κ+1) = <span data-testid="theory-momentum">{fmt(th.momentumRate, 4)}</span>
                  </td>
                </tr>
              </tbody>
            </table>
            </div>
            <div className="actions">
              <button type="button" className="button" onClick={() => setP({ sgdLr: Number(th.gdBestLr.toPrecision(6)) })}>
                Set SGD’s best η = 2/(λmin+λmax)
              </button>
              <button
                type="button"
                className="button"
                onClick={() => setP({ momLr: Number(th.momentumBestLrTfjs.toPrecision(6)), momBeta: Number(th.momentumBestBeta.toPrecision(6)) })}
              >
                Set momentum’s optimal β and η
              </button>
            </div>
            <p className="small" data-testid="momentum-forms">
              Momentum’s optimum, β* = {fmt(th.momentumBestBeta, 4)}: η* = {fmt(th.momentumBestLrTfjs, 4)} in the heavy-ball (tfjs) form the
              sliders use, v ← βv + g; in the averaged form v ← βv + (1−β)g the same path needs η*/(1−β*) = {fmt(th.momentumBestLrEma, 4)}.
            </p>
          </div>
        )}
      </div>
    </div>
  );
}

/** Every k-th point of the first n (always keeping the last), as chart arrays. */
function thin(y: Float64Array, n: number, max: number): { x: Float32Array; y: Float32Array; n: number } {
  const k = Math.max(1, Math.ceil(n / max));
  const m = n ? Math.ceil((n - 1) / k) + 1 : 0;
  const xs = new Float32Array(m);
  const ys = new Float32Array(m);
  for (let j = 0; j < m; j++) {
    const i = Math.min(n - 1, j * k);
    xs[j] = i;
    ys[j] = y[i]!;
  }
  return { x: xs, y: ys, n: m };
}

function statusText(t: Track): string {
  switch (t.status) {
    case 'running':
      return t.last ? 'moving' : 'ready';
    case 'converged':
      return 'stopped (at rest)';
    case 'diverged':
      return `left the plot at step ${t.divergedAt}`;
    case 'limit':
      return 'step limit reached';
  }
}

function divergeText(t: Track, s: Surface): string {
  const why = t.last?.divergeReason === 'non-finite' ? 'its numbers overflowed to infinity' : 'it flew off the plot';
  if (!s.boundedBelow) return `escaped down the open side of the saddle at step ${t.divergedAt} (${why}): this surface has no bottom, so that is the right thing to do.`;
  return `diverged at step ${t.divergedAt}: ${why}. Its learning rate η = ${fmt(t.hyper.lr)} is too large here, so every step overshoots the valley by more than it gained and the error grows instead of shrinking.`;
}

function halveLrs(p: P, tracks: Track[]): Partial<P> {
  const key: Record<OptimizerKind, 'sgdLr' | 'momLr' | 'rmsLr' | 'adamLr'> = { sgd: 'sgdLr', momentum: 'momLr', rmsprop: 'rmsLr', adam: 'adamLr' };
  const out: Partial<P> = {};
  for (const t of tracks) out[key[t.kind]] = Math.max(PARAMS.sgdLr.min, Number((p[key[t.kind]] / 2).toPrecision(3)));
  return out;
}

function lrsFor(s: Surface): Partial<P> {
  const { sgdLr, momLr, rmsLr, adamLr } = suggestedPatch(s);
  return { sgdLr, momLr, rmsLr, adamLr };
}

function numberInput(raw: string, use: (v: number) => void): void {
  const v = Number(raw);
  if (raw.trim() !== '' && Number.isFinite(v)) use(Math.round(v * 100) / 100);
}

/** The lab's version, re-rendering at most once per `ms` (0: on every change). */
function useLabVersion(lab: SurfaceLab, ms: number): number {
  const [v, setV] = useState(lab.version);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    setV(lab.version);
    const unsub = lab.subscribe(() => {
      if (ms <= 0) return setV(lab.version);
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        last = performance.now();
        setV(lab.version);
      }, Math.max(0, last + ms - performance.now()));
    });
    return () => {
      unsub();
      if (timer) clearTimeout(timer);
    };
  }, [lab, ms]);
  return v;
}

/** The contour plot, redrawn on every animation frame (the rest of the page is not). */
const LiveContour = memo(function LiveContour({ lab, ...rest }: Omit<ContourViewProps, 'trajectories' | 'version' | 'generation'> & { lab: SurfaceLab }) {
  const version = useSyncExternalStore(
    useCallback((cb: () => void) => lab.subscribe(cb), [lab]),
    () => lab.version,
  );
  const trajectories: Trajectory[] = lab.tracks.map((t) => ({
    id: t.kind,
    label: OPT_NAMES[t.kind],
    color: OPTIMIZER_COLORS[t.kind],
    dash: OPTIMIZER_DASH[t.kind],
    xs: t.xs,
    ys: t.ys,
    n: t.n,
  }));
  return <ContourView {...rest} trajectories={trajectories} version={version} generation={lab.generation} />;
});
