import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test, trainingState } from './fixtures';

const LESSON = '/#/lessons/relu-vs-sigmoid?seed=7';
const CHART = /^Export: Training \(solid\) and test \(dashed\) loss/;

async function ready(page: Page) {
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled();
  await expect(page.getByTestId('train-loss-relu')).not.toHaveText('—');
}

async function exportItem(page: Page, menu: RegExp, item: string): Promise<Download> {
  const button = page.getByRole('button', { name: menu }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  // The menu opens with its first item focused.
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  const entry = page.getByRole('menuitem', { name: item, exact: true });
  const wait = page.waitForEvent('download');
  // Keyboard only: move to the item and press Enter.
  for (let i = 0; i < 4 && !(await entry.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  return wait;
}

async function text(d: Download): Promise<string> {
  return readFile((await d.path())!, 'utf8');
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(d: Download): Promise<{ w: number; h: number }> {
  const b = await readFile((await d.path())!);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

test('a chart exports as SVG (parses, has its series), PNG at 2× and CSV with a row per recorded step', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  for (let i = 0; i < 6; i++) await page.keyboard.press('s');
  await expect.poll(async () => (await trainingState(page)).step).toBe(6);

  const svgText = await text(await exportItem(page, CHART, 'Download SVG'));
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const err = doc.querySelector('parsererror');
    const paths = Array.from(doc.querySelectorAll('.lines path, g[fill="none"] > path')).filter((p) => (p.getAttribute('d') ?? '').length > 3);
    return { err: err?.textContent ?? null, paths: paths.length, root: doc.documentElement.tagName, height: Number(doc.documentElement.getAttribute('height')), width: Number(doc.documentElement.getAttribute('width')), styled: paths.every((p) => /stroke:/.test(p.getAttribute('style') ?? '')) };
  }, svgText);
  expect(parsed.err).toBeNull();
  expect(parsed.root).toBe('svg');
  // Three activations × train and test.
  expect(parsed.paths).toBeGreaterThanOrEqual(6);
  expect(parsed.styled).toBe(true);
  expect(svgText).toContain('font-family');

  const box = await page.locator('figure.chart svg[aria-label^="Training (solid)"]').evaluate((e) => ({ w: e.getBoundingClientRect().width }));
  const png = await pngSize(await exportItem(page, CHART, 'Download PNG'));
  expect(png.w).toBe(Math.round(box.w) * 2);
  expect(png.h).toBe(parsed.height * 2);

  const csv = await text(await exportItem(page, CHART, 'Download CSV'));
  const lines = csv.trim().split('\n');
  // Header lines are one quoted cell each.
  const header = lines.filter((l) => l.startsWith('"#'));
  expect(header.join('\n')).toContain('"# lesson: relu-vs-sigmoid"');
  expect(header.join('\n')).toContain('"# seed: 7"');
  expect(header.join('\n')).toMatch(/"# settings: .*seed=7/);
  const [cols, ...rows] = lines.filter((l) => !l.startsWith('"#'));
  expect(cols.split(',').length).toBe(1 + 6);
  const steps = rows.map((r) => Number(r.split(',')[0]));
  // A row per recorded step: steps 1…6 (and the starting point, if recorded), in order, each once.
  expect(steps.at(-1)).toBe(6);
  expect(new Set(steps).size).toBe(steps.length);
  expect(steps.filter((s) => s >= 1)).toEqual([1, 2, 3, 4, 5, 6]);
});

test('a boundary canvas exports as PNG at 2× its CSS size; copy link confirms', async ({ watched: page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(LESSON);
  await ready(page);
  const canvas = page.getByRole('img', { name: /decision boundary/i }).first();
  const label = await canvas.getAttribute('aria-label');
  const box = (await canvas.boundingBox())!;
  const png = await pngSize(await exportItem(page, new RegExp(`^Export: ${label!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), 'Download PNG'));
  expect(png).toEqual({ w: Math.round(box.width) * 2, h: Math.round(box.height) * 2 });

  await page.getByRole('button', { name: CHART }).click();
  await page.getByRole('menuitem', { name: 'Copy link to this experiment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#/lessons/relu-vs-sigmoid?seed=7');
});
