/**
 * Training task for the optimizers lesson, part 1: the real tf.train sgd / momentum /
 * rmsprop / adam (via createOptimizerRun in ../optim2d) racing on a 2D loss surface,
 * in the training worker.
 *
 * Two parameters per run cost a fraction of a millisecond per step, so the point is not
 * speed but pace: the paths are an animation. `trainFor(ms)` therefore takes the number
 * of rounds (one step of every running optimizer) due at `stepsPerSec` for the time
 * elapsed, never more, and whole rounds only, so the race stays fair.
 *
 * Snapshots carry each path's points since the previous snapshot (the page appends
 * them), the live formula values (the last two step records: g, v, s, m̂, v̂, θ), the
 * measured convergence rates and each run's status. A run that flies off a surface
 * with a bottom is a divergence (the worker pauses and the page explains); on the
 * saddle, escaping down the open side is the right answer and only ends that run.
 */
import {
  createOptimizerRun,
  measuredRate,
  nearestMinimum,
  buildSurface,
  type DivergeReason,
  type OptimizerHyper,
  type OptimizerKind,
  type OptimizerRun,
  type ResolvedHyper,
  type StepRecord,
  type Surface,
  type SurfaceId,
  type Vec2,
} from '../surfaces/optim2d';
import { WITHIN_RADII } from '../surfaces/optim-theory';
import { OPTIMIZER_NAMES } from '../networks/optimizer-kinds';
import type { ModelCost, TaskModuleOf, TrainingTask } from '../runtime/protocol';
import { RateMeter } from '../runtime/loop';

export { WITHIN_RADII };

/** One optimizer's settings (η in tf.train units; see ../optim2d). */
export type Optim2dHyper = OptimizerHyper;

export interface Optim2dConfig {
  surface: SurfaceId;
  /** Condition number of the ravine (other surfaces ignore it). */
  kappa: number;
  start: Vec2;
  optimizers: Optim2dHyper[];
  /** Rounds (one step of every optimizer) per second while playing (live). */
  stepsPerSec: number;
}

export type TrackStatus = 'running' | 'converged' | 'diverged' | 'limit';

export interface Optim2dTrack {
  kind: OptimizerKind;
  hyper: ResolvedHyper;
  /** Steps taken. */
  t: number;
  /** θ now (the start before the first step). */
  theta: Vec2;
  status: TrackStatus;
  divergedAt: number | null;
  divergeReason: DivergeReason | null;
  /** The last two steps, for the live formulas (null before the first / second step). */
  last: StepRecord | null;
  prev: StepRecord | null;
  /** Index of the first point below in the whole path (0 = the start point). */
  from: number;
  /** The first step at which θ came within WITHIN_RADII[k] of its nearest minimum (null: not yet; the start is step 0). */
  within: (number | null)[];
  /** The first step at which θ was outside the plotted domain (null: not yet). */
  leftAt: number | null;
  /** The path's points from `from` on: θ after each step, and f(θ) − f* (plain f without a known minimum). */
  xs: Float64Array;
  ys: Float64Array;
  gap: Float64Array;
}

export interface Optim2dSnapshot {
  /** Steps of the furthest run. */
  step: number;
  stepsPerSec: number;
  maxSteps: number;
  tracks: Optim2dTrack[];
  /** Measured rate ‖θ_t − θ*‖ per step, per track (full snapshots only). */
  rates?: number[];
  /** Every run has stopped (converged, diverged or at the step limit). */
  finished: boolean;
  /** Settings that cannot run (then there are no tracks). */
  error: string | null;
}

export interface Optim2dInfo {
  surface: SurfaceId;
  maxSteps: number;
}

/** Below both, a run is at rest. */
const STILL_STEP = 1e-9;
const STILL_GRAD = 1e-9;
/** A pause longer than this does not turn into a burst of steps. */
const MAX_CATCH_UP_MS = 50;
/** Snapshot as often as the page draws: the paths are an animation. */
const SNAPSHOT_MS = 16;

/** How many steps a surface gets before the animation stops. */
export function stepLimit(surface: Surface, kappa: number): number {
  if (surface.id === 'ravine') return Math.min(4000, Math.max(300, Math.round(40 * kappa)));
  return Math.min(4000, 2 * surface.suggestedSteps);
}

