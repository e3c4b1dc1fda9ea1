import { expect, test, trainingState } from './fixtures';
import { LESSONS } from '../../lessons';
import { serveBuild } from './static-server';

// The suite blocks service workers (playwright.config.ts); this spec is about them.
test.use({ serviceWorkers: 'allow' });

test('offline after the first visit: reload with the network off, open every lesson, train two (one on MNIST)', async ({
  watched: page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The worker has precached everything once it is active and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  const manifest = await page.evaluate(async () => (await fetch('./manifest.webmanifest')).json());
  expect(manifest.icons.length).toBeGreaterThan(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  for (const l of LESSONS.filter((x) => x.load)) {
    await page.goto(`/#/lessons/${l.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(l.title.split(' ')[0]!);
  }

  await page.goto('/#/lessons/relu-vs-sigmoid');
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled();
  await page.getByRole('button', { name: /play/i }).click();
  await expect.poll(async () => (await trainingState(page)).step, { timeout: 30_000 }).toBeGreaterThan(100);
  await page.getByRole('button', { name: /pause/i }).click();

  // The CNN lesson reads the MNIST file: from the cache too.
  await page.goto('/#/lessons/convolution');
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByTestId('mnist-error')).toHaveCount(0);
  await page.getByRole('button', { name: /play/i }).first().click();
  await expect
    .poll(async () => page.evaluate(() => (window as any).__hiddenLayers.training.getState().snapshot?.examples ?? 0), {
      timeout: 60_000,
    })
    .toBeGreaterThan(0);
});

test('an update fetches only the files whose content changed', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  // A plain static host, whose log shows what the service worker downloads.
  const host = await serveBuild();
  try {
    await page.goto(`${host.origin}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    // The next deployment, as its sw.js describes it: the same build with one file changed (icon.svg).
    const built = await (await fetch(`${host.origin}/sw.js`)).text();
    const files = built.match(/const FILES = (\{.*\});/)?.[1];
    expect(files).toBeTruthy();
    const listed = Object.keys(JSON.parse(files!)).length;
    const next = built
      .replace(/"\.\/icon\.svg":"[0-9a-f]+"/, '"./icon.svg":"0123456789abcdef"')
      .replace(/const CACHE = PREFIX \+ '[0-9a-f]+'/, "const CACHE = PREFIX + 'next'");
    expect(next).toContain('"./icon.svg":"0123456789abcdef"');
    expect(next).toContain("PREFIX + 'next'");
    host.override.set('sw.js', next);
    host.requests.length = 0;

    const state = await page.evaluate(async () => {
      const reg = (await navigator.serviceWorker.getRegistration())!;
      await reg.update();
      const w = reg.installing ?? reg.waiting;
      if (!w) return 'no update';
      if (w.state === 'installing')
        await new Promise<void>((done) => w.addEventListener('statechange', () => w.state !== 'installing' && done()));
      return w.state;
    });
    expect(state).toBe('installed');
    // Only the changed file came over the network; every other file was copied from the old cache.
    expect(host.requests.filter((p) => p !== '/sw.js')).toEqual(['/icon.svg']);
    const cached = await page.evaluate(async () => (await (await caches.open('hidden-layers-next')).keys()).length);
    expect(cached).toBe(listed + 1);
    // The page offers the new version.
    await expect(
      page.getByRole('status').filter({ hasText: /new version of Hidden Layers is available/ }),
    ).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    await host.close();
  }
});
