import type { Page } from '@playwright/test';
import { axeViolations, expect, expectParamsNotice, test, readoutNumber, trainingState } from './fixtures';

const LESSON = '/#/lessons/vanishing-gradients';

async function ready(page: Page) {
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled();
  await expect(page.getByTestId('ratio-A')).not.toHaveText('—');
}

test('opens from the home page; side by side, ReLU + He learns while deep sigmoid stalls, and the gradient readouts change', async ({
  watched: page,
}) => {
  await page.goto('/#/');
  await page.getByRole('link', { name: 'Vanishing gradients', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vanishing (and exploding) gradients' })).toBeVisible();
  await ready(page);
  // At the start: layer 1 of the deep sigmoid net gets a vanishing share of the gradient; ReLU + He does not.
  expect(readoutNumber(await page.getByTestId('ratio-A').textContent())).toBeLessThan(1e-6);
  const reluRatio = readoutNumber(await page.getByTestId('ratio-B').textContent());
  expect(reluRatio).toBeGreaterThan(0.05);
  expect(reluRatio).toBeLessThan(20);
  const lossB0 = readoutNumber(await page.getByTestId('train-loss-B').textContent());
  const normB1 = await page.getByTestId('norm-B-1').textContent();
  const normA9 = await page.getByTestId('norm-A-9').textContent();

  await page.getByRole('button', { name: /play/i }).click();
  await expect.poll(async () => (await trainingState(page)).step, { timeout: 45_000 }).toBeGreaterThan(200);
  const early = await page.evaluate(
    () => (window as any).__hiddenLayers.training.getState().snapshot.numTensors as number,
  );
  await expect.poll(async () => (await trainingState(page)).step, { timeout: 60_000 }).toBeGreaterThan(1000);
  await page.getByRole('button', { name: /pause/i }).click();
  await expect.poll(async () => (await trainingState(page)).playing).toBe(false);
  const late = await page.evaluate(
    () => (window as any).__hiddenLayers.training.getState().snapshot.numTensors as number,
  );
  expect(late).toBe(early);

  expect(readoutNumber(await page.getByTestId('train-loss-B').textContent())).toBeLessThan(0.5 * lossB0);
  expect(Math.abs(readoutNumber(await page.getByTestId('train-loss-A').textContent()) - 0.69)).toBeLessThan(0.02);
  await expect(page.getByTestId('norm-B-1')).not.toHaveText(normB1!);
  await expect(page.getByTestId('norm-A-9')).not.toHaveText(normA9!);
  await expect(page.getByTestId('norm-table')).toContainText(/measured on step [1-9]/);
});

test('presets load: they set the URL and the controls, and drop or add network B', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  await expect(page.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'ReLU + He' }).click();
  await expect(page).toHaveURL(/act=relu/);
  await expect(page).toHaveURL(/init=he/);
  await expect(page).toHaveURL(/compare=0/);
  await expect(page.getByRole('combobox', { name: 'Activation (A)' })).toHaveValue('relu');
  await expect(page.getByRole('combobox', { name: 'Activation (B)' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'ReLU + He' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('ratio-B')).toHaveCount(0);
  await expect(page.getByTestId('ratio-A')).not.toHaveText('—');
  // Keyboard: a preset is a button, Enter activates it.
  await page.getByRole('button', { name: 'Vanishing' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/compare=0/);
  await expect(page.getByRole('combobox', { name: 'Activation (A)' })).toHaveValue('sigmoid');
  await expect.poll(async () => readoutNumber(await page.getByTestId('ratio-A').textContent())).toBeLessThan(1e-6);
  await page.getByRole('button', { name: 'Side by side' }).click();
  await expect(page.getByTestId('ratio-B')).not.toHaveText('—');
  // Depth slider by keyboard; the link reopens the same experiment.
  const slider = page.getByRole('slider', { name: /hidden layers/i });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/depth=7/);
  await expect(page.getByTestId('norm-A-8')).not.toHaveText('—');
  await expect(page.getByTestId('norm-A-9')).toHaveCount(0);
});

test('the exploding preset pauses with an explanation, and He initialization fixes it', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  await page.getByRole('button', { name: 'ReLU, too large' }).click();
  await expect(page).toHaveURL(/init=large/);
  await expect.poll(async () => (await trainingState(page)).step).toBe(0);
  await page.getByRole('button', { name: /play/i }).click();
  const alert = page.getByTestId('diverged');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/exploded|diverged/);
  await expect(alert).toContainText('He initialization');
  expect((await trainingState(page)).playing).toBe(false);
  await page.getByRole('button', { name: 'Switch to He initialization' }).click();
  await expect(page).toHaveURL(/init=he/);
  await expect(alert).toBeHidden();
  await page.getByRole('button', { name: /play/i }).click();
  await expect.poll(async () => (await trainingState(page)).step, { timeout: 30_000 }).toBeGreaterThan(100);
  expect((await trainingState(page)).diverged).toBeNull();
});

