/**
 * The perceptron lab's run on the main thread (a few additions per epoch, no worker
 * needed), as a session like every other lab's: useStepper (src/kit/session/useStepper.ts)
 * owns play, the interval and Space / S / R; this hook says how a run starts and what one
 * epoch does, and keeps the model and the error history the lab draws.
 */
import { type ParamValues, type Stepper, useStepper } from '../../src/kit';
import { useCallback, useMemo, useRef } from 'react';
import { gateData, Perceptron } from '../../src/engine';
import type { PARAMS } from './params';

/** What the perceptron lab measured after an epoch (or a reset: epoch 0). */
export interface PerceptronSnapshot {
  gate: string;
  eta: number;
  epoch: number;
  /** The run's clock, as beat claims read it: the epoch. */
  step: number;
  errors: number;
  /** Epoch at which the weights came back to an earlier state (they will cycle forever), or null. */
  cycleAt: number | null;
  cycleFrom: number | null;
  w: [number, number];
  b: number;
}

/** Misclassified points after each epoch, as a one-channel history (filled in place; the snapshot's version says when). */
export interface ErrorHistory {
  x: number[];
  ys: [number[]];
  n: number;
}

export interface PerceptronRun {
  session: Stepper<PerceptronSnapshot>;
  data: ReturnType<typeof gateData>;
  /** The model of the current run (null before the first run starts). */
  model: () => Perceptron | null;
  history: () => ErrorHistory;
}

function snapOf(m: Perceptron, gate: string): PerceptronSnapshot {
  return {
    gate,
    eta: m.eta,
    epoch: m.epoch,
    step: m.epoch,
    errors: m.errors(),
    cycleAt: m.cycleAt,
    cycleFrom: m.cycleFrom,
    w: [m.w[0], m.w[1]],
    b: m.b,
  };
}

/** The perceptron's session: a new data set or rate starts over from w = 0, b = 0. */
export function usePerceptronRun(p: ParamValues<typeof PARAMS>, section: string): PerceptronRun {
  const data = useMemo(() => gateData(p.gate, p.seed), [p.gate, p.seed]);
  const model = useRef<Perceptron | null>(null);
  const hist = useRef<ErrorHistory>({ x: [0], ys: [[0]], n: 1 });
  const restart = useCallback(() => {
    const m = new Perceptron(data, p.eta);
    model.current = m;
    hist.current = { x: [0], ys: [[m.errors()]], n: 1 };
    return snapOf(m, p.gate);
  }, [data, p.eta, p.gate]);
  const advance = useCallback(() => {
    const m = model.current;
    if (!m) return null;
    const r = m.runEpoch();
    const h = hist.current;
    h.x.push(r.epoch);
    h.ys[0].push(r.errors);
    h.n = h.x.length;
    return snapOf(m, p.gate);
  }, [p.gate]);
  const session = useStepper({ restart, advance }, { section, intervalMs: 1000 / p.speed, runKey: restart });
  return { session, data, model: () => model.current, history: () => hist.current };
}
