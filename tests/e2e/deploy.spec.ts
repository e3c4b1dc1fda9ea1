/**
 * The production build works from a static host under a sub-path (GitHub Pages style):
 * the built files are served under /hidden-layers/ by a bare static server, and a lesson
 * loads its chunk, the wasm binaries and the MNIST file from there and trains.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4317);
const OUT = PORT === 4317 ? 'dist' : `dist-e2e-${PORT}`;
const BASE = '/hidden-layers/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (!path.startsWith(BASE)) {
      res.writeHead(404).end('not under the sub-path');
      return;
    }
    const rel = normalize(path.slice(BASE.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(OUT, rel));
      res.writeHead(200, {
        'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});

test.afterAll(async () => {
  await new Promise((r) => server.close(r));
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
    .poll(() => page.evaluate(() => (window as any).__hiddenLayers?.training?.getState().snapshot?.step ?? 0), { timeout: 60_000 })
    .toBeGreaterThan(5);
  await page.goto(`${origin}${BASE}#/`);
  await expect(page.getByRole('link', { name: 'ReLU vs sigmoid', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});
