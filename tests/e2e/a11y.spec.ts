import { readdirSync, existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/**
 * Accessibility at the three widths the course is used at (issue 26, items 1 and 2): axe with
 * the WCAG 2.2 AA rules (target size included) on the home page and on every lesson, once its
 * lab has loaded, at desktop, in presenter mode and on a phone. One page load per page per width.
 */
const SLUGS = readdirSync('lessons').filter(
  (d) => existsSync(`lessons/${d}/Lesson.tsx`) || existsSync(`lessons/${d}/params.ts`),
);

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900, query: '' },
  { name: 'presenter', width: 1280, height: 720, query: '?present=1' },
  { name: 'phone', width: 390, height: 844, query: '' },
] as const;

async function ready(page: Page, lesson: boolean): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  if (lesson) await expect(page.getByRole('button', { name: /play/i }).first()).toBeEnabled({ timeout: 60_000 });
}

test.describe('axe (WCAG 2.2 AA, target size included): no serious or critical violation', () => {
  for (const w of WIDTHS) {
    for (const slug of ['(home)', ...SLUGS]) {
      test(`${w.name} ${w.width}×${w.height}: ${slug}`, async ({ watched: page }) => {
        await page.setViewportSize({ width: w.width, height: w.height });
        const lesson = slug !== '(home)';
        await page.goto(`/${w.query}#/${lesson ? `lessons/${slug}` : ''}`);
        await ready(page, lesson);
        expect(await axeViolations(page, { impact: 'serious' })).toEqual([]);
      });
    }
  }
});

/**
 * The dark theme (issue 21, "Dim rooms and paper"): the same axe rules on the home page and on
 * every lesson at desktop, with the system asking for dark; and once with the top bar's toggle
 * choosing it over a light system.
 */
test.describe('axe in the dark theme: no serious or critical violation', () => {
  test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
  for (const slug of ['(home)', ...SLUGS]) {
    test(`dark, desktop: ${slug}`, async ({ watched: page }) => {
      const lesson = slug !== '(home)';
      await page.goto(`/#/${lesson ? `lessons/${slug}` : ''}`);
      await ready(page, lesson);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await axeViolations(page, { impact: 'serious' })).toEqual([]);
    });
  }
  test('dark by the toggle over a light system: home', async ({ watched: page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/#/');
    await ready(page, false);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page, { impact: 'serious' })).toEqual([]);
  });
});

/** Every box on the page that scrolls sideways right now, with what a keyboard user gets from it. */
async function scrollBoxes(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => {
        const s = getComputedStyle(el);
        return (
          (s.overflowX === 'auto' || s.overflowX === 'scroll') &&
          el.scrollWidth > el.clientWidth + 1 &&
          el.getClientRects().length > 0
        );
      })
      .map((el) => ({
        what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`,
        tabIndex: el.tabIndex,
        name:
          el.getAttribute('aria-label') ??
          (el.getAttribute('aria-labelledby')
            ? (document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent ?? '')
            : ''),
        cue: el.getAttribute('data-overflow'),
        shadow: getComputedStyle(el).boxShadow,
      })),
  );
}

test.describe('1. on a phone, a formula or table wider than the screen is a named keyboard stop that shows it scrolls', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const cases = [
    { slug: 'relu-vs-sigmoid', section: '#sigmoid', box: '.formula-display', name: /^Formula: sigma of a/ },
    {
      slug: 'vanishing-gradients',
      section: '[data-testid="path-table"]',
      box: '.table-scroll',
      name: /along the path/,
    },
    { slug: 'optimizers', section: '#adaptive', box: '.formula-display', name: /^Formula: (RMSProp|Adam)/ },
  ];
  for (const c of cases) {
    test(`${c.slug}: ${c.section}`, async ({ watched: page }) => {
      await page.goto(`/#/lessons/${c.slug}`);
      await expect(page.getByRole('button', { name: /play/i }).first()).toBeEnabled({ timeout: 60_000 });
      const target = page.locator(c.section).first();
      await target.scrollIntoViewIfNeeded();
      // The first box of that kind in (or around) the section that overflows.
      const box = page
        .locator(`${c.section} ${c.box}[data-overflow], ${c.box}[data-overflow]:has(${c.section})`)
        .first();
      await expect(box).toHaveAttribute('data-overflow', 'right');
      await expect(box).toHaveAttribute('tabindex', '0');
      await expect(box).toHaveAccessibleName(c.name);
      expect(await box.evaluate((el) => getComputedStyle(el).boxShadow)).toMatch(/inset/);
      // Reached by Tab (from the stop before it), with a visible focus ring; the arrow keys scroll it and the cue follows.
      await box.focus();
      await page.keyboard.press('Shift+Tab');
      await expect(box).not.toBeFocused();
      await page.keyboard.press('Tab');
      await expect(box).toBeFocused();
      expect(await box.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowRight');
      await expect(box).toHaveAttribute('data-overflow', /left|both/);
    });
  }

  test('every lesson: each box that scrolls sideways is focusable, named and shows it', async ({ watched: page }) => {
    test.setTimeout(240_000);
    for (const slug of SLUGS) {
      await page.goto(`/#/lessons/${slug}`);
      await expect(page.getByRole('button', { name: /play/i }).first()).toBeEnabled({ timeout: 60_000 });
      // Typeset every formula (they are typeset when near the screen or when the page is idle).
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
      });
      await page.waitForTimeout(500);
      const boxes = await scrollBoxes(page);
      for (const b of boxes) {
        const where = `${slug}: ${b.what}`;
        expect(b.tabIndex, where).toBe(0);
        expect(b.name, where).not.toBe('');
        expect(b.cue, where).toMatch(/left|right|both/);
        expect(b.shadow, where).toMatch(/inset/);
      }
    }
  });
});

