import { expect, test, trainingState } from './fixtures';

test('beats: start, advance (URL, section, play), back restores the previous beat, counter, beat link (the speaker notes: presenter.spec.ts)', async ({
  watched: page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?present=1#/lessons/relu-vs-sigmoid');
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled();
  const bar = page.getByRole('complementary', { name: 'Lecture beats' });
  await bar.getByRole('button', { name: 'Start the lecture' }).click();
  const counter = page.getByTestId('beat-counter');
  await expect(counter).toHaveText('beat 1 of 5');
  await expect(page).toHaveURL(/beat=1/);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('lab');

  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('beat 2 of 5');
  await expect(page).toHaveURL(/dataset=xor.*beat=2|beat=2.*dataset=xor/);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('lab');
  await expect.poll(async () => (await trainingState(page)).playing, { timeout: 15_000 }).toBe(true);

  await page.keyboard.press('PageDown');
  await expect(counter).toHaveText('beat 3 of 5');
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue('spiral');
  await expect(page).toHaveURL(/depth=4/);

  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('beat 2 of 5');
  // Back restores the previous beat's state: its dataset and the default depth.
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue('xor');
  expect(page.url()).not.toMatch(/depth=/);

  await bar.getByRole('button', { name: 'Copy link to this beat' }).click();
  await expect(bar.getByRole('status')).toHaveText('Link to this beat copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/lessons\/relu-vs-sigmoid\?dataset=xor&present=1&beat=2$/);

  // The link opens the same beat.
  await page.goto(link);
  await expect(page.getByTestId('beat-counter')).toHaveText('beat 2 of 5');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('lab');
});

test('a lecture playlist in the URL walks its links across lessons', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const list = ['#/lessons/relu-vs-sigmoid?dataset=spiral&beat=3', '#/lessons/optimizers?surface=saddle&beat=5'];
  await page.goto(
    `/?present=1&${list.map((h) => `playlist=${encodeURIComponent(h)}`).join('&')}#/lessons/relu-vs-sigmoid`,
  );
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled();
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('beat-counter')).toHaveText('link 1 of 2 in the playlist');
  await expect(page).toHaveURL(/relu-vs-sigmoid\?dataset=spiral&beat=3/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('beat-counter')).toHaveText('link 2 of 2 in the playlist');
  await expect(page).toHaveURL(/optimizers\?surface=saddle&beat=5/);
  await expect(page.getByRole('combobox', { name: 'Loss surface' })).toHaveValue('saddle');
});
