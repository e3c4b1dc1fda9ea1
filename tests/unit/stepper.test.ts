/**
 * The main-thread session (src/kit/session/stepper.ts): the same interface as the worker
 * session, driven here without React. A counter stands in for a lab: each step adds one,
 * and the run ends at `last`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LabSession } from '../../src/kit/session/session';
import { RUN_WITH_FALLBACK_MS, Stepper } from '../../src/kit/session/stepper';

interface Count {
  step: number;
  done: boolean;
}

function counter(last = 3) {
  const calls = { restarts: 0 };
  const stepper = new Stepper<Count>({
    restart: () => {
      calls.restarts++;
      return { step: 0, done: false };
    },
    advance: (cur) => (cur && cur.step < last ? { step: cur.step + 1, done: cur.step + 1 === last } : null),
    done: (s) => s.done,
  });
  return { stepper, calls };
}

afterEach(() => vi.useRealTimers());

describe('Stepper (a main-thread lab as a session)', () => {
  it('is a LabSession: exercises, the transport and the keyboard take it as it is', () => {
    const session: LabSession<unknown> = counter().stepper;
    expect(session.hasLowerLr).toBe(false);
    expect(session.store.getState()).toMatchObject({ status: 'ready', playing: false, snapshot: null, generation: 0 });
  });

  it('begin starts a run: a new generation with its first snapshot', () => {
    const { stepper, calls } = counter();
    stepper.begin();
    expect(calls.restarts).toBe(1);
    expect(stepper.store.getState()).toMatchObject({ snapshot: { step: 0 }, generation: 1, version: 1 });
  });

  it('step pauses and advances; each step is a new version of the same run', () => {
    const { stepper } = counter();
    stepper.begin();
    stepper.play();
    stepper.step();
    expect(stepper.store.getState()).toMatchObject({
      playing: false,
      snapshot: { step: 1 },
      generation: 1,
      version: 2,
    });
    stepper.step(5); // stops at the end
    expect(stepper.snapshot()).toEqual({ step: 3, done: true });
  });

  it('ticks while playing, pause at the end, and play from the end starts again', () => {
    const { stepper, calls } = counter(2);
    stepper.begin();
    stepper.togglePlay();
    expect(stepper.isPlaying()).toBe(true);
    stepper.tick();
    stepper.tick();
    expect(stepper.snapshot()).toEqual({ step: 2, done: true });
    expect(stepper.isPlaying()).toBe(false);
    stepper.togglePlay();
    expect(calls.restarts).toBe(2);
    expect(stepper.store.getState()).toMatchObject({ playing: true, snapshot: { step: 0 }, generation: 2 });
  });

  it('reset goes back to the first step, paused; a new run from new parameters keeps playing', () => {
    const { stepper } = counter();
    stepper.begin();
    stepper.play();
    stepper.tick();
    stepper.begin(); // the lab's parameters changed
    expect(stepper.store.getState()).toMatchObject({ playing: true, snapshot: { step: 0 }, generation: 2 });
    stepper.reset();
    expect(stepper.store.getState()).toMatchObject({ playing: false, snapshot: { step: 0 }, generation: 3 });
  });

  it('show replaces what the run shows without a new generation (a step back, new inputs)', () => {
    const { stepper } = counter();
    stepper.begin();
    stepper.show({ step: 2, done: false });
    expect(stepper.store.getState()).toMatchObject({ snapshot: { step: 2 }, generation: 1, version: 2 });
  });

  it('runWith: unchanged parameters start a run at once and play it', () => {
    const { stepper, calls } = counter();
    stepper.begin();
    stepper.runWith(() => false);
    expect(calls.restarts).toBe(2);
    expect(stepper.store.getState()).toMatchObject({ playing: true, generation: 2 });
  });

  it('runWith: changed parameters wait for the lab to start the run (which then plays), else start one themselves', () => {
    vi.useFakeTimers();
    const { stepper, calls } = counter();
    stepper.begin();
    stepper.runWith(() => true);
    stepper.begin(); // the lab saw its new parameters
    expect(stepper.store.getState()).toMatchObject({ playing: true, generation: 2 });
    vi.advanceTimersByTime(RUN_WITH_FALLBACK_MS * 2);
    expect(calls.restarts).toBe(2); // the fallback was cancelled

    stepper.pause();
    stepper.runWith(() => true); // parameters that do not start a run (a graph's inputs)
    expect(stepper.store.getState().generation).toBe(2);
    vi.advanceTimersByTime(RUN_WITH_FALLBACK_MS);
    expect(stepper.store.getState()).toMatchObject({ playing: true, generation: 3 });
  });

  it('the latest callbacks are used (they close over the lab’s current parameters)', () => {
    const { stepper } = counter();
    stepper.setRun({ restart: () => ({ step: 10, done: false }), advance: () => null });
    stepper.begin();
    expect(stepper.snapshot()).toEqual({ step: 10, done: false });
    stepper.play();
    stepper.tick(); // no step left: pauses
    expect(stepper.isPlaying()).toBe(false);
  });
});