interface Track {
  run: OptimizerRun;
  xs: number[];
  ys: number[];
  gap: number[];
  dist: number[];
  sent: number;
  last: StepRecord | null;
  prev: StepRecord | null;
  status: TrackStatus;
  divergedAt: number | null;
  within: (number | null)[];
  leftAt: number | null;
}

export class Optim2dTask implements TrainingTask<Optim2dSnapshot, Optim2dInfo, Pick<Optim2dConfig, 'stepsPerSec'>> {
  readonly cost: ModelCost;
  readonly snapshotMs = SNAPSHOT_MS;
  readonly surface: Surface;
  readonly maxSteps: number;
  readonly tracks: Track[] = [];
  readonly error: string | null = null;
  private readonly fStar: number;
  private readonly meter = new RateMeter();
  private stepsPerSec: number;
  private credit = 0;
  private lastTick = -Infinity;
  /** What diverged so far, in words; `unreported` until divergence() has said it. */
  private diverged: string | null = null;
  private unreported = false;

  constructor(config: Optim2dConfig) {
    this.surface = buildSurface(config.surface, config.kappa);
    this.maxSteps = stepLimit(this.surface, config.kappa);
    this.stepsPerSec = config.stepsPerSec;
    this.cost = optim2dCost(config);
    this.fStar = this.surface.minima.length ? Math.min(...this.surface.minima.map((m) => m.value)) : 0;
    try {
      // One by one, so that a failure part-way leaves every created run disposable.
      for (const h of config.optimizers) this.tracks.push(this.makeTrack(h, config.start));
    } catch (e) {
      this.disposeRuns();
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Steps of the furthest run. */
  get t(): number {
    return this.tracks.reduce((m, tr) => Math.max(m, tr.run.t), 0);
  }

  isFinished(): boolean {
    return !this.tracks.some((t) => t.status === 'running');
  }

  /** The rounds due at `stepsPerSec` since the last call, within `ms`; returns the steps taken. */
  trainFor(ms: number): number {
    const t0 = performance.now();
    const elapsed = Math.min(MAX_CATCH_UP_MS, Math.max(0, t0 - this.lastTick));
    this.lastTick = t0;
    this.credit = Math.min(
      this.credit + (elapsed * this.stepsPerSec) / 1000,
      Math.max(1, (this.stepsPerSec * MAX_CATCH_UP_MS) / 1000),
    );
    let n = 0;
    while (this.credit >= 1 && !this.unreported && !this.isFinished()) {
      n += this.round();
      this.credit -= 1;
      if (performance.now() - t0 > ms) break;
    }
    return n;
  }

  step(n: number): void {
    for (let i = 0; i < n && !this.isFinished(); i++) this.round();
  }

  set(params: Partial<Pick<Optim2dConfig, 'stepsPerSec'>>): void {
    if (typeof params.stepsPerSec === 'number' && params.stepsPerSec > 0) this.stepsPerSec = params.stepsPerSec;
  }

  /**
   * A run that diverged pauses the race once (the worker stops and the page explains);
   * Play then lets the other runs go on, as in a race where one runner fell.
   */
  divergence(): string | null {
    if (!this.unreported) return null;
    this.unreported = false;
    return this.diverged;
  }

  snapshot(full: boolean, forced = false): { snap: Optim2dSnapshot; transfer: Transferable[] } {
    const transfer: Transferable[] = [];
    const tracks = this.tracks.map((tr): Optim2dTrack => {
      const from = tr.sent;
      const xs = Float64Array.from(tr.xs.slice(from));
      const ys = Float64Array.from(tr.ys.slice(from));
      const gap = Float64Array.from(tr.gap.slice(from));
      tr.sent = tr.xs.length;
      transfer.push(xs.buffer, ys.buffer, gap.buffer);
      return {
        kind: tr.run.hyper.kind,
        hyper: tr.run.hyper,
        t: tr.run.t,
        theta: tr.run.theta,
        status: tr.status,
        divergedAt: tr.divergedAt,
        within: [...tr.within],
        leftAt: tr.leftAt,
        divergeReason: tr.last?.divergeReason ?? null,
        last: tr.last,
        prev: tr.prev,
        from,
        xs,
        ys,
        gap,
      };
    });
    const step = this.t;
    const snap: Optim2dSnapshot = {
      step,
      stepsPerSec: this.meter.update(step),
      maxSteps: this.maxSteps,
      tracks,
      finished: this.isFinished(),
      error: this.error,
    };
    if (full || forced)
      snap.rates = this.tracks.map((tr) => (tr.dist.length > 6 ? measuredRate(tr.dist, { relFloor: 1e-25 }) : NaN));
    return { snap, transfer };
  }

  describe(): Optim2dInfo {
    return { surface: this.surface.id, maxSteps: this.maxSteps };
  }

  dispose(): void {
    this.disposeRuns();
  }

  private makeTrack(h: Optim2dHyper, start: Vec2): Track {
    const run = createOptimizerRun({ ...h, surface: this.surface, start });
    const tr: Track = {
      run,
      xs: [],
      ys: [],
      gap: [],
      dist: [],
      sent: 0,
      last: null,
      prev: null,
      status: 'running',
      divergedAt: null,
      within: WITHIN_RADII.map(() => null),
      leftAt: null,
    };
    this.record(tr, run.theta);
    return tr;
  }

  private record(tr: Track, p: Vec2): void {
    tr.xs.push(p[0]);
    tr.ys.push(p[1]);
    tr.gap.push(this.surface.f(p[0], p[1]) - this.fStar);
    const d = nearestMinimum(this.surface, p)?.distance ?? NaN;
    tr.dist.push(d);
    const t = tr.run.t;
    WITHIN_RADII.forEach((r, k) => {
      if (tr.within[k] === null && d < r) tr.within[k] = t;
    });
    const box = this.surface.domain;
    if (tr.leftAt === null && (p[0] < box.xMin || p[0] > box.xMax || p[1] < box.yMin || p[1] > box.yMax)) tr.leftAt = t;
  }

  /** One step of every running optimizer; returns how many stepped. */
  private round(): number {
    let n = 0;
    const fresh: Track[] = [];
    for (const tr of this.tracks) {
      if (tr.status !== 'running') continue;
      const rec = tr.run.step();
      n++;
      tr.prev = tr.last;
      tr.last = rec;
      this.record(tr, rec.thetaAfter);
      if (rec.diverged) {
        tr.status = 'diverged';
        tr.divergedAt = rec.t;
        fresh.push(tr);
      } else if (Math.hypot(...rec.update) < STILL_STEP && Math.hypot(...rec.grad) < STILL_GRAD)
        tr.status = 'converged';
      else if (rec.t >= this.maxSteps) tr.status = 'limit';
    }
    // Escaping a surface with no bottom is not a failure: only that run stops.
    if (fresh.length && this.surface.boundedBelow) {
      this.diverged = [this.diverged, ...fresh.map((tr) => divergeText(tr))].filter(Boolean).join(' ');
      this.unreported = true;
    }
    return n;
  }

  private disposeRuns(): void {
    for (const tr of this.tracks) tr.run.dispose();
    this.tracks.length = 0;
  }
}

function divergeText(tr: Track): string {
  const why = tr.last?.divergeReason === 'non-finite' ? 'its numbers overflowed to infinity' : 'it flew off the plot';
  return (
    `${OPTIMIZER_NAMES[tr.run.hyper.kind]} diverged at step ${tr.divergedAt}: ${why}. Its learning rate η = ${Number(tr.run.hyper.lr.toPrecision(3))} is too large here, ` +
    'so every step overshoots the valley by more than it gained and the error grows instead of shrinking.'
  );
}

function optim2dCost(config: Optim2dConfig): ModelCost {
  // A handful of scalar ops per optimizer and step: the smallest model there is.
  return { flopsPerStep: 50 * config.optimizers.length };
}

export const optim2dTask: TaskModuleOf<'optim2d'> = {
  cost: (config) => optim2dCost(config as Optim2dConfig),
  create: (config) => new Optim2dTask(config as Optim2dConfig),
};
