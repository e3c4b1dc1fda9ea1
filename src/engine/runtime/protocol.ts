/**
 * The typed message protocol between the main thread and the training worker.
 * The main thread only renders; the worker owns every tensor.
 */

import type { ConfigOf, InfoOf, LiveOf, SnapshotOf, TaskName } from '../tasks/registry';

export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];
export type BackendRequest = BackendName | 'auto';

export interface BackendInfo {
  name: BackendName;
  /** Why this backend: shown to the user in the status badge. */
  reason: string;
  /** Set when the requested or preferred backend failed and we fell back. */
  fallbackFrom?: { name: BackendName; error: string };
  /** wasm only: number of threads in use. */
  threads?: number;
  /**
   * Set when the automatic choice timed the real task (task and model size): the page may
   * remember the verdict under this key and pass it back in the next 'init', which then
   * skips the timing.
   */
  verdictKey?: string;
  /** The choice is a verdict remembered from an earlier visit (not timed this time). */
  remembered?: boolean;
}

/** A remembered automatic choice (see BackendInfo.verdictKey). */
export interface BackendVerdict {
  name: BackendName;
  reason: string;
}

/** Rough size of one training step, which decides between CPU-style and GPU-style backends. */
export interface ModelCost {
  /** Multiply-adds of one forward + backward step, all runs together. */
  flopsPerStep: number;
  /** Kernels a backend must implement for this task (e.g. Conv2DBackpropFilter). */
  kernels?: string[];
}

/**
 * Fault injection for tests (from the URL flag ?fault=…): 'backend' makes the first
 * backend tried fail to start; 'diverge' makes the first run report a divergence after a
 * few steps (the remedy's reset then trains normally); 'lose' makes the running backend fail mid-run, as a lost
 * GPU context would.
 */
export type Fault = 'backend' | 'lose' | 'diverge';
export const FAULTS: readonly Fault[] = ['backend', 'lose', 'diverge'];

/** Every snapshot carries the worker's live tensor count (it must stay flat). */
export interface SnapshotBase {
  numTensors?: number;
  /** Set from the task's isFinished(), when it has one. */
  finished?: boolean;
}

/**
 * Messages to the worker. `gen` is the reset generation: the client bumps it on every
 * reset, and the worker tags what it sends back with the generation it belongs to, so a
 * snapshot from before a reset can never reach a view.
 */
export type ToWorker<K extends TaskName = TaskName> =
  /** Sent to a worker started ahead of its lab (prewarmTrainer): load tfjs and ready the likely backends now. */
  | { type: 'warm'; backend: BackendRequest }
  | {
      type: 'init';
      task: K;
      config: ConfigOf<K>;
      backend: BackendRequest;
      faults?: Fault[];
      gen: number;
      verdicts?: Record<string, BackendVerdict>;
    }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; steps: number }
  | { type: 'reset'; config: ConfigOf<K>; gen: number }
  | { type: 'set'; params: Partial<LiveOf<K>> }
  | { type: 'ack' }
  | { type: 'dispose' };

export type FromWorker<K extends TaskName = TaskName> =
  | { type: 'ready'; gen: number; backend: BackendInfo; info: InfoOf<K> }
  | { type: 'snapshot'; gen: number; snap: SnapshotOf<K> & SnapshotBase }
  | { type: 'playing'; playing: boolean }
  | { type: 'diverged'; gen: number; message: string }
  /** What the worker is doing before it can train (loading, choosing a backend, compiling). */
  | { type: 'progress'; message: string }
  | { type: 'backend'; backend: BackendInfo; message: string }
  | { type: 'error'; message: string };

/** What a training task can do; the worker host drives any task through this. */
export interface TrainingTask<S, I = unknown, L = Record<string, never>> {
  readonly cost: ModelCost;
  /**
   * Train for about `ms` milliseconds; returns the number of steps done. A paced task
   * (one that animates at a set rate) returns 0 when no step is due yet: the worker then
   * waits a few milliseconds instead of spinning.
   */
  trainFor(ms: number): number;
  /** Train exactly n steps. */
  step(n: number): void;
  /**
   * Build a snapshot. `full` is the host's periodic hint (every ~100 ms) for the
   * expensive parts; `forced` (after a step or reset) means "everything, now". Tasks
   * with their own time budgets may ignore `full` but must honour `forced`.
   */
  snapshot(full: boolean, forced?: boolean): { snap: S; transfer: Transferable[] };
  /** Live changes that do not need a reset (e.g. the learning rate). */
  set(params: Partial<L>): void;
  /** Data sent once after start or reset (e.g. the dataset's points). */
  describe(): I;
  /** A message if training has diverged (NaN or exploding loss), else null. */
  divergence(): string | null;
  dispose(): void;
  /**
   * Optional: true when the run has nothing left to do (every part converged or hit its
   * limit). The worker then pauses; Play starts the run again (see lessonTraining.ts).
   */
  isFinished?(): boolean;
  /**
   * Optional: the minimum gap between snapshots in ms (default 50). An animation (the
   * optimizers' paths) asks for one per frame; the page's acks still pace it.
   */
  readonly snapshotMs?: number;
}

/** A task as the worker loads it: its size (to pick a backend before any tensor exists) and a constructor. */
interface TaskModule<C, S, I, L> {
  cost(config: C): ModelCost;
  create(config: C): TrainingTask<S, I, L>;
}

/** The module of a registered task, typed from the registry. */
export type TaskModuleOf<K extends TaskName> = TaskModule<ConfigOf<K>, SnapshotOf<K>, InfoOf<K>, LiveOf<K>>;
