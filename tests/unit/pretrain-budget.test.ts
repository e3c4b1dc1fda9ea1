/**
 * The pre-training lesson's budget: the schedule gives each network the weight updates
 * and epochs the results table claims (counted independently, step by step, in short
 * runs of the real task), the supervised stack fine-tunes with a fresh output layer, and
 * plain backprop and the ReLU network carry their extra epochs into the final phase.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BatchedMlp, initialWeights } from '../../src/engine/networks/mlp';
import {
  type Budget,
  METHODS,
  type Method,
  phaseMethods,
  plannedBudget,
  type PretrainConfig,
  PretrainTask,
  runOf,
} from '../../src/engine/tasks/pretrain';
import { fakeDigits } from './fake-digits';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

afterEach(() => {
  vi.restoreAllMocks();
});

const base: PretrainConfig = {
  data: fakeDigits(160),
  trainCount: 100,
  testCount: 50,
  evalTrain: 50,
  hidden: [10, 8],
  preEpochs: 2,
  fineEpochs: 1,
  budget: 'equal-updates',
  batch: 25,
  lr: 0.5,
  reluLr: 0.1,
  aeLr: 2,
  sigmoidInit: 'glorot',
  seed: 2,
};
const H = base.hidden.length;
const stepsPerEpoch = base.trainCount / base.batch; // 4

/** Run the whole schedule, counting every trainStep call against the networks its phase trains. */
function runCounting(budget: Budget) {
  const t = new PretrainTask({ ...base, budget });
  const counted = Object.fromEntries(METHODS.map((m) => [m, { updates: 0, labelled: 0 }])) as Record<
    Method,
    { updates: number; labelled: number }
  >;
  const real = BatchedMlp.prototype.trainStep;
  vi.spyOn(BatchedMlp.prototype, 'trainStep').mockImplementation(function (this: BatchedMlp, ...args) {
    const p = t.phases[t.phaseIndex];
    expect(this).toBe(t.network);
    expect(this.R).toBe(phaseMethods(p).length);
    for (const m of phaseMethods(p)) {
      counted[m].updates++;
      if (p.kind !== 'autoencoder') counted[m].labelled++;
    }
    return real.apply(this, args);
  });
  let guard = 0;
  while (!t.isDone && guard++ < 50) t.finishPhase();
  const { snap } = t.snapshot(true);
  const info = t.describe();
  t.dispose();
  return { counted, snap, info };
}

