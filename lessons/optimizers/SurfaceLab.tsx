import {
  Section,
  TrainingLab,
  lowerParam,
  type ParamValues,
  useLessonTraining,
  type LessonTraining,
  LessonProgress,
  LessonProvider,
  reducedMotion,
  ParamControl,
  useApp,
} from '../../src/kit';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { type OptimizerKind, type Vec2, buildSurface, type Optim2dConfig, type Optim2dHyper } from '../../src/engine';
import { fmt } from '../../src/math/format';
import { ContourView, logThresholds, type ContourViewProps, type Trajectory } from '../../src/viz/ContourView';
import { OPTIMIZER_COLORS, OPTIMIZER_DASH, OPTIMIZER_TEXT_COLORS } from '../../src/viz/palette';
import { LabReadouts } from './LabReadouts';
import { OPT_NAMES, PARAMS, SLUG, SURFACE_NAMES, suggestedPatch } from './params';
import { PathBuffer } from './paths';
import { UpdateFormulas } from './UpdateFormulas';

type P = ParamValues<typeof PARAMS>;
const GRID = 121;
/** Readouts, charts and formulas refresh at most this often while playing. */
const UI_MS = 250;
/** The old main-thread animation took `speed` rounds per frame: the same pace at 60 frames per second. */
const FPS = 60;
const LR_KEY: Record<OptimizerKind, 'sgdLr' | 'momLr' | 'rmsLr' | 'adamLr'> = {
  sgd: 'sgdLr',
  momentum: 'momLr',
  rmsprop: 'rmsLr',
  adam: 'adamLr',
};

const HYPER_KEYS: Record<OptimizerKind, (keyof typeof PARAMS)[]> = {
  sgd: ['sgdLr'],
  momentum: ['momLr', 'momBeta'],
  rmsprop: ['rmsLr', 'rmsBeta', 'rmsEps'],
  adam: ['adamLr', 'adamB1', 'adamB2', 'adamEps'],
};

export function hypersOf(p: P): Optim2dHyper[] {
  const all: Record<OptimizerKind, Optim2dHyper> = {
    sgd: { kind: 'sgd', lr: p.sgdLr },
    momentum: { kind: 'momentum', lr: p.momLr, beta: p.momBeta },
    rmsprop: { kind: 'rmsprop', lr: p.rmsLr, beta: p.rmsBeta, epsilon: p.rmsEps },
    adam: { kind: 'adam', lr: p.adamLr, beta1: p.adamB1, beta2: p.adamB2, epsilon: p.adamEps },
  };
  return (p.opts as OptimizerKind[]).map((k) => all[k]);
}

