/**
 * The lesson platform's session (src/kit/session/lessonTraining.ts) and the worker client,
 * driven with a fake worker: reset keys, live parameters, reset generations (a stale
 * snapshot never reaches the store), the divergence remedy, histories, disposal.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrainerClient, type WorkerLike } from '../../src/engine/runtime/client';
import type { FromWorker, ToWorker } from '../../src/engine/runtime/protocol';
import type { Mlp2dConfig, Mlp2dSnapshot } from '../../src/engine/tasks/mlp2d';
import { configKey, LessonTraining, trainTestHistory } from '../../src/kit/session/lessonTraining';
import { loadVerdicts } from '../../src/store/backendVerdicts';
import { verdictKeyOf } from '../../src/engine/runtime/backend';
import type { LabSession } from '../../src/kit/session/session';

class FakeWorker implements WorkerLike {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  postMessage(msg: unknown): void {
    this.sent.push(msg as ToWorker);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker says something. */
  emit(msg: FromWorker<'mlp2d'>): void {
    this.onmessage?.({ data: msg } as MessageEvent);
  }
  types(): string[] {
    return this.sent.map((m) => m.type).filter((t) => t !== 'ack');
  }
  last<T extends ToWorker['type']>(type: T): Extract<ToWorker, { type: T }> | undefined {
    return [...this.sent].reverse().find((m) => m.type === type) as Extract<ToWorker, { type: T }> | undefined;
  }
}

const config = (over: Partial<Mlp2dConfig> = {}): Mlp2dConfig => ({
  dataset: 'spiral',
  noise: 0,
  points: 100,
  trainShare: 0.5,
  hidden: [8, 8],
  runs: [{ activation: 'relu', init: 'he' }],
  lr: 0.1,
  batch: 10,
  seed: 1,
  gridSize: 0,
  sampleSize: 0,
  ...over,
});

const snap = (step: number, loss = 1): Mlp2dSnapshot => ({
  step,
  epoch: step / 5,
  stepsPerSec: 100,
  sizes: [2, 8, 8, 1],
  runs: 1,
  trainLoss: Float32Array.of(loss),
  testLoss: Float32Array.of(loss + 0.1),
  trainAcc: Float32Array.of(0.5),
  testAcc: Float32Array.of(0.5),
  gridSize: 0,
});

const backend = { name: 'cpu' as const, reason: 'test' };
const info = {
  data: {
    train: { x: new Float32Array(0), y: new Float32Array(0), n: 0 },
    test: { x: new Float32Array(0), y: new Float32Array(0), n: 0 },
  },
  paramsPerRun: 3,
} as never;

function session(opts: { onLowerLr?: () => boolean } = {}) {
  const worker = new FakeWorker();
  const lab = new LessonTraining('mlp2d', config(), {
    histories: { loss: trainTestHistory<Mlp2dSnapshot>(1) },
    createClient: (o) => new TrainerClient({ ...o, worker, nextFrame: (fn) => fn() }),
    ...opts,
  });
  lab.start(config(), 'cpu');
  worker.emit({ type: 'ready', gen: 0, backend, info });
  return { lab, worker };
}

afterEach(() => vi.useRealTimers());

describe('configKey', () => {
  it('leaves out live keys, and counts typed arrays by identity, not content', () => {
    expect(configKey(config({ lr: 0.5 }), ['lr', 'batch'])).toBe(
      configKey(config({ lr: 0.01, batch: 3 }), ['lr', 'batch']),
    );
    expect(configKey(config({ seed: 2 }), ['lr'])).not.toBe(configKey(config(), ['lr']));
    const big = new Float32Array(1e6);
    const k1 = configKey({ data: big, a: 1 }, []);
    expect(k1.length).toBeLessThan(100);
    expect(configKey({ data: big, a: 1 }, [])).toBe(k1);
    expect(configKey({ data: new Float32Array(1e6), a: 1 }, [])).not.toBe(k1);
  });
});

