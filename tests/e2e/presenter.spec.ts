import type { Page } from '@playwright/test';
import { LESSONS } from '../../lessons';
import { expect, test } from './fixtures';

/**
 * Presenter mode for the back row (issue 21): at 1280×720 no visible lab text is under
 * 16 px, measured as rendered (SVG text by its screen transform); F toggles full screen;
 * a figure enlarges to fill the window and back; the speaker notes window follows the
 * beats both ways.
 */
const MIN_PX = 16;

async function openPresenting(page: Page, slug: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?present=1#/lessons/${slug}`);
  await expect(page.locator('section.lab').first()).toBeVisible({ timeout: 60_000 });
  await expect(
    page
      .locator('section.lab')
      .first()
      .getByRole('button', { name: /play|pause/i })
      .first(),
  ).toBeEnabled({ timeout: 60_000 });
}

/** Every visible text in the lab sections whose rendered size is under `min` px: "size px: text (element)". */
function smallTexts(min: number): string[] {
  const out: string[] = [];
  for (const lab of document.querySelectorAll<HTMLElement>('section.lab')) {
    const walk = document.createTreeWalker(lab, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      const node = walk.currentNode;
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('.sr-only, .katex-mathml')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) size *= Math.hypot(m.a, m.b);
      }
      if (size < min - 0.05)
        out.push(
          `${size.toFixed(1)} px: “${text.slice(0, 40)}” (${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} in #${lab.id})`,
        );
    }
  }
  return out;
}

for (const lesson of LESSONS.filter((l) => l.load)) {
  test(`presenter mode at 1280×720: no lab text under ${MIN_PX} px in ${lesson.slug}`, async ({ watched: page }) => {
    await openPresenting(page, lesson.slug);
    const labs = page.locator('section.lab');
    // Each lab drawn where it is looked at (some draw only once in view).
    for (let i = 0; i < (await labs.count()); i++) {
      await labs.nth(i).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect(labs.nth(i).locator('svg').first()).toBeVisible();
    }
    const texts = await page.evaluate(() => document.querySelectorAll('section.lab svg text').length);
    expect(texts, 'the labs drew their charts').toBeGreaterThan(0);
    expect(await page.evaluate(smallTexts, MIN_PX)).toEqual([]);
  });
}

test('F toggles full screen', async ({ watched: page }) => {
  await openPresenting(page, 'relu-vs-sigmoid');
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBeNull();
});

test('a figure enlarges to fill the window and redraws at that size; E or Esc puts it back', async ({
  watched: page,
}) => {
  await openPresenting(page, 'relu-vs-sigmoid');
  const chart = page.getByRole('img', { name: /Training \(solid\) and test \(dashed\) loss/ });
  const figure = page.locator('figure', { has: chart });
  const before = (await chart.boundingBox())!;
  await figure.hover();
  await figure.getByRole('button', { name: /^Enlarge:/ }).click();
  const filled = async () => {
    const f = (await figure.boundingBox())!;
    expect(f.x).toBeLessThanOrEqual(20);
    expect(f.y).toBeLessThanOrEqual(20);
    expect(f.width).toBeGreaterThanOrEqual(1280 - 40);
    expect(f.height).toBeGreaterThanOrEqual(720 - 40);
  };
  await expect.poll(async () => (await chart.boundingBox())!.height).toBeGreaterThan(before.height * 2);
  await filled();
  expect((await chart.boundingBox())!.width).toBeGreaterThan(before.width);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await chart.boundingBox())!.height).toBe(before.height);
  await expect(page.locator('html')).toHaveClass(/presenter/); // Esc put the figure back first, presenter mode stays

  // E with the pointer on the figure, and E again.
  await figure.hover();
  await page.keyboard.press('e');
  await expect.poll(async () => (await chart.boundingBox())!.height).toBeGreaterThan(before.height * 2);
  await filled();
  await page.keyboard.press('e');
  await expect.poll(async () => (await chart.boundingBox())!.height).toBe(before.height);
});

test('the speaker notes open in a second window (N) and follow the beats both ways; the projected screen shows no note', async ({
  watched: page,
  context,
}) => {
  await openPresenting(page, 'relu-vs-sigmoid');
  const notes = await page.evaluate(() =>
    (window as unknown as { __hiddenLayers: { beats(s: string): { note: string }[] } }).__hiddenLayers
      .beats('relu-vs-sigmoid')
      .map((b) => b.note),
  );
  const bar = page.getByRole('complementary', { name: 'Lecture beats' });
  await bar.getByRole('button', { name: 'Start the lecture' }).click();
  const counter = page.getByTestId('beat-counter');
  await expect(counter).toHaveText('beat 1 of 5');

  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('n')]);
  await expect(popup).toHaveURL(/#\/notes$/);
  await expect(popup.getByTestId('notes-counter')).toHaveText('beat 1 of 5');
  await expect(popup.getByTestId('notes-note')).toHaveText(notes[0]!);
  await expect(popup.getByTestId('notes-next')).toHaveText(notes[1]!);
  await expect(popup.getByTestId('notes-claim')).toContainText(/visible now|not yet|not on screen/);
  // The note is never drawn over the demo.
  await expect(page.getByText(notes[0]!)).toHaveCount(0);

  // → in the presenting window moves the notes.
  await page.bringToFront();
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('beat 2 of 5');
  await expect(popup.getByTestId('notes-counter')).toHaveText('beat 2 of 5');
  await expect(popup.getByTestId('notes-note')).toHaveText(notes[1]!);

  // → and the Next button in the notes window move the presenting window.
  await popup.bringToFront();
  await popup.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('beat 3 of 5');
  await expect(popup.getByTestId('notes-note')).toHaveText(notes[2]!);
  await popup.getByRole('button', { name: 'Previous beat' }).click();
  await expect(counter).toHaveText('beat 2 of 5');
  await expect(popup.getByTestId('notes-counter')).toHaveText('beat 2 of 5');
  await popup.close();
});