/** The 2D lab; `children` (the prose whose exercises run in this lab) get it through <LessonProvider>. */
export function SurfaceLabSection({
  p,
  setP,
  children,
}: {
  p: P;
  setP: (patch: Partial<P>) => void;
  children?: ReactNode;
}) {
  const presenter = useApp((s) => s.presenter);
  const kappa = p.surface === 'ravine' ? p.kappa : 1;
  const surface = useMemo(() => buildSurface(p.surface, kappa), [p.surface, kappa]);
  const d = surface.domain;
  const clampStart = useCallback(
    (x: number, y: number): Vec2 => [Math.min(d.xMax, Math.max(d.xMin, x)), Math.min(d.yMax, Math.max(d.yMin, y))],
    [d],
  );
  const [drag, setDrag] = useState<Vec2 | null>(null);
  const start: Vec2 = drag ?? clampStart(p.sx, p.sy);
  const [sx, sy] = start;
  const grid = useMemo(() => surface.gridValues(GRID), [surface]);
  const thresholds = useMemo(() => logThresholds(grid, 16, surface.id === 'saddle' ? 1.2 : 4), [grid, surface.id]);
  const hyperKey = JSON.stringify(hypersOf(p));

  // Surface, start and hyperparameters restart the runs; the speed changes live.
  const config: Optim2dConfig = useMemo(
    () => ({
      surface: p.surface,
      kappa,
      start: [sx, sy],
      optimizers: JSON.parse(hyperKey) as Optim2dHyper[],
      stepsPerSec: FPS * p.speed,
    }),
    [p.surface, kappa, sx, sy, hyperKey, p.speed],
  );
  const paths = useRef<PathBuffer>(null as unknown as PathBuffer);
  paths.current ??= new PathBuffer();
  const lab: LessonTraining<'optim2d', never> = useLessonTraining('optim2d', config, {
    section: 'lab',
    onSnapshot: (snap) => paths.current.push(snap),
    // The runs that diverged get a learning rate ten times smaller.
    onLowerLr: () => {
      const tracks = lab.store.getState().snapshot?.tracks ?? [];
      const keys = tracks.filter((t) => t.status === 'diverged').map((t) => LR_KEY[t.kind]);
      return lowerParam(p, setP, PARAMS, ...(keys.length ? keys : (['sgdLr', 'momLr', 'rmsLr', 'adamLr'] as const)));
    },
  });
  useEffect(() => {
    const g = globalThis as { __hiddenLayers?: Record<string, unknown> };
    g.__hiddenLayers = { ...g.__hiddenLayers, optimizerPaths: paths.current };
  }, []);

  // Every new run plays at once, unless the learner asked for reduced motion.
  const resetKey = lab.keyOf(config);
  useEffect(() => {
    if (!reducedMotion()) lab.play();
  }, [lab, resetKey]);

  const playing = useStore(lab.store, (s) => s.playing);
  const uiVersion = useThrottledVersion(lab, playing ? UI_MS : 0);
  const snap = lab.visibleState(lab.store.getState()).snapshot;
  // KaTeX is the costliest thing on the page: typeset the formulas only when paused.
  const frozen = useRef(0);
  if (!playing) frozen.current = uiVersion;

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
  const plotSize = presenter
    ? Math.max(260, Math.min(480, (typeof window === 'undefined' ? 720 : window.innerHeight) - 200))
    : 520;
  const escaped = !surface.boundedBelow ? (snap?.tracks ?? []).filter((t) => t.status === 'diverged') : [];
  const chooseSurface = (id: P['surface']) => {
    setDrag(null);
    setP({ surface: id, ...suggestedPatch(buildSurface(id, p.kappa)) });
  };
  const toSuggested = () => setP({ ...suggestedPatch(surface), opts: PARAMS.opts.default as OptimizerKind[] });

  const readouts = (
    <LabReadouts
      snap={snap}
      paths={paths.current}
      surface={surface}
      kappa={p.kappa}
      version={uiVersion}
      setP={setP}
      p={p}
      presenter={presenter}
    />
  );
  const secondary = (
    <>
      <div className="inline-controls start-inputs">
        <label htmlFor="opt-sx">Start x</label>
        <input
          id="opt-sx"
          type="number"
          step={0.1}
          min={d.xMin}
          max={d.xMax}
          value={start[0]}
          onChange={(e) => numberInput(e.target.value, (x) => setP({ sx: clampStart(x, start[1])[0] }))}
        />
        <label htmlFor="opt-sy">Start y</label>
        <input
          id="opt-sy"
          type="number"
          step={0.1}
          min={d.yMin}
          max={d.yMax}
          value={start[1]}
          onChange={(e) => numberInput(e.target.value, (y) => setP({ sy: clampStart(start[0], y)[1] }))}
        />
      </div>
      <ParamControl id="opt-speed" def={PARAMS.speed} value={p.speed} onChange={(v) => setP({ speed: v as number })} />
      <button type="button" className="button" onClick={toSuggested}>
        Suggested settings for this surface
      </button>
    </>
  );
  return (
    <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={lab}>
      <LessonProgress />
      <TrainingLab
        lab={lab}
        className="lab opt-lab"
        alerts={
          <>
            {snap?.tracks.some((t) => t.status === 'running') && (
              <button type="button" className="button" onClick={lab.play}>
                Let the others run on
              </button>
            )}
            <button type="button" className="button" onClick={toSuggested}>
              Suggested settings
            </button>
          </>
        }
      >
        {({ transport, alerts }) => (
          <>
            <div className="opt-grid">
              <aside className="lab-controls" aria-label="Surface and optimizer settings">
                {transport}
                <ParamControl
                  id="opt-surface"
                  def={PARAMS.surface}
                  value={p.surface}
                  onChange={(v) => chooseSurface(v as P['surface'])}
                />
                {p.surface === 'ravine' && (
                  <ParamControl
                    id="opt-kappa"
                    def={PARAMS.kappa}
                    value={p.kappa}
                    onChange={(v) => setP({ kappa: v as number, ...lrsFor(v as number) })}
                  />
                )}
                <More presenter={presenter}>{secondary}</More>
                {presenter && <OptimizerToggles p={p} setP={setP} presenter />}
              </aside>

              <div id="opt-plot" className="opt-plot">
                {alerts}
                {snap?.error && (
                  <div className="notice notice-error" role="alert">
                    <strong>These settings cannot run.</strong> {snap.error}
                  </div>
                )}
                {!presenter && <p className="small surface-blurb">{surface.blurb}</p>}
                <LiveContour
                  lab={lab}
                  paths={paths.current}
                  values={grid}
                  gridN={GRID}
                  domain={d}
                  thresholds={thresholds}
                  minima={minima}
                  start={start}
                  defaultStart={surface.start}
                  onStart={onStart}
                  maxSize={plotSize}
                  title={`Contour plot of the ${SURFACE_NAMES[p.surface]} loss surface with the paths of ${(p.opts as OptimizerKind[]).map((k) => OPT_NAMES[k]).join(', ')} from the start point (${fmt(start[0])}, ${fmt(start[1])}).`}
                />
                {escaped.length > 0 && (
                  <p className="notice small" data-testid="lab-escaped">
                    {escaped.map((t) => OPT_NAMES[t.kind]).join(', ')} escaped down the open side of the saddle: this
                    surface has no bottom, so that is the right thing to do.
                  </p>
                )}
              </div>

              <div className="opt-side">
                {presenter ? readouts : <OptimizerToggles p={p} setP={setP} presenter={false} />}
              </div>
            </div>
            {!presenter && readouts}
          </>
        )}
      </TrainingLab>
      <Section id="formulas" title="One step at a time: the update rules with their numbers">
        <p>
          Press <em>Step</em> (or S) and every formula below is recomputed with the numbers of that step: the gradient g
          that tfjs’s autodiff returned, the optimizer’s running averages, and the new position θ. These are the real
          update rules of <code>tf.train.sgd</code>, <code>tf.train.momentum</code>, <code>tf.train.rmsprop</code> and{' '}
          <code>tf.train.adam</code>, the ones that trained the point on the plot.
        </p>
        {playing && <p className="small">While the paths play, the formulas hold still; pause or step to read them.</p>}
        <UpdateFormulas tracks={snap?.tracks ?? []} version={frozen.current} />
      </Section>
      {children}
    </LessonProvider>
  );
}

