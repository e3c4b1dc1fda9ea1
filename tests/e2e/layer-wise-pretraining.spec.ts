import { axeViolations, expect, test } from './fixtures';

const LESSON = '/#/lessons/layer-wise-pretraining';

type Snap = {
  phase: number;
  step: number;
  progress: number;
  etaSec: number;
  reconDepth?: number;
  done: boolean;
  numTensors?: number;
};

async function snap(page: import('@playwright/test').Page): Promise<Snap | null> {
  return page.evaluate(
    () =>
      (
        window as unknown as { __hiddenLayers: { training: { getState(): { snapshot: Snap | null } } } }
      ).__hiddenLayers.training.getState().snapshot,
  );
}

/** Mean squared error between the shown digits and their reconstructions through one autoencoder. */
async function reconError(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => {
    const st = (
      window as unknown as {
        __hiddenLayers: {
          training: { getState(): { snapshot: { recon: Float32Array }; info: { digits: Float32Array } } };
        };
      }
    ).__hiddenLayers.training.getState();
    const x = st.info.digits;
    const r = st.snapshot.recon;
    let e = 0;
    for (let i = 0; i < x.length; i++) e += (x[i] - r[i]) ** 2;
    return e / x.length;
  });
}

test('the quick preset runs: phase progress, time left, reconstructions appear, pause and resume', async ({
  watched: page,
}) => {
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
  const curve = await page.evaluate(() =>
    Array.from(
      (
        window as unknown as { __hiddenLayers: { training: { getState(): { snapshot: { curves: Float32Array[] } } } } }
      ).__hiddenLayers.training.getState().snapshot.curves[0],
    ),
  );
  expect(curve.length).toBeGreaterThanOrEqual(6);
  expect(curve[curve.length - 1]).toBeLessThan(curve[2]);
  await page.getByRole('button', { name: /pause/i }).click();
  expect((await snap(page))!.numTensors).toBeLessThan(30);
});

test('the stepper walks through the three ideas; settings go to the URL; no serious axe violations', async ({
  watched: page,
}) => {
  await page.goto(LESSON);
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled({ timeout: 60_000 });
  await page.getByRole('button', { name: '3. Unsupervised greedy' }).click();
  await expect(page.getByTestId('stepper-pos')).toContainText(
    'Step 1 of 4: Unsupervised greedy: autoencoder for layer 1',
  );
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

test('the quick run: every network gets the same budget, shown in the table', async ({ watched: page }) => {
  test.setTimeout(420_000);
  await page.goto(LESSON);
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByRole('combobox', { name: 'Budget' })).toHaveValue('equal-updates');
  await page.getByRole('button', { name: /play/i }).click();
  await expect(page.getByTestId('phase')).toContainText(
    'Phase 9 of 10: Plain backprop and ReLU: extra epochs with labels',
    { timeout: 300_000 },
  );
  // In the last phase all four have had the same number of updates at every moment (2,000 digits in batches of 32:
  // 63 updates per epoch; the greedy stacks' 4 layers × 2 epochs, matched by 8 extra epochs, then the final phase).
  await expect(page.getByTestId('findings')).toContainText('Every network had the same budget', { timeout: 100_000 });
  const cells = await page.evaluate(() => {
    const t = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
    const ms = ['plain', 'supervised', 'unsupervised', 'today'];
    return {
      updates: ms.map((m) => t(`updates-${m}`)),
      labelled: ms.map((m) => t(`labelled-epochs-${m}`)),
      unlabelled: ms.map((m) => t(`unlabelled-epochs-${m}`)),
      findings: t('findings'),
    };
  });
  const u = cells.updates.map((x) => Number(x.replace(/,/g, '')));
  expect(new Set(u).size).toBe(1);
  expect(u[0]).toBeGreaterThan(8 * 63);
  expect(u[0]).toBeLessThanOrEqual(11 * 63);
  expect(cells.unlabelled).toEqual(['0', '0', '8', '0']);
  // Plain, supervised and ReLU have had 8 more epochs with labels than the unsupervised stack.
  const l = cells.labelled.map(Number);
  expect([l[0], l[1], l[3]].map((x) => +(x - l[2]).toFixed(1))).toEqual([8, 8, 8]);
  expect(cells.findings).toContain(`Every network had the same budget, ${cells.updates[0]} weight updates`);
  console.log(`quick run, matched budget, in the last phase: ${JSON.stringify(cells)}`);
});

test('the unequal race is one click from the matched one', async ({ watched: page }) => {
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

test('the quick run reaches its end: the schedule says done, Play turns into "Run again", the findings are written', async ({
  watched: page,
}) => {
  await page.goto(LESSON);
  await page
    .locator('#lab')
    .getByRole('group', { name: 'Training controls' })
    .getByRole('button', { name: /play/i })
    .click({ timeout: 60_000 });
  await expect.poll(async () => (await snap(page))?.done ?? false, { timeout: 240_000, intervals: [1000] }).toBe(true);
  await expect(page.getByRole('button', { name: 'Run again' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as any).__hiddenLayers.training.getState().playing)).toBe(false);
  expect((await snap(page))!.progress).toBe(1);
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the phase facts wrap inside their boxes: nothing is cut at ${viewport.width}×${viewport.height}`, async ({
    watched: page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(LESSON);
    await expect(page.getByTestId('phase')).toContainText('Phase 1 of 10', { timeout: 60_000 });
    // The lab's phase card (the first autoencoder) and the stepper below it (supervised greedy, step 1).
    const facts = page.locator('.lwp-what dd');
    await expect(facts).toHaveCount(6);
    const boxes = await facts.evaluateAll((dds) =>
      dds.map((dd) => {
        const row = dd.parentElement!;
        const list = row.parentElement!;
        const r = dd.getBoundingClientRect();
        const l = list.getBoundingClientRect();
        return {
          text: (dd.textContent ?? '').slice(0, 40),
          scroll: dd.scrollWidth,
          client: dd.clientWidth,
          rowScroll: row.scrollWidth,
          rowClient: row.clientWidth,
          right: r.right,
          listRight: l.right,
          vw: window.innerWidth,
        };
      }),
    );
    for (const b of boxes) {
      expect(b.client, `“${b.text}” has a box`).toBeGreaterThan(0);
      expect(b.scroll, `“${b.text}” is not cut`).toBeLessThanOrEqual(b.client);
      // Its row is a real box that holds it (a display: contents row measured 0 wide, so every fact overflowed it).
      expect(b.scroll, `the row of “${b.text}” holds it`).toBeLessThanOrEqual(b.rowClient);
      expect(b.rowScroll, `the row of “${b.text}” is not cut`).toBeLessThanOrEqual(b.rowClient);
      expect(b.right, `“${b.text}” ends inside its list`).toBeLessThanOrEqual(b.listRight + 1);
      expect(b.right, `“${b.text}” ends on screen`).toBeLessThanOrEqual(b.vw);
    }
  });
}
