/**
 * Main-thread handle on the training worker. Framework-free: a lesson wires its
 * callbacks into a store. Snapshots are acknowledged on the next animation frame, so
 * the worker never sends more than the page can draw.
 */
import type { BackendRequest, Fault, FromWorker, ToWorker } from './protocol';

export type WorkerEvent<S> = FromWorker<S>;

export interface TrainerOptions<S> {
  task: string;
  config: unknown;
  backend: BackendRequest;
  faults?: Fault[];
  onMessage: (msg: WorkerEvent<S>) => void;
  /** For tests: supply a worker; by default the module worker is started. */
  worker?: Worker;
}

export class TrainerClient<S> {
  private readonly worker: Worker;
  private disposed = false;
  private ackPending = false;

  constructor(private readonly opts: TrainerOptions<S>) {
    this.worker = opts.worker ?? new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'trainer' });
    this.worker.onmessage = (ev: MessageEvent<FromWorker<S>>) => this.receive(ev.data);
    this.worker.onerror = (ev) => {
      ev.preventDefault();
      opts.onMessage({ type: 'error', message: ev.message || 'The training worker failed to start.' });
    };
    this.send({ type: 'init', task: opts.task, config: opts.config, backend: opts.backend, faults: opts.faults });
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
  reset(config?: unknown): void {
    this.send({ type: 'reset', config });
  }
  set(params: Record<string, unknown>): void {
    this.send({ type: 'set', params });
  }

  dispose(): void {
    if (this.disposed) return;
    this.send({ type: 'dispose' });
    this.disposed = true;
    // Give the worker a moment to free its tensors, then make sure it is gone.
    setTimeout(() => this.worker.terminate(), 500);
  }

  private receive(msg: FromWorker<S>): void {
    if (this.disposed) return;
    this.opts.onMessage(msg);
    if (msg.type === 'snapshot' && !this.ackPending) {
      this.ackPending = true;
      requestAnimationFrame(() => {
        this.ackPending = false;
        this.send({ type: 'ack' });
      });
    }
  }

  private send(msg: ToWorker): void {
    if (!this.disposed) this.worker.postMessage(msg);
  }
}
