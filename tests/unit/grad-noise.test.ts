import { describe, expect, it } from 'vitest';
import { gradientSpread } from '../../src/engine/networks/grad-noise';
import { finitePopulationFactor } from '../../src/engine/networks/stats';
import { OptimNetTask } from '../../src/engine/tasks/optimnet';
import { optimNetConfig, useCpuBackend } from './helpers';

useCpuBackend();

// The lesson's network (NetworkPart): two hidden layers of 16 tanh units, 200 training points.
const config = optimNetConfig({ dataset: 'circle', runs: [{ kind: 'sgd' }], lrs: [0.3] });

describe('mini-batch gradient noise: sampling theory with the measured per-example spread', () => {
  it('tr Σ from the outer-product trick equals the spread of per-example gradients computed one by one', () => {
    const t = new OptimNetTask(config);
    t.step(30);
    const train = t.describe().data.train;
    const N = train.n;
    const full = t.gradient(0, train.x, train.y, N);
    let tr = 0;
    for (let i = 0; i < N; i++) {
      const gi = t.gradient(0, train.x.subarray(2 * i, 2 * i + 2), train.y.subarray(i, i + 1), 1);
      for (let k = 0; k < gi.length; k++) tr += (gi[k]! - full[k]!) ** 2;
    }
    tr /= N;
    const s = gradientSpread(t.nets[0]!, train.x, train.y, N);
    expect(Math.abs(s.trSigma[0]! - tr) / tr).toBeLessThan(1e-3);
    expect(s.fullNorm[0]).toBeCloseTo(Math.hypot(...full), 5);
    t.dispose();
  });

  it('the prediction √((N−B)/(B(N−1)))·√(tr Σ)/‖g‖ matches the measured RMS noise for several batch sizes', () => {
    const t = new OptimNetTask(config);
    t.step(100);
    const N = t.describe().data.train.n;
    for (const B of [1, 10, 50]) {
      const measured = t.gradientNoise(B, 300).ratio[0]!;
      const predicted = t.noisePrediction(B).gradNoisePredicted[0]!;
      // 300 batches: the mean of ‖g_B − g‖² has a relative sampling error of roughly 10% or less; its root half that.
      expect(Math.abs(measured - predicted) / predicted, `B = ${B}`).toBeLessThan(0.12);
    }
    expect(finitePopulationFactor(N, N)).toBe(0);
    expect(finitePopulationFactor(N, 1)).toBe(1);
    // The spread ratio is not 1: the finite-population factor alone does not predict the measured value.
    const spread = t.noisePrediction(10).gradSpread[0]!;
    expect(Math.abs(spread - 1)).toBeGreaterThan(0.2);
    t.dispose();
  });

  it('snapshots carry the prediction beside the measurement', () => {
    const t = new OptimNetTask(config);
    t.step(10);
    const snap = t.snapshot(true).snap;
    expect(snap.gradNoisePredicted?.length).toBe(1);
    expect(snap.gradSpread![0]).toBeGreaterThan(0);
    expect(Math.abs(snap.gradNoise![0]! - snap.gradNoisePredicted![0]!) / snap.gradNoisePredicted![0]!).toBeLessThan(
      0.5,
    );
    t.dispose();
  });
});
