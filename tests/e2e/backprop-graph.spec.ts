import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

const LESSON = '/#/lessons/backprop-graph';

const num = (s: string | null) => Number((s ?? '').replace(/−/g, '-').trim());
async function read(l: Locator): Promise<number> {
  return num(await l.textContent());
}
async function toEnd(page: Page, section: string) {
  const s = page.locator(`#${section}`);
  await s.scrollIntoViewIfNeeded();
  const fwd = s.getByRole('button', { name: 'Step forward' });
  while (await fwd.isEnabled()) await fwd.click();
}

test('x = −2, y = 5, z = −4: stepping forward then back shows f = −12, ∂f/∂x = ∂f/∂y = −4, ∂f/∂z = 3', async ({
  watched: page,
}) => {
  await page.goto(LESSON);
  const lab = page.locator('#lab');
  await expect(lab.getByRole('slider', { name: 'Input x' })).toHaveAttribute('aria-valuenow', '-2');
  await expect(lab.getByRole('slider', { name: 'Input y' })).toHaveAttribute('aria-valuenow', '5');
  await expect(lab.getByRole('slider', { name: 'Input z' })).toHaveAttribute('aria-valuenow', '-4');
  await expect(page.getByTestId('simple-val-f')).toHaveText('?');
  const fwd = lab.getByRole('button', { name: 'Step forward' });
  // Forward: q, then f.
  await fwd.click();
  await expect(page.getByTestId('simple-val-q')).toHaveText('3');
  await expect(page.getByTestId('simple-val-f')).toHaveText('?');
  await fwd.click();
  await expect(page.getByTestId('simple-val-f')).toHaveText('−12');
  await expect(page.getByTestId('simple-grad-f')).toHaveText('?');
  // Seed, then back through × (∂f/∂q = z, ∂f/∂z = q), then through + (1 each).
  await fwd.click();
  await expect(page.getByTestId('simple-grad-f')).toHaveText('1');
  await fwd.click();
  await expect(page.getByTestId('simple-grad-q')).toHaveText('−4');
  await expect(page.getByTestId('simple-grad-z')).toHaveText('3');
  await expect(lab.locator('.bg-explain')).toContainText('upstream');
  await expect(page.getByTestId('simple-grad-x')).toHaveText('?');
  await fwd.click();
  await expect(page.getByTestId('simple-grad-x')).toHaveText('−4');
  await expect(page.getByTestId('simple-grad-y')).toHaveText('−4');
  await expect(page.getByTestId('simple-step')).toHaveText('Step 5 of 5');
  await expect(fwd).toBeDisabled();
  // Back one step hides x's and y's gradients again.
  await lab.getByRole('button', { name: 'Step back' }).click();
  await expect(page.getByTestId('simple-grad-x')).toHaveText('?');
});

test('keyboard: arrows scrub an input, the figure steps with ← →, S steps and R resets; play runs the whole pass', async ({
  watched: page,
}) => {
  await page.goto(`${LESSON}?x=-1`);
  const lab = page.locator('#lab');
  const x = lab.getByRole('slider', { name: 'Input x' });
  await x.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(x).toHaveAttribute('aria-valuenow', '-2');
  await expect(page).not.toHaveURL(/x=/);
  const fig = lab.getByRole('group', { name: /step with the left and right arrow keys/ });
  await fig.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('simple-val-f')).toHaveText('−12');
  await page.keyboard.press('s');
  await expect(page.getByTestId('simple-step')).toHaveText('Step 3 of 5');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('simple-step')).toHaveText('Step 2 of 5');
  await page.keyboard.press('r');
  await expect(page.getByTestId('simple-step')).toHaveText('Step 0 of 5');
  await lab.getByRole('button', { name: 'Play the whole pass' }).click();
  await expect(page.getByTestId('simple-step')).toHaveText('Step 5 of 5', { timeout: 10_000 });
  await expect(page.getByTestId('simple-grad-z')).toHaveText('3');
  // Scrubbing after the pass updates every number live: z = −3 gives ∂f/∂x = −3.
  await lab.getByRole('slider', { name: 'Input z' }).focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('simple-grad-x')).toHaveText('−3');
  await expect(page.getByTestId('simple-val-f')).toHaveText('−9');
  // Enter types a number instead: y = 7.5 gives f = (−2 + 7.5)·(−3) = −16.5.
  const y = lab.getByRole('slider', { name: 'Input y' });
  await y.focus();
  await page.keyboard.press('Enter');
  const box = lab.getByRole('textbox', { name: 'Type a value for y' });
  await box.fill('7.5');
  await box.press('Enter');
  await expect(y).toHaveAttribute('aria-valuenow', '7.5');
  await expect(y).toBeFocused();
  await expect(page).toHaveURL(/y=7\.5/);
  await expect(page.getByTestId('simple-val-f')).toHaveText('−16.5');
});