describe('LessonTraining (the lesson hook, without React)', () => {
  it('is a LabSession, the one interface exercises and the transport read (no adapter, no cast)', () => {
    const { lab, worker } = session();
    const asSession: LabSession<unknown> = lab;
    worker.emit({ type: 'snapshot', gen: 0, snap: snap(3) });
    expect(asSession.snapshot()).toMatchObject({ step: 3 });
    expect(asSession.visibleState(asSession.store.getState())).toMatchObject({ status: 'ready', generation: 0 });
    asSession.reset();
    expect(asSession.store.getState().generation).toBe(1);
  });

  it('starts the worker with init, and a snapshot reaches the store and the history', () => {
    const { lab, worker } = session();
    expect(worker.sent[0]).toMatchObject({ type: 'init', task: 'mlp2d', gen: 0 });
    worker.emit({ type: 'snapshot', gen: 0, snap: snap(5, 0.7) });
    expect(lab.store.getState().status).toBe('ready');
    expect(lab.store.getState().snapshot?.step).toBe(5);
    expect(lab.histories.loss.n).toBe(1);
    expect(lab.histories.loss.ys[0]![0]).toBeCloseTo(0.7);
    expect(lab.histories.loss.ys[1]![0]).toBeCloseTo(0.8);
  });

  it('a live key change is sent with set, without a reset', () => {
    const { lab, worker } = session();
    lab.update(config({ lr: 0.03, batch: 20 }));
    expect(worker.last('set')).toEqual({ type: 'set', params: { lr: 0.03, batch: 20 } });
    expect(worker.types()).not.toContain('reset');
  });

  it('a structural change resets with the new config and a new generation', () => {
    const { lab, worker } = session();
    worker.emit({ type: 'snapshot', gen: 0, snap: snap(50) });
    lab.update(config({ hidden: [4] }));
    const reset = worker.last('reset');
    expect(reset?.gen).toBe(1);
    expect((reset?.config as Mlp2dConfig).hidden).toEqual([4]);
    // The old run's snapshot is gone at once, and so is its history.
    expect(lab.store.getState().snapshot).toBeNull();
    expect(lab.store.getState().generation).toBe(1);
    expect(lab.histories.loss.n).toBe(0);
  });

  it('an unchanged config sends nothing', () => {
    const { lab, worker } = session();
    const before = worker.sent.length;
    lab.update(config());
    expect(worker.sent.length).toBe(before);
  });

  it('a stale snapshot (from before a reset) never reaches the store, but is still acknowledged', () => {
    const { lab, worker } = session();
    lab.reset();
    worker.emit({ type: 'snapshot', gen: 0, snap: snap(999) });
    worker.emit({ type: 'diverged', gen: 0, message: 'old run blew up' });
    expect(lab.store.getState().snapshot).toBeNull();
    expect(lab.store.getState().diverged).toBeNull();
    expect(worker.sent.filter((m) => m.type === 'ack').length).toBe(1);
    worker.emit({ type: 'snapshot', gen: 1, snap: snap(1) });
    expect(lab.store.getState().snapshot?.step).toBe(1);
  });

  it('visibleState hides the snapshot while the page renders a config not yet applied', () => {
    const { lab, worker } = session();
    worker.emit({ type: 'snapshot', gen: 0, snap: snap(3) });
    lab.renderKey = lab.keyOf(config({ seed: 9 }));
    expect(lab.visibleState(lab.store.getState()).snapshot).toBeNull();
    lab.renderKey = lab.keyOf(config({ lr: 0.5 })); // only a live key differs: same run
    expect(lab.visibleState(lab.store.getState()).snapshot?.step).toBe(3);
  });

  it('keyOf remembers the key per config object (asked every render) and still tells new configs apart', () => {
    const { lab } = session();
    const c = config({ seed: 4 });
    const k = lab.keyOf(c);
    expect(lab.keyOf(c)).toBe(k);
    expect(lab.keyOf(config({ seed: 4 }))).toBe(k); // an equal copy: the same key
    expect(lab.keyOf(config({ seed: 5 }))).not.toBe(k);
    expect(lab.keyOf(config({ seed: 4, lr: 0.9 }))).toBe(k); // live keys are left out
  });

  it('"lower the learning rate and reset" always resets (with the new rate) and plays', () => {
    let lr = 0.1;
    const { lab, worker } = session({
      onLowerLr: () => {
        lr /= 10;
        return true;
      },
    });
    worker.emit({ type: 'diverged', gen: 0, message: 'boom' });
    expect(lab.store.getState().diverged).toBe('boom');
    lab.lowerLrAndReset();
    // The lesson's params change, and the page hands the new config over:
    lab.update(config({ lr }));
    const reset = worker.last('reset');
    expect((reset?.config as Mlp2dConfig).lr).toBeCloseTo(0.01);
    expect(worker.types().slice(-2)).toEqual(['reset', 'play']);
    expect(worker.types()).not.toContain('set'); // the new rate came with the reset
    expect(lab.store.getState().diverged).toBeNull();
  });

  it('at the minimum rate the remedy still resets and plays', () => {
    const { lab, worker } = session({ onLowerLr: () => false });
    lab.lowerLrAndReset();
    expect(worker.types().slice(-2)).toEqual(['reset', 'play']);
  });

  it('if the new config never arrives, the remedy resets anyway', () => {
    vi.useFakeTimers();
    const { lab, worker } = session({ onLowerLr: () => true });
    lab.lowerLrAndReset();
    expect(worker.types()).not.toContain('reset');
    vi.advanceTimersByTime(250);
    expect(worker.types().slice(-2)).toEqual(['reset', 'play']);
  });

  it('play before the worker is ready is remembered and shown as pending', () => {
    const worker = new FakeWorker();
    const lab = new LessonTraining('mlp2d', config(), {
      createClient: (o) => new TrainerClient({ ...o, worker, nextFrame: (fn) => fn() }),
    });
    lab.start(config(), 'cpu');
    worker.emit({ type: 'progress', message: 'Choosing the fastest backend…' });
    lab.togglePlay();
    expect(lab.store.getState().playPending).toBe(true);
    expect(lab.store.getState().progress).toMatch(/backend/);
    expect(worker.types()).toEqual(['init', 'play']);
    worker.emit({ type: 'ready', gen: 0, backend, info });
    worker.emit({ type: 'playing', playing: true });
    expect(lab.store.getState().playPending).toBe(false);
    expect(lab.store.getState().playing).toBe(true);
  });

  it('stop disposes the worker and terminates it', () => {
    vi.useFakeTimers();
    const { lab, worker } = session();
    lab.stop();
    expect(worker.last('dispose')).toBeDefined();
    vi.advanceTimersByTime(600);
    expect(worker.terminated).toBe(true);
    // Nothing more is sent or received after disposal.
    const n = worker.sent.length;
    lab.play();
    worker.emit({ type: 'snapshot', gen: 0, snap: snap(77) });
    expect(worker.sent.length).toBe(n);
    expect(lab.store.getState().snapshot?.step).not.toBe(77);
  });

  it('errors stop playing and say why', () => {
    const { lab, worker } = session();
    worker.emit({ type: 'playing', playing: true });
    worker.emit({ type: 'error', message: 'Training stopped: out of memory' });
    expect(lab.store.getState()).toMatchObject({
      status: 'error',
      playing: false,
      error: 'Training stopped: out of memory',
    });
  });
});

