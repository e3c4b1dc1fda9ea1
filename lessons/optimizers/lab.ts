/**
 * Part 1's engine room, on the main thread: four tfjs optimizers (the real
 * tf.train.sgd / momentum / rmsprop / adam, via createOptimizerRun) walking a 2D
 * loss surface. Two parameters per run cost a fraction of a millisecond per step,
 * so no worker is needed; `advance(budgetMs)` steps the runs round-robin until a
 * time budget is spent, which keeps every animation frame short.
 *
 * Framework-free (no React): the page subscribes and redraws.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import {
  createOptimizerRun,
  nearestMinimum,
  type OptimizerConfig,
  type OptimizerKind,
  type OptimizerRun,
  type StepRecord,
  type Surface,
  type Vec2,
} from '../../src/engine/optim2d';

let ready: Promise<void> | null = null;
/** The cpu backend on this thread (the training worker has its own). */
export function ensureTf(): Promise<void> {
  ready ??= tf.setBackend('cpu').then((ok) => {
    if (!ok) throw new Error('The tfjs cpu backend could not start.');
  });
  return ready;
}

/** Live tensors on this thread (for the leak checks of the tests and the bench). */
export function mainThreadTensors(): number {
  return tf.memory().numTensors;
}

export type Hyper = Omit<OptimizerConfig, 'start' | 'surface'>;

export type TrackStatus = 'running' | 'converged' | 'diverged' | 'limit';

export interface Track {
  kind: OptimizerKind;
  hyper: Hyper;
  run: OptimizerRun;
  /** θ after each step, index 0 = the start. */
  xs: Float64Array;
  ys: Float64Array;
  /** f(θ) − f* (f* the lowest known minimum; plain f on the saddle). */
  gap: Float64Array;
  /** ‖θ − θ*‖ to the nearest known minimum (NaN if none). */
  dist: Float64Array;
  /** Number of recorded points (steps + 1). */
  n: number;
  last: StepRecord | null;
  prev: StepRecord | null;
  status: TrackStatus;
  /** Step at which it diverged, if it did. */
  divergedAt: number | null;
}

/** Below these an optimizer has effectively stopped moving. */
const STILL_STEP = 1e-9;
const STILL_GRAD = 1e-6;

export class SurfaceLab {
  tracks: Track[] = [];
  surface: Surface | null = null;
  start: Vec2 = [0, 0];
  maxSteps = 0;
  /** Bumped whenever the tracks grow. */
  version = 0;
  /** Bumped whenever the tracks restart. */
  generation = 0;
  error: string | null = null;
  private readonly listeners = new Set<() => void>();
  private fStar = 0;

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Restart every optimizer from `start`. Bad settings leave no tracks and set `error`. */
  reset(surface: Surface, start: Vec2, hypers: Hyper[], maxSteps: number): void {
    this.disposeRuns();
    this.surface = surface;
    this.start = start;
    this.maxSteps = maxSteps;
    this.error = null;
    this.fStar = surface.minima.length ? Math.min(...surface.minima.map((m) => m.value)) : 0;
    try {
      // One by one, so that a failure part-way leaves every created run disposable.
      for (const hyper of hypers) this.tracks.push(this.makeTrack(surface, start, hyper, maxSteps));
    } catch (e) {
      this.disposeRuns();
      this.error = e instanceof Error ? e.message : String(e);
    }
    this.generation++;
    this.version++;
    this.emit();
  }

  /** True while some optimizer can still take a step. */
  get active(): boolean {
    return this.tracks.some((t) => t.status === 'running');
  }

  /** The step count of the slowest running track (what "step" means for the lab). */
  get t(): number {
    return this.tracks.reduce((m, tr) => Math.max(m, tr.run.t), 0);
  }

  /** One step of every optimizer that is still running. */
  stepAll(): void {
    for (const tr of this.tracks) this.stepTrack(tr);
    this.version++;
    this.emit();
  }

  /**
   * Up to `perTrack` steps of each running optimizer, round-robin, stopping once
   * `budgetMs` has passed. Returns the number of steps taken.
   */
  advance(budgetMs: number, perTrack: number): number {
    const t0 = performance.now();
    let steps = 0;
    // Whole rounds only, so the optimizers stay in lockstep (a fair race); the first
    // round always runs so every path moves each frame.
    for (let k = 0; k < perTrack; k++) {
      if (k > 0 && performance.now() - t0 > budgetMs) break;
      let any = false;
      for (const tr of this.tracks) {
        if (tr.status !== 'running') continue;
        this.stepTrack(tr);
        any = true;
        steps++;
      }
      if (!any) break;
    }
    if (steps) {
      this.version++;
      this.emit();
    }
    return steps;
  }

  dispose(): void {
    this.disposeRuns();
    this.listeners.clear();
  }

  private makeTrack(surface: Surface, start: Vec2, hyper: Hyper, maxSteps: number): Track {
    const run = createOptimizerRun({ ...hyper, surface, start });
    const cap = maxSteps + 1;
    const tr: Track = {
      kind: hyper.kind,
      hyper,
      run,
      xs: new Float64Array(cap),
      ys: new Float64Array(cap),
      gap: new Float64Array(cap),
      dist: new Float64Array(cap),
      n: 0,
      last: null,
      prev: null,
      status: 'running',
      divergedAt: null,
    };
    this.record(tr, run.theta);
    return tr;
  }

  private record(tr: Track, p: Vec2): void {
    const s = this.surface!;
    const i = tr.n++;
    tr.xs[i] = p[0];
    tr.ys[i] = p[1];
    tr.gap[i] = s.f(p[0], p[1]) - this.fStar;
    tr.dist[i] = nearestMinimum(s, p)?.distance ?? NaN;
  }

  private stepTrack(tr: Track): void {
    if (tr.status !== 'running') return;
    const rec = tr.run.step();
    tr.prev = tr.last;
    tr.last = rec;
    this.record(tr, rec.thetaAfter);
    if (rec.diverged) {
      tr.status = 'diverged';
      tr.divergedAt = rec.t;
    } else if (Math.hypot(...rec.update) < STILL_STEP && Math.hypot(...rec.grad) < STILL_GRAD) {
      tr.status = 'converged';
    } else if (rec.t >= this.maxSteps) tr.status = 'limit';
  }

  private disposeRuns(): void {
    for (const tr of this.tracks) tr.run.dispose();
    this.tracks = [];
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}

/** How many steps a surface gets before the animation stops. */
export function stepLimit(surface: Surface, kappa: number): number {
  if (surface.id === 'ravine') return Math.min(4000, Math.max(300, Math.round(40 * kappa)));
  return Math.min(4000, 2 * surface.suggestedSteps);
}