test('J = cos(sin x² + 3x²): the backward pass equals the finite difference shown, to ~4 digits', async ({
  watched: page,
}) => {
  await page.goto(`${LESSON}?jx=0.73`);
  await expect(page.getByTestId('deck-bp')).toHaveText('?');
  await expect(page.getByTestId('deck-note')).toBeVisible();
  await toEnd(page, 'deck');
  // The readouts follow the last step's render: wait until both show numbers.
  await expect
    .poll(
      async () =>
        Number.isFinite(await read(page.getByTestId('deck-bp'))) &&
        Number.isFinite(await read(page.getByTestId('deck-fd'))),
    )
    .toBe(true);
  const bp = await read(page.getByTestId('deck-bp'));
  const fd = await read(page.getByTestId('deck-fd'));
  const exact = -Math.sin(Math.sin(0.73 ** 2) + 3 * 0.73 ** 2) * (Math.cos(0.73 ** 2) * 2 * 0.73 + 6 * 0.73);
  expect(bp).toBeCloseTo(exact, 6);
  expect(Math.abs(bp - fd)).toBeLessThan(1e-4 * Math.max(1, Math.abs(fd)));
  expect(Number(await page.getByTestId('deck-diff').getAttribute('data-value'))).toBeLessThan(1e-4);
  // a = x² feeds two nodes: its gradient is shown as a sum.
  await expect(page.locator('#deck svg.bg-graph')).toContainText('Σ');
});

test('gates: multiply swaps, max routes, and gradients add at the fork', async ({ watched: page }) => {
  await page.goto(LESSON);
  await toEnd(page, 'gates');
  await expect(page.getByTestId('gates-val-f')).toHaveText('−3');
  await expect(page.getByTestId('gates-grad-y')).toHaveText('3');
  await expect(page.getByTestId('gates-grad-z')).toHaveText('0');
  await expect(page.getByTestId('gates-grad-x')).toHaveText('−1');
  await expect(page.locator('#gates svg.bg-graph')).toContainText('Σ −2 + 1 = −1');
});

test('the gates section asks before it tells: the fork and max-route exercises come before the text that explains the gate patterns', async ({
  watched: page,
}) => {
  await page.goto(LESSON);
  const gates = page.locator('#gates');
  const text = (await gates.textContent()) ?? '';
  const explained = text.indexOf('The max gate routes');
  expect(explained).toBeGreaterThan(0);
  expect(text.indexOf('Exercise 3')).toBeGreaterThan(0);
  expect(text.indexOf('Exercise 4')).toBeGreaterThan(0);
  expect(text.indexOf('Exercise 3')).toBeLessThan(explained);
  expect(text.indexOf('Exercise 4')).toBeLessThan(explained);
  // Nothing above the exercises says where the max gate sends its gradient or that a fork's gradients add.
  const before = text.slice(0, text.indexOf('Exercise 3'));
  expect(before).not.toMatch(/larger input|routes everything|gradients coming back add/);
  // Nor is the ∂f/∂z goal preceded by the chain rule's text (∂f/∂z = q).
  const page1 = (await page.locator('article').textContent()) ?? '';
  expect(page1.indexOf('Exercise 2')).toBeLessThan(page1.indexOf('The chain rule, one node at a time'));
});

