import { axeViolations, expect, test } from './fixtures';

const LESSON = '/#/lessons/layer-wise-pretraining';

type Snap = { phase: number; step: number; progress: number; etaSec: number; reconDepth?: number; done: boolean; numTensors?: number };

async function snap(page: import('@playwright/test').Page): Promise<Snap | null> {
  return page.evaluate(() => (window as unknown as { __hiddenLayers: { training: { getState(): { snapshot: Snap | null } } } }).__hiddenLayers.training.getState().snapshot);
}

/** Mean squared error between the shown digits and their reconstructions through one autoencoder. */
async function reconError(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => {
    const st = (window as unknown as { __hiddenLayers: { training: { getState(): { snapshot: { recon: Float32Array }; info: { digits: Float32Array } } } } }).__hiddenLayers.training.getState();
    const x = st.info.digits;
    const r = st.snapshot.recon;
    let e = 0;
    for (let i = 0; i < x.length; i++) e += (x[i] - r[i]) ** 2;
    return e / x.length;
  });
}

test('the quick preset runs: phase progress, time left, reconstructions appear, pause and resume', async ({ watched: page }) => {
  await page.goto(LESSON);
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByTestId('phase')).toContainText('Phase 1 of 10');
  await expect(page.getByRole('combobox', { name: 'Run size' })).toHaveValue('quick');
  // The untrained first autoencoder's reconstructions are shown from the start (grey blobs).
  await expect(page.getByTestId('recon-count')).toHaveText('1 autoencoder trained or training');
  await expect(page.getByRole('img', { name: /reconstructed through 1 layer/ })).toBeVisible();
  const err0 = await reconError(page);
  await page.getByRole('button', { name: /play/i }).click();
  await expect(page.getByTestId('eta')).toContainText(/about \d/, { timeout: 30_000 });
  // Phase progress: the run moves on to the second autoencoder, whose reconstructions join in.
  await expect(page.getByTestId('phase')).toContainText(/Phase ([2-9]|10) of 10/, { timeout: 60_000 });
  // (On a fast backend the run may already be further along: any of 2–4 will do.)
  await expect(page.getByTestId('recon-count')).toContainText(/[2-4] autoencoders/, { timeout: 30_000 });
  await expect(page.getByRole('img', { name: /reconstructed through 2 layers/ })).toBeVisible();
  // Trained, the first autoencoder rebuilds the digits much better than at the start.
  expect(await reconError(page)).toBeLessThan(0.6 * err0);
  // Pause: the step counter stops; resume: it moves again.
  await page.getByRole('button', { name: /pause/i }).click();
  await expect(page.getByRole('button', { name: /play/i })).toBeVisible();
  const s1 = (await snap(page))!;
  await page.waitForTimeout(1000);
  const s2 = (await snap(page))!;
  expect(s2.step).toBe(s1.step);
  await page.getByRole('button', { name: /play/i }).click();
  await expect.poll(async () => (await snap(page))!.step, { timeout: 20_000 }).toBeGreaterThan(s2.step);
  // The autoencoder curve has points and its error falls.
  const curve = await page.evaluate(() => Array.from((window as unknown as { __hiddenLayers: { training: { getState(): { snapshot: { curves: Float32Array[] } } } } }).__hiddenLayers.training.getState().snapshot.curves[0]));
  expect(curve.length).toBeGreaterThanOrEqual(6);
  expect(curve[curve.length - 1]).toBeLessThan(curve[2]);
  await page.getByRole('button', { name: /pause/i }).click();
  expect((await snap(page))!.numTensors).toBeLessThan(30);
});