describe('each network gets the budget the table claims', () => {
  it('matched budget: all four get the same weight updates; plain, ReLU and supervised greedy the same epochs with labels', () => {
    const { counted, snap, info } = runCounting('equal-updates');
    const pre = H * base.preEpochs * stepsPerEpoch; // 16
    const fine = base.fineEpochs * stepsPerEpoch; // 4
    // Counted independently, step by step.
    for (const m of METHODS) expect(counted[m].updates, m).toBe(pre + fine);
    expect(counted.plain.labelled).toBe(pre + fine);
    expect(counted.today.labelled).toBe(pre + fine);
    expect(counted.supervised.labelled).toBe(pre + fine);
    expect(counted.unsupervised.labelled).toBe(fine);
    // What the snapshot (the table) says, and what the schedule planned, agree with the count.
    METHODS.forEach((m, r) => {
      const b = snap.budget[r];
      expect(b.updates, m).toBe(counted[m].updates);
      expect(b.labelledUpdates, m).toBe(counted[m].labelled);
      expect(b.labelledEpochs, m).toBe(counted[m].labelled / stepsPerEpoch);
      expect(b.unlabelledEpochs, m).toBe((counted[m].updates - counted[m].labelled) / stepsPerEpoch);
      expect(b.seconds, m).toBeGreaterThan(0);
      expect({ ...info.planned[r], seconds: 0 }).toEqual({ ...b, seconds: 0 });
    });
    expect(snap.budget.map((b) => b.labelledEpochs)).toEqual([
      H * base.preEpochs + base.fineEpochs,
      H * base.preEpochs + base.fineEpochs,
      base.fineEpochs,
      H * base.preEpochs + base.fineEpochs,
    ]);
    expect(snap.budget[METHODS.indexOf('unsupervised')].unlabelledEpochs).toBe(H * base.preEpochs);
  });

  it('fine-tuning only: plain backprop and the ReLU network get only the final phase’s updates', () => {
    const { counted, snap, info } = runCounting('finetune-only');
    const fine = base.fineEpochs * stepsPerEpoch;
    const pre = H * base.preEpochs * stepsPerEpoch;
    expect(counted.plain.updates).toBe(fine);
    expect(counted.today.updates).toBe(fine);
    expect(counted.supervised.updates).toBe(pre + fine);
    expect(counted.unsupervised.updates).toBe(pre + fine);
    expect(snap.budget.map((b) => b.updates)).toEqual(METHODS.map((m) => counted[m].updates));
    expect(info.planned.map((b) => b.updates)).toEqual(METHODS.map((m) => counted[m].updates));
  });

  it('plannedBudget counts epochs × steps per epoch for each phase a network takes part in', () => {
    const t = new PretrainTask(base);
    const planned = plannedBudget(t.phases, stepsPerEpoch);
    t.dispose();
    expect(planned.map((b) => b.updates)).toEqual([20, 20, 20, 20]);
    expect(planned.every((b) => Number.isNaN(b.seconds))).toBe(true);
  });
});

describe('where the final phase starts', () => {
  /** Run until the final phase has begun; the weights of its network, per layer, all runs. */
  function atFinalPhase(budget: Budget) {
    const t = new PretrainTask({ ...base, budget });
    while (t.phases[t.phaseIndex].kind !== 'finetune') t.finishPhase();
    const net = t.network!;
    const p = t.phases[t.phaseIndex];
    const run = (l: number, m: Method) => {
      const n = net.sizes[l] * net.sizes[l + 1];
      const r = runOf(p, m);
      return Array.from(net.layerWeights(l).W.subarray(r * n, (r + 1) * n));
    };
    return { t, net, run };
  }

  it('the supervised stack gets a fresh output layer, the same starting numbers as the unsupervised stack’s and plain backprop’s', () => {
    const { t, net, run } = atFinalPhase('finetune-only');
    const out = net.L - 1;
    const fresh = initialWeights(net.sizes, [
      { activation: 'sigmoid', init: base.sigmoidInit, seed: base.seed, lr: base.lr },
    ]).W[out];
    expect(run(out, 'supervised')).toEqual(Array.from(fresh));
    expect(run(out, 'unsupervised')).toEqual(Array.from(fresh));
    expect(run(out, 'plain')).toEqual(Array.from(fresh));
    // Its hidden layers are the pre-trained ones (not fresh).
    expect(run(0, 'supervised')).toEqual(Array.from(t.supStack[0].W));
    expect(run(0, 'supervised')).not.toEqual(run(0, 'plain'));
    t.dispose();
  });

  it('with the matched budget, plain backprop and the ReLU network continue from where their extra epochs left them', () => {
    const { t, net, run } = atFinalPhase('equal-updates');
    const init = initialWeights(net.sizes, [
      { activation: 'sigmoid', init: base.sigmoidInit, seed: base.seed, lr: base.lr },
    ]).W;
    for (const m of ['plain', 'today'] as const) {
      const kept = t.stacks.extra[m]!;
      expect(kept).toHaveLength(net.L);
      for (let l = 0; l < net.L; l++) expect(run(l, m), `${m} layer ${l}`).toEqual(Array.from(kept[l].W));
    }
    // Trained, not fresh.
    expect(run(0, 'plain')).not.toEqual(Array.from(init[0]));
    t.dispose();
  });
});
