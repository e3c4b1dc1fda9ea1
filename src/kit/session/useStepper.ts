/**
 * A main-thread lab's session in React: `useStepper(run, { section, intervalMs, runKey })`
 * makes the lab's Stepper (src/kit/session/stepper.ts), steps it every `intervalMs` while it
 * plays, gives it Space / S / R while its section is the one in view, and starts a new run
 * whenever `runKey` changes (the parameters that define the run). Play state, the interval
 * and the keyboard live here, in one place, for every main-thread lab.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import { useStore } from 'zustand';
import { registerController } from '../../store/controllers';
import { reducedMotion } from '../../store/motion';
import { Stepper, type StepperRun } from './stepper';

export interface StepperOptions {
  /** The id of the element whose keyboard shortcuts drive this lab. */
  section: string;
  /** Milliseconds between steps while playing (half as fast again when the learner prefers reduced motion). */
  intervalMs: number;
  /** What defines the run: when it changes, a new run begins from its first step (default: only on mount). */
  runKey?: unknown;
}

export function useStepper<S>(run: StepperRun<S>, { section, intervalMs, runKey }: StepperOptions): Stepper<S> {
  const [stepper] = useState(() => new Stepper<S>(run));
  // Before any effect of this render runs: the callbacks see the lab's current parameters.
  useLayoutEffect(() => stepper.setRun(run));
  useEffect(() => () => stepper.dispose(), [stepper]);
  useEffect(() => stepper.begin(), [stepper, runKey]);

  const playing = useStore(stepper.store, (s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(stepper.tick, reducedMotion() ? intervalMs * 1.5 : intervalMs);
    return () => clearInterval(id);
  }, [stepper, playing, intervalMs]);

  useEffect(() => registerController(section, () => document.getElementById(section), stepper), [stepper, section]);
  return stepper;
}
