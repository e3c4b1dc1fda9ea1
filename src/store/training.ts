/**
 * A lesson's training session: a TrainerClient (the worker) feeding a zustand store.
 * The store holds the latest snapshot and the loss history; React components read it.
 */
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { TrainerClient } from '../engine/client';
import type { BackendInfo, FromWorker } from '../engine/protocol';
import { appActions, appStore } from './app';

export interface TrainingState<S, I> {
  status: 'starting' | 'ready' | 'error';
  playing: boolean;
  snapshot: S | null;
  info: I | null;
  backend: BackendInfo | null;
  diverged: string | null;
  error: string | null;
  /** Bumped on every snapshot (arrays are reused, so React needs a signal). */
  version: number;
  /** Bumped on every reset. */
  generation: number;
}

export type TrainingStore<S, I> = StoreApi<TrainingState<S, I>>;

export function createTrainingStore<S, I>(): TrainingStore<S, I> {
  return createStore<TrainingState<S, I>>(() => ({
    status: 'starting',
    playing: false,
    snapshot: null,
    info: null,
    backend: null,
    diverged: null,
    error: null,
    version: 0,
    generation: 0,
  }));
}

export interface TrainingHandle {
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(n?: number): void;
  reset(): void;
  set(params: Record<string, unknown>): void;
}

/**
 * Start a worker for `task` and keep it in step with `config`: a change of `resetKey`
 * (the structural part of the config) resets the run; `live` values (e.g. the
 * learning rate) are sent without a reset.
 */
export function useTraining<S, I>(opts: {
  store: TrainingStore<S, I>;
  task: string;
  config: unknown;
  resetKey: string;
  live: Record<string, unknown>;
  onSnapshot?: (snap: S) => void;
  onReset?: () => void;
}): TrainingHandle {
  const client = useRef<TrainerClient<S> | null>(null);
  const latest = useRef(opts);
  latest.current = opts;
  const { store } = opts;

  const handle = useRef<TrainingHandle>({
    play: () => client.current?.play(),
    pause: () => client.current?.pause(),
    togglePlay: () => (store.getState().playing ? client.current?.pause() : client.current?.play()),
    step: (n = 1) => client.current?.step(n),
    reset: () => {
      store.setState({ diverged: null });
      latest.current.onReset?.();
      client.current?.reset(latest.current.config);
    },
    set: (p) => client.current?.set(p),
  }).current;

  // One worker per mounted lesson, restarted if the backend setting changes.
  const backendRequest = useStore(appStore, (s) => s.backendOverride ?? s.settings.backend);
  useEffect(() => {
    const onMessage = (msg: FromWorker<S>) => {
      switch (msg.type) {
        case 'ready':
          store.setState((s) => ({ status: 'ready', info: msg.info as I, backend: msg.backend, generation: s.generation + 1, error: null }));
          appStore.setState({ backend: { info: msg.backend, status: 'ready' } });
          if (msg.backend.fallbackFrom) {
            appActions.notify({
              id: 'backend-fallback',
              kind: 'warning',
              title: `Using ${msg.backend.name} instead of ${msg.backend.fallbackFrom.name}`,
              lines: [`${msg.backend.fallbackFrom.name} could not be used: ${msg.backend.fallbackFrom.error}.`],
            });
          }
          break;
        case 'snapshot':
          latest.current.onSnapshot?.(msg.snap);
          // Tiered snapshots: fields a snapshot leaves out keep their last value.
          store.setState((s) => ({ snapshot: mergeDefined(s.snapshot, msg.snap), version: s.version + 1 }));
          break;
        case 'playing':
          store.setState({ playing: msg.playing });
          break;
        case 'diverged':
          store.setState({ diverged: msg.message, playing: false });
          break;
        case 'backend':
          store.setState({ backend: msg.backend });
          appStore.setState({ backend: { info: msg.backend, status: 'ready' } });
          appActions.notify({ id: 'backend-lost', kind: 'warning', title: 'Backend changed', lines: [msg.message] });
          break;
        case 'error':
          store.setState({ status: 'error', error: msg.message, playing: false });
          appStore.setState((s) => ({ backend: { ...s.backend, status: s.backend.info ? 'ready' : 'failed' } }));
          break;
      }
    };
    appStore.setState({ backend: { info: null, status: 'starting' } });
    // A read-only handle for the benchmark and e2e tests (never used by the app itself).
    (globalThis as { __hiddenLayers?: unknown }).__hiddenLayers = { training: store };
    const c = new TrainerClient<S>({ task: latest.current.task, config: latest.current.config, backend: appActions.backendRequest(), faults: appStore.getState().faults, onMessage });
    client.current = c;
    appStore.setState({
      controller: { togglePlay: handle.togglePlay, step: () => handle.step(1), reset: handle.reset, isPlaying: () => store.getState().playing },
    });
    return () => {
      c.dispose();
      client.current = null;
      appStore.setState({ controller: null, backend: { info: null, status: 'idle' } });
    };
  }, [store, handle, backendRequest]);

  // Structural changes reset the run with the new config.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    handle.reset();
  }, [opts.resetKey, handle]);

  // Live parameters.
  const liveKey = JSON.stringify(opts.live);
  useEffect(() => {
    client.current?.set(JSON.parse(liveKey) as Record<string, unknown>);
  }, [liveKey]);

  return handle;
}

function mergeDefined<S>(prev: S | null, next: S): S {
  if (!prev) return next;
  const out = { ...prev } as Record<string, unknown>;
  for (const [k, v] of Object.entries(next as Record<string, unknown>)) if (v !== undefined) out[k] = v;
  return out as S;
}
