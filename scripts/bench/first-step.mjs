/**
 * Time to first step, per lesson: from opening the lesson's link (navigation start of a
 * fresh page, cold cache) to the first trained step shown. Play is pressed as soon as it
 * is enabled; the clock stops when the page's training state first reports step > 0
 * (window.__hiddenLayers.training.getState().snapshot.step). Also: when the Play button
 * became enabled (worker started, backend chosen, data loaded, first snapshot).
 * Targets: ≤ 1.5 s for the 2D lessons, ≤ 3 s for the MNIST lessons. Median of RUNS.
 * Env: FIRST_STEP_RUNS (default 3).
 */
const RUNS = Number(process.env.FIRST_STEP_RUNS ?? 3);
const LESSONS = [
  { slug: 'relu-vs-sigmoid', mnist: false },
  { slug: 'vanishing-gradients', mnist: false },
  { slug: 'optimizers', mnist: false },
  { slug: 'convolution', mnist: true },
  { slug: 'layer-wise-pretraining', mnist: true },
];

async function once(browser, BASE, slug) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } }); // cold HTTP cache
  const page = await context.newPage();
  try {
    await page.goto(`${BASE}#/lessons/${slug}`, { waitUntil: 'commit' });
    // The lesson's first lab: Play is pressed as soon as it is enabled, unless the lab plays
    // by itself (the optimizers' surfaces do); either way the clock stops at its first step.
    const group = page.getByRole('group', { name: 'Training controls' }).first();
    const section = await group.evaluate(
      (el) => {
        for (let e = el.parentElement; e; e = e.parentElement) if (e.id && e.tagName === 'SECTION') return e.id;
        return null;
      },
      null,
      { timeout: 60_000 },
    );
    let enabledMs = NaN;
    void group
      .getByRole('button', { name: /play/i })
      .click({ timeout: 60_000 })
      .then(async () => (enabledMs = await page.evaluate(() => performance.now())))
      .catch(() => {}); // the lab plays by itself ("… Starting" is not clicked: that would cancel it), or the page closed
    const handle = await page.waitForFunction(
      (sec) => {
        const hl = window.__hiddenLayers;
        const store = (sec && hl?.labs?.[sec]) || hl?.training;
        return (store?.getState().snapshot?.step ?? 0) > 0 ? performance.now() : 0;
      },
      section,
      { polling: 10, timeout: 60_000 },
    );
    const firstStepMs = await handle.jsonValue();
    const backend = await page.evaluate((sec) => {
      const b = ((sec && window.__hiddenLayers.labs?.[sec]) || window.__hiddenLayers.training).getState().backend;
      return b ? `${b.name}: ${b.reason}` : null;
    }, section);
    return { enabledMs, firstStepMs, backend };
  } finally {
    await context.close();
  }
}

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

export async function run({ browser, BASE }) {
  const rows = [];
  for (const { slug, mnist } of LESSONS) {
    const runs = [];
    let error = '';
    for (let i = 0; i < RUNS; i++) {
      try {
        runs.push(await once(browser, BASE, slug));
      } catch (e) {
        error = String(e).split('\n')[0].slice(0, 160);
      }
    }
    const target = mnist ? 1500 * 2 : 1500;
    const first = runs.length ? median(runs.map((r) => r.firstStepMs)) : NaN;
    rows.push({
      lesson: slug,
      'play enabled ms': runs.some((r) => Number.isFinite(r.enabledMs))
        ? Math.round(median(runs.map((r) => r.enabledMs).filter(Number.isFinite)))
        : 'autoplay',
      'first step ms': Number.isFinite(first) ? Math.round(first) : '—',
      'all runs ms': runs.map((r) => Math.round(r.firstStepMs)).join(' / '),
      target: `≤ ${target / 1000} s`,
      met: Number.isFinite(first) ? (first <= target ? 'yes' : 'NO') : '—',
      backend: (runs.at(-1)?.backend ?? '—').slice(0, 140),
      note: error,
    });
  }
  return {
    title: `Time to first step (navigation start → first trained step shown; median of ${RUNS} cold loads)`,
    rows,
  };
}
