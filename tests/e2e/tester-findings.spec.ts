import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/** Regression tests for issue 16 ("What a tester broke"). */

const SLUGS = ['relu-vs-sigmoid', 'vanishing-gradients', 'convolution', 'layer-wise-pretraining', 'optimizers'];

const play = (page: Page) => page.getByRole('group', { name: 'Training controls' }).first().getByRole('button', { name: /play|pause/i });

test.describe('1. a malformed page query never breaks a lesson', () => {
  for (const slug of SLUGS) {
    test(slug, async ({ watched: page }) => {
      for (const query of ['?x=%', '?present=1%', '?backend=%E0%A4%A']) {
        await page.goto(`/${query}#/lessons/${slug}`);
        await expect(play(page)).toBeEnabled({ timeout: 60_000 });
        await expect(page.getByText('This lesson failed to load')).toHaveCount(0);
        await expect(page.getByTestId('notice-page-query')).toBeVisible();
        if (query.includes('backend')) await expect(page.getByTestId('notice-backend-flag')).toBeVisible();
      }
    });
  }
});

test.describe('6. on a phone (390×844) no page scrolls sideways and Play is on the first screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const slug of SLUGS) {
    test(slug, async ({ watched: page }) => {
      await page.goto(`/#/lessons/${slug}`);
      await expect(play(page)).toBeEnabled({ timeout: 60_000 });
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      // The lesson's first transport (in the optimizers lesson: the surface lab's, "Play paths").
      const box = await page.locator('.transport .play').first().boundingBox();
      expect(box!.y).toBeLessThan(844);
    });
  }
});

test.describe('11. axe: no violations of moderate severity or above', () => {
  for (const slug of SLUGS) {
    test(slug, async ({ watched: page }) => {
      await page.goto(`/#/lessons/${slug}`);
      await expect(play(page)).toBeEnabled({ timeout: 60_000 });
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('7. things that should not persist', () => {
  test('a bad saved setting is reported once, then written back repaired', async ({ watched: page }) => {
    await page.goto('/#/');
    await page.evaluate(() => localStorage.setItem('hidden-layers:settings', '{"backend":"gpu","motion":"reduce"}'));
    await page.reload();
    await expect(page.getByTestId('notice-settings')).toBeVisible();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('hidden-layers:settings')!));
    expect(saved).toEqual({ backend: 'auto', motion: 'reduce' });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('notice-settings')).toHaveCount(0);
  });

  for (const url of ['/?present=1#/lessons/relu-vs-sigmoid?lr=0.3', '/#/lessons/relu-vs-sigmoid?lr=0.3&present=1']) {
    test(`leaving presenter mode takes present=1 out of the URL (${url})`, async ({ watched: page }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveClass(/presenter/);
      await expect(play(page)).toBeEnabled();
      await page.keyboard.press('Escape');
      await expect(page.locator('html')).not.toHaveClass(/presenter/);
      await expect(page).not.toHaveURL(/present/);
      await expect(page).toHaveURL(/#\/lessons\/relu-vs-sigmoid\?lr=0\.3$/);
      // A later parameter change must not bring it back, and a reload stays out of presenter mode.
      await page.getByRole('combobox', { name: 'Dataset' }).selectOption('spiral');
      await expect(page).toHaveURL(/dataset=spiral/);
      await expect(page).not.toHaveURL(/present/);
      await page.reload();
      await expect(play(page)).toBeEnabled();
      await expect(page.locator('html')).not.toHaveClass(/presenter/);
    });
  }
});

test.describe('8. small but visible', () => {
  test('a right-to-left override in a link value is not echoed into the notice', async ({ watched: page }) => {
    await page.goto('/?backend=%E2%80%AEgpu#/lessons/relu-vs-sigmoid?dataset=%E2%80%AEspiral');
    await expect(play(page)).toBeEnabled();
    const text = (await page.getByRole('region', { name: 'Notices' }).textContent())!;
    expect(text).toContain('"spiral"');
    expect(text).toContain('"gpu"');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
  });

  test('convolution: an empty pad asks for a digit; test digit #1 is the same digit before and after training starts', async ({ watched: page }) => {
    await page.goto('/#/lessons/convolution');
    await expect(play(page)).toBeEnabled({ timeout: 60_000 });
    const source = page.locator('.cnn-probs > p.small');
    const first = (await source.textContent())!;
    expect(first).toMatch(/^test digit #1 \(a \d\)$/);
    await page.getByRole('group', { name: 'Training controls' }).getByRole('button', { name: 'Step' }).click();
    await expect(page.getByTestId('step-count')).toHaveText('1');
    const pad = page.locator('.cnn-draw');
    await pad.getByRole('button', { name: 'Load', exact: true }).click();
    await expect(source).toHaveText(first);
    await expect(page.locator('.cnn-probs figcaption')).toContainText('CNN says');
    await pad.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect(page.locator('.cnn-probs figcaption')).toContainText('draw a digit');
    await expect(page.locator('.cnn-probs figcaption')).not.toContainText('says');
  });
});
