/**
 * Screenshots of every page at the sizes we care about (desktop, projector in
 * presenter mode, phone), for a person to look at. Usage:
 *   node scripts/screenshots.mjs [baseURL] [outDir]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const pages = [
  ['home', '#/'],
  ['relu', '#/lessons/relu-vs-sigmoid'],
  ['vanishing', '#/lessons/vanishing-gradients'],
  ['convolution', '#/lessons/convolution'],
  ['pretraining', '#/lessons/layer-wise-pretraining'],
  ['optimizers', '#/lessons/optimizers'],
  ['backprop-graph', '#/lessons/backprop-graph'],
  ['regularization', '#/lessons/regularization'],
  ['perceptron-xor', '#/lessons/perceptron-xor'],
];
// Only these pages: node scripts/screenshots.mjs <base> <out> relu,home
const only = process.argv[4]?.split(',');
const sizes = [
  ['desktop', 1440, 900, ''],
  ['projector', 1280, 720, '?present=1'],
  ['phone', 390, 844, ''],
];
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
for (const [name, hash] of pages.filter(([n]) => !only || only.includes(n))) {
  for (const [size, w, h, flag] of sizes) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on('console', (m) => m.type() === 'error' && console.log(`[${name}/${size}] console error: ${m.text()}`));
    await page.goto(`${base}${flag}${hash}`);
    if (name !== 'home') {
      // Wait out the start-up: pressing "… Starting" would cancel a lab that plays by itself.
      await page
        .getByRole('button', { name: /play|pause/i })
        .first()
        .waitFor({ timeout: 60_000 });
      await page.waitForFunction(
        () => !document.querySelector('.transport .play')?.textContent?.includes('Starting'),
        null,
        { timeout: 60_000 },
      );
      await page.getByRole('button', { name: /play/i }).first().click({ timeout: 60_000 });
      await page.waitForTimeout(4000);
    } else await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/${name}-${size}.png`, fullPage: size === 'phone' ? false : false });
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
