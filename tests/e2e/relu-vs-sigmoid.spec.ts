import { axeViolations, expect, expectParamsNotice, test, trainingState } from './fixtures';

const LESSON = '/#/lessons/relu-vs-sigmoid';

async function ready(page: import('@playwright/test').Page) {
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled();
  await expect(page.getByTestId('train-loss-relu')).not.toHaveText('—');
}

test('Play trains the three networks: the loss readouts fall and the numbers change', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  const before = Number(await page.getByTestId('train-loss-relu').textContent());
  const tanhBefore = await page.getByTestId('train-loss-tanh').textContent();
  await page.getByRole('button', { name: /play/i }).click();
  await expect(page.getByRole('button', { name: /pause/i })).toBeVisible();
  await expect.poll(async () => (await trainingState(page)).step, { timeout: 30_000 }).toBeGreaterThan(1500);
  await page.getByRole('button', { name: /pause/i }).click();
  const afterText = (await page.getByTestId('train-loss-relu').textContent())!;
  const after = afterText.startsWith('<') ? 0 : Number(afterText);
  expect(after).toBeLessThan(before * 0.5);
  await expect(page.getByTestId('train-loss-tanh')).not.toHaveText(tanhBefore!);
  const acc = await page.getByTestId('test-acc-relu').textContent();
  expect(parseFloat(acc!)).toBeGreaterThan(80);
  // The backend badge says what trains (a CPU-style backend for this small model) and why.
  await expect(page.getByTestId('backend-badge')).toContainText(/cpu|wasm/);
  await page.getByTestId('backend-badge').click();
  await expect(page.getByRole('note')).toContainText(/Small model \(8 thousand multiply-adds per step\)/);
});

test('keyboard: Space plays and pauses, S steps, R resets, ? lists shortcuts', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('s');
  await expect.poll(async () => (await trainingState(page)).step).toBe(1);
  await page.keyboard.press('s');
  await expect.poll(async () => (await trainingState(page)).step).toBe(2);
  await page.keyboard.press(' ');
  await expect.poll(async () => (await trainingState(page)).playing).toBe(true);
  await expect.poll(async () => (await trainingState(page)).step).toBeGreaterThan(50);
  await page.keyboard.press(' ');
  await expect.poll(async () => (await trainingState(page)).playing).toBe(false);
  await page.keyboard.press('r');
  await expect.poll(async () => (await trainingState(page)).step).toBe(0);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Train one step');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('controls are found by role and name, and change the URL', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  await page.getByRole('combobox', { name: 'Dataset' }).selectOption('spiral');
  await expect(page).toHaveURL(/dataset=spiral/);
  await page.getByRole('checkbox', { name: 'Leaky ReLU' }).check();
  await expect(page).toHaveURL(/acts=sigmoid%2Ctanh%2Crelu%2CleakyRelu|acts=sigmoid,tanh,relu,leakyRelu/);
  await expect(page.getByTestId('train-loss-leakyRelu')).not.toHaveText('—');
  const slider = page.getByRole('slider', { name: /hidden layers/i });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/depth=3/);
  // The link reopens the same experiment.
  const url = page.url();
  await page.goto('/#/');
  await page.goto(url);
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue('spiral');
  await expect(page.getByRole('slider', { name: /hidden layers/i })).toHaveValue('3');
});

test('a garbage URL shows a notice and opens a working lesson with safe values', async ({ watched: page }) => {
  await expectParamsNotice(
    page,
    'relu-vs-sigmoid',
    'dataset=%3Cscript%3E&depth=1e308&lr=NaN&width=-5&acts=bogus&seed=abc&batch=9999999999999',
    ['dataset', 'lr'],
  );
  await ready(page);
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue('xor');
  await expect(page.getByRole('slider', { name: /hidden layers/i })).toHaveValue('6');
  await page.keyboard.press('s');
});

test('?backend=cpu forces the cpu backend and the badge explains', async ({ watched: page }) => {
  await page.goto(`/?backend=cpu${LESSON.slice(1)}`);
  await ready(page);
  const badge = page.getByTestId('backend-badge');
  await expect(badge).toContainText('cpu');
  await badge.click();
  await expect(page.getByRole('note')).toContainText('?backend=cpu');
});

test('a backend that fails to start falls back to the next, with a visible notice', async ({ watched: page }) => {
  await page.goto(`/?backend=wasm&fault=backend${LESSON.slice(1)}`);
  await ready(page);
  await expect(page.getByTestId('notice-backend-fallback')).toContainText('wasm could not be used');
  await expect(page.getByTestId('backend-badge')).not.toContainText('wasm');
});

test('a backend lost mid-run falls back to cpu, says so, and keeps training', async ({ watched: page }) => {
  await page.goto(`/?backend=webgl&fault=lose${LESSON.slice(1)}`);
  await ready(page);
  await expect(page.getByTestId('backend-badge')).toContainText('webgl');
  await page.getByRole('button', { name: /play/i }).click();
  await expect(page.getByTestId('notice-backend-lost')).toContainText('Switched to cpu');
  await expect(page.getByTestId('backend-badge')).toContainText('cpu');
  await expect.poll(async () => (await trainingState(page)).step, { timeout: 30_000 }).toBeGreaterThan(100);
});

test('a diverging run pauses and explains what to try', async ({ watched: page }) => {
  await page.goto(`${LESSON}?init=large&lr=10&depth=6`);
  await ready(page);
  await page.getByRole('button', { name: /play/i }).click();
  const alert = page.getByTestId('diverged');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('learning rate');
  expect((await trainingState(page)).playing).toBe(false);
  await alert.getByRole('button', { name: /lower the learning rate/i }).click();
  await expect(page).toHaveURL(/lr=1(&|$)/);
  await expect(alert).toBeHidden();
});

test('presenter mode: big type, no chrome, the demo fits 1280×720', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?present=1${LESSON.slice(1)}`);
  await ready(page);
  await expect(page.getByRole('banner')).toBeHidden();
  const chart = page.getByRole('img', { name: /Training \(solid\) and test \(dashed\) loss/ });
  const box = await chart.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(720);
  const play = await page.getByRole('button', { name: /play/i }).boundingBox();
  expect(play!.y).toBeGreaterThanOrEqual(0);
  // P toggles presenter mode off and on again.
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('p');
  await expect(page.getByRole('banner')).toBeVisible();
});

test('the lesson has no serious accessibility violations', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  expect(await axeViolations(page)).toEqual([]);
});

test('tensors do not leak: the worker count stays flat over a long run', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  await page.getByRole('button', { name: /play/i }).click();
  await expect.poll(async () => (await trainingState(page)).step, { timeout: 30_000 }).toBeGreaterThan(200);
  const early = await page.evaluate(
    () => (window as any).__hiddenLayers.training.getState().snapshot.numTensors as number,
  );
  await expect.poll(async () => (await trainingState(page)).step, { timeout: 60_000 }).toBeGreaterThan(3000);
  const late = await page.evaluate(
    () => (window as any).__hiddenLayers.training.getState().snapshot.numTensors as number,
  );
  expect(late).toBe(early);
});

test('presenter stepping: Page Down moves to the next section, Page Up back', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?present=1${LESSON.slice(1)}`);
  await ready(page);
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  // The prose up to exercise 2 comes before the derivative plots (their readouts would answer it).
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('what');
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sigmoid');
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('derivatives');
  await page.keyboard.press('PageUp');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sigmoid');
});
