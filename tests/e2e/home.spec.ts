import { axeViolations, expect, test } from './fixtures';

test('home lists the five lessons in order and the story', async ({ watched: page }) => {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hidden Layers' })).toBeVisible();
  const cards = page.getByRole('region', { name: 'Course map' }).getByRole('listitem');
  const titles = [
    'ReLU vs sigmoid',
    'Vanishing gradients',
    'Convolution',
    'Layer-wise pre-training',
    'Optimizers',
    'Backpropagation on a graph',
  ];
  for (const [i, t] of titles.entries()) await expect(cards.nth(i)).toContainText(t);
  await expect(cards.filter({ hasText: 'Overfitting and regularization' })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Milestones' })).toBeVisible();
  await expect(page.getByText('15.3%')).toBeVisible();
  // AlexNet's runner-up (ISI) had 26.2% top-5 error; the parity depth result is about AND/OR circuits (Håstad 1986);
  // dropout has a lesson (regularization), batch normalization and residual connections do not.
  await expect(page.getByText('26.2%')).toBeVisible();
  const story = page.locator('.story');
  await expect(story).toContainText('Håstad (1986)');
  await expect(story).toContainText('AND and OR gates');
  await expect(story).toContainText('batch normalization and residual connections are not in the app yet');
  await expect(story).not.toContainText('dropout, batch normalization and residual connections are not in the app');
});

test('the first lesson opens from its card', async ({ watched: page }) => {
  await page.goto('/#/');
  await page.getByRole('link', { name: 'ReLU vs sigmoid', exact: true }).click();
  await expect(page).toHaveURL(/#\/lessons\/relu-vs-sigmoid/);
  await expect(page.getByRole('heading', { level: 1, name: 'ReLU vs sigmoid' })).toBeVisible();
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled();
});

test('an unknown lesson shows a friendly not-found page with the course map', async ({ watched: page }) => {
  await page.goto('/#/lessons/no-such-lesson');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ReLU vs sigmoid', exact: true })).toBeVisible();
});

test('TensorFlow.js is not in the initial chunk', async ({ watched: page }) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/#/');
  await expect(page.getByRole('link', { name: 'ReLU vs sigmoid', exact: true })).toBeVisible();
  // The home page's own scripts contain no tfjs: check their text.
  for (const url of scripts) {
    const text = await (await page.request.get(url)).text();
    expect(text.includes('tfjs-backend-cpu') || text.includes('registerKernel'), `${url} contains tfjs`).toBe(false);
  }
});

test('home has no serious accessibility violations', async ({ watched: page }) => {
  await page.goto('/#/');
  await expect(page.getByRole('link', { name: 'ReLU vs sigmoid', exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a corrupt settings entry in localStorage is ignored with a notice', async ({ watched: page }) => {
  await page.goto('/#/');
  await page.evaluate(() => localStorage.setItem('hidden-layers:settings', '{not json'));
  await page.reload();
  await expect(page.getByTestId('notice-settings')).toContainText('could not be read');
  await expect(page.getByRole('link', { name: 'ReLU vs sigmoid', exact: true })).toBeVisible();
});

test('prefers-reduced-motion is honoured, and Settings can override it', async ({ watched: page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/#/');
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Animation' }).selectOption('full');
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();
});