test('the δ formula is filled with live numbers that agree with the engine', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  const section = page.locator('#backprop');
  await section.scrollIntoViewIfNeeded();
  await page.getByRole('combobox', { name: 'Hidden layer' }).selectOption('5');
  await page.getByRole('spinbutton', { name: 'Unit' }).fill('3');
  await page.getByRole('combobox', { name: 'Network' }).selectOption({ label: 'B: ReLU, He' });
  await expect(page.getByTestId('delta-formula')).toContainText('δ');
  const fromFormula = readoutNumber(await page.getByTestId('delta-formula-value').textContent());
  const fromEngine = readoutNumber(await page.getByTestId('delta-engine-value').textContent());
  expect(Number.isFinite(fromFormula)).toBe(true);
  expect(fromFormula).toBeCloseTo(fromEngine, 6);
  // The path table has one row per hidden layer, from the top down.
  await expect(page.getByTestId('path-table').locator('tbody tr')).toHaveCount(8);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(async () => (await trainingState(page)).step).toBe(1);
});

test('presenter mode: the demo fits 1280×720 with big numbers', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?present=1${LESSON.slice(1)}`);
  await ready(page);
  await expect(page.getByRole('banner')).toBeHidden();
  for (const name of [/Gradient size per layer/, /Training \(solid\) and test \(dashed\) loss/]) {
    const box = await page.getByRole('img', { name }).boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(720);
  }
  // The settings column, longer than the screen in the large type, scrolls on its own: it ends on screen, and the seed scrolls into view in it.
  const controls = (await page.getByRole('complementary', { name: 'Experiment settings' }).boundingBox())!;
  expect(controls.y + controls.height).toBeLessThanOrEqual(720);
  const seedSlider = page.getByRole('slider', { name: /seed/i });
  await seedSlider.scrollIntoViewIfNeeded();
  const seed = (await seedSlider.boundingBox())!;
  expect(seed.y + seed.height).toBeLessThanOrEqual(720);
  expect((await page.getByRole('img', { name: /Gradient size per layer/ }).boundingBox())!.y).toBeGreaterThanOrEqual(0);
  const ratioSize = await page.getByTestId('ratio-A').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(ratioSize).toBeGreaterThanOrEqual(28);
});

test('a garbage URL shows a notice and opens a working lesson with safe values', async ({ watched: page }) => {
  await expectParamsNotice(
    page,
    'vanishing-gradients',
    'depth=99&width=-3&act=%3Cb%3E&init=huge&lr=abc&compare=maybe&seed=1e9',
    ['depth', 'init'],
  );
  await ready(page);
  await expect(page.getByRole('slider', { name: /hidden layers/i })).toHaveValue('12');
  await expect(page.getByRole('combobox', { name: 'Activation (A)' })).toHaveValue('sigmoid');
  await expect(page.getByTestId('norm-A-13')).not.toHaveText('—');
});

test('the lesson has no serious accessibility violations', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  expect(await axeViolations(page)).toEqual([]);
});
