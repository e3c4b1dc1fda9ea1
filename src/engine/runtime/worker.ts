/// <reference lib="webworker" />
/**
 * The training worker. It owns every tensor, trains as many steps as fit in short
 * slices, and posts snapshots as transferable typed arrays: at most one per frame the
 * main thread has drawn (it acknowledges each) and at most ~20 per second.
 *
 * Everything it sends about a run (ready, snapshot, diverged) carries the run's reset
 * generation, so the page can drop anything that belongs to a run it has replaced.
 */
import { memory } from '@tensorflow/tfjs-core';
import { initBackend, verdictKeyOf, warmBackends } from './backend';
import type {
  BackendInfo,
  BackendRequest,
  BackendVerdict,
  Fault,
  FromWorker,
  TaskModuleOf,
  ToWorker,
  TrainingTask,
} from './protocol';
import type { ConfigOf, TaskName } from '../tasks/registry';

/** One line per task; each loads lazily so a lesson's worker only pulls in what it runs. */
const TASKS: { [K in TaskName]: () => Promise<TaskModuleOf<K>> } = {
  mlp2d: async () => (await import('../tasks/mlp2d')).mlp2dTask,
  cnn: async () => (await import('../tasks/cnn')).cnnTask,
  gradients: async () => (await import('../tasks/gradients')).gradientsTask,
  pretrain: async () => (await import('../tasks/pretrain')).pretrainTask,
  optimnet: async () => (await import('../tasks/optimnet')).optimNetTask,
  optim2d: async () => (await import('../tasks/optim2d')).optim2dTask,
  regularize: async () => (await import('../tasks/regularize')).regularizeTask,
  graphcheck: async () => (await import('../tasks/graphcheck')).graphCheckTask,
  approx1d: async () => (await import('../tasks/approx1d')).approx1dTask,
  xornet: async () => (await import('../tasks/xornet')).xorNetTask,
};

/** Milliseconds of training between checks for messages. */
const SLICE_MS = 12;
/** Minimum gap between snapshots (20 per second: smooth enough for charts, cheap for training). */
const SNAPSHOT_MS = 50;
/** How long to wait when a paced task had no step due (instead of spinning). */
const IDLE_MS = 4;
/** Minimum gap between full snapshots (with the expensive parts, e.g. boundaries). */
const FULL_MS = 100;

const scope = self as unknown as DedicatedWorkerGlobalScope;

// The worker serves one task; its name is fixed by 'init'. Inside, the task is handled
// through the registry's widest types (the wire is where static types end).
type AnyTask = TrainingTask<unknown, unknown, unknown>;
type AnyModule = {
  cost(config: unknown): ReturnType<TaskModuleOf<TaskName>['cost']>;
  create(config: unknown): AnyTask;
};

let task: AnyTask | null = null;
let taskName: TaskName | null = null;
let config: ConfigOf<TaskName> | null = null;
let gen = 0;
let backendRequest: BackendRequest = 'auto';
let backend: BackendInfo | null = null;
let playing = false;
let awaitingAck = false;
let lastPost = 0;
let lastFull = 0;
let queue: Promise<void> = Promise.resolve();
let faults: Fault[] = [];
/** Automatic backend choices remembered by the page, by verdict key (see verdictKeyOf). */
let verdicts: Record<string, BackendVerdict> = {};
let slices = 0;
/** Steps done since the task was created (the first one compiles kernels on GPU backends). */
let stepsDone = 0;