test.describe('10. long link values do not scroll a phone sideways', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const long = 'x'.repeat(3000);
  const acts = Array.from({ length: 300 }, (_, i) => ['relu', 'tanh', 'sigmoid', `bogus${i}`][i % 4]).join(',');
  const slug = `${'a'.repeat(250)}%00%01%07%1B%7F%C2%85%E2%80%8B%EF%BB%BF${'b'.repeat(250)}`;
  for (const [name, url] of [
    ['a 3,000-character dataset value', `/#/lessons/relu-vs-sigmoid?dataset=${long}`],
    ['300 acts entries', `/#/lessons/relu-vs-sigmoid?acts=${acts}`],
    ['a 500-character unknown slug with control characters', `/#/lessons/${slug}`],
  ] as const) {
    test(name, async ({ watched: page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (url.includes('?')) await expect(page.getByRole('region', { name: 'Notices' })).toBeVisible();
      else await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
      const text = (await page.locator('main').textContent())!;
      // No control character (C0, DEL, C1) and no invisible format character is echoed.
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(text).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/);
    });
  }
});

test.describe('12. "Run the experiment" keeps the keyboard inside the exercise', () => {
  test('lesson 1, exercise 2: focus moves to the running message, then stays in the exercise at the verdict', async ({
    watched: page,
  }) => {
    await page.goto('/#/lessons/relu-vs-sigmoid');
    await expect(page.getByRole('button', { name: /play/i }).first()).toBeEnabled({ timeout: 60_000 });
    const ex = page.getByRole('region', { name: /how steep is a sigmoid/ });
    const field = ex.getByRole('textbox', { name: 'Your prediction' });
    await field.focus();
    await page.keyboard.type('0.2');
    await page.keyboard.press('Tab');
    await expect(ex.getByRole('button', { name: 'Run the experiment' })).toBeFocused();
    await page.keyboard.press('Enter');
    const inside = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return a !== null && a !== document.body && a.closest('[data-exercise="mean-slope"]') !== null;
      });
    await expect.poll(inside, { timeout: 5_000 }).toBe(true);
    await expect(ex.getByText(/^(Right\.|Not this time\.|No winner this run\.)$/)).toBeVisible({ timeout: 60_000 });
    await expect
      .poll(() => page.evaluate(() => document.activeElement!.textContent))
      .toMatch(/Right\.|Not this time\.|No winner/);
    expect(await inside()).toBe(true);
  });
});
