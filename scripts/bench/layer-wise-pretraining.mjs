/**
 * Layer-wise pre-training lesson: the whole schedule of the quick preset (and, without
 * --quick, the full one), on the automatically chosen backend and on wasm: wall time per
 * phase, total, and main-thread long tasks while it runs (the worker trains; the page only
 * draws). Budget: quick under 60 s, full a few minutes.
 */
export async function run({ browser, BASE, instrument }) {
  const quick = process.argv.includes('--quick');
  const rows = [];
  const cases = [
    { preset: 'quick', backend: null },
    { preset: 'quick', backend: 'wasm' },
    ...(quick
      ? []
      : [
          { preset: 'full', backend: null },
          { preset: 'full', backend: 'wasm' },
        ]),
  ];
  for (const c of cases) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await instrument(page);
    const q = `preset=${c.preset}${c.backend ? `&backend=${c.backend}` : ''}`;
    await page.goto(`${BASE}#/lessons/layer-wise-pretraining?${q}`);
    await page.waitForFunction(() => window.__hiddenLayers?.training?.getState().status === 'ready', null, {
      timeout: 120_000,
    });
    const backend = await page.evaluate(() => window.__hiddenLayers.training.getState().backend?.name);
    await page.getByRole('button', { name: /play/i }).click();
    const t0 = Date.now();
    const long0 = await page.evaluate(() => window.__bench.longTasks.length);
    const phaseStart = new Map();
    let last = null;
    const limit = c.preset === 'quick' ? 240_000 : 900_000;
    while (Date.now() - t0 < limit) {
      const s = await page.evaluate(() => {
        const st = window.__hiddenLayers.training.getState();
        return {
          phase: st.snapshot?.phase ?? 0,
          done: !!st.snapshot?.done,
          eta: st.snapshot?.etaSec,
          tensors: st.snapshot?.numTensors,
        };
      });
      if (!phaseStart.has(s.phase)) phaseStart.set(s.phase, Date.now());
      last = s;
      if (s.done) break;
      await page.waitForTimeout(250);
    }
    const total = (Date.now() - t0) / 1000;
    const long = (await page.evaluate(() => window.__bench.longTasks.slice())).slice(long0);
    const info = await page.evaluate(() =>
      window.__hiddenLayers.training.getState().info.phases.map((p) => `${p.kind}${p.layer || ''}`),
    );
    const starts = [...phaseStart.entries()].sort((a, b) => a[0] - b[0]);
    const perPhase = starts
      .map(([p, t], i) => `${info[p]} ${(((starts[i + 1]?.[1] ?? t0 + total * 1000) - t) / 1000).toFixed(1)}s`)
      .join(', ');
    rows.push({
      preset: c.preset,
      backend,
      'total s': Math.round(total * 10) / 10,
      finished: last?.done ?? false,
      'per phase': perPhase,
      longTasks: long.length,
      longestTaskMs: long.length ? Math.round(Math.max(...long)) : 0,
      workerTensorsAtEnd: last?.tensors,
      target: c.preset === 'quick' ? '< 60 s' : 'a few minutes',
    });
    await page.close();
  }
  return { title: 'Layer-wise pre-training (whole schedule; numbers are noisy while others use the CPU)', rows };
}
