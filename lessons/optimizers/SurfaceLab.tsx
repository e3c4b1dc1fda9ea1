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
import {
  type OptimizerKind,
  type Surface,
  type Vec2,
  buildSurface,
  type Optim2dConfig,
  type Optim2dHyper,
  type Optim2dTrack,
} from '../../src/engine';
import { fmt } from '../../src/math/format';
import { ContourView, logThresholds, type ContourViewProps, type Trajectory } from '../../src/viz/ContourView';
import { OPTIMIZER_COLORS, OPTIMIZER_DASH } from '../../src/viz/palette';
import { LabReadouts } from './LabReadouts';
import { OPT_NAMES, PARAMS, SLUG, SURFACE_NAMES, suggestedPatch } from './params';
import { PathBuffer } from './paths';
import { More, OptimizerToggles, StartSettings } from './SurfaceControls';
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
  const { start, clampStart, onStart, clearDrag } = useStartPoint(p, setP, d);
  const grid = useMemo(() => surface.gridValues(GRID), [surface]);
  const thresholds = useMemo(() => logThresholds(grid, 16, surface.id === 'saddle' ? 1.2 : 4), [grid, surface.id]);
  const { lab, paths, snap, playing, uiVersion, formulasVersion } = useOptim2dRun(p, setP, kappa, start);

  const minima = useMemo(() => surface.minima.map((m) => m.point), [surface]);
  const plotSize = presenter
    ? Math.max(260, Math.min(480, (typeof window === 'undefined' ? 720 : window.innerHeight) - 200))
    : 520;
  const chooseSurface = (id: P['surface']) => {
    clearDrag();
    setP({ surface: id, ...suggestedPatch(buildSurface(id, p.kappa)) });
  };
  const toSuggested = () => setP({ ...suggestedPatch(surface), opts: PARAMS.opts.default as OptimizerKind[] });

  const readouts = (
    <LabReadouts
      snap={snap}
      paths={paths}
      surface={surface}
      kappa={p.kappa}
      version={uiVersion}
      setP={setP}
      p={p}
      presenter={presenter}
    />
  );
  return (
    <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={lab}>
      <LessonProgress />
      <TrainingLab
        lab={lab}
        className="lab opt-lab"
        alerts={<RunAlerts tracks={snap?.tracks} play={lab.play} toSuggested={toSuggested} />}
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
                <More presenter={presenter}>
                  <StartSettings
                    p={p}
                    setP={setP}
                    start={start}
                    domain={d}
                    clampStart={clampStart}
                    toSuggested={toSuggested}
                  />
                </More>
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
                  paths={paths}
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
                <EscapedNotice surface={surface} tracks={snap?.tracks ?? []} />
              </div>

              <div className="opt-side">
                {presenter ? readouts : <OptimizerToggles p={p} setP={setP} presenter={false} />}
              </div>
            </div>
            {!presenter && readouts}
          </>
        )}
      </TrainingLab>
      <FormulasSection playing={playing} tracks={snap?.tracks ?? []} version={formulasVersion} />
      {children}
    </LessonProvider>
  );
}

/** Buttons shown with the lab's alerts: run on when some runs have stopped, and the suggested settings. */
function RunAlerts({
  tracks,
  play,
  toSuggested,
}: {
  tracks: Optim2dTrack[] | undefined;
  play: () => void;
  toSuggested: () => void;
}) {
  return (
    <>
      {tracks?.some((t) => t.status === 'running') && (
        <button type="button" className="button" onClick={play}>
          Let the others run on
        </button>
      )}
      <button type="button" className="button" onClick={toSuggested}>
        Suggested settings
      </button>
    </>
  );
}

/** On a surface with no bottom, the runs that left the plot did the right thing: say so. */
function EscapedNotice({ surface, tracks }: { surface: Surface; tracks: Optim2dTrack[] }) {
  const escaped = !surface.boundedBelow ? tracks.filter((t) => t.status === 'diverged') : [];
  if (escaped.length === 0) return null;
  return (
    <p className="notice small" data-testid="lab-escaped">
      {escaped.map((t) => OPT_NAMES[t.kind]).join(', ')} escaped down the open side of the saddle: this surface has no
      bottom, so that is the right thing to do.
    </p>
  );
}

/** The update rules, typeset with the numbers of the last step (held still while the paths play). */
function FormulasSection({ playing, tracks, version }: { playing: boolean; tracks: Optim2dTrack[]; version: number }) {
  return (
    <Section id="formulas" title="One step at a time: the update rules with their numbers">
      <p>
        Press <em>Step</em> (or S) and every formula below is recomputed with the numbers of that step: the gradient g
        that tfjs’s autodiff returned, the optimizer’s running averages, and the new position θ. These are the real
        update rules of <code>tf.train.sgd</code>, <code>tf.train.momentum</code>, <code>tf.train.rmsprop</code> and{' '}
        <code>tf.train.adam</code>, the ones that trained the point on the plot.
      </p>
      {playing && <p className="small">While the paths play, the formulas hold still; pause or step to read them.</p>}
      <UpdateFormulas tracks={tracks} version={version} />
    </Section>
  );
}

/** The start point: the learner's (clamped to the plot), or the one being dragged. */
function useStartPoint(p: P, setP: (patch: Partial<P>) => void, d: Surface['domain']) {
  const clampStart = useCallback(
    (x: number, y: number): Vec2 => [Math.min(d.xMax, Math.max(d.xMin, x)), Math.min(d.yMax, Math.max(d.yMin, y))],
    [d],
  );
  const [drag, setDrag] = useState<Vec2 | null>(null);
  const start: Vec2 = drag ?? clampStart(p.sx, p.sy);
  const onStart = useCallback(
    (q: [number, number], commit: boolean) => {
      if (commit) {
        setDrag(null);
        setP({ sx: q[0], sy: q[1] });
      } else setDrag(q);
    },
    [setP],
  );
  return { start, clampStart, onStart, clearDrag: () => setDrag(null) };
}

/** The optimizers' runs on the surface: the session, the paths so far and how often the page redraws. */
function useOptim2dRun(p: P, setP: (patch: Partial<P>) => void, kappa: number, [sx, sy]: Vec2) {
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
  return { lab, paths: paths.current, snap, playing, uiVersion, formulasVersion: frozen.current };
}

function lrsFor(kappa: number): Partial<P> {
  const { sgdLr, momLr, rmsLr, adamLr } = suggestedPatch(buildSurface('ravine', kappa));
  return { sgdLr, momLr, rmsLr, adamLr };
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
