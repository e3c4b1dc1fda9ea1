import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, readoutNumber, test } from './fixtures';

const LESSON = '/#/lessons/perceptron-xor';

/** A lab's live state by its section id (the page has three labs). */
async function labState(page: Page, section: string): Promise<{ status: string; playing: boolean; step: number }> {
  return page.evaluate((id) => {
    const lab = (window as unknown as { __hiddenLayers?: { labs?: Record<string, { getState(): any }> } })
      .__hiddenLayers?.labs?.[id];
    if (!lab) return { status: 'none', playing: false, step: 0 };
    const s = lab.getState();
    return { status: s.status, playing: s.playing, step: s.snapshot?.step ?? 0 };
  }, section);
}

/** Waits until the lab of section `id` is ready to train. */
async function labReady(page: Page, id: string) {
  await expect.poll(async () => (await labState(page, id)).status, { timeout: 60_000 }).toBe('ready');
}

/** Opens the lesson at the lab of section `id`, scrolled into view and ready to train; `readout` (a test id) shows a number. */
async function openLab(page: Page, id: string, readout: string): Promise<Locator> {
  await page.goto(LESSON);
  const sec = page.locator(`#${id}`);
  await sec.scrollIntoViewIfNeeded();
  await labReady(page, id);
  await expect(page.getByTestId(readout)).not.toHaveText('—');
  return sec;
}

/** Waits until the lab of section `id` has taken more than `steps` steps. */
async function stepsPast(page: Page, id: string, steps: number, timeout = 60_000) {
  await expect.poll(async () => (await labState(page, id)).step, { timeout }).toBeGreaterThan(steps);
}

/** A readout's number (see readoutNumber). */
async function num(el: Locator): Promise<number> {
  return readoutNumber(await el.textContent());
}

test('the perceptron learns AND: the errors reach 0 and stay there', async ({ watched: page }) => {
  await page.goto(`${LESSON}?gate=and`);
  const lab = page.locator('#lab');
  await expect(page.getByTestId('perceptron-errors')).toHaveText('1');
  for (let i = 0; i < 8; i++) await lab.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(page.getByTestId('perceptron-errors')).toHaveText('0');
  await expect(page.getByTestId('perceptron-status')).toContainText('Converged');
  // The status line above exercise 1 ("after how many epochs?") does not name the epoch.
  await expect(page.getByTestId('perceptron-status')).not.toContainText(/epoch \d/);
  // The keyboard drives the same lab: R resets to w = 0.
  await lab.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('r');
  await expect(page.getByTestId('perceptron-epoch')).toHaveText('0');
});

test('each exercise asks before the page tells: nothing above it gives its answer, and no example value is the answer', async ({
  watched: page,
}) => {
  await page.goto(LESSON);
  const text = (await page.locator('article').first().textContent()) ?? '';
  const at = (re: RegExp) => text.search(re);
  // Exercise 1 (AND's epochs): no placeholder in the answer field.
  const ex1 = page.locator('[data-exercise="and-epochs"]');
  await expect(ex1.getByRole('textbox', { name: 'Your prediction' })).not.toHaveAttribute('placeholder', /\d/);
  await expect(ex1).not.toContainText('e.g.');
  // Exercise 2 (XOR with one perceptron) comes before the text that says it cycles.
  expect(at(/Exercise 2:/)).toBeGreaterThan(0);
  expect(at(/Exercise 2:/)).toBeLessThan(at(/go round the same loop forever/));
  expect(text.slice(0, at(/Exercise 2:/))).not.toMatch(/never learn XOR|cannot compute XOR|fails on XOR/);
  // Exercise 3 (two hidden units) comes before the section on why one hidden layer fixes XOR.
  expect(at(/Exercise 3:/)).toBeLessThan(at(/Why one hidden layer fixes XOR/));
  expect(text.slice(0, at(/Exercise 3:/))).not.toMatch(/solves XOR|one hidden layer fixes/i);
  // Exercise 4 (smallest n for the sine): no typed-in claim about how the error falls with n above it.
  expect(text.slice(0, at(/Exercise 4:/))).not.toMatch(/thousand times smaller|drops fast with each doubling/);
});

test('the perceptron never learns XOR: the errors never reach 0 and the page says it cycles', async ({
  watched: page,
}) => {
  await page.goto(`${LESSON}?gate=xor&speed=30`);
  const lab = page.locator('#lab');
  await lab.getByRole('button', { name: /play/i }).click();
  await expect
    .poll(async () => Number(await page.getByTestId('perceptron-epoch').textContent()), { timeout: 30_000 })
    .toBeGreaterThan(40);
  await lab.getByRole('button', { name: /pause/i }).click();
  expect(Number(await page.getByTestId('perceptron-best').textContent())).toBeGreaterThanOrEqual(1);
  expect(Number(await page.getByTestId('perceptron-errors').textContent())).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('perceptron-status')).toContainText('Cycling');
  await expect(page.getByTestId('perceptron-status')).toContainText('never reach 0');
});

