import type { Page } from '@playwright/test';
import { axeViolations, expect, expectParamsNotice, test } from './fixtures';

const LESSON = '/#/lessons/optimizers';

interface LabState {
  t: number;
  playing: boolean;
  tracks: { kind: string; n: number; status: string; x: number; y: number }[];
  tensors: number;
}

/** Part 1's session (the optim2d worker task) and the page's copy of its paths. */
async function lab(page: Page): Promise<LabState> {
  return page.evaluate(() => {
    const g = (window as any).__hiddenLayers;
    const s = g.labs.lab.getState();
    const snap = s.snapshot;
    const paths = g.optimizerPaths;
    return {
      t: snap?.step ?? 0,
      playing: s.playing,
      tracks: (snap?.tracks ?? []).map((t: any, i: number) => ({
        kind: t.kind,
        n: paths.tracks[i]?.n ?? 0,
        status: t.status,
        x: t.theta[0],
        y: t.theta[1],
      })),
      tensors: snap?.numTensors ?? -1,
    };
  });
}

const plot = (page: Page) => page.getByRole('application', { name: /Contour plot of the/ });
const part1 = (page: Page) => page.locator('#lab');

async function ready(page: Page) {
  await expect(part1(page).getByRole('button', { name: 'Step', exact: true })).toBeEnabled({ timeout: 20_000 });
  await expect.poll(async () => (await lab(page)).tracks.length).toBe(4);
}

test('opens, animates four trajectories, and the readouts change', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  await expect.poll(async () => (await lab(page)).t, { timeout: 20_000 }).toBeGreaterThan(30);
  for (const k of ['sgd', 'momentum', 'rmsprop', 'adam']) await expect(page.getByTestId(`pos-${k}`)).toBeVisible();
  const s = await lab(page);
  expect(s.tracks.every((t) => t.n > 10)).toBe(true);
  // Everyone heads down the ravine towards the minimum at the origin.
  for (const t of s.tracks) expect(Math.hypot(t.x, t.y)).toBeLessThan(Math.hypot(-3.96, -1.13));
  await expect(page.getByTestId('loss-sgd')).not.toHaveText('—');
});

test('clicking a start point restarts every path from there', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  const box = (await plot(page).boundingBox())!;
  // Upper-right part of the plot: x and y both positive.
  await plot(page).click({ position: { x: box.width * 0.8, y: box.height * 0.2 } });
  await expect(page).toHaveURL(/sx=\d/);
  await expect(page).toHaveURL(/sy=\d/);
  const sx = Number(new URL(page.url().replace('#/', '')).searchParams.get('sx'));
  expect(sx).toBeGreaterThan(2);
  await expect(page.getByLabel('Start x')).toHaveValue(String(sx));
  await expect.poll(async () => (await lab(page)).t, { timeout: 20_000 }).toBeGreaterThan(5);
  // Paths now start in the upper right.
  const first = await page.evaluate(() =>
    (window as any).__hiddenLayers.optimizerPaths.tracks.map((t: any) => [t.xs[0], t.ys[0]]),
  );
  for (const [x, y] of first) {
    expect(x).toBeCloseTo(sx, 5);
    expect(y).toBeGreaterThan(2);
  }
});

test('keyboard: the plot moves the start with the arrow keys; Space/S/R drive the paths', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  await plot(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/sx=-3\.76/);
  await page.keyboard.press('Shift+ArrowUp');
  await expect(page).toHaveURL(/sy=-0\.13/);
  await page.keyboard.press('Home');
  await expect(page).not.toHaveURL(/sx=/);
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  // S pauses and steps; R then starts over, paused.
  await page.keyboard.press('s');
  await expect.poll(async () => (await lab(page)).playing).toBe(false);
  await page.keyboard.press('r');
  await expect.poll(async () => (await lab(page)).t).toBe(0);
  await page.keyboard.press('s');
  await expect.poll(async () => (await lab(page)).t).toBe(1);
  await page.keyboard.press(' ');
  await expect.poll(async () => (await lab(page)).t).toBeGreaterThan(20);
});

