import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

function exercise(page: Page, title: RegExp) {
  return page.getByRole('region', { name: title });
}

async function labReady(page: Page) {
  await expect(page.getByRole('button', { name: /play/i }).first()).toBeEnabled({ timeout: 45_000 });
}

test('lesson 7: dropout with keep 1 — wrong, then right, from the two measured training losses', async ({ watched: page }) => {
  await page.goto('/#/lessons/regularization');
  await labReady(page);
  await expect(page.getByTestId('lesson-progress')).toHaveText('0 of 5 exercises done');
  const ex = exercise(page, /^Exercise 4: dropout that drops nothing/);
  await ex.getByRole('radio', { name: 'Dropout’s is higher' }).check();
  await ex.getByRole('button', { name: 'Run the experiment' }).click();
  await expect(page).toHaveURL(/keep=1(?![.\d])/);
  await expect(ex.getByText('Not this time.')).toBeVisible({ timeout: 90_000 });
  await expect(ex).toContainText(/at step 3\d\d with keep probability 1: dropout’s training loss/);
  await ex.getByRole('button', { name: 'Try again' }).click();
  await ex.getByRole('radio', { name: 'The same, to four decimals' }).check();
  await ex.getByRole('button', { name: 'Run the experiment' }).click();
  await expect(ex.getByText('Right.')).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('lesson-progress')).toHaveText('1 of 5 exercises done');
  // A scrubbable number drives the lab's parameter and the URL.
  const scrub = page.getByRole('slider', { name: 'Number of points (the number in the sentence)' });
  await scrub.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/points=31/);
  expect(await axeViolations(page)).toEqual([]);
});