describe('remembered backend verdicts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a timed automatic choice is remembered from ready and passed to the next init; forced or fallback ones are not', () => {
    const mem = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => mem.get(k) ?? null,
      setItem: (k: string, v: string) => void mem.set(k, v),
      removeItem: (k: string) => void mem.delete(k),
    });
    const { worker } = session();
    expect(worker.last('init')?.verdicts).toEqual({});
    worker.emit({
      type: 'ready',
      gen: 0,
      backend: { name: 'wasm', reason: 'timed', fallbackFrom: { name: 'cpu', error: 'x' }, verdictKey: 'mlp2d:2^10' },
      info,
    });
    expect(loadVerdicts()).toEqual({});
    worker.emit({ type: 'ready', gen: 0, backend: { name: 'wasm', reason: 'timed', verdictKey: 'mlp2d:2^10' }, info });
    expect(loadVerdicts()).toEqual({ 'mlp2d:2^10': { name: 'wasm', reason: 'timed' } });
    const next = session().worker;
    expect(next.last('init')?.verdicts).toEqual({ 'mlp2d:2^10': { name: 'wasm', reason: 'timed' } });
  });

  it('the key is the task and its size to a factor of two', () => {
    expect(verdictKeyOf('cnn', { flopsPerStep: 1000 })).toBe(verdictKeyOf('cnn', { flopsPerStep: 1100 }));
    expect(verdictKeyOf('cnn', { flopsPerStep: 1000 })).not.toBe(verdictKeyOf('cnn', { flopsPerStep: 4000 }));
    expect(verdictKeyOf('cnn', { flopsPerStep: 1000 })).not.toBe(verdictKeyOf('mlp2d', { flopsPerStep: 1000 }));
  });
});
