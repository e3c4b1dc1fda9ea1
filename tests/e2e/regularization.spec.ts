import type { Page } from '@playwright/test';
import { axeViolations, expect, test, trainingState } from './fixtures';

const LESSON = '/#/lessons/regularization';

async function ready(page: Page) {
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByTestId('gap-none')).not.toHaveText('—', { timeout: 60_000 });
}

const num = (t: string | null) => Number((t ?? '').replace('−', '-').replace('+', ''));

test('Play trains the five networks: the loss falls, the gaps change, early stopping marks its best point', async ({
  watched: page,
}) => {
  await page.goto(LESSON);
  await ready(page);
  const loss0 = (await trainingState(page)).trainLoss;
  const gapBefore = await page.getByTestId('gap-none').textContent();
  const l2Before = await page.getByTestId('gap-l2').textContent();
  await page.getByRole('button', { name: /play/i }).click();
  await expect(page.getByRole('button', { name: /pause/i })).toBeVisible();
  await expect.poll(async () => (await trainingState(page)).step, { timeout: 90_000 }).toBeGreaterThan(400);
  await expect(page.getByTestId('early-marker')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('early-readout')).toContainText(/best held-out loss [\d.]+ at step \d+/);
  await page.getByRole('button', { name: /pause/i }).click();
  const loss1 = (await trainingState(page)).trainLoss;
  expect(loss1[0]).toBeLessThan(loss0[0] * 0.5);
  await expect(page.getByTestId('gap-none')).not.toHaveText(gapBefore!);
  await expect(page.getByTestId('gap-l2')).not.toHaveText(l2Before!);
  // The unregularized network overfits: a clear positive gap.
  expect(num(await page.getByTestId('gap-none').textContent())).toBeGreaterThan(0.1);
});

test('controls are found by role and name, change the URL, and a link reopens the experiment', async ({
  watched: page,
}) => {
  await page.goto(LESSON);
  await ready(page);
  await page.getByRole('checkbox', { name: 'L1 (lasso)' }).uncheck();
  await expect(page).toHaveURL(/show=none%2Cl2%2Cearly%2Cdropout|show=none,l2,early,dropout/);
  await expect(page.getByTestId('gap-l1')).toHaveCount(0);
  const points = page.getByRole('slider', { name: /training points/i });
  await points.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/points=31/);
  const url = page.url();
  await page.goto('/#/');
  await page.goto(url);
  await expect(page.getByRole('slider', { name: /training points/i })).toHaveValue('31');
  await expect(page.getByRole('checkbox', { name: 'L1 (lasso)' })).not.toBeChecked();
  await ready(page);
});

test('a garbage URL shows a notice and opens a working lesson with safe values', async ({ watched: page }) => {
  await page.goto(`${LESSON}?show=bogus&points=1e308&l2=NaN&keep=-3&dataset=%3Cscript%3E&seed=abc`);
  const notice = page.getByTestId('notice-params-regularization');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('l2');
  await ready(page);
  await page.getByRole('button', { name: /step/i }).first().click();
  await expect.poll(async () => (await trainingState(page)).step).toBeGreaterThan(0);
});

test('presenter mode: the lab fits 1280×720', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?present=1${LESSON.slice(1)}`);
  await ready(page);
  await expect(page.getByRole('banner')).toBeHidden();
  const chart = page.getByRole('img', { name: /Training \(solid\) and held-out \(dashed\) loss/ });
  const box = await chart.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(720);
  const cards = page.locator('.reg-run');
  await expect(cards).toHaveCount(5);
  for (const b of await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom)))
    expect(b).toBeLessThanOrEqual(720);
  const controls = await page.getByRole('complementary', { name: 'Experiment settings' }).boundingBox();
  expect(controls!.y + controls!.height).toBeLessThanOrEqual(720);
});

test('on a phone nothing scrolls sideways', async ({ watched: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LESSON);
  await ready(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the lesson has no serious accessibility violations', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  await page.getByRole('button', { name: /step/i }).first().click();
  expect(await axeViolations(page)).toEqual([]);
});

test('each exercise asks before the page tells, and the prose states L2 = weight decay for plain SGD only and dropout’s geometric mean', async ({
  watched: page,
}) => {
  await page.goto('/#/lessons/regularization');
  const text = (await page.locator('article').first().textContent()) ?? '';
  // Exercise 1 (which network overfits most?) comes before the paragraph that says the unregularized one memorizes the points.
  expect(text.indexOf('Exercise 1:')).toBeGreaterThan(0);
  expect(text.indexOf('Exercise 1:')).toBeLessThan(text.indexOf('The network can fit all 30 exactly'));
  expect(text.slice(0, text.indexOf('Exercise 1:'))).not.toMatch(/memorizes them|left alone it/);
  // The goal without a regularizer comes before the text that says more data is the best regularizer.
  expect(text.indexOf('Exercise 5:')).toBeLessThan(text.indexOf('the best regularizer is more data'));
  expect(text.slice(0, text.indexOf('Exercise 5:'))).not.toContain('best regularizer');
  // The L1 field has no example value.
  await expect(page.locator('[data-exercise="l1-zeros"]')).not.toContainText('e.g.');
  expect(text).toContain('Loshchilov & Hutter (2019)');
  expect(text).toContain('only for plain (stochastic) gradient descent');
  expect(text).toMatch(/geometric\s*mean prediction, not the arithmetic average/);
});
