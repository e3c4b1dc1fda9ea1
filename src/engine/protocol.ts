/**
 * The typed message protocol between the main thread and the training worker.
 * The main thread only renders; the worker owns every tensor.
 */

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
 * backend tried fail to start; 'lose' makes the running backend fail mid-run, as a lost
 * GPU context would.
 */
export type Fault = 'backend' | 'lose';

/** Every snapshot carries the worker's live tensor count (it must stay flat). */
export interface SnapshotBase {
  numTensors?: number;
}

export type ToWorker =
  | { type: 'init'; task: string; config: unknown; backend: BackendRequest; faults?: Fault[] }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; steps: number }
  | { type: 'reset'; config?: unknown }
  | { type: 'set'; params: Record<string, unknown> }
  | { type: 'ack' }
  | { type: 'dispose' };

export type FromWorker<S = unknown> =
  | { type: 'ready'; backend: BackendInfo; info: unknown }
  | { type: 'snapshot'; snap: S }
  | { type: 'playing'; playing: boolean }
  | { type: 'diverged'; message: string }
  | { type: 'backend'; backend: BackendInfo; message: string }
  | { type: 'error'; message: string };

/** What a training task can do; the worker host drives any task through this. */
export interface TrainingTask<S> {
  readonly cost: ModelCost;
  /** Train for about `ms` milliseconds; returns the number of steps done. */
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
  set(params: Record<string, unknown>): void;
  /** Data sent once after start or reset (e.g. the dataset's points). */
  describe(): unknown;
  /** A message if training has diverged (NaN or exploding loss), else null. */
  divergence(): string | null;
  dispose(): void;
}

/** A task as the worker loads it: its size (to pick a backend before any tensor exists) and a constructor. */
export interface TaskModule {
  cost(config: unknown): ModelCost;
  create(config: unknown): TrainingTask<unknown>;
}
