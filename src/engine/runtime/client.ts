/**
 * Main-thread handle on the training worker. Framework-free: a lesson wires its
 * callbacks into a store. Snapshots are acknowledged on the next animation frame, so
 * the worker never sends more than the page can draw.
 *
 * Reset generations: every reset bumps `generation`, and anything the worker sends
 * about an older run (ready, snapshot, diverged) is dropped here, so a stale snapshot
 * never reaches a view.
 */
import type { BackendRequest, BackendVerdict, Fault, FromWorker, ToWorker } from './protocol';
import type { ConfigOf, LiveOf, TaskName } from '../tasks/registry';

export interface TrainerOptions<K extends TaskName> {
  task: K;
  config: ConfigOf<K>;
  backend: BackendRequest;
  faults?: Fault[];
  /** Automatic backend choices remembered from earlier visits (see BackendInfo.verdictKey). */
  verdicts?: Record<string, BackendVerdict>;
  onMessage: (msg: FromWorker<K>) => void;
  /** For tests: supply a worker (anything with postMessage/terminate); by default the module worker is started. */
  worker?: WorkerLike;
  /** For tests: how to wait for the next frame before acknowledging a snapshot. */
  nextFrame?: (fn: () => void) => void;
}

export interface WorkerLike {
  postMessage(msg: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
}

function startWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'trainer',
  }) as unknown as WorkerLike;
}

/** A worker started ahead of its lab (prewarmTrainer), for the next TrainerClient to adopt. */
let spare: { worker: WorkerLike; failed: boolean; timer: ReturnType<typeof setTimeout> } | null = null;

/**
 * Start a training worker before any lab asks for one, so it loads tfjs and readies the
 * likely backends (the wasm binary) while the page is still rendering; the next
 * TrainerClient adopts it instead of starting its own. Call it as soon as a lesson's route
 * is known. Unadopted after `ms`, it is let go.
 */
export function prewarmTrainer(backend: BackendRequest, ms = 20_000): void {
  if (spare || typeof Worker === 'undefined') return;
  const worker = startWorker();
  const entry = { worker, failed: false, timer: setTimeout(() => dropSpare(), ms) };
  worker.onerror = (ev) => {
    ev.preventDefault();
    entry.failed = true;
  };
  worker.postMessage({ type: 'warm', backend } satisfies ToWorker);
  spare = entry;
}

/** Let the prewarmed worker go (the learner left before a lab adopted it). */
export function dropSpare(): void {
  if (!spare) return;
  clearTimeout(spare.timer);
  spare.worker.terminate();
  spare = null;
}

/** The prewarmed worker, if there is a healthy one (it is then no longer spare). */
function adoptSpare(): WorkerLike | null {
  if (!spare || spare.failed) {
    dropSpare();
    return null;
  }
  clearTimeout(spare.timer);
  const { worker } = spare;
  spare = null;
  return worker;
}

export class TrainerClient<K extends TaskName> {
  private readonly worker: WorkerLike;
  private disposed = false;
  private ackPending = false;
  private gen = 0;

  constructor(private readonly opts: TrainerOptions<K>) {
    this.worker = opts.worker ?? adoptSpare() ?? startWorker();
    this.worker.onmessage = (ev: MessageEvent<FromWorker<K>>) => this.receive(ev.data);
    this.worker.onerror = (ev) => {
      ev.preventDefault();
      opts.onMessage({ type: 'error', message: ev.message || 'The training worker failed to start.' });
    };
    this.send({
      type: 'init',
      task: opts.task,
      config: opts.config,
      backend: opts.backend,
      faults: opts.faults,
      gen: this.gen,
      verdicts: opts.verdicts,
    });
  }

  /** The current reset generation (0 for the first run). */
  get generation(): number {
    return this.gen;
  }

  play(): void {
    this.send({ type: 'play' });
  }
  pause(): void {
    this.send({ type: 'pause' });
  }
  step(steps = 1): void {
    this.send({ type: 'step', steps });
  }
  /** Start a new run with `config`; returns its generation. */
  reset(config: ConfigOf<K>): number {
    this.gen++;
    this.send({ type: 'reset', config, gen: this.gen });
    return this.gen;
  }
  set(params: Partial<LiveOf<K>>): void {
    this.send({ type: 'set', params });
  }

  dispose(): void {
    if (this.disposed) return;
    this.send({ type: 'dispose' });
    this.disposed = true;
    // Give the worker a moment to free its tensors, then make sure it is gone.
    setTimeout(() => this.worker.terminate(), 500);
  }

  private receive(msg: FromWorker<K>): void {
    if (this.disposed) return;
    if ('gen' in msg && msg.gen !== this.gen) {
      // Still acknowledge a stale snapshot, or the worker would wait for an ack forever.
      if (msg.type === 'snapshot') this.ack();
      return;
    }
    this.opts.onMessage(msg);
    if (msg.type === 'snapshot') this.ack();
  }

  private ack(): void {
    if (this.ackPending) return;
    this.ackPending = true;
    (this.opts.nextFrame ?? requestAnimationFrame)(() => {
      this.ackPending = false;
      this.send({ type: 'ack' });
    });
  }

  private send(msg: ToWorker<K>): void {
    if (!this.disposed) this.worker.postMessage(msg);
  }
}