function post(msg: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

function progress(message: string): void {
  post({ type: 'progress', message });
}

function postSnapshot(force: boolean): void {
  if (!task) return;
  const t = performance.now();
  if (!force && (awaitingAck || t - lastPost < (task.snapshotMs ?? SNAPSHOT_MS))) return;
  const full = force || t - lastFull >= FULL_MS;
  const { snap, transfer } = task.snapshot(full, force);
  lastPost = t;
  if (full) lastFull = t;
  awaitingAck = true;
  const extra = task.isFinished
    ? { numTensors: memory().numTensors, finished: task.isFinished() }
    : { numTensors: memory().numTensors };
  post({ type: 'snapshot', gen, snap: Object.assign(snap as object, extra) } as FromWorker, transfer);
}

function postReady(): void {
  post({ type: 'ready', gen, backend: backend!, info: task!.describe() } as FromWorker);
}

function setPlaying(p: boolean): void {
  if (playing === p) return;
  playing = p;
  post({ type: 'playing', playing });
  if (playing) schedule();
}

/** Steps after which ?fault=diverge reports a divergence (first run only). */
const FAULT_DIVERGE_STEPS = 20;

function checkDivergence(): boolean {
  const faked =
    faults.includes('diverge') && gen === 0 && stepsDone >= FAULT_DIVERGE_STEPS
      ? 'Simulated divergence (?fault=diverge): the loss blew up. Lower the learning rate.'
      : null;
  const d = faked ?? task?.divergence();
  if (!d) return false;
  const was = playing;
  setPlaying(false);
  // Show the run as it diverged (the last snapshot may be a few steps behind).
  if (was) postSnapshot(true);
  post({ type: 'diverged', gen, message: d });
  return true;
}

/** On GPU backends the first step compiles shaders and can take seconds: say so first. */
function noteFirstStep(): void {
  if (stepsDone === 0 && (backend?.name === 'webgl' || backend?.name === 'webgpu')) {
    progress(`Compiling the ${backend.name} kernels for the first step…`);
  }
}

/*
 * Yielding between slices. A MessageChannel ping alone is fast but, in Chromium, can
 * starve the worker's own message queue (acks and pause arrive late); setTimeout(0)
 * lets messages in but is clamped to 4 ms once timers nest. Alternating the two gets
 * both: every other yield is a timer whose nesting level is reset by the ping.
 */
const channel = new MessageChannel();
channel.port1.onmessage = tick;
let flip = false;
function schedule(): void {
  flip = !flip;
  if (flip) setTimeout(tick, 0);
  else channel.port2.postMessage(null);
}

function tick(): void {
  if (!playing || !task) return;
  try {
    if (faults.includes('lose') && backend?.name !== 'cpu' && ++slices === 20)
      throw new Error('simulated loss of the GPU context (?fault=lose)');
    noteFirstStep();
    const n = task.trainFor(SLICE_MS);
    stepsDone += n;
    // Also when no step was taken: a slice may have finished queued work (an evaluation,
    // the end of a schedule) that the page must see. Snapshots are rate-limited anyway.
    postSnapshot(false);
    if (checkDivergence()) return;
    if (task.isFinished?.()) {
      // Nothing left to do: show the end and stop.
      postSnapshot(true);
      setPlaying(false);
      return;
    }
    if (n === 0) {
      setTimeout(tick, IDLE_MS);
      return;
    }
  } catch (e) {
    enqueue(() => recover(e));
    return;
  }
  schedule();
}

function createTask(mod: AnyModule): void {
  task?.dispose();
  task = null;
  progress('Building the networks…');
  task = mod.create(config);
  stepsDone = 0;
}

async function start(): Promise<void> {
  progress('Loading the training code…');
  const mod = await loadTask();
  task?.dispose();
  task = null;
  progress(
    backendRequest === 'auto'
      ? 'Choosing the fastest backend for this model…'
      : `Starting the ${backendRequest} backend…`,
  );
  const cost = mod.cost(config);
  const verdictKey = verdictKeyOf(taskName!, cost);
  backend = await initBackend(backendRequest, cost, {
    failFirst: faults.includes('backend') && backendRequest !== 'cpu',
    probe: () => probeTask(mod),
    verdictKey,
    remembered: faults.length ? undefined : verdicts[verdictKey],
  });
  createTask(mod);
  postReady();
  // Play pressed while starting arrives right behind: then the first snapshot the page
  // draws is one after the first trained slice, not an untrained one it must draw first.
  setTimeout(() => {
    if (!playing) postSnapshot(true);
  }, 0);
}

/**
 * Milliseconds per step of the real task on the current backend: steps for about
 * PROBE_MS (at most PROBE_STEPS) and one light snapshot, per step, after one untimed step.
 */
const PROBE_MS = 80;
const PROBE_STEPS = 20;
function probeTask(mod: AnyModule): number {
  const t = mod.create(config);
  try {
    t.step(1); // warm up (JIT, shader compilation, kernel caches): not timed
    t.snapshot(false, false);
    let n = 0;
    const t0 = performance.now();
    while (n < PROBE_STEPS && performance.now() - t0 < PROBE_MS) {
      t.step(1);
      n++;
    }
    // A snapshot reads data back, so GPU backends must finish the queued steps.
    t.snapshot(false, false);
    return (performance.now() - t0) / n;
  } finally {
    t.dispose();
  }
}

async function loadTask(): Promise<AnyModule> {
  const load = taskName ? TASKS[taskName] : undefined;
  if (!load) throw new Error(`Unknown training task "${String(taskName)}".`);
  return (await load()) as unknown as AnyModule;
}

/** A backend failed mid-run (e.g. a lost GPU context): fall back to cpu and say so. */
async function recover(e: unknown): Promise<void> {
  const message = e instanceof Error ? e.message : String(e);
  const was = backend?.name;
  if (!was || was === 'cpu') {
    setPlaying(false);
    post({ type: 'error', message: `Training stopped: ${message}` });
    return;
  }
  const resume = playing;
  playing = false;
  backendRequest = 'cpu';
  try {
    await start();
    const info = { ...backend!, fallbackFrom: { name: was, error: message } };
    backend = info;
    post({
      type: 'backend',
      backend: info,
      message: `The ${was} backend failed (${message}). Switched to cpu and restarted the run.`,
    });
    if (resume) setPlaying(true);
  } catch (e2) {
    post({ type: 'error', message: `Training stopped: ${e2 instanceof Error ? e2.message : String(e2)}` });
  }
}

function enqueue(fn: () => Promise<void> | void): void {
  queue = queue.then(fn).catch((e) => post({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
}

scope.onmessage = (ev: MessageEvent<ToWorker>) => {
  const msg = ev.data;
  switch (msg.type) {
    case 'warm':
      enqueue(() => warmBackends(msg.backend));
      break;
    case 'init':
      taskName = msg.task;
      config = msg.config;
      gen = msg.gen;
      backendRequest = msg.backend;
      faults = msg.faults ?? [];
      verdicts = msg.verdicts ?? {};
      enqueue(start);
      break;
    case 'play':
      enqueue(() => {
        if (task && !checkDivergence()) setPlaying(true);
      });
      break;
    case 'pause':
      enqueue(() => {
        if (!playing) return;
        setPlaying(false);
        // The last snapshot may be a few steps behind: show exactly where the run stopped.
        postSnapshot(true);
      });
      break;
    case 'step':
      enqueue(() => {
        if (!task) return;
        setPlaying(false);
        try {
          noteFirstStep();
          task.step(Math.max(1, msg.steps));
          stepsDone += Math.max(1, msg.steps);
        } catch (e) {
          return recover(e);
        }
        postSnapshot(true);
        checkDivergence();
      });
      break;
    case 'reset':
      enqueue(async () => {
        const resume = playing;
        playing = false;
        config = msg.config;
        gen = msg.gen;
        createTask(await loadTask());
        postReady();
        postSnapshot(true);
        if (resume) setPlaying(true);
        else post({ type: 'playing', playing: false });
      });
      break;
    case 'set':
      enqueue(() => task?.set(msg.params));
      break;
    case 'ack':
      awaitingAck = false;
      break;
    case 'dispose':
      playing = false;
      task?.dispose();
      task = null;
      scope.close();
      break;
  }
};
