import type { Page } from '@playwright/test';
import { axeViolations, expect, test, trainingState } from './fixtures';

const LESSON = '/#/lessons/convolution';

async function ready(page: Page) {
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled({ timeout: 60_000 });
}

async function cnnState(page: Page) {
  return page.evaluate(() => {
    const s = (window as any).__hiddenLayers.training.getState().snapshot;
    return {
      examples: s?.examples ?? 0,
      testAcc: s?.testAcc?.[0] ?? NaN,
      scored: s?.testScored ?? 0,
      numTensors: s?.numTensors ?? 0,
    };
  });
}

/** Drags a short stroke across a canvas with the mouse (pointer events). */
async function drawStroke(page: Page, canvasName: RegExp) {
  const pad = page.getByRole('img', { name: canvasName });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.2);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * (0.2 + 0.075 * i));
  await page.mouse.up();
}

test('the CNN trains on real digits: loss falls, test accuracy rises above chance, tensors stay flat', async ({
  watched: page,
}) => {
  await page.goto(LESSON);
  await ready(page);
  await page.getByRole('button', { name: /play/i }).click();
  await expect(page.getByRole('button', { name: /pause/i })).toBeVisible();
  await expect.poll(async () => (await cnnState(page)).examples, { timeout: 60_000 }).toBeGreaterThan(64);
  const first = Number(await page.getByTestId('train-loss-cnn').textContent());
  const early = (await cnnState(page)).numTensors;
  // Ten classes: chance is 10%.
  await expect.poll(async () => (await cnnState(page)).testAcc, { timeout: 80_000 }).toBeGreaterThan(0.25);
  // The readout follows the running loss, a refresh or two behind the accuracy on a fast backend.
  await expect
    .poll(async () => Number(await page.getByTestId('train-loss-cnn').textContent()), { timeout: 30_000 })
    .toBeLessThan(first);
  await page.getByRole('button', { name: /pause/i }).click();
  const s = await cnnState(page);
  expect(s.scored).toBeGreaterThanOrEqual(200);
  await expect(page.getByTestId('test-acc-cnn')).not.toHaveText('—');
  expect(s.numTensors).toBe(early);
  await expect.poll(async () => (await trainingState(page)).playing).toBe(false);
  // The learned filters and the confusion matrix are on the page.
  await expect(page.getByRole('group', { name: 'Learned first-layer kernels' }).getByRole('img')).toHaveCount(8);
  await expect(page.getByRole('table').filter({ hasText: 'the CNN’s answer' })).toBeVisible();
});

test('drawing a digit updates the prediction, during training too', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  await expect(page.getByRole('img', { name: /Class probabilities\. CNN says/ })).toBeVisible();
  await page.getByRole('button', { name: /play/i }).click();
  await drawStroke(page, /^Drawing pad: draw a digit/);
  await expect(page.getByText('your drawing', { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /Class probabilities\. CNN says \d/ })).toBeVisible();
  // Keyboard alternative: load a test digit by number.
  const n = page.getByRole('spinbutton', { name: 'Test digit' });
  await n.fill('5');
  await expect(page.getByText(/^test digit #5 \(a \d\)$/)).toBeVisible();
  await page.getByRole('button', { name: /pause/i }).click();
});

test('kernel editor: a preset, a typed weight, padding and stride change the output', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  const section = page.locator('#conv2d');
  const summary = section.getByTestId('out-summary');
  await expect(summary).toContainText('Values from');
  const sobel = await summary.textContent();
  await section.getByRole('combobox', { name: 'Preset' }).selectOption('box-blur-3');
  await expect(summary).not.toHaveText(sobel!);
  await expect(section.getByRole('heading', { name: 'Output 26×26' })).toBeVisible();
  const blur = await summary.textContent();
  await section.getByRole('textbox', { name: 'Kernel row 2, column 2' }).fill('−2');
  await expect(summary).not.toHaveText(blur!);
  await expect(section.getByRole('combobox', { name: 'Preset' })).toHaveValue('custom');
  // out = floor((28 + 2·1 − 3)/2) + 1 = 14
  await section.getByRole('slider', { name: /Padding/ }).fill('1');
  await section.getByRole('slider', { name: /Stride/ }).fill('2');
  await expect(section.getByRole('heading', { name: 'Output 14×14' })).toBeVisible();
  await expect(section.getByText(/^7×7: each pixel is the largest/)).toBeVisible();
  // A stroke on the demo's own pad becomes the input.
  await drawStroke(page, /^Drawing pad for the kernel demo/);
  await expect(section.getByText(/Showing your drawing/)).toBeVisible();
  // A bad cell gets a message, not a blank.
  await section.getByRole('textbox', { name: 'Kernel row 1, column 1' }).fill('abc');
  await expect(section.getByRole('alert')).toContainText('needs a number');
});

test('1D animation and the dense-vs-conv counter', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  const fig = page.getByRole('img', { name: /output s \(bottom\) built up to t = 9/ });
  await expect(fig).toBeVisible();
  await page.getByRole('slider', { name: /Position t/ }).fill('12');
  await expect(page.getByRole('img', { name: /built up to t = 12/ })).toBeVisible();
  await page.getByRole('button', { name: /Slide the kernel/ }).click();
  await expect(page.getByRole('img', { name: /built up to t = 1[3-9]/ })).toBeVisible();
  await page.getByRole('button', { name: /Pause sliding/ }).click();
  await page.getByRole('button', { name: '1000×1000 photograph' }).click();
  await expect(page.getByTestId('dense-weights')).toHaveText('1.0 billion');
  await expect(page.getByTestId('conv-weights')).toHaveText('100');
});

test('a truncated data file shows a clear error on the page', async ({ watched: page }) => {
  await page.route('**/data/mnist-10k.bin*', (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('HLMN\x01\x00\x00\x00') }),
  );
  await page.goto(LESSON);
  const alert = page.getByTestId('mnist-error');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('truncated');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  // The rest of the lesson still works without the digits.
  await expect(page.getByRole('heading', { name: 'Convolution in one dimension' })).toBeVisible();
});

test('presenter mode: the demo fits 1280×720', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?present=1${LESSON.slice(1)}`);
  await ready(page);
  const chart = page.getByRole('img', { name: /Accuracy of the CNN/ });
  const box = (await chart.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(720);
  const bars = (await page.getByRole('img', { name: /Class probabilities/ }).boundingBox())!;
  expect(bars.y + bars.height).toBeLessThanOrEqual(720);
});

test('the lesson has no serious accessibility violations', async ({ watched: page }) => {
  await page.goto(LESSON);
  await ready(page);
  expect(await axeViolations(page)).toEqual([]);
});
