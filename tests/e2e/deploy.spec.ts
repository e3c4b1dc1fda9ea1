/**
 * The production build works from a static host under a sub-path (GitHub Pages style):
 * the built files are served under /hidden-layers/ by a bare static server, and a lesson
 * loads its chunk, the wasm binaries and the MNIST file from there and trains.
 */
import { expect, test } from '@playwright/test';
import { serveBuild, type StaticServer } from './static-server';

const BASE = '/hidden-layers/';
let server: StaticServer;
let origin = '';

test.beforeAll(async () => {
  server = await serveBuild(BASE);
  origin = server.origin;
});

test.afterAll(async () => {
  await server.close();
});

test('the build runs from a static host under a sub-path: a lesson loads its digits and trains', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(`${origin}${BASE}#/lessons/convolution`);
  await expect(page.getByRole('heading', { level: 1, name: /Convolution/ })).toBeVisible();
  await page.locator('#lab').getByRole('button', { name: /play/i }).click({ timeout: 60_000 });
  await expect
    .poll(() => page.evaluate(() => (window as any).__hiddenLayers?.training?.getState().snapshot?.step ?? 0), {
      timeout: 60_000,
    })
    .toBeGreaterThan(5);
  await page.goto(`${origin}${BASE}#/`);
  await expect(page.getByRole('link', { name: 'ReLU vs sigmoid', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});
