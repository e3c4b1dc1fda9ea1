/**
 * A lesson's training session, framework-free (zustand vanilla): the worker client, the
 * store the views read, the loss histories, the reset key, and the actions every lesson
 * offers (play, step, reset, "lower the learning rate and reset"). React wiring lives in
 * useLessonTraining.ts; this file is unit-tested with a fake worker.
 *
 * - The reset key is the config minus the task's declared live keys (LIVE_KEYS): a
 *   change of anything else restarts the run; live values are sent as they are.
 * - Every reset bumps the generation; the client drops messages from older runs, and the
 *   store clears the snapshot and info at once, so no view ever sees a stale snapshot.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  TrainerClient,
  type TrainerOptions,
  type BackendInfo,
  type BackendRequest,
  type Fault,
  type FromWorker,
  type SnapshotBase,
  type ConfigOf,
  type InfoOf,
  LIVE_KEYS,
  type LiveOf,
  type SnapshotOf,
  type TaskName,
} from '../../engine';
import { History } from '../../store/history';
import { loadVerdicts, rememberVerdict } from '../../store/backendVerdicts';
import { freshSessionState, type LabSession, type SessionState } from './session';

/** A worker session's state: the state every lab has (session.ts), with the task's info and the backend. */
export interface LessonTrainingState<K extends TaskName> extends SessionState<SnapshotOf<K>> {
  info: InfoOf<K> | null;
  backend: BackendInfo | null;
}

/** A loss (or metric) history the session keeps: which numbers to record from each snapshot. */
export interface HistorySpec<S> {
  channels: number;
  x: (snap: S) => number;
  /** The values to record, or null to skip this snapshot. */
  values: (snap: S) => ArrayLike<number> | null;
}

/** Per-run train and test loss against the step: channels [train₀…train_R−1, test₀…test_R−1]. */
export function trainTestHistory<S extends { step: number; trainLoss: ArrayLike<number>; testLoss: ArrayLike<number> }>(
  runs: number,
  x: (s: S) => number = (s) => s.step,
): HistorySpec<S> {
  return {
    channels: 2 * runs,
    x,
    values: (s) => {
      if (s.trainLoss.length !== runs) return null;
      const v = new Float32Array(2 * runs);
      for (let r = 0; r < runs; r++) {
        v[r] = s.trainLoss[r]!;
        v[runs + r] = s.testLoss[r]!;
      }
      return v;
    },
  };
}

export interface LessonTrainingOptions<K extends TaskName, H extends string> {
  histories?: Record<H, HistorySpec<SnapshotOf<K>>>;
  /**
   * Lower the learning rate (through the lesson's parameters); return false if it is
   * already at its minimum. The session then resets with the new config and plays.
   */
  onLowerLr?: () => boolean;
  /** Called with every snapshot of the current run, after the histories. */
  onSnapshot?: (snap: SnapshotOf<K>) => void;
  /** Notices for the app (backend fallbacks); defaults to nothing. */
  notify?: (n: { id: string; kind: 'warning'; title: string; lines: string[] }) => void;
  /** The app's backend badge. */
  onBackend?: (info: BackendInfo | null, status: 'idle' | 'starting' | 'ready' | 'failed') => void;
  /** For tests: how the worker client is made. */
  createClient?: (opts: TrainerOptions<K>) => TrainerClient<K>;
}

let refIds = new WeakMap<object, number>();
let nextRef = 1;
function refId(o: object): number {
  let id = refIds.get(o);
  if (id === undefined) refIds.set(o, (id = nextRef++));
  return id;
}

/**
 * A stable text key of a config without its live keys. Typed arrays and data objects
 * (e.g. the MNIST digits) count by identity, not by content: no megabytes of JSON.
 */
export function configKey(config: object, leaveOut: readonly PropertyKey[]): string {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) if (!leaveOut.includes(k)) out[k] = v;
  return JSON.stringify(out, (_k, v: unknown) =>
    ArrayBuffer.isView(v) || v instanceof ArrayBuffer ? `#ref${refId(v as object)}` : v,
  );
}

function pick<C extends object, L extends keyof C>(config: C, keys: readonly L[]): Pick<C, L> {
  const out = {} as Pick<C, L>;
  for (const k of keys) out[k] = config[k];
  return out;
}

