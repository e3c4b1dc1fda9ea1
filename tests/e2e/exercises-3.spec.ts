import { exercise, expectDone, labReady, predict, retry, wrongThenRight } from './exercise-steps';
import { axeViolations, expect, test } from './fixtures';

test('lesson 6: ∂f/∂x — wrong, then right, judged by the graph’s own backward pass; the goal from the live stepper', async ({
  watched: page,
}) => {
  await page.goto('/#/lessons/backprop-graph?x=1');
  await expectDone(page, '0 of 4 exercises done');
  const ex = exercise(page, /^Exercise 1: what is ∂f\/∂x/);
  await predict(ex, { type: '3' }, 'Not this time.', 30_000);
  await expect(page).not.toHaveURL(/[?&]x=1/); // the experiment set the worked example's inputs (defaults leave the URL)
  await expect(ex).toContainText('the backward pass gives ∂f/∂x = −4');
  // No retry beside the revealed answer: another try is another visit.
  await expect(ex.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await retry(page);
  await predict(ex, { type: '-4' }, 'Right.', 30_000);
  await expectDone(page, '1 of 4 exercises done');
  // Make it happen: scrub x in the sentence until q = x + y = 0 (x = −5), then play the pass to its end.
  const goal = exercise(page, /^Exercise 2: make ∂f\/∂z equal 0/);
  const scrub = page.getByRole('slider', { name: 'x, the number in the sentence' });
  await scrub.focus();
  await page.keyboard.press('PageDown'); // three whole steps down
  await expect(scrub).toHaveAttribute('aria-valuenow', '-5');
  await expect(page).toHaveURL(/x=-5/);
  await page.locator('#lab .bg-figure').focus();
  await page.keyboard.press('End');
  await expect(goal.getByText('Goal reached.')).toBeVisible({ timeout: 10_000 });
  await expectDone(page, '2 of 4 exercises done');
  expect(await axeViolations(page)).toEqual([]);
});

test('lesson 7: dropout with keep 1 — wrong, then right, from the two measured training losses', async ({
  watched: page,
}) => {
  await page.goto('/#/lessons/regularization');
  await labReady(page);
  await expectDone(page, '0 of 5 exercises done');
  const ex = exercise(page, /^Exercise 4: dropout that drops nothing/);
  const measured = /at step 3\d\d with keep probability 1: dropout’s training loss/;
  await wrongThenRight(
    ex,
    { choose: 'Dropout’s is higher' },
    { choose: 'The same, to four decimals' },
    measured,
    90_000,
  );
  await expect(page).toHaveURL(/keep=1(?![.\d])/);
  await expectDone(page, '1 of 5 exercises done');
  // A scrubbable number drives the lab's parameter and the URL.
  const scrub = page.getByRole('slider', { name: 'Number of points (the number in the sentence)' });
  await scrub.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/points=31/);
  expect(await axeViolations(page)).toEqual([]);
});

test('lesson 8: the perceptron’s epochs on AND — wrong, then right, from the main-thread run', async ({
  watched: page,
}) => {
  await page.goto('/#/lessons/perceptron-xor');
  await labReady(page);
  await expectDone(page, '0 of 5 exercises done');
  const ex = exercise(page, /^Exercise 1: how many epochs does AND take/);
  await predict(ex, { type: '3' }, 'Not this time.', 30_000);
  await expect(page).toHaveURL(/speed=30/);
  await expect(ex).toContainText('all points are right after epoch 5');
  await expect(page.getByTestId('perceptron-errors')).toHaveText('0');
  // No retry beside the revealed answer: another try is another visit.
  await expect(ex.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await retry(page);
  await predict(ex, { type: '5' }, 'Right.', 30_000);
  await expectDone(page, '1 of 5 exercises done');
  // The lab paused when the judge answered: the epoch count stays put.
  const epoch = await page.getByTestId('perceptron-epoch').textContent();
  await page.waitForTimeout(500);
  await expect(page.getByTestId('perceptron-epoch')).toHaveText(epoch!);
  // A scrubbable number in Part B drives its lab and the URL, by keyboard.
  const scrub = page.getByRole('slider', { name: 'Units (the number in the sentence)' });
  await scrub.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]n=9(?!\d)/);
  await expect(scrub).toHaveAttribute('aria-valuenow', '9');
  expect(await axeViolations(page)).toEqual([]);
});
