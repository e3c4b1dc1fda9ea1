/** The pre-training phase schedule on its own: phases, networks by name, the cursor's evaluations. */
import { describe, expect, it } from 'vitest';
import {
  buildPhases,
  evalEvery,
  evalsInPhase,
  EXTRA_METHODS,
  METHODS,
  PhaseCursor,
  phaseMethods,
  runOf,
} from '../../src/engine/pretrain/schedule';

const sizes = [784, 12, 10, 10];
const phases = buildPhases({ hidden: [12, 10], preEpochs: 2, fineEpochs: 3, budget: 'finetune-only' }, sizes);

describe('phase schedule', () => {
  it('H autoencoders, H greedy classifiers, then the four networks together', () => {
    expect(phases.map((p) => `${p.kind}${p.layer}:${p.epochs}`)).toEqual([
      'autoencoder1:2',
      'autoencoder2:2',
      'supervised1:2',
      'supervised2:2',
      'finetune0:3',
    ]);
    expect(phases[1].sizes).toEqual([12, 10, 12]);
    expect(phases[3].sizes).toEqual([784, 12, 10, 10]);
    expect(phases[3].frozen).toEqual([true, false, false]);
    expect(phases[4].frozen).toEqual([false, false, false]);
    expect(phases.map((p) => p.runs)).toEqual([1, 1, 1, 1, 4]);
  });

  it('the matched budget (the default) adds H × preEpochs extra epochs for plain backprop and the ReLU network before the final phase', () => {
    const matched = buildPhases({ hidden: [12, 10], preEpochs: 2, fineEpochs: 3 }, sizes);
    expect(matched.map((p) => `${p.kind}${p.layer}:${p.epochs}`)).toEqual([
      'autoencoder1:2',
      'autoencoder2:2',
      'supervised1:2',
      'supervised2:2',
      'extra0:4',
      'finetune0:3',
    ]);
    const extra = matched[4];
    expect(extra.sizes).toEqual(sizes);
    expect(extra.frozen).toEqual([false, false, false]);
    expect(extra.runs).toBe(2);
    expect(phaseMethods(extra)).toEqual(EXTRA_METHODS);
    expect(EXTRA_METHODS).toEqual(['plain', 'today']);
  });

  it('names the networks each phase trains, and their runs', () => {
    expect(phaseMethods(phases[0])).toEqual(['unsupervised']);
    expect(phaseMethods(phases[2])).toEqual(['supervised']);
    expect(phaseMethods(phases[4])).toEqual(METHODS);
    expect(METHODS.map((m) => runOf(phases[4], m))).toEqual([0, 1, 2, 3]);
    expect(runOf(phases[0], 'unsupervised')).toBe(0);
    expect(runOf(phases[0], 'supervised')).toBe(-1);
    expect(runOf(phases[2], 'today')).toBe(-1);
  });

  it('the cursor asks for evaluations every half epoch and ends the phase on its last step', () => {
    const c = new PhaseCursor(phases, 5);
    const p = c.start(0);
    expect(c.steps).toBe(10);
    expect(evalEvery(p.kind, 5)).toBe(3);
    const due: string[] = [];
    for (let i = 0; i < 10; i++) due.push(c.tick() ?? '-');
    expect(due).toEqual(['-', '-', 'eval', '-', '-', 'eval', '-', '-', 'eval', 'end']);
    expect(c.epoch).toBe(2);
    // evalsInPhase counts the one at the start, those the cursor asks for, and the one at the end.
    expect(evalsInPhase(p, 5)).toBe(1 + due.filter((d) => d !== '-').length);
    c.start(4);
    expect(c.isLast).toBe(true);
    expect([c.step, c.steps, c.phase.kind]).toEqual([0, 15, 'finetune']);
  });
});
