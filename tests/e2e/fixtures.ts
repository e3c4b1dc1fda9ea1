import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

/**
 * Every e2e test runs with a watch on the page: console errors, uncaught exceptions and
 * any request that leaves the page's own origin fail the test at its end.
 */
export const test = base.extend<{ watched: Page; problems: string[] }>({
  problems: async ({}, use) => {
    await use([]);
  },
  watched: async ({ page, baseURL, problems }, use) => {
    const origin = new URL(baseURL!).origin;
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('request', (r) => {
      const u = r.url();
      if (u.startsWith('data:') || u.startsWith('blob:')) return;
      if (new URL(u).origin !== origin) problems.push(`request to another origin: ${u}`);
    });
    await use(page);
    expect(problems, 'console errors, page errors or foreign requests').toEqual([]);
  },
});

export { expect };

const IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;

/**
 * Accessibility violations (axe-core: WCAG 2.0–2.2 A/AA, target size included, and best practices
 * such as heading order) at or above `impact` (default: moderate), as readable strings.
 */
export async function axeViolations(
  page: Page,
  { impact = 'moderate' }: { impact?: 'moderate' | 'serious' } = {},
): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const least = IMPACTS.indexOf(impact);
  return results.violations
    .filter((v) => v.impact != null && IMPACTS.indexOf(v.impact) >= least)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** Read the lesson's live training state (exposed read-only for tests and the bench). */
export async function trainingState(
  page: Page,
): Promise<{ status: string; playing: boolean; step: number; trainLoss: number[]; diverged: string | null }> {
  return page.evaluate(() => {
    const s = (
      window as unknown as { __hiddenLayers: { training: { getState(): any } } }
    ).__hiddenLayers.training.getState();
    return {
      status: s.status,
      playing: s.playing,
      step: s.snapshot?.step ?? 0,
      trainLoss: Array.from(s.snapshot?.trainLoss ?? []),
      diverged: s.diverged,
    };
  });
}

/** Open a lesson with bad URL parameters and check its notice names each of `named` (the lesson must still open). */
export async function expectParamsNotice(page: Page, slug: string, query: string, named: string[]): Promise<void> {
  await page.goto(`/#/lessons/${slug}?${query}`);
  const notice = page.getByTestId(`notice-params-${slug}`);
  await expect(notice).toBeVisible();
  for (const name of named) await expect(notice).toContainText(name);
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A readout as a number: "0.37", "−0.5", "2.6×10⁻⁴" (NaN if the text is not one). */
export function readoutNumber(text: string | null): number {
  const m = /^(-?[\d.]+)(?:×10(⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/.exec((text ?? '').trim().replace(/−/g, '-'));
  if (!m) return NaN;
  const exp = m[2] ? Number([...m[2]].map((c) => (c === '⁻' ? '-' : SUPERSCRIPT_DIGITS.indexOf(c))).join('')) : 0;
  return Number(m[1]) * 10 ** exp;
}
