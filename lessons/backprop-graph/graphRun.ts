/**
 * A graph's forward and backward pass as a session like every other lab's: each step
 * reveals one node's value or gradient. useStepper (src/kit/session/useStepper.ts) owns play,
 * the interval and Space / S / R; exercises and beat claims read the same snapshot.
 */
import { type Stepper, useStepper } from '../../src/kit';
import { useCallback, useEffect, useMemo } from 'react';
import { backward, forward, revealed, schedule, type Values } from '../../src/engine';
import type { GraphDef } from './graphs';

/** Milliseconds between steps while playing. */
const PLAY_MS = 750;

/**
 * Where a graph's pass is (its session's snapshot): the step it is at out of how many,
 * every value and gradient of the pass for these inputs, and which are on screen.
 */
export interface GraphSnap {
  step: number;
  steps: number;
  done: boolean;
  inputs: Values;
  values: Values;
  grads: Values;
  /** Node ids whose value / gradient the figure and table show (the rest read "?"). */
  shownValues: string[];
  shownGrads: string[];
}

export interface GraphRun {
  session: Stepper<GraphSnap>;
  /** Jump to step `t` of the pass, paused (the figure's ← and End keys). */
  seek(t: number): void;
}

/** The pass of `def` for `inputs`, stepped in the section `section`. New inputs keep the step and show the new numbers. */
export function useGraphRun(def: GraphDef, inputs: Values, section: string): GraphRun {
  const g = def.graph;
  const steps = useMemo(() => schedule(g), [g]);
  const values = useMemo(() => forward(g, inputs), [g, inputs]);
  const grads = useMemo(() => backward(g, values).grads, [g, values]);
  const at = useCallback(
    (t: number): GraphSnap => {
      const shown = revealed(g, steps, t);
      return {
        step: t,
        steps: steps.length,
        done: t === steps.length,
        inputs,
        values,
        grads,
        shownValues: [...shown.values],
        shownGrads: [...shown.grads],
      };
    },
    [g, steps, inputs, values, grads],
  );
  const session = useStepper<GraphSnap>(
    {
      restart: () => at(0),
      advance: (cur) => ((cur?.step ?? 0) < steps.length ? at((cur?.step ?? 0) + 1) : null),
      done: (s) => s.done,
    },
    { section, intervalMs: PLAY_MS },
  );
  // New inputs: the same step of the pass, with the new numbers.
  useEffect(() => {
    const cur = session.snapshot();
    if (cur && cur.inputs !== inputs) session.show(at(cur.step));
  }, [session, at, inputs]);
  const seek = useCallback(
    (t: number) => {
      session.pause();
      session.show(at(Math.max(0, Math.min(steps.length, t))));
    },
    [session, at, steps],
  );
  return useMemo(() => ({ session, seek }), [session, seek]);
}