test('stepping one iteration updates the numbers in the update formulas', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  const step = part1(page).getByRole('button', { name: 'Step', exact: true });
  // Step pauses; Reset then starts over, paused.
  await step.click();
  await expect.poll(async () => (await lab(page)).playing).toBe(false);
  await part1(page).getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(async () => (await lab(page)).t).toBe(0);
  const adam = page.getByTestId('formula-adam');
  const sgd = page.getByTestId('formula-sgd');
  await expect(adam).toContainText('step 0');
  await step.click();
  await expect(adam).toContainText('step 1');
  const s1 = await lab(page);
  const th = s1.tracks.find((t) => t.kind === 'sgd')!;
  // The new θ printed in SGD's formula is the position of the SGD marker (3 significant digits).
  await expect(sgd).toContainText(th.x.toPrecision(3).replace(/0+$/, '').replace(/\.$/, ''));
  const adam1 = await adam.textContent();
  // Adam's bias-corrected first step moves each coordinate by ≈ η = 0.1.
  const a = s1.tracks.find((t) => t.kind === 'adam')!;
  expect(Math.abs(a.x - -3.96)).toBeCloseTo(0.1, 2);
  await step.click();
  await expect(adam).toContainText('step 2');
  expect(await adam.textContent()).not.toBe(adam1);
});

test('a too-large learning rate diverges visibly and the lesson offers a way back', async ({ watched: page }) => {
  // κ = 10: 0.3 is above 2/λmax = 0.2, and the remedy's 0.03 is well below it.
  await page.goto(`${LESSON}?kappa=10&sgdLr=0.3`);
  await ready(page);
  const alert = part1(page).getByTestId('diverged');
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(alert).toContainText('SGD');
  await expect(alert).toContainText('too large');
  expect((await lab(page)).tracks.find((t) => t.kind === 'sgd')!.status).toBe('diverged');
  // The worker paused the race; the remedy lowers the diverged optimizer's rate only, and plays again.
  expect((await lab(page)).playing).toBe(false);
  await alert.getByRole('button', { name: /lower the learning rate/i }).click();
  await expect(page).toHaveURL(/sgdLr=0\.03/);
  await expect(page).not.toHaveURL(/adamLr=/);
  await expect(alert).toBeHidden();
  await expect.poll(async () => (await lab(page)).t, { timeout: 20_000 }).toBeGreaterThan(20);
});

test("momentum's optimal β and η: the measured rate matches (√κ−1)/(√κ+1)", async ({ watched: page }) => {
  // The default ravine is κ = 100.
  await page.goto(`${LESSON}?speed=20`);
  await ready(page);
  await page.getByRole('button', { name: /momentum’s optimal/i }).click();
  await expect(page).toHaveURL(/momBeta=0\.669/);
  const theory = Number(await page.getByTestId('theory-momentum').textContent());
  expect(theory).toBeCloseTo(0.8182, 3);
  await expect
    .poll(async () => (await lab(page)).tracks.find((t) => t.kind === 'momentum')!.status, { timeout: 30_000 })
    .not.toBe('running');
  await expect
    .poll(async () => Number((await page.getByTestId('rate-momentum').textContent())!.replace('−', '-')), {
      timeout: 10_000,
    })
    .toBeGreaterThan(theory * 0.999);
  const measured = Number(await page.getByTestId('rate-momentum').textContent());
  expect(Math.abs(measured - theory) / theory).toBeLessThan(0.05);
});

