/**
 * Vanishing-gradients lesson: SGD steps/s of the 8-layer presets with the per-layer
 * gradient statistics on (norms, histograms, δ of the sample points every ~150 ms),
 * frames/s and main-thread long tasks (target 0), with the lab in view and with the
 * page scrolled to the layer histograms (the heaviest view to draw).
 */
import { measureSteps } from './lib/instrument.mjs';

export async function run({ browser, BASE, instrument, measureTraining, readStep, MEASURE_MS }) {
  const cases = [
    { name: 'side by side: 2 × 2-8×8-1 (sigmoid small init, ReLU He)', query: '', scrollTo: null },
    { name: 'side by side, histograms in view', query: '', scrollTo: '#histograms' },
    { name: 'δ formula in view', query: '', scrollTo: '#backprop' },
    { name: 'vanishing: 1 × 2-8×8-1 sigmoid, small init', query: '?compare=0', scrollTo: null },
    { name: 'ReLU + He: 1 × 2-8×8-1', query: '?act=relu&init=he&compare=0', scrollTo: null },
    { name: '12 layers of 32, side by side', query: '?depth=12&width=32', scrollTo: null },
  ];
  const rows = [];
  for (const c of cases) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await instrument(page);
    await page.goto(`${BASE}#/lessons/vanishing-gradients${c.query}`);
    await page.getByRole('button', { name: /play/i }).waitFor();
    await page.waitForFunction(() => window.__hiddenLayers?.training?.getState().status === 'ready');
    let r;
    if (c.scrollTo) {
      // Clicking Play would scroll the lab back into view: use the Space shortcut instead.
      await page.locator(c.scrollTo).scrollIntoViewIfNeeded();
      r = await measureByKeyboard(page, 2000, readStep, MEASURE_MS);
    } else r = await measureTraining(page, 2000);
    await page.close();
    rows.push({
      workload: c.name,
      'steps/s': r.stepsPerSec,
      fps: r.fps,
      'long tasks': r.longTasks,
      'longest ms': r.longestTaskMs,
      backend: r.backend,
    });
  }
  return { title: 'Vanishing gradients (batch 10, circle, statistics on 64 points every ~150 ms)', rows };
}

/** Like bench.mjs's measureTraining, but plays and pauses with the Space shortcut so the scroll position stays. */
async function measureByKeyboard(page, warmupMs, readStep, MEASURE_MS) {
  await page.evaluate(() => document.activeElement?.blur?.());
  await page.keyboard.press('Space');
  await page.waitForTimeout(warmupMs);
  const rates = await measureSteps(page, readStep, MEASURE_MS);
  const b1 = await page.evaluate(() => ({
    backend: window.__hiddenLayers.training.getState().backend?.name ?? null,
    y: scrollY,
  }));
  await page.keyboard.press('Space');
  if (b1.y < 500) throw new Error('the page scrolled back to the top while measuring');
  return { ...rates, backend: b1.backend };
}
