/** Steps the exercise specs share: find an exercise, wait for its lab, commit a prediction and run it. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The exercise (a region named "Exercise N: title") whose name matches `title`. */
export function exercise(page: Page, title: RegExp): Locator {
  return page.getByRole('region', { name: title });
}

/** Waits until the page's first lab can play. */
export async function labReady(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /play/i }).first()).toBeEnabled({ timeout: 45_000 });
}

/** The learner's prediction: a choice, by its radio's whole label, or a number typed in. */
export type Prediction = { choose: string } | { type: string };

/** Commits `prediction`, runs the experiment and waits for the verdict. */
export async function predict(
  ex: Locator,
  prediction: Prediction,
  verdict: 'Right.' | 'Not this time.',
  timeout = 60_000,
): Promise<void> {
  if ('choose' in prediction) await ex.getByRole('radio', { name: prediction.choose, exact: true }).check();
  else await ex.getByRole('textbox', { name: 'Your prediction' }).fill(prediction.type);
  await ex.getByRole('button', { name: 'Run the experiment' }).click();
  await expect(ex.getByText(verdict)).toBeVisible({ timeout });
}

/**
 * Another try is another visit: a verdict stands with the answer it revealed (no "Try again"
 * next to it), so the learner reloads the page and predicts afresh.
 */
export async function retry(page: Page): Promise<void> {
  await page.reload();
  await labReady(page);
}

/**
 * A wrong prediction first (the feedback then says what the run measured, matched by `measured`;
 * no "Try again" is offered next to the revealed answer), then a fresh visit and the right one.
 */
export async function wrongThenRight(
  ex: Locator,
  wrong: Prediction,
  right: Prediction,
  measured: RegExp | string,
  timeout = 60_000,
): Promise<void> {
  await predict(ex, wrong, 'Not this time.', timeout);
  await expect(ex).toContainText(measured);
  await expect(ex.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await retry(ex.page());
  await predict(ex, right, 'Right.', timeout);
}

/** The lesson's "N of M exercises done" line. */
export async function expectDone(page: Page, text: string): Promise<void> {
  await expect(page.getByTestId('lesson-progress')).toHaveText(text);
}