test('surfaces switch, with their own start point and rates, and tensors do not leak', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  await expect.poll(async () => (await lab(page)).t, { timeout: 20_000 }).toBeGreaterThan(20);
  const before = (await lab(page)).tensors;
  await page.getByRole('combobox', { name: 'Loss surface' }).selectOption('rosenbrock');
  await expect(page).toHaveURL(/surface=rosenbrock/);
  await expect(page.getByLabel('Start x')).toHaveValue('-1.2');
  await expect.poll(async () => (await lab(page)).t, { timeout: 20_000 }).toBeGreaterThan(200);
  await page.getByRole('combobox', { name: 'Loss surface' }).selectOption('ravine');
  await expect.poll(async () => (await lab(page)).t, { timeout: 20_000 }).toBeGreaterThan(20);
  // Four runs in the worker: θ plus optimizer slots; the same count after switching back and forth.
  expect(before).toBeGreaterThan(0);
  expect((await lab(page)).tensors).toBe(before);
});

test('presenter mode: the surface demo fits 1280×720', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?present=1${LESSON.slice(1)}`);
  await ready(page);
  await part1(page).scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('lab')!.scrollIntoView({ block: 'start' }));
  const section = (await part1(page).boundingBox())!;
  expect(section.height).toBeLessThanOrEqual(720);
  const inView = async (box: { x: number; y: number; width: number; height: number } | null) => {
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(720);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
  };
  await inView(await plot(page).boundingBox());
  await inView(
    await part1(page)
      .getByRole('button', { name: /Play|Pause/ })
      .boundingBox(),
  );
  await inView(await page.getByRole('img', { name: /Loss against step/ }).boundingBox());
});

test('presenter mode: Page Down goes to the section after the one in view', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?present=1${LESSON.slice(1)}`);
  await ready(page);
  await page.evaluate(() => document.getElementById('lab')!.scrollIntoView({ block: 'start' }));
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('PageDown');
  await expect
    .poll(
      async () => page.evaluate(() => Math.round(document.getElementById('formulas')!.getBoundingClientRect().top)),
      { timeout: 5_000 },
    )
    .toBeLessThan(80);
  const refs = await page.evaluate(
    () => document.querySelector('#references, [id*="reference"]')?.getBoundingClientRect().top ?? 99_999,
  );
  expect(refs).toBeGreaterThan(720);
});