export class LessonTraining<K extends TaskName, H extends string = string> implements LabSession<SnapshotOf<K>> {
  readonly store: StoreApi<LessonTrainingState<K>>;
  readonly histories = {} as Record<H, History>;
  private client: TrainerClient<K> | null = null;
  private config: ConfigOf<K> | null;
  private resetKey = '';
  private liveKey = '';
  private pendingReset = false;
  private playAfterReset = false;
  private fallbackTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly task: K,
    config: ConfigOf<K> | null,
    private opts: LessonTrainingOptions<K, H> = {},
  ) {
    this.config = config;
    if (config) this.remember(config);
    this.store = createStore<LessonTrainingState<K>>(() => ({
      ...freshSessionState('starting'),
      info: null,
      backend: null,
    }));
    this.setOptions(opts);
  }

  /** New callbacks and history specs (a history is rebuilt when its channel count changes). */
  setOptions(opts: LessonTrainingOptions<K, H>): void {
    this.opts = opts;
    const specs = (opts.histories ?? {}) as Record<H, HistorySpec<SnapshotOf<K>>>;
    for (const name of Object.keys(specs) as H[]) {
      const h = this.histories[name];
      if (!h || h.channels !== specs[name].channels) this.histories[name] = new History(specs[name].channels);
    }
  }

  /**
   * The reset key of the config the page is rendering now (set by the hook during
   * render). Until update() has applied it, the store's snapshot belongs to the old
   * config, and readers see none (see `visibleState`).
   */
  renderKey: string | null = null;

  /** Keys by config object: a lesson's config is memoized, and every render asks (JSON of a whole dataset is not free). */
  private keys = new WeakMap<object, string>();

  keyOf(config: ConfigOf<K>): string {
    let key = this.keys.get(config as object);
    if (key === undefined) {
      key = configKey(config as object, LIVE_KEYS[this.task]);
      this.keys.set(config as object, key);
    }
    return key;
  }

  private liveOf(config: ConfigOf<K>): Partial<LiveOf<K>> {
    return pick(config, LIVE_KEYS[this.task] as readonly LiveKeyOfConfig<K>[]) as Partial<LiveOf<K>>;
  }

  private remember(config: ConfigOf<K>): void {
    this.resetKey = this.keyOf(config);
    this.liveKey = JSON.stringify(this.liveOf(config));
  }

  /** The state as views may see it: no snapshot or info from a config being replaced. */
  visibleState<St extends SessionState<SnapshotOf<K>> & { info?: InfoOf<K> | null }>(s: St): St {
    if (this.renderKey === null || this.renderKey === this.resetKey || (!s.snapshot && !s.info)) return s;
    return { ...s, snapshot: null, info: null };
  }

  /** Start the worker with `config` (or restart it, e.g. on another backend). */
  start(config: ConfigOf<K>, backend: BackendRequest, faults: Fault[] = []): void {
    this.stop();
    this.config = config;
    this.remember(config);
    this.store.setState({
      status: 'starting',
      progress: 'Starting the training worker…',
      playing: false,
      snapshot: null,
      info: null,
      error: null,
      diverged: null,
    });
    this.clearHistories();
    this.opts.onBackend?.(null, 'starting');
    const make = this.opts.createClient ?? ((o: TrainerOptions<K>) => new TrainerClient<K>(o));
    this.client = make({
      task: this.task,
      config,
      backend,
      faults,
      verdicts: loadVerdicts(),
      onMessage: (m) => this.receive(m),
    });
    this.store.setState({ generation: this.client.generation });
  }

  stop(): void {
    if (this.fallbackTimer) clearTimeout(this.fallbackTimer);
    this.client?.dispose();
    this.client = null;
    this.opts.onBackend?.(null, 'idle');
  }

  /** The lesson's config changed: reset if its structure did, else send the live values. */
  update(config: ConfigOf<K>): void {
    this.config = config;
    const { resetKey, liveKey } = this;
    this.remember(config);
    if (this.resetKey !== resetKey || this.pendingReset) this.reset();
    else if (this.liveKey !== liveKey) this.client?.set(this.liveOf(config));
  }

  play = (): void => {
    // A run with nothing left to do (its snapshot says `finished`) starts again from the top.
    if ((this.store.getState().snapshot as SnapshotBase | null)?.finished) {
      this.playAfterReset = true;
      this.reset();
      return;
    }
    if (this.store.getState().status === 'starting') this.store.setState({ playPending: true });
    this.client?.play();
  };
  pause = (): void => {
    this.store.setState({ playPending: false });
    this.client?.pause();
  };
  togglePlay = (): void => {
    const s = this.store.getState();
    if (s.playing || s.playPending) this.pause();
    else this.play();
  };
  step = (n = 1): void => {
    this.client?.step(n);
  };
  isPlaying = (): boolean => this.store.getState().playing;
  /** The current run's latest snapshot (never one of a config being replaced). */
  snapshot = (): SnapshotOf<K> | null => this.visibleState(this.store.getState()).snapshot;

  /** Start the run again from its first step, with the current config. */
  reset = (): void => {
    this.pendingReset = false;
    if (this.fallbackTimer) clearTimeout(this.fallbackTimer);
    this.fallbackTimer = null;
    this.clearHistories();
    const generation = this.client && this.config ? this.client.reset(this.config) : this.store.getState().generation;
    this.store.setState((s) => ({ diverged: null, snapshot: null, info: null, generation, version: s.version + 1 }));
    if (this.playAfterReset) {
      this.playAfterReset = false;
      this.play();
    }
  };

  /**
   * The remedy every divergence notice offers: a learning rate ten times smaller, then a
   * fresh run that plays. Always resets, whether or not the rate could still go down.
   */
  lowerLrAndReset = (): void => {
    this.runWith(() => this.opts.onLowerLr?.() ?? false);
  };

  /**
   * Change the lesson's parameters with `apply` (return whether anything changed), then
   * reset with the resulting config and play — always, whether or not it changed. The
   * reset waits for the new config (it arrives through update()); if none arrives, it
   * happens anyway. Exercises run their experiments with this.
   */
  runWith = (apply: () => boolean): void => {
    this.playAfterReset = true;
    this.pendingReset = true;
    const changed = apply();
    if (!changed) this.reset();
    else {
      if (this.fallbackTimer) clearTimeout(this.fallbackTimer);
      this.fallbackTimer = setTimeout(() => this.pendingReset && this.reset(), 200);
    }
  };

  get hasLowerLr(): boolean {
    return !!this.opts.onLowerLr;
  }

  private clearHistories(): void {
    for (const h of Object.values(this.histories) as History[]) h.clear();
  }

  private receive(msg: FromWorker<K>): void {
    switch (msg.type) {
      case 'ready':
        this.store.setState({ status: 'ready', progress: null, info: msg.info, backend: msg.backend, error: null });
        this.opts.onBackend?.(msg.backend, 'ready');
        rememberVerdict(msg.backend);
        if (msg.backend.fallbackFrom) {
          this.opts.notify?.({
            id: 'backend-fallback',
            kind: 'warning',
            title: `Using ${msg.backend.name} instead of ${msg.backend.fallbackFrom.name}`,
            lines: [`${msg.backend.fallbackFrom.name} could not be used: ${msg.backend.fallbackFrom.error}.`],
          });
        }
        break;
      case 'snapshot': {
        const snap = msg.snap;
        const specs = (this.opts.histories ?? {}) as Record<H, HistorySpec<SnapshotOf<K>>>;
        for (const name of Object.keys(specs) as H[]) {
          const v = specs[name].values(snap);
          if (v) this.histories[name]?.push(specs[name].x(snap), v);
        }
        this.opts.onSnapshot?.(snap);
        // Tiered snapshots: fields a snapshot leaves out keep their last value.
        this.store.setState((s) => ({
          snapshot: mergeDefined(s.snapshot, snap),
          version: s.version + 1,
          progress: stepOf(snap) > 0 ? null : s.progress,
        }));
        break;
      }
      case 'playing':
        this.store.setState({ playing: msg.playing, playPending: false });
        break;
      case 'diverged':
        this.store.setState({ diverged: msg.message, playing: false, playPending: false });
        break;
      case 'progress':
        this.store.setState({ progress: msg.message });
        break;
      case 'backend':
        this.store.setState({ backend: msg.backend });
        this.opts.onBackend?.(msg.backend, 'ready');
        this.opts.notify?.({ id: 'backend-lost', kind: 'warning', title: 'Backend changed', lines: [msg.message] });
        break;
      case 'error':
        this.store.setState({
          status: 'error',
          error: msg.message,
          playing: false,
          playPending: false,
          progress: null,
        });
        this.opts.onBackend?.(this.store.getState().backend, this.store.getState().backend ? 'ready' : 'failed');
        break;
    }
  }
}

type LiveKeyOfConfig<K extends TaskName> = keyof ConfigOf<K> & (typeof LIVE_KEYS)[K][number];

function stepOf(snap: unknown): number {
  const s = (snap as { step?: unknown }).step;
  return typeof s === 'number' ? s : 0;
}

function mergeDefined<S>(prev: S | null, next: S): S {
  if (!prev) return next;
  const out = { ...prev } as Record<string, unknown>;
  for (const [k, v] of Object.entries(next as Record<string, unknown>)) if (v !== undefined) out[k] = v;
  return out as S;
}

/** For tests: forget object identities used in config keys. */
export function resetConfigKeyIds(): void {
  refIds = new WeakMap();
  nextRef = 1;
}
