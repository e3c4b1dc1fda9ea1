import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 21, "Dim rooms and paper": the dark theme follows the system until the learner
 * chooses, the choice outlives a reload, exports stay light, and a lesson prints as its text
 * and figures without the controls.
 */

const paper = (page: Page) =>
  page.evaluate(
    () => getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor,
  );
const rootBg = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

async function lessonReady(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /play/i }).first()).toBeEnabled({ timeout: 60_000 });
}

test('the theme follows the system, the toggle overrides it, the choice survives a reload, and Settings hands it back', async ({
  watched: page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/#/');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await rootBg(page)).toBe('rgb(22, 23, 27)');

  // The system changes its mind: the page follows while the setting is "system".
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // The toggle picks light over the dark system, from the keyboard.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await rootBg(page)).toBe('rgb(255, 255, 255)');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');

  // Settings shows the choice and can give it back to the system.
  await page.getByRole('button', { name: 'Settings' }).click();
  const select = page.getByRole('combobox', { name: 'Colour theme' });
  await expect(select).toHaveValue('light');
  await select.selectOption('system');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await paper(page)).not.toBe('rgb(255, 255, 255)');
});

test('in the dark theme the charts draw in the dark palette, and an exported SVG is the light one on white', async ({
  watched: page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/#/lessons/relu-vs-sigmoid?seed=7');
  await lessonReady(page);
  await expect(page.getByTestId('train-loss-relu')).not.toHaveText('—', { timeout: 60_000 });
  const chart = page.locator('figure.chart').first();
  // The axis ticks take the page's ink (light on dark); the grid lines the dark grid colour.
  const tick = await chart
    .locator('.tick text')
    .first()
    .evaluate((t) => getComputedStyle(t).fill);
  expect(tick).toBe('rgb(230, 230, 234)');
  const line = await chart
    .locator('.lines path')
    .first()
    .evaluate((p) => getComputedStyle(p).stroke);
  expect(line).toBe('rgb(58, 143, 208)');

  const button = chart.getByRole('button', { name: /^Export:/ });
  await button.click();
  const wait = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Download SVG', exact: true }).click();
  const svg = await readFile((await (await wait).path())!, 'utf8');
  expect(svg).toMatch(/<rect [^>]*fill="#ffffff"\/>/);
  // Light theme colours: dark ink for the ticks, Okabe–Ito blue for the sigmoid line; none of the dark theme's.
  expect(svg).toContain('fill:rgb(27, 27, 31)');
  expect(svg).toContain('stroke:rgb(0, 114, 178)');
  expect(svg).not.toContain('rgb(230, 230, 234)');
  expect(svg).not.toContain('var(--');
  // The page itself is still dark.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a lesson prints as text and figures: no top bar, transport, sliders, export menus or beat bar; light colours', async ({
  watched: page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/#/lessons/relu-vs-sigmoid');
  await lessonReady(page);
  const controls = [
    page.getByRole('banner'),
    page.getByRole('group', { name: 'Training controls' }),
    page.locator('input[type="range"]').first(),
    page.getByRole('button', { name: /^Export:/ }).first(),
    page.getByRole('complementary', { name: 'Experiment settings' }),
  ];
  for (const c of controls) await expect(c).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const c of controls) await expect(c).toBeHidden();
  expect(await page.locator('button:visible, input:visible, select:visible').count()).toBe(0);
  // A scrubbable number in the text stays: it is part of the sentence.
  await expect(page.getByRole('slider', { name: /number in the sentence/ }).first()).toBeVisible();
  // The text and the figures are there, in the light theme's colours.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('figure.chart svg').first()).toBeVisible();
  await expect(page.locator('.boundary canvas').first()).toBeVisible();
  expect(await rootBg(page)).toBe('rgb(255, 255, 255)');
  expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).color)).toBe('rgb(27, 27, 31)');
  // Figures are not split across pages.
  expect(
    await page
      .locator('figure.chart')
      .first()
      .evaluate((f) => getComputedStyle(f).breakInside),
  ).toBe('avoid');
  // An outside link shows its address.
  const ref = page.locator('a[href^="http"]').first();
  if ((await ref.count()) > 0)
    expect(await ref.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('http');

  // Printed from presenter mode: the beat bar and the exit button stay off the paper too.
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('p');
  const beats = page.getByRole('complementary', { name: 'Lecture beats' });
  await expect(beats).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(beats).toBeHidden();
  await expect(page.getByRole('button', { name: 'Exit presenter' })).toBeHidden();
  await expect(page.locator('figure.chart svg').first()).toBeVisible();
});
