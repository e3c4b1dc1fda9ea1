/**
 * The lesson platform, in every lesson: the divergence remedy resets and trains again;
 * leaving a lesson while it trains ends its worker, with no error.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Lab = { status: string; playing: boolean; diverged: string | null; generation: number; step: number };

async function lab(page: Page, section: string): Promise<Lab | null> {
  return page.evaluate((section) => {
    const store = (window as unknown as { __hiddenLayers?: { labs?: Record<string, { getState(): any }> } })
      .__hiddenLayers?.labs?.[section];
    if (!store) return null;
    const s = store.getState();
    return {
      status: s.status,
      playing: s.playing,
      diverged: s.diverged,
      generation: s.generation,
      step: s.snapshot?.step ?? 0,
    };
  }, section);
}

const CASES: { name: string; url: string; section: string; lr: RegExp }[] = [
  // Real divergences where the lesson's settings can produce one quickly...
  {
    name: 'ReLU vs sigmoid',
    url: '/#/lessons/relu-vs-sigmoid?init=large&lr=10&depth=6',
    section: 'lab',
    lr: /lr=1(&|$)/,
  },
  {
    name: 'vanishing gradients',
    url: '/#/lessons/vanishing-gradients?init=large&lr=10',
    section: 'lab',
    lr: /lr=1(&|$)/,
  },
  // ...and a simulated one (?fault=diverge) where they cannot within seconds.
  { name: 'convolution', url: '/?fault=diverge#/lessons/convolution', section: 'lab', lr: /lr=0\.0005/ },
  {
    name: 'layer-wise pre-training',
    url: '/?fault=diverge#/lessons/layer-wise-pretraining',
    section: 'lab',
    lr: /lr=0\.05/,
  },
  {
    name: 'optimizers (network)',
    url: '/?fault=diverge#/lessons/optimizers?dataset=circle',
    section: 'network',
    lr: /netSgdLr=0\.03/,
  },
  { name: 'regularization', url: '/?fault=diverge#/lessons/regularization', section: 'lab', lr: /lr=0\.01/ },
  {
    name: 'perceptron-xor (approximation)',
    url: '/?fault=diverge#/lessons/perceptron-xor',
    section: 'approx',
    lr: /[?&]lr=0\.002/,
  },
];

for (const c of CASES) {
  test(`${c.name}: "lower the learning rate and reset" resets the run and trains again`, async ({ watched: page }) => {
    await page.goto(c.url);
    await expect.poll(async () => (await lab(page, c.section))?.status, { timeout: 60_000 }).toBe('ready');
    const section = page.locator(`#${c.section}`);
    await section.scrollIntoViewIfNeeded();
    await section.getByRole('button', { name: /play/i }).click();
    const alert = section.getByTestId('diverged');
    await expect(alert).toBeVisible({ timeout: 60_000 });
    const before = (await lab(page, c.section))!;
    expect(before.playing).toBe(false);
    await alert.getByRole('button', { name: /lower the learning rate/i }).click();
    await expect(page).toHaveURL(c.lr);
    await expect(alert).toBeHidden();
    // A new run (a new generation) that plays by itself and gets past where the old one stopped.
    await expect
      .poll(async () => (await lab(page, c.section))!.generation, { timeout: 30_000 })
      .toBeGreaterThan(before.generation);
    await expect.poll(async () => (await lab(page, c.section))!.playing, { timeout: 60_000 }).toBe(true);
    await expect
      .poll(async () => (await lab(page, c.section))!.step, { timeout: 60_000 })
      .toBeGreaterThan(c.section === 'network' ? 30 : 25);
    expect((await lab(page, c.section))!.diverged).toBeNull();
  });
}

test('leaving lessons while they train ends their workers, with no error', async ({ watched: page }) => {
  const trainers = () => page.workers().filter((w) => w.url().includes('worker')).length;
  for (const slug of ['relu-vs-sigmoid', 'vanishing-gradients', 'optimizers', 'relu-vs-sigmoid']) {
    await page.goto(`/#/lessons/${slug}`);
    await expect
      .poll(async () => (await lab(page, slug === 'optimizers' ? 'network' : 'lab'))?.status, { timeout: 60_000 })
      .toBe('ready');
    const play = page.locator(slug === 'optimizers' ? '#network' : '#lab').getByRole('button', { name: /play/i });
    await play.scrollIntoViewIfNeeded();
    await play.click();
    await expect
      .poll(async () => (await lab(page, slug === 'optimizers' ? 'network' : 'lab'))!.step, { timeout: 30_000 })
      .toBeGreaterThan(20);
    // Navigate in the app (no reload): the lesson unmounts while training.
    await page.evaluate(() => (location.hash = '#/'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(trainers, { timeout: 5_000 }).toBe(0);
  }
});

test('start-up says what it is doing: Play works while the worker starts, and the first GPU step says it is compiling', async ({
  watched: page,
}) => {
  // Record every text the transport's progress line shows (it can be brief).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-testid="training-progress"]')) {
        const t = el.textContent?.trim() ?? '';
        if (t && seen[seen.length - 1] !== t) seen.push(t);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/?backend=webgl#/lessons/relu-vs-sigmoid');
  const play = page.locator('#lab').getByRole('button', { name: /play|starting/i });
  await play.click(); // enabled at once: pressing it before the worker is ready is remembered
  await expect.poll(async () => (await lab(page, 'lab'))?.step ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
  const seen = await page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen);
  expect(
    seen.some((t) => /Starting the webgl backend|Loading the training code|Building the networks/.test(t)),
    seen.join(' | '),
  ).toBe(true);
  expect(
    seen.some((t) => /Compiling the webgl kernels/.test(t)),
    seen.join(' | '),
  ).toBe(true);
});
