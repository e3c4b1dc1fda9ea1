import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropSpare, prewarmTrainer, TrainerClient } from '../../src/engine/runtime/client';

/** A stand-in for the module worker: records what it was sent and whether it was ended. */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: { type: string }[] = [];
  terminated = false;
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(msg: { type: string }) {
    this.sent.push(msg);
  }
  terminate() {
    this.terminated = true;
  }
}

const config = {
  dataset: 'xor',
  noise: 0,
  points: 40,
  trainShare: 0.5,
  hidden: [4],
  runs: [{ activation: 'relu', init: 'he' }],
  lr: 0.1,
  batch: 5,
  seed: 1,
} as never;

describe('a worker started ahead of its lab', () => {
  afterEach(() => {
    dropSpare();
    FakeWorker.made = [];
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('is warmed, then adopted by the next client, which sends it the init', () => {
    vi.stubGlobal('Worker', FakeWorker);
    prewarmTrainer('auto');
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.sent).toEqual([{ type: 'warm', backend: 'auto' }]);
    const client = new TrainerClient({ task: 'mlp2d', config, backend: 'auto', onMessage: () => {} });
    expect(FakeWorker.made).toHaveLength(1); // no second worker
    expect(FakeWorker.made[0]!.sent.map((m) => m.type)).toEqual(['warm', 'init']);
    // The next client starts its own: a spare is adopted once.
    new TrainerClient({ task: 'mlp2d', config, backend: 'auto', onMessage: () => {} }).dispose();
    expect(FakeWorker.made).toHaveLength(2);
    client.dispose();
  });

  it('is ended if no lab adopts it in time, or if it failed to load', () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    prewarmTrainer('auto', 1000);
    vi.advanceTimersByTime(1001);
    expect(FakeWorker.made[0]!.terminated).toBe(true);

    prewarmTrainer('wasm');
    FakeWorker.made[1]!.onerror?.({ preventDefault() {} } as ErrorEvent);
    new TrainerClient({ task: 'mlp2d', config, backend: 'auto', onMessage: () => {} });
    expect(FakeWorker.made[1]!.terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(3); // the client started a fresh one
  });
});
