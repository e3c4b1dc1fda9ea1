/**
 * Soak: trains every lesson for SOAK_MS (default 60 s) with every lab on the page
 * playing, samples each lab's worker tensor count (it rides on every snapshot) and the
 * page's JS heap after a forced garbage collection, and flags growth. Opt-in (it takes
 * minutes): `npm run bench -- --only=soak` or `--soak`. Env: SOAK_MS, SOAK_SAMPLES.
 *
 * Growth is flagged when a lab's tensor count at the end exceeds its count half-way (a
 * one-off allocation early on, such as early stopping's first saved weights or a new
 * pre-training phase, is not a leak; a count still rising in the second half is), or the
 * heap after GC grows by more than 20% (and 5 MB) over the second half.
 */
const SOAK_MS = Number(process.env.SOAK_MS ?? 60_000);
const SAMPLES = Number(process.env.SOAK_SAMPLES ?? 5);
const LESSONS = [
  'relu-vs-sigmoid',
  'vanishing-gradients',
  'convolution',
  'layer-wise-pretraining',
  'optimizers',
  'backprop-graph',
  'regularization',
  'perceptron-xor',
];

export const optIn = true;

async function sample(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const tensors = await page.evaluate(() => {
    const labs = window.__hiddenLayers?.labs ?? {};
    return Object.fromEntries(Object.entries(labs).map(([k, s]) => [k, s.getState().snapshot?.numTensors ?? null]));
  });
  return { heapMB: heap.usedSize / 2 ** 20, tensors };
}

async function soakLesson(browser, BASE, slug) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.goto(`${BASE}#/lessons/${slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    const plays = page.getByRole('group', { name: 'Training controls' }).getByRole('button', { name: /play/i });
    const n = await plays.count();
    if (n === 0) return { lesson: slug, tensors: '—', heapMB: '—', verdict: 'nothing trains continuously (a stepper)' };
    for (let i = 0; i < n; i++) {
      const b = page
        .getByRole('group', { name: 'Training controls' })
        .nth(i)
        .getByRole('button', { name: /play|pause/i });
      const label = (await b.textContent()) ?? '';
      if (/play/i.test(label)) await b.click({ timeout: 60_000 }).catch(() => {});
    }
    await page.waitForTimeout(3000); // warm-up: tensors that live for the whole run are made
    const samples = [await sample(page, cdp)];
    for (let i = 0; i < SAMPLES; i++) {
      await page.waitForTimeout(SOAK_MS / SAMPLES);
      // A run that ends by itself (a finished schedule) is restarted so the soak keeps training.
      samples.push(await sample(page, cdp));
    }
    const first = samples[0];
    const mid = samples[Math.floor(samples.length / 2)];
    const last = samples[samples.length - 1];
    const grew = [];
    for (const [lab, t0] of Object.entries(mid.tensors)) {
      const t1 = last.tensors[lab];
      if (t0 != null && t1 != null && t1 > t0) grew.push(`${lab}: ${t0}→${t1} tensors in the second half`);
    }
    const heapGrowth = last.heapMB - mid.heapMB;
    if (heapGrowth > 5 && heapGrowth > 0.2 * mid.heapMB)
      grew.push(`heap +${heapGrowth.toFixed(1)} MB in the second half`);
    return {
      lesson: slug,
      tensors:
        Object.entries(first.tensors)
          .map(([k, v]) => `${k} ${v}→${last.tensors[k]}`)
          .join(', ') || '—',
      heapMB: `${first.heapMB.toFixed(1)}→${last.heapMB.toFixed(1)}`,
      verdict: grew.length ? `GROWTH: ${grew.join('; ')}` : 'flat',
    };
  } finally {
    await page.close();
  }
}

export async function run({ browser, BASE }) {
  const rows = [];
  for (const slug of LESSONS) {
    try {
      rows.push(await soakLesson(browser, BASE, slug));
    } catch (e) {
      rows.push({ lesson: slug, tensors: '', heapMB: '', verdict: `error: ${String(e).split('\n')[0].slice(0, 120)}` });
    }
  }
  return {
    title: `Soak: ${Math.round(SOAK_MS / 1000)} s of training per lesson (worker tensors, page heap after GC)`,
    rows,
  };
}