test('one hidden layer solves XOR: accuracy reaches 100% and the loss falls', async ({ watched: page }) => {
  const sec = await openLab(page, 'hidden', 'xor-loss');
  const before = await num(page.getByTestId('xor-loss'));
  await sec.getByRole('button', { name: /play/i }).click();
  await expect(page.getByTestId('xor-acc')).toHaveText('100%', { timeout: 60_000 });
  await stepsPast(page, 'hidden', 300);
  const afterText = (await page.getByTestId('xor-loss').textContent())!;
  expect(afterText.startsWith('<') ? 0 : Number(afterText)).toBeLessThan(before * 0.5);
  // Each hidden unit's line is listed with its live weights.
  await expect(sec.getByRole('list', { name: 'Hidden units' }).getByRole('listitem')).toHaveCount(2);
});

test('universal approximation: with more units the error readout is lower', async ({ watched: page }) => {
  const sec = await openLab(page, 'approx', 'mse-n64');
  const first = await num(page.getByTestId('mse-selected'));
  await sec.getByRole('button', { name: /play/i }).click();
  await stepsPast(page, 'approx', 400, 90_000);
  await sec.getByRole('button', { name: /pause/i }).click();
  const m1 = await num(page.getByTestId('mse-n1'));
  const m4 = await num(page.getByTestId('mse-n4'));
  const m64 = await num(page.getByTestId('mse-n64'));
  expect(m4).toBeLessThan(m1);
  expect(m64).toBeLessThan(m4);
  expect(await num(page.getByTestId('mse-selected'))).toBeLessThan(first);
  // The n slider changes the URL (and the runs, restarted from the same seed).
  const slider = sec.getByRole('slider', { name: /hidden units n/i });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/n=9/);
  await expect(sec.locator('table')).toContainText('9');
});

test('a target drawn with the pointer is fitted; a preset brings the sine back', async ({ watched: page }) => {
  await page.goto(LESSON);
  const sec = page.locator('#approx');
  await labReady(page, 'approx');
  const pad = sec.getByRole('img', { name: /Drawing area/ });
  await pad.scrollIntoViewIfNeeded();
  // Sections off screen skip layout (content-visibility): wait until the pad stops moving.
  let box = (await pad.boundingBox())!;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const again = (await pad.boundingBox())!;
    if (again.y === box.y && again.x === box.x) break;
    box = again;
  }
  await page.mouse.move(box.x + 2, box.y + box.height * 0.8);
  await page.mouse.down();
  for (let k = 1; k <= 20; k++)
    await page.mouse.move(box.x + (k / 20) * (box.width - 4) + 2, box.y + box.height * (k < 10 ? 0.8 : 0.2));
  await page.mouse.up();
  await expect(sec.getByText('Fitting your drawing.')).toBeVisible();
  await expect(sec.getByRole('img', { name: /Target \(your drawing\)/ })).toBeVisible();
  await sec.getByRole('button', { name: /play/i }).click();
  await stepsPast(page, 'approx', 50);
  await sec.getByRole('button', { name: /Back to the sine/ }).click();
  await expect(sec.getByRole('img', { name: /Target \(sine/ })).toBeVisible();
});

test('presenter mode: each lab fits 1280×720', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?present=1${LESSON.slice(1)}`);
  await expect(page.getByRole('banner')).toBeHidden();
  for (const [id, chart] of [
    ['lab', /Misclassified points after each epoch/],
    ['hidden', /Cross-entropy loss of the hidden-layer network/],
    ['approx', /Mean squared error of each network against its number/],
  ] as const) {
    const sec = page.locator(`#${id}`);
    await sec.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const top = (await sec.boundingBox())!.y;
    for (const el of [sec.getByRole('img', { name: chart }), sec.getByRole('button', { name: /play/i })]) {
      const box = (await el.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(top - 1);
      expect(box.y + box.height - top).toBeLessThanOrEqual(720);
    }
  }
  const small = page.locator('#approx').getByRole('img', { name: 'Fit with 64 hidden units' });
  const top = (await page.locator('#approx').boundingBox())!.y;
  const box = (await small.boundingBox())!;
  expect(box.y + box.height - top).toBeLessThanOrEqual(720);
});

test('a garbage URL shows a notice and opens a working lesson with safe values', async ({ watched: page }) => {
  await page.goto(`${LESSON}?gate=%3Cscript%3E&n=1e308&lr=NaN&xHidden=-5&fn=bogus&speed=abc`);
  const notice = page.getByTestId('notice-params-perceptron-xor');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('gate');
  await expect(notice).toContainText('lr');
  await expect(page.getByRole('combobox', { name: 'Data' })).toHaveValue('and');
  await expect(page.getByRole('slider', { name: /hidden units n/i })).toHaveValue('64');
  await expect(page.getByRole('slider', { name: /^hidden units$/i })).toHaveValue('2');
  await labReady(page, 'approx');
  await page.locator('#lab').getByRole('button', { name: 'Step one epoch' }).click();
  await expect(page.getByTestId('perceptron-epoch')).toHaveText('1');
});

test('the lesson has no serious accessibility violations', async ({ watched: page }) => {
  await page.goto(LESSON);
  await labReady(page, 'approx');
  await labReady(page, 'hidden');
  expect(await axeViolations(page)).toEqual([]);
});
