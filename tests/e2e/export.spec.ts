import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { LESSONS } from '../../lessons';
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
  for (let i = 0; i < 4 && !(await entry.evaluate((e) => e === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
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

test('a chart exports as SVG (parses, has its series), PNG at 2× and CSV with a row per recorded step', async ({
  watched: page,
}) => {
  await page.goto(LESSON);
  await ready(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  for (let i = 0; i < 6; i++) await page.keyboard.press('s');
  await expect.poll(async () => (await trainingState(page)).step).toBe(6);

  const svgText = await text(await exportItem(page, CHART, 'Download SVG'));
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const err = doc.querySelector('parsererror');
    const paths = Array.from(doc.querySelectorAll('.lines path, g[fill="none"] > path')).filter(
      (p) => (p.getAttribute('d') ?? '').length > 3,
    );
    return {
      err: err?.textContent ?? null,
      paths: paths.length,
      root: doc.documentElement.tagName,
      height: Number(doc.documentElement.getAttribute('height')),
      width: Number(doc.documentElement.getAttribute('width')),
      styled: paths.every((p) => /stroke:/.test(p.getAttribute('style') ?? '')),
    };
  }, svgText);
  expect(parsed.err).toBeNull();
  expect(parsed.root).toBe('svg');
  // Three activations × train and test.
  expect(parsed.paths).toBeGreaterThanOrEqual(6);
  expect(parsed.styled).toBe(true);
  expect(svgText).toContain('font-family');

  const box = await page
    .locator('figure.chart svg[aria-label^="Training (solid)"]')
    .evaluate((e) => ({ w: e.getBoundingClientRect().width }));
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
  const png = await pngSize(
    await exportItem(page, new RegExp(`^Export: ${label!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), 'Download PNG'),
  );
  expect(png).toEqual({ w: Math.round(box.width) * 2, h: Math.round(box.height) * 2 });

  await page.getByRole('button', { name: CHART }).click();
  await page.getByRole('menuitem', { name: 'Copy link to this experiment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#/lessons/relu-vs-sigmoid?seed=7');
});

/** Two animation frames: what a scroll made visible has been rendered. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * On screen now: every figure (an <svg> or <canvas> at least 60×40 px, icons, formulas and
 * legend swatches aside, and the confusion table) without an export menu in its figure's
 * header row, and every export button whose box overlaps a picture of its figure.
 */
async function figureAudit(page: Page): Promise<{ figures: number; missing: string[]; overlaps: string[] }> {
  return page.evaluate(() => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}[${el.getAttribute('aria-label') ?? el.closest('[aria-label]')?.getAttribute('aria-label') ?? el.className}]`;
    const onScreen = (r: DOMRect) => r.bottom > 0 && r.top < innerHeight;
    const pictures = Array.from(document.querySelectorAll('main svg, main canvas, main table.confusion')).filter(
      (el) => {
        if (el.parentElement?.closest('svg') || el.closest('.katex, button, .legend, .export-head')) return false;
        const r = el.getBoundingClientRect();
        return r.width >= 60 && r.height >= 40 && onScreen(r);
      },
    );
    const missing = pictures
      .filter((el) => !el.closest('.export-figure')?.querySelector(':scope > .export-head .export-button'))
      .map(name);
    const overlaps: string[] = [];
    for (const b of document.querySelectorAll('main .export-button')) {
      const br = b.getBoundingClientRect();
      if (!onScreen(br)) continue;
      for (const el of b.closest('.export-figure')?.querySelectorAll('svg, canvas, table') ?? []) {
        const r = el.getBoundingClientRect();
        if (r.width < 1 || el.closest('.export-head')) continue;
        if (br.left < r.right && r.left < br.right && br.top < r.bottom && r.top < br.bottom)
          overlaps.push(`${b.getAttribute('aria-label')} over ${name(el)}`);
      }
    }
    return { figures: pictures.length, missing, overlaps };
  });
}

test('every figure of every lesson has an export menu, in a header row clear of its data', async ({
  watched: page,
}) => {
  test.setTimeout(300_000);
  for (const { slug } of LESSONS.filter((l) => l.load)) {
    await page.goto(`/#/lessons/${slug}`);
    await expect(page.getByRole('button', { name: /play/i }).first()).toBeEnabled({ timeout: 60_000 });
    let figures = 0;
    const missing = new Set<string>();
    const overlaps = new Set<string>();
    // Down the whole page a screen at a time: sections render their figures when scrolled to.
    for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 700) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await settle(page);
      const a = await figureAudit(page);
      figures += a.figures;
      a.missing.forEach((m) => missing.add(m));
      a.overlaps.forEach((o) => overlaps.add(o));
    }
    expect(figures, `${slug}: figures seen`).toBeGreaterThan(2);
    expect([...missing], `${slug}: figures without an export menu`).toEqual([]);
    expect([...overlaps], `${slug}: export buttons over a figure`).toEqual([]);
  }
});

/** Count of dark pixels in a band of a PNG (decoded by the browser). */
async function inkIn(page: Page, png: Buffer, band: { x: number; y: number; w: number; h: number }): Promise<number> {
  return page.evaluate(
    async ({ b64, band }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(band.x, band.y, band.w, band.h).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 110 && d[i + 1]! < 110 && d[i + 2]! < 110) n++;
      return n;
    },
    { b64: png.toString('base64'), band },
  );
}

test('a slide export downloads a 16:9 PNG with the title and the settings drawn; a composed figure exports as one PNG', async ({
  watched: page,
}) => {
  await page.goto(LESSON);
  await ready(page);
  const button = page.getByRole('button', { name: CHART }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  const item = page.getByRole('menuitem', { name: 'Slide (16:9 PNG)…' });
  while (!(await item.evaluate((e) => e === document.activeElement))) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export as a slide' });
  await expect(dialog).toBeVisible();
  const title = dialog.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveValue(/^Training \(solid\) and test/);
  await title.fill('Sigmoid learns XOR last');
  await expect(dialog.getByRole('checkbox', { name: /Caption with the experiment/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /Presenter’s large type/ })).toBeChecked();
  await expect(dialog.getByTestId('slide-caption')).toContainText('ReLU vs sigmoid · seed 7');
  const wait = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download slide' }).click();
  const d = await wait;
  expect(d.suggestedFilename()).toMatch(/^relu-vs-sigmoid-.*\.slide\.png$/);
  await expect(dialog).toBeHidden();
  const { w, h } = await pngSize(d);
  expect(w / h).toBeCloseTo(16 / 9, 3);
  expect(w).toBeGreaterThanOrEqual(1280);
  const png = await readFile((await d.path())!);
  // The title is drawn at the top, the caption at the bottom, the chart between them.
  expect(await inkIn(page, png, { x: 0, y: 40, w, h: 100 })).toBeGreaterThan(800);
  expect(await inkIn(page, png, { x: 0, y: h - 110, w, h: 100 })).toBeGreaterThan(300);
  expect(await inkIn(page, png, { x: 0, y: 200, w, h: 600 })).toBeGreaterThan(300);

  // A figure made of many parts (the vanishing-gradients histograms: svgs and labels) exports as one PNG of its size.
  await page.goto('/#/lessons/vanishing-gradients');
  await expect(page.getByRole('button', { name: /play/i }).first()).toBeEnabled({ timeout: 60_000 });
  const menu = /^Export: Activations and gradients of network A/;
  await page.getByRole('button', { name: menu }).first().scrollIntoViewIfNeeded();
  const body = page
    .locator(
      '.export-figure:has(> .export-head button[aria-label^="Export: Activations and gradients of network A"]) > .export-body',
    )
    .first();
  const box = (await body.boundingBox())!;
  const size = await pngSize(await exportItem(page, menu, 'Download PNG'));
  expect(size.w).toBe(Math.ceil(box.width) * 2);
  expect(Math.abs(size.h - box.height * 2)).toBeLessThanOrEqual(2);
});
