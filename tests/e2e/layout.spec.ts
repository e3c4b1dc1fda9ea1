import type { Page } from '@playwright/test';
import { LESSONS } from '../../lessons';
import { expect, test } from './fixtures';

/**
 * Layout (issue 21, "Layout defects" and "Phone"): touch targets on a phone, a page that keeps
 * its length while it is scrolled, and the small defects a DOM check can see.
 */
const PHONE = { width: 390, height: 844 };
const MIN = 32;

async function openLesson(page: Page, slug: string, query = ''): Promise<void> {
  await page.goto(`/#/lessons/${slug}${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: /play|pause/i }).first()).toBeVisible({ timeout: 60_000 });
}

/** Pauses every lab that is playing, so only scrolling can change the page (a live run adds notices as it goes). */
async function pauseAll(page: Page): Promise<void> {
  for (const play of await page.locator('.transport .play').all())
    await expect(play).not.toContainText('Starting', { timeout: 60_000 });
  for (const b of await page.getByRole('button', { name: /pause/i }).all()) if (await b.isVisible()) await b.click();
  await expect(page.getByRole('button', { name: /pause/i }).filter({ visible: true })).toHaveCount(0);
}

/** Two animation frames: whatever a scroll made render (content-visibility: auto) is laid out. */
const frames = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** Scrolls the page from top to bottom a screen at a time; the document's height after each step. */
async function scrollThrough(page: Page): Promise<number[]> {
  const heights: number[] = [];
  const step = Math.round((page.viewportSize()?.height ?? 800) * 0.8);
  for (let y = 0; ; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await frames(page);
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    heights.push(h);
    if (y > h) break;
  }
  return heights;
}

/** Every visible control smaller than MIN × MIN on the page (a checkbox or radio counts its label's box). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    const sel = 'button, select, input, textarea, summary, a[href], [role="slider"], [role="button"], [role="tab"]';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
      if (
        el.closest('[hidden], dialog:not([open]), [aria-hidden="true"]') ||
        getComputedStyle(el).visibility === 'hidden'
      )
        continue;
      let r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered (a closed <details>, display: none)
      const type = el.getAttribute('type');
      const label = (el as HTMLInputElement).labels?.[0];
      if ((type === 'checkbox' || type === 'radio' || r.width <= 2) && label) r = label.getBoundingClientRect();
      // A link inside a sentence is exempt (WCAG 2.5.8's inline exception); a link among controls is not.
      const inline =
        el.tagName === 'A' &&
        getComputedStyle(el).display === 'inline' &&
        !!el.closest('p, li, dd, td, figcaption') &&
        !el.closest('nav, .eyebrow, .lab-controls, .transport, .ex-actions');
      if (inline) continue;
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        const name = el.getAttribute('aria-label') ?? label?.textContent ?? el.textContent ?? '';
        out.push(
          `${el.tagName.toLowerCase()}${type ? `[${type}]` : ''} "${name.trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return out;
  }, MIN);
}

test.describe('phone 390×844: every control is a target of at least 32 × 32 px', () => {
  for (const { slug } of LESSONS) {
    test(slug, async ({ watched: page }) => {
      await page.setViewportSize(PHONE);
      await openLesson(page, slug);
      await scrollThrough(page); // parts below the fold render as they come near
      expect(await smallTargets(page), 'controls smaller than 32 × 32 px').toEqual([]);
    });
  }
});

test.describe('the page keeps its height while it is scrolled (phone)', () => {
  for (const { slug } of LESSONS) {
    test(slug, async ({ watched: page }) => {
      await page.setViewportSize(PHONE);
      await openLesson(page, slug);
      await pauseAll(page);
      // The first pass shows every section once (each is laid out when it nears the screen);
      // from then on scrolling must not change the page's length.
      await scrollThrough(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await frames(page);
      const second = await scrollThrough(page);
      expect(new Set(second), `document heights on the second pass: ${second.join(', ')}`).toEqual(
        new Set([second[0]]),
      );
    });
  }
});

test('no term is printed as "+ −2" and no number runs into its word ("24batches")', async ({ watched: page }) => {
  for (const slug of ['optimizers', 'perceptron-xor', 'backprop-graph']) {
    await openLesson(page, slug);
    await scrollThrough(page);
    const text = await page.evaluate(
      () =>
        document.body.innerText +
        '\n' +
        Array.from(document.querySelectorAll('svg text'), (t) => t.textContent).join('\n'),
    );
    expect(text, slug).not.toMatch(/\+ [−-]\d/);
    expect(text, slug).not.toMatch(/\d(batches|epochs|steps|digits|points)\b/);
  }
});

test('the hidden units’ lines and the perceptron’s misclassified axis: signed terms, whole-number ticks', async ({
  watched: page,
}) => {
  await openLesson(page, 'perceptron-xor', '?gate=xor');
  const lab = page.locator('#lab');
  for (let i = 0; i < 6; i++) await lab.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(page.getByTestId('perceptron-epoch')).toHaveText('6');
  const ticks = await lab
    .locator('figure:has(svg[aria-label="Misclassified points after each epoch"]) .y-axis .tick text')
    .allTextContents();
  expect(ticks.length).toBeGreaterThan(1);
  for (const t of ticks) expect(t, `tick "${t}" on the misclassified axis`).toMatch(/^\d+$/);
  await expect(lab.getByRole('img', { name: /The perceptron's line/ })).not.toHaveAttribute('aria-label', /\+ −/);
});

test('phone: letting go of a lab setting below the chart brings the chart into view', async ({ watched: page }) => {
  await page.setViewportSize(PHONE);
  await openLesson(page, 'relu-vs-sigmoid');
  const lab = page.locator('#lab');
  const chart = lab.getByRole('img', { name: /Decision boundary/ }).first();
  const slider = lab.getByRole('slider').last();
  await slider.scrollIntoViewIfNeeded();
  await expect(chart).not.toBeInViewport();
  const before = await slider.inputValue();
  await slider.click(); // the middle of the track: a new value
  await expect(slider).not.toHaveValue(before);
  await expect(chart).toBeInViewport();
});
