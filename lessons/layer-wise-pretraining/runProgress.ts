/**
 * How far an exercise's run of the quick race is (a progress bar in the exercise, with the
 * time left: src/app/exercises/RunProgress.tsx). To the end: the engine's own share of the
 * schedule done. To a point in the last phase: the share of the training work (multiply-adds
 * of each phase's steps) done up to that point.
 */
import type { ProgressOf, RunProgress } from '../../src/kit';
import { trainMacs, type PretrainInfo, type PretrainSnapshot } from '../../src/engine';
import { phaseName } from './phases';
import type { PARAMS } from './params';

function phaseText(snap: PretrainSnapshot, info: PretrainInfo): string {
  const phase = info.phases[snap.phase];
  return phase ? `phase ${snap.phase + 1} of ${info.phases.length}: ${phaseName(phase)}` : 'starting';
}

/** The run to its end. */
export const toTheEnd: ProgressOf<PretrainSnapshot, typeof PARAMS> = (snap, _p, info): RunProgress | null =>
  info ? { done: snap.done ? 1 : snap.progress, phase: phaseText(snap, info as PretrainInfo) } : null;

/** The share of training work done by `epoch` epochs into phase `at` of `phases`. */
export function workShare(phases: PretrainInfo['phases'], at: number, epoch: number, stopEpoch: number): number {
  const last = phases.length - 1;
  const work = (k: number, e: number) => e * trainMacs(phases[k]!);
  let total = work(last, stopEpoch);
  let done = at === last ? work(last, Math.min(epoch, stopEpoch)) : work(at, epoch);
  for (let k = 0; k < last; k++) {
    total += work(k, phases[k]!.epochs);
    if (k < at) done += work(k, phases[k]!.epochs);
  }
  return total > 0 ? Math.min(1, done / total) : 0;
}

/** The run until `epochs` epochs of its last phase are done. */
export function intoLastPhase(epochs: number): ProgressOf<PretrainSnapshot, typeof PARAMS> {
  return (snap, _p, raw) => {
    const info = raw as PretrainInfo | null;
    if (!info) return null;
    return { done: workShare(info.phases, snap.phase, snap.phaseEpoch, epochs), phase: phaseText(snap, info) };
  };
}