/** Secondary settings: folded away in presenter mode, so the lab fits one screen. */
function More({ presenter, children }: { presenter: boolean; children: ReactNode }) {
  if (!presenter) return <>{children}</>;
  return (
    <details className="opt-more">
      <summary>More settings</summary>
      {children}
    </details>
  );
}

function OptimizerToggles({ p, setP, presenter }: { p: P; setP: (patch: Partial<P>) => void; presenter: boolean }) {
  const cards = (PARAMS.opts.options as readonly OptimizerKind[]).map((k) => {
    const on = (p.opts as OptimizerKind[]).includes(k);
    return { k, on };
  });
  const hypers = (k: OptimizerKind) =>
    HYPER_KEYS[k].map((key) => (
      <ParamControl
        key={key}
        id={`opt-${key}`}
        def={PARAMS[key]}
        value={p[key]}
        onChange={(val) => setP({ [key]: val } as Partial<P>)}
      />
    ));
  return (
    <fieldset className="control control-set opt-toggles">
      <legend>Optimizers shown</legend>
      {cards.map(({ k, on }) => (
        <div key={k} className="opt-card" style={{ borderLeftColor: OPTIMIZER_COLORS[k] }}>
          <label className="check" style={{ color: OPTIMIZER_TEXT_COLORS[k] }}>
            <input
              type="checkbox"
              checked={on}
              disabled={on && p.opts.length <= 1}
              onChange={(e) =>
                setP({
                  opts: PARAMS.opts.options.filter((o) =>
                    o === k ? e.target.checked : (p.opts as string[]).includes(o),
                  ) as OptimizerKind[],
                })
              }
            />{' '}
            <strong>{OPT_NAMES[k]}</strong>
          </label>
          {on && !presenter && hypers(k)}
        </div>
      ))}
      {presenter && (
        <details className="opt-more">
          <summary>Learning rates and β’s</summary>
          {cards.filter((c) => c.on).flatMap(({ k }) => hypers(k))}
        </details>
      )}
    </fieldset>
  );
}

function lrsFor(kappa: number): Partial<P> {
  const { sgdLr, momLr, rmsLr, adamLr } = suggestedPatch(buildSurface('ravine', kappa));
  return { sgdLr, momLr, rmsLr, adamLr };
}

function numberInput(raw: string, apply: (v: number) => void): void {
  const v = Number(raw);
  if (raw.trim() !== '' && Number.isFinite(v)) apply(Math.round(v * 100) / 100);
}

/** The session's version, re-rendering at most once per `ms` (0: on every change). */
function useThrottledVersion(lab: LessonTraining<'optim2d', string>, ms: number): number {
  const [v, setV] = useState(() => lab.store.getState().version);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    setV(lab.store.getState().version);
    const unsub = lab.store.subscribe((s) => {
      if (ms <= 0) return setV(s.version);
      if (timer) return;
      timer = setTimeout(
        () => {
          timer = null;
          last = performance.now();
          setV(lab.store.getState().version);
        },
        Math.max(0, last + ms - performance.now()),
      );
    });
    return () => {
      unsub();
      if (timer) clearTimeout(timer);
    };
  }, [lab, ms]);
  return v;
}

/** The contour plot, redrawn on every snapshot (the rest of the section is not). */
const LiveContour = memo(function LiveContour({
  lab,
  paths,
  ...rest
}: Omit<ContourViewProps, 'trajectories' | 'version' | 'generation'> & {
  lab: LessonTraining<'optim2d', string>;
  paths: PathBuffer;
}) {
  const version = useStore(lab.store, (s) => s.version);
  const visible = lab.visibleState(lab.store.getState()).snapshot !== null;
  const trajectories: Trajectory[] = visible
    ? paths.tracks.map((t) => ({
        id: t.kind,
        label: OPT_NAMES[t.kind],
        color: OPTIMIZER_COLORS[t.kind],
        dash: OPTIMIZER_DASH[t.kind],
        xs: t.xs,
        ys: t.ys,
        n: t.n,
      }))
    : [];
  return <ContourView {...rest} trajectories={trajectories} version={version} generation={paths.generation} />;
});