test('the stepper walks through the three ideas; settings go to the URL; no serious axe violations', async ({ watched: page }) => {
  await page.goto(LESSON);
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled({ timeout: 60_000 });
  await page.getByRole('button', { name: '3. Unsupervised greedy' }).click();
  await expect(page.getByTestId('stepper-pos')).toContainText('Step 1 of 4: Unsupervised greedy: autoencoder for layer 1');
  await page.getByRole('button', { name: 'Next step →' }).click();
  await expect(page.getByTestId('stepper-pos')).toContainText('autoencoder for layer 2');
  await page.getByRole('button', { name: 'Next step →' }).click();
  await page.getByRole('button', { name: 'Next step →' }).click();
  await expect(page.getByTestId('stepper-pos')).toContainText('Fine-tuning');
  await expect(page.getByRole('button', { name: 'Next step →' })).toBeDisabled();
  await page.getByRole('button', { name: '1. Plain backprop' }).click();
  await expect(page.getByTestId('stepper-pos')).toContainText('Step 1 of 1');
  await page.getByRole('combobox', { name: 'Initialization of the sigmoid nets' }).selectOption('smallNormal');
  await expect(page).toHaveURL(/init=smallNormal/);
  await expect(page.getByTestId('phase')).toContainText('Phase 1 of 10');
  expect(await axeViolations(page)).toEqual([]);
});

test('the quick run to the end: every network gets the same budget, shown in the table; one click matches an unequal budget', async ({ watched: page }) => {
  test.setTimeout(300_000);
  await page.goto(LESSON);
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByRole('combobox', { name: 'Budget' })).toHaveValue('equal-updates');
  await page.getByRole('button', { name: /play/i }).click();
  await expect(page.getByTestId('phase')).toContainText('Phase 9 of 10: Plain backprop and ReLU: extra epochs with labels', { timeout: 200_000 });
  await expect(page.getByTestId('phase')).toContainText('Done', { timeout: 200_000 });
  // 2,000 digits in batches of 32: 63 updates per epoch. Greedy: 4 layers × 2 epochs, then 3 with labels.
  for (const m of ['plain', 'supervised', 'unsupervised', 'today']) await expect(page.getByTestId(`updates-${m}`)).toHaveText('693');
  await expect(page.getByTestId('labelled-epochs-plain')).toHaveText('11');
  await expect(page.getByTestId('labelled-epochs-today')).toHaveText('11');
  await expect(page.getByTestId('labelled-epochs-supervised')).toHaveText('11');
  await expect(page.getByTestId('labelled-epochs-unsupervised')).toHaveText('3');
  await expect(page.getByTestId('unlabelled-epochs-unsupervised')).toHaveText('8');
  await expect(page.getByTestId('unlabelled-epochs-plain')).toHaveText('0');
  await expect(page.getByTestId('findings')).toContainText('Every network had the same budget, 693 weight updates');
  const errors: Record<string, string> = {};
  for (const m of ['plain', 'supervised', 'unsupervised', 'today']) errors[m] = (await page.getByTestId(`test-error-${m}`).textContent()) ?? '';
  await expect(page.getByTestId('findings')).toContainText(`plain backprop ${errors.plain}, supervised greedy ${errors.supervised}, unsupervised greedy ${errors.unsupervised}, ReLU + He ${errors.today}`);
  const s = await page.evaluate(() => (window as unknown as { __hiddenLayers: { training: { getState(): { snapshot: { elapsedSec: number } } } } }).__hiddenLayers.training.getState().snapshot.elapsedSec);
  console.log(`quick run, matched budget: ${s.toFixed(1)} s of training; test errors ${JSON.stringify(errors)}; findings: ${await page.getByTestId('findings').textContent()}`);
  // The unequal race, and the one click that matches it.
  await page.goto(`${LESSON}?budget=finetune-only`);
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByTestId('phase')).toContainText('Phase 1 of 9');
  await page.getByRole('button', { name: 'Give plain backprop the same number of updates' }).click();
  await expect(page.getByRole('combobox', { name: 'Budget' })).toHaveValue('equal-updates');
  await expect(page).not.toHaveURL(/budget=finetune-only/);
  await expect(page.getByTestId('phase')).toContainText('Phase 1 of 10');
  await expect(page.getByRole('button', { name: 'Give plain backprop the same number of updates' })).toHaveCount(0);
});

test('a mangled link still opens the lesson with the defaults', async ({ watched: page }) => {
  await page.goto(`${LESSON}?preset=huge&lr=-3&seed=abc`);
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByRole('combobox', { name: 'Run size' })).toHaveValue('quick');
});
