/**
 * The same-run anchor for the convolution benchmark: ConvNetJS 0.3.0 (Karpathy, 2014;
 * plain JavaScript, the `convnetjs` dev dependency) training its own MNIST demo network
 * in the same headless Chromium, on our digits:
 *
 *   input 24×24×1 (random crops of the 28×28 digits, as the demo does)
 *   → conv 8@5×5 pad 2, ReLU → pool 2 → conv 16@5×5 pad 2, ReLU → pool 3 → softmax 10
 *   trainer: adadelta, batch 20, l2_decay 0.001 (the demo's settings)
 *
 * It runs on the page's main thread, like the demo, in 50 ms slices. The library is
 * injected with page.addScriptTag from node_modules; the digits are fetched from the
 * preview server (a blank page on the same origin is served by page.route).
 * Returns examples/s over `measureMs` after `warmupMs`, and the test accuracy on 1,000
 * of the digits it did not train on (centre crops), as a sanity check.
 */
import { readFileSync } from 'node:fs';

export async function convnetjsRate(browser, BASE, { warmupMs = 3000, measureMs = 10_000 } = {}) {
  const page = await browser.newPage();
  try {
    await page.route('**/__convnetjs.html', (r) =>
      r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>ConvNetJS bench</title>' }),
    );
    await page.goto(`${BASE}__convnetjs.html`);
    await page.addScriptTag({ content: readFileSync('node_modules/convnetjs/build/convnet-min.js', 'utf8') });
    return await page.evaluate(
      async ({ warmupMs, measureMs }) => {
        const cnj = window.convnetjs;
        // The raw file (the app fetches a gzip variant; either is on the server).
        const buf = new Uint8Array(await (await fetch('data/mnist-10k.bin')).arrayBuffer());
        const dv = new DataView(buf.buffer);
        const count = dv.getUint32(8, true);
        const size = dv.getUint32(12, true) * dv.getUint32(16, true);
        const pixels = buf.subarray(20, 20 + count * size);
        const labels = buf.subarray(20 + count * size);
        const trainCount = 8000;
        const vol = (i) => {
          const v = new cnj.Vol(28, 28, 1, 0.0);
          for (let p = 0; p < size; p++) v.w[p] = pixels[i * size + p] / 255;
          return v;
        };
        const layers = [
          { type: 'input', out_sx: 24, out_sy: 24, out_depth: 1 },
          { type: 'conv', sx: 5, filters: 8, stride: 1, pad: 2, activation: 'relu' },
          { type: 'pool', sx: 2, stride: 2 },
          { type: 'conv', sx: 5, filters: 16, stride: 1, pad: 2, activation: 'relu' },
          { type: 'pool', sx: 3, stride: 3 },
          { type: 'softmax', num_classes: 10 },
        ];
        const net = new cnj.Net();
        net.makeLayers(layers);
        const trainer = new cnj.SGDTrainer(net, { method: 'adadelta', batch_size: 20, l2_decay: 0.001 });
        let examples = 0;
        const trainStep = () => {
          const i = Math.floor(Math.random() * trainCount);
          trainer.train(cnj.augment(vol(i), 24), labels[i]);
          examples++;
        };
        const runFor = async (ms) => {
          const end = performance.now() + ms;
          while (performance.now() < end) {
            const slice = performance.now() + 50;
            while (performance.now() < slice) trainStep();
            await new Promise((r) => setTimeout(r, 0));
          }
        };
        await runFor(warmupMs);
        const e0 = examples;
        const t0 = performance.now();
        await runFor(measureMs);
        const rate = ((examples - e0) * 1000) / (performance.now() - t0);
        let right = 0;
        const testN = 1000;
        for (let i = trainCount; i < trainCount + testN; i++) {
          net.forward(cnj.augment(vol(i), 24, 2, 2));
          if (net.getPrediction() === labels[i]) right++;
        }
        return { examplesPerSec: rate, examples, testAcc: right / testN };
      },
      { warmupMs, measureMs },
    );
  } finally {
    await page.close();
  }
}