test('the sigmoid neuron: tfjs tf.grads (in the worker) shows the same numbers as the page', async ({
  watched: page,
}) => {
  await page.goto(LESSON);
  const keys = ['f', 'w0', 'x0', 'w1', 'x1', 'w2'];
  const compare = async () => {
    for (const k of keys) {
      await expect(page.getByTestId(`nc-tf-${k}`)).not.toHaveText(/computing/, { timeout: 30_000 });
      const a = await read(page.getByTestId(`nc-page-${k}`));
      const b = await read(page.getByTestId(`nc-tf-${k}`));
      expect(Number.isFinite(a)).toBe(true);
      expect(Math.abs(a - b)).toBeLessThan(1e-5);
    }
  };
  await compare();
  const s = 1 / (1 + Math.exp(-1));
  expect(await read(page.getByTestId('nc-page-f'))).toBeCloseTo(s, 5);
  expect(await read(page.getByTestId('nc-tf-x0'))).toBeCloseTo(2 * s * (1 - s), 5);
  // New inputs: the worker recomputes for them (live, no reset).
  const w2 = page.locator('#neuron').getByRole('slider', { name: 'Input w2' });
  await w2.focus();
  await page.keyboard.press('PageUp');
  await expect(w2).toHaveAttribute('aria-valuenow', '-2');
  await expect(page.getByTestId('nc-tf-f')).toHaveText((1 / (1 + Math.exp(-2))).toPrecision(7), { timeout: 30_000 });
  await compare();
  // The stepper of the same graph ends with the same gradient.
  await toEnd(page, 'neuron');
  expect(await read(page.getByTestId('neuron-grad-w2'))).toBeCloseTo(await read(page.getByTestId('nc-tf-w2')), 3);
});

test('presenter mode: the first graph, its controls and its numbers fit 1280×720', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?present=1${LESSON.slice(1)}`);
  const lab = page.locator('#lab');
  await toEnd(page, 'lab');
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const l of [
    lab.locator('svg.bg-graph'),
    lab.getByRole('button', { name: 'Step forward' }),
    lab.locator('.bg-table'),
    lab.locator('.bg-explain'),
  ]) {
    const box = (await l.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
  }
});

test('a garbage URL shows a notice and opens a working lesson', async ({ watched: page }) => {
  await page.goto(`${LESSON}?x=abc&y=99&w0=NaN`);
  const notice = page.getByTestId('notice-params-backprop-graph');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('abc');
  await expect(page.locator('#lab').getByRole('slider', { name: 'Input x' })).toHaveAttribute('aria-valuenow', '-2');
  await expect(page.locator('#lab').getByRole('slider', { name: 'Input y' })).toHaveAttribute('aria-valuenow', '10');
  await toEnd(page, 'lab');
  await expect(page.getByTestId('simple-val-f')).toHaveText('−32');
});

test('the lesson has no accessibility violations (also with every pass finished)', async ({ watched: page }) => {
  await page.goto(LESSON);
  await expect(page.getByRole('heading', { level: 1, name: 'Backpropagation on a graph' })).toBeVisible();
  await expect(page.getByTestId('nc-tf-f')).not.toHaveText(/computing/, { timeout: 30_000 });
  expect(await axeViolations(page)).toEqual([]);
  for (const s of ['lab', 'deck', 'gates', 'neuron']) await toEnd(page, s);
  await expect(page.getByTestId('nc-tf-f')).not.toHaveText(/computing/, { timeout: 30_000 });
  expect(await axeViolations(page)).toEqual([]);
});
