import { defineConfig } from '@playwright/test';
// @ts-expect-error: plain ESM helper shared with the scripts
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath: string | undefined = (await findChromium()) ?? undefined;
/** E2E_PORT lets several checkouts (or helpers) run e2e tests side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4317);
const OUT = PORT === 4317 ? 'dist' : `dist-e2e-${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: PORT === 4317 ? 'test-results/e2e.json' : `test-results/e2e-${PORT}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
    // The service worker would answer requests page.route() means to see; the offline spec allows it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/prepare-mnist.mjs --quiet && npx vite build --logLevel warn --outDir ${OUT} && npx vite preview --outDir ${OUT} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
