/** Small synthetic "digits" for fast tests of the MNIST tasks (not a test file itself). */
import type { MnistData } from '../../src/engine/data/mnist';
import { Rng } from '../../src/engine/data/random';

/** 10 random 28×28 prototypes, each example a noisy copy of its class's prototype. */
export function fakeDigits(count: number, seed = 3): MnistData {
  const rng = new Rng(seed);
  const px = 784;
  const protos = Array.from({ length: 10 }, () =>
    Float32Array.from({ length: px }, () => (rng.uniform() < 0.2 ? 1 : 0)),
  );
  const images = new Uint8Array(count * px);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const c = i % 10;
    labels[i] = c;
    for (let j = 0; j < px; j++)
      images[i * px + j] = Math.round(255 * Math.min(1, Math.max(0, protos[c][j] * 0.8 + 0.3 * rng.uniform())));
  }
  return { images, labels, count, rows: 28, cols: 28 };
}