test('Space drives the section in view: part 2 plays, back up at part 1 Space steps part 1', async ({
  watched: page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${LESSON}?dataset=circle`);
  await ready(page);
  const network = page.locator('#network');
  await network.scrollIntoViewIfNeeded();
  await network.getByRole('button', { name: '▶ Play', exact: true }).click();
  await expect
    .poll(async () => page.evaluate(() => (window as any).__hiddenLayers.labs.network.getState().playing), {
      timeout: 30_000,
    })
    .toBe(true);
  await page.evaluate(() => document.getElementById('lab')!.scrollIntoView({ block: 'start' }));
  expect((await lab(page)).t).toBe(0);
  await page.keyboard.press(' ');
  await expect.poll(async () => (await lab(page)).t, { timeout: 20_000 }).toBeGreaterThan(10);
  // Part 2 was not toggled by that Space.
  expect(await page.evaluate(() => (window as any).__hiddenLayers.labs.network.getState().playing)).toBe(true);
});

test('the lesson has no serious accessibility violations', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('part 2: a real network', () => {
  const net = async (page: Page) =>
    page.evaluate(() => {
      const s = (window as any).__hiddenLayers.labs.network.getState();
      return {
        status: s.status,
        step: s.snapshot?.step ?? 0,
        epoch: s.snapshot?.epoch ?? 0,
        loss: Array.from(s.snapshot?.trainLoss ?? []) as number[],
        lr: Array.from(s.snapshot?.lr ?? []) as number[],
        numTensors: s.snapshot?.numTensors as number,
      };
    });

  test('SGD, momentum and Adam train side by side from the same start; the loss falls', async ({ watched: page }) => {
    await page.goto(`${LESSON}?dataset=circle`);
    await ready(page);
    await expect.poll(async () => (await net(page)).status, { timeout: 30_000 }).toBe('ready');
    // The first snapshot follows the 'ready' message.
    await expect.poll(async () => (await net(page)).loss.length, { timeout: 30_000 }).toBe(3);
    const first = await net(page);
    // Same seed, same weights: identical starting losses.
    expect(first.loss[1]).toBeCloseTo(first.loss[0]!, 6);
    expect(first.loss[2]).toBeCloseTo(first.loss[0]!, 6);
    const adamBefore = await page.getByTestId('net-loss-adam').textContent();
    await page.locator('#network').scrollIntoViewIfNeeded();
    await page.locator('#network').getByRole('button', { name: '▶ Play', exact: true }).click();
    await expect.poll(async () => (await net(page)).step, { timeout: 30_000 }).toBeGreaterThan(600);
    const s = await net(page);
    const early = s.numTensors;
    for (let r = 0; r < 3; r++) expect(s.loss[r]).toBeLessThan(first.loss[r]! * 0.8);
    await expect(page.getByTestId('net-loss-adam')).not.toHaveText(adamBefore!);
    await expect(page.getByTestId('noise-sgd')).not.toHaveText('—');
    // The prediction from the per-example spread sits beside the measurement (same order of magnitude).
    const measured = Number((await page.getByTestId('noise-sgd').textContent())!.replace('−', '-'));
    const predicted = Number((await page.getByTestId('noise-predicted').textContent())!.replace('−', '-'));
    expect(predicted).toBeGreaterThan(0);
    expect(measured / predicted).toBeGreaterThan(0.5);
    expect(measured / predicted).toBeLessThan(2);
    // The worker's tensor count stays flat.
    await expect.poll(async () => (await net(page)).step, { timeout: 30_000 }).toBeGreaterThan(1500);
    expect((await net(page)).numTensors).toBe(early);
  });

  test('batch size and schedule change live: η follows 1/(1 + decay·epoch)', async ({ watched: page }) => {
    await page.goto(`${LESSON}?dataset=circle`);
    await ready(page);
    await page.getByRole('combobox', { name: 'Learning-rate schedule' }).selectOption('inverse');
    await expect(page).toHaveURL(/schedule=inverse/);
    const batch = page.getByRole('slider', { name: 'Batch size' });
    await batch.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/batch=40/);
    await expect(page.getByTestId('noise-theory')).toHaveText('0.14');
    await page.locator('#network').getByRole('button', { name: '▶ Play', exact: true }).click();
    await expect.poll(async () => (await net(page)).epoch, { timeout: 30_000 }).toBeGreaterThan(5);
    await page
      .locator('#network')
      .getByRole('button', { name: /^❚❚ Pause$/ })
      .click();
    const s = await net(page);
    // The step that just ran used the rate of its epoch (the snapshot may be a step ahead).
    const expected = 0.3 / (1 + 0.1 * Math.floor(s.epoch));
    expect(Math.abs(s.lr[0]! - expected) / expected).toBeLessThan(0.15);
    expect(s.lr[0]).toBeLessThan(0.3 * 0.7);
  });
});

test('prefers-reduced-motion: nothing animates until the learner asks', async ({ watched: page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(LESSON);
  await ready(page);
  await page.waitForTimeout(1000);
  expect((await lab(page)).t).toBe(0);
  await part1(page).getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(async () => (await lab(page)).t).toBe(1);
  await part1(page).getByRole('button', { name: '▶ Play', exact: true }).click();
  await expect.poll(async () => (await lab(page)).t).toBeGreaterThan(10);
});

test('a garbage URL shows a notice and opens a working lesson', async ({ watched: page }) => {
  await expectParamsNotice(page, 'optimizers', 'surface=%3Cb%3E&kappa=-3&sgdLr=NaN&opts=bogus&sx=99&adamB2=7&batch=0', [
    'surface',
    'sgdLr',
  ]);
  await ready(page);
  await expect(page.getByRole('combobox', { name: 'Loss surface' })).toHaveValue('ravine');
  await expect.poll(async () => (await lab(page)).t, { timeout: 20_000 }).toBeGreaterThan(5);
  // sx clamped to the slider's maximum, then to the surface's domain.
  await expect(page.getByLabel('Start x')).toHaveValue('5');
});
