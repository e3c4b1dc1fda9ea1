/**
 * Greedy layer-wise pre-training task: freezing really freezes, the autoencoders learn,
 * fine-tuning moves every layer of every network, the stacks are copied faithfully, the
 * JS reconstruction matches the autoencoder's own forward pass, and no tensor leaks.
 * Runs on small synthetic "digits" (10 noisy prototypes) so it is fast.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../src/engine/data/random';
import { fakeDigits } from './fake-digits';
import { ratesToLower } from '../../lessons/layer-wise-pretraining/remedy';
import {
  buildPhases,
  encodeJs,
  METHODS,
  type PretrainConfig,
  PretrainTask,
  reconstruct,
  reconstructAll,
  runOf,
} from '../../src/engine/tasks/pretrain';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const data = fakeDigits(300);
const base: PretrainConfig = {
  data,
  trainCount: 200,
  testCount: 100,
  evalTrain: 100,
  hidden: [12, 10, 8],
  preEpochs: 2,
  fineEpochs: 2,
  budget: 'equal-updates',
  batch: 20,
  lr: 0.5,
  reluLr: 0.1,
  aeLr: 2,
  sigmoidInit: 'glorot',
  seed: 1,
};

const H = base.hidden.length;
const firstSup = H; // phases: H autoencoders, H supervised, the extra epochs, then the final one

function weightsOf(t: PretrainTask): Float32Array[] {
  const net = t.network!;
  return net.Wb.map((v) => (v.dataSync() as Float32Array).slice());
}

describe('phase schedule', () => {
  it('lists H autoencoders, H supervised layers and one final phase, with the right frozen layers', () => {
    const sizes = [784, ...base.hidden, 10];
    const phases = buildPhases(base, sizes);
    expect(phases.map((p) => `${p.kind}${p.layer}`)).toEqual([
      'autoencoder1',
      'autoencoder2',
      'autoencoder3',
      'supervised1',
      'supervised2',
      'supervised3',
      'extra0',
      'finetune0',
    ]);
    expect(phases[1].sizes).toEqual([12, 10, 12]);
    expect(phases[firstSup + 2].sizes).toEqual([784, 12, 10, 8, 10]);
    expect(phases[firstSup + 2].frozen).toEqual([true, true, false, false]);
    expect(phases[6].runs).toBe(2);
    expect(phases[7].runs).toBe(METHODS.length);
  });

  it('rejects a bad configuration with a readable message', () => {
    expect(() => new PretrainTask({ ...base, trainCount: 290, testCount: 100 })).toThrow(/only 300 exist/);
    expect(() => new PretrainTask({ ...base, lr: 0 })).toThrow(/learning rates must be positive/);
  });
});

describe('PretrainTask', () => {
  it('autoencoder loss falls during its phase', () => {
    const t = new PretrainTask(base);
    t.finishPhase();
    const c = t.curve(0); // rows [epoch, train mse, test mse]
    const first = c[2];
    const last = c[c.length - 1];
    expect(c.length / 3).toBe(1 + base.preEpochs * 2);
    expect(last).toBeLessThan(0.7 * first);
    t.dispose();
  });

  it('the JS reconstruction equals the autoencoder’s own forward pass', () => {
    const t = new PretrainTask(base);
    t.step(5);
    const net = t.network!;
    const x = Float32Array.from({ length: 3 * 784 }, (_, i) => ((i * 37) % 101) / 100);
    const viaTf = net.predict(x, 3);
    const enc = net.layerWeights(0);
    const dec = net.layerWeights(1);
    const viaJs = reconstruct(x, 3, [{ enc: { ...enc, nIn: 784, nOut: 12 }, dec: { ...dec, nIn: 12, nOut: 784 } }]);
    for (let i = 0; i < viaJs.length; i += 97) expect(viaJs[i]).toBeCloseTo(viaTf[i], 4);
    // Depth 2 of reconstructAll is decode(decode(encode(encode(x)))).
    const l1 = { enc: { ...enc, nIn: 784, nOut: 12 }, dec: { ...dec, nIn: 12, nOut: 784 } };
    const rng = new Rng(5);
    const l2 = {
      enc: { W: Float32Array.from({ length: 120 }, () => rng.normal()), b: new Float32Array(10), nIn: 12, nOut: 10 },
      dec: { W: Float32Array.from({ length: 120 }, () => rng.normal()), b: new Float32Array(12), nIn: 10, nOut: 12 },
    };
    const all = reconstructAll(x, 3, [l1, l2]);
    const manual = encodeJs(encodeJs(encodeJs(encodeJs(x, 3, l1.enc), 3, l2.enc), 3, l2.dec), 3, l1.dec);
    expect(Array.from(all.subarray(3 * 784))).toEqual(Array.from(manual));
    t.dispose();
  });

  it('freezing really freezes: frozen layers keep their weights through a supervised phase; trained layers change', () => {
    const t = new PretrainTask(base);
    while (t.phaseIndex < firstSup + 1) t.finishPhase();
    // Supervised phase for layer 2: layer 1 (index 0) comes from the stack and is frozen.
    expect(t.phaseIndex).toBe(firstSup + 1);
    const before = weightsOf(t);
    expect(Array.from(before[0])).toEqual(Array.from(stackWb(t.supStack[0])));
    t.step(15);
    const after = weightsOf(t);
    expect(Array.from(after[0])).toEqual(Array.from(before[0]));
    expect(maxDiff(after[1], before[1])).toBeGreaterThan(1e-4);
    expect(maxDiff(after[2], before[2])).toBeGreaterThan(1e-4);
    // Autoencoder layers already in the stack are not touched by later phases.
    const ae0 = t.aeStack[0].enc.W.slice();
    t.finishPhase();
    expect(Array.from(t.aeStack[0].enc.W)).toEqual(Array.from(ae0));
    t.dispose();
  });

  it('the final phase starts from the pre-trained stacks and fine-tuning updates every layer of every network', () => {
    const t = new PretrainTask(base);
    while (t.phases[t.phaseIndex].kind !== 'finetune') t.finishPhase();
    const net = t.network!;
    expect(net.R).toBe(4);
    const L = net.L;
    // The 'supervised' run holds the supervised stack, the 'unsupervised' run the autoencoder encoders.
    const p = t.phases[t.phaseIndex];
    const [sup, ae] = [runOf(p, 'supervised'), runOf(p, 'unsupervised')];
    for (let l = 0; l < L - 1; l++) {
      const w = net.layerWeights(l).W;
      const n = net.sizes[l] * net.sizes[l + 1];
      expect(Array.from(w.subarray(sup * n, (sup + 1) * n))).toEqual(Array.from(t.supStack[l].W));
      expect(Array.from(w.subarray(ae * n, (ae + 1) * n))).toEqual(Array.from(t.aeStack[l].enc.W));
    }
    const before = Array.from({ length: L }, (_, l) => net.layerWeights(l).W);
    t.step(20);
    for (let l = 0; l < L; l++) {
      const after = net.layerWeights(l).W;
      const n = net.sizes[l] * net.sizes[l + 1];
      for (const m of METHODS) {
        const r = runOf(t.phases[t.phaseIndex], m);
        expect(
          maxDiff(after.subarray(r * n, (r + 1) * n), before[l].subarray(r * n, (r + 1) * n)),
          `layer ${l}, ${m}`,
        ).toBeGreaterThan(1e-6);
      }
    }
    t.dispose();
  });

  it('runs the whole schedule to the end with progress reaching 1 and the tensor count flat', () => {
    const t0 = tf.memory().numTensors;
    const t = new PretrainTask({ ...base, preEpochs: 1, fineEpochs: 1 });
    const counts: number[] = [];
    let guard = 0;
    while (!t.isDone && guard++ < 100) {
      t.finishPhase();
      counts.push(tf.memory().numTensors);
    }
    expect(t.isDone).toBe(true);
    const { snap } = t.snapshot(true);
    expect(snap.done).toBe(true);
    expect(snap.progress).toBe(1);
    // The work model behind progress and the time left counted exactly what was done.
    const w = t.workDone;
    expect(w.done.ops).toBe(w.total.ops);
    expect(w.done.macs).toBeCloseTo(w.total.macs, 6);
    expect(snap.reconDepth).toBe(H);
    expect(snap.recon!.length).toBe(H * 10 * 784);
    expect(snap.features!.length).toBe(4 * 12 * 784);
    // Every phase has a curve; the final one has 4 train and 4 test errors per row, all within [0, 1].
    expect(snap.curves!.every((c) => c.length > 0)).toBe(true);
    const fin = snap.curves![snap.curves!.length - 1];
    expect(fin.length % 9).toBe(0);
    for (let i = 0; i < fin.length; i++) {
      if (i % 9 === 0) continue;
      expect(fin[i]).toBeGreaterThanOrEqual(0);
      expect(fin[i]).toBeLessThanOrEqual(1);
    }
    // Phase changes create and dispose networks: the count must not creep up.
    expect(Math.max(...counts.slice(2)) - Math.min(...counts.slice(2))).toBeLessThanOrEqual(8);
    t.dispose();
    expect(tf.memory().numTensors).toBe(t0);
  });

  it('is deterministic for a seed', () => {
    const a = new PretrainTask(base);
    const b = new PretrainTask(base);
    a.finishPhase();
    b.finishPhase();
    expect(a.curve(0)).toEqual(b.curve(0));
    a.dispose();
    b.dispose();
  });
});

function stackWb(l: { W: Float32Array; b: Float32Array; nIn: number; nOut: number }): Float32Array {
  const out = new Float32Array((l.nIn + 1) * l.nOut);
  out.set(l.W, 0);
  out.set(l.b, l.nIn * l.nOut);
  return out;
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('the divergence remedy lowers only the rate that diverged (issue 26, item 13)', () => {
  /** Runs phases until the task reports a divergence; its message. */
  function divergeWith(patch: Partial<PretrainConfig>): string {
    const t = new PretrainTask({ ...base, preEpochs: 1, fineEpochs: 1, ...patch });
    let guard = 0;
    while (!t.divergence() && !t.isDone && guard++ < 100) t.finishPhase();
    const msg = t.divergence();
    t.dispose();
    expect(msg).not.toBeNull();
    return msg!;
  }
  it('a ReLU network that blew up lowers the ReLU rate only', () => {
    const msg = divergeWith({ reluLr: 1e6 });
    expect(msg).toMatch(/ReLU/);
    expect(ratesToLower(msg)).toEqual(['reluLr']);
  });
  it('a sigmoid classifier that blew up lowers the sigmoid rate only; an autoencoder, the autoencoders’ rate', () => {
    expect(ratesToLower(divergeWith({ lr: 1e9 }))).toEqual(['lr']);
    // A sigmoid autoencoder's squared error is bounded, so it hardly diverges: its message, as the task words it.
    expect(
      ratesToLower(
        'Training of autoencoder 2 diverged at step 140: its loss became NaN. The autoencoder learning rate 10 is too large: each update overshoots and the weights grow without bound. Lower it (try a tenth) and press Reset.',
      ),
    ).toEqual(['aeLr']);
  });
  it('a message that names no network (a simulated fault) lowers all three, as the notice says', () => {
    expect(ratesToLower('Simulated divergence (?fault=diverge): the loss blew up. Lower the learning rate.')).toEqual([
      'lr',
      'reluLr',
      'aeLr',
    ]);
    expect(ratesToLower(null)).toEqual(['lr', 'reluLr', 'aeLr']);
  });
});
