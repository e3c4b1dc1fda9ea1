import { expect, test, trainingState } from './fixtures';
import { LESSONS } from '../../lessons';

// The suite blocks service workers (playwright.config.ts); this spec is about them.
test.use({ serviceWorkers: 'allow' });

test('offline after the first visit: reload with the network off, open every lesson, train two (one on MNIST)', async ({ watched: page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The worker has precached everything once it is active and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  const manifest = await page.evaluate(async () => (await fetch('./manifest.webmanifest')).json());
  expect(manifest.icons.length).toBeGreaterThan(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Still cross-origin isolated from the cache (the wasm threads need it).
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

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
  await expect.poll(async () => page.evaluate(() => (window as any).__hiddenLayers.training.getState().snapshot?.examples ?? 0), { timeout: 60_000 }).toBeGreaterThan(0);
});
