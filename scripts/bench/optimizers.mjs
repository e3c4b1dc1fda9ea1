/**
 * Optimizers lesson. Part 1: four tfjs optimizers (SGD, momentum, RMSProp, Adam)
 * stepping in the training worker (optim2d task, paced at 60 × speed rounds/s) while
 * the page draws their trajectories over the contours —
 * frames/s and long tasks while they animate (target ≥ 55 fps, 0 long tasks), at the
 * default speed and at the fastest (budget-limited) speed. Rosenbrock with its
 * suggested rates, so the paths run for thousands of steps. Part 2 (when present):
 * three 2-16-16-1 networks (SGD, momentum, Adam) in the worker.
 */
const ROSEN = 'surface=rosenbrock&sx=-1.2&sy=1&sgdLr=0.001&momLr=0.0005&rmsLr=0.005&adamLr=0.02';

export async function run({ browser, BASE, instrument, MEASURE_MS }) {
  const rows = [];
  // Rosenbrock stops after 4000 steps: keep the window inside the animation at both speeds.
  const ms = Math.min(MEASURE_MS, 6000);
  for (const speed of [3, 20]) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await instrument(page);
    await page.goto(`${BASE}#/lessons/optimizers?${ROSEN}&speed=${speed}`);
    const part1 = page.locator('#lab');
    await page.waitForFunction(() => window.__hiddenLayers?.labs?.lab?.getState().snapshot?.tracks.length === 4, null, {
      timeout: 60_000,
    });
    // Step pauses; Reset starts over paused; then play.
    await part1.getByRole('button', { name: 'Step', exact: true }).click();
    await part1.getByRole('button', { name: 'Reset', exact: true }).click();
    await page.waitForTimeout(500);
    await part1.getByRole('button', { name: '▶ Play', exact: true }).click();
    await page.waitForTimeout(300);
    const t0 = await page.evaluate(() => ({
      t: window.__hiddenLayers.labs.lab.getState().snapshot?.step ?? 0,
      frames: window.__bench.frames,
      long: window.__bench.longTasks.length,
      now: performance.now(),
    }));
    await page.waitForTimeout(ms);
    const t1 = await page.evaluate(() => ({
      t: window.__hiddenLayers.labs.lab.getState().snapshot?.step ?? 0,
      active: window.__hiddenLayers.labs.lab.getState().playing,
      frames: window.__bench.frames,
      long: window.__bench.longTasks.slice(),
      now: performance.now(),
      tensors: window.__hiddenLayers.labs.lab.getState().snapshot?.numTensors,
    }));
    const secs = (t1.now - t0.now) / 1000;
    const long = t1.long.slice(t0.long);
    rows.push({
      workload: `part 1: 4 optimizers on Rosenbrock, speed ${speed} steps/frame`,
      'steps/s per optimizer': Math.round((t1.t - t0.t) / secs),
      fps: Math.round(((t1.frames - t0.frames) / secs) * 10) / 10,
      longTasks: long.length,
      longestTaskMs: long.length ? Math.round(Math.max(...long)) : 0,
      stillAnimating: t1.active,
      workerTensors: t1.tensors,
      target: '≥ 55 fps, 0 long tasks',
    });
    await page.close();
  }
  // Part 2: three networks in the worker while the page draws boundaries and charts.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await instrument(page);
  await page.goto(`${BASE}#/lessons/optimizers?dataset=spiral`);
  await page.waitForFunction(() => window.__hiddenLayers?.labs?.network?.getState().status === 'ready', null, {
    timeout: 60_000,
  });
  await page.locator('#network').scrollIntoViewIfNeeded();
  await page.locator('#network').getByRole('button', { name: '▶ Play', exact: true }).click();
  await page.waitForTimeout(2000);
  const read = () =>
    page.evaluate(() => ({
      step: window.__hiddenLayers.labs.network.getState().snapshot?.step ?? 0,
      backend: window.__hiddenLayers.labs.network.getState().backend?.name,
      frames: window.__bench.frames,
      long: window.__bench.longTasks.slice(),
      now: performance.now(),
    }));
  const a = await read();
  await page.waitForTimeout(ms);
  const b = await read();
  const secs = (b.now - a.now) / 1000;
  const long = b.long.slice(a.long.length);
  rows.push({
    workload: `part 2: SGD + momentum + Adam, 2-16-16-1 tanh, batch 10, spirals (${b.backend})`,
    'steps/s per optimizer': Math.round((b.step - a.step) / secs),
    fps: Math.round(((b.frames - a.frames) / secs) * 10) / 10,
    longTasks: long.length,
    longestTaskMs: long.length ? Math.round(Math.max(...long)) : 0,
    stillAnimating: true,
    workerTensors: '—',
    target: '≥ 55 fps, 0 long tasks',
  });
  await page.close();
  return { title: 'Optimizers lesson', rows };
}
