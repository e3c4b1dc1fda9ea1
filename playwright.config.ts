import { defineConfig } from '@playwright/test';
// @ts-expect-error: plain ESM helper shared with the scripts
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
// @ts-expect-error: plain ESM helper shared with scripts/test.mjs (which picks a free port)
import { DEFAULT_E2E_PORT, e2eReportPath } from './scripts/ports.mjs';

const executablePath: string | undefined = (await findChromium()) ?? undefined;
/** E2E_PORT lets several checkouts (or helpers) run e2e tests side by side; `npm test` sets it to a free port. */
const PORT = Number(process.env.E2E_PORT ?? DEFAULT_E2E_PORT);
const OUT = PORT === DEFAULT_E2E_PORT ? 'dist' : `dist-e2e-${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: e2eReportPath(PORT) }]],
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
