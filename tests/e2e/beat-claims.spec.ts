import { readdirSync, existsSync } from 'node:fs';
import { expect, test } from './fixtures';

/**
 * Every beat states what it shows (`shows` in lessons/<slug>/beats.ts): this plays each
 * lesson's lecture as a lecturer would — Start, then → through every beat, in presenter
 * mode at 1280×720, so each beat keeps what the earlier ones trained — waits until the
 * beat's point should be visible, and asserts its claim on the run the audience sees.
 */
const SLUGS = readdirSync('lessons').filter((d) => existsSync(`lessons/${d}/beats.ts`));

interface BeatInfo {
  section: string;
  note: string;
  claim: string;
  lab: string | null;
  after: number | null;
}
interface Reading {
  ready: boolean;
  ok: boolean;
  measured: string;
  step: number | null;
}

for (const slug of SLUGS) {
  test(`beat claims hold on the run: ${slug}`, async ({ watched: page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?present=1#/lessons/${slug}`);
    const bar = page.getByRole('complementary', { name: 'Lecture beats' });
    await expect(bar.getByRole('button', { name: 'Start the lecture' })).toBeVisible();
    const beats = await page.evaluate(
      (s) => (window as unknown as { __hiddenLayers: { beats(s: string): BeatInfo[] } }).__hiddenLayers.beats(s),
      slug,
    );
    expect(beats.length).toBeGreaterThan(0);
    await bar.getByRole('button', { name: 'Start the lecture' }).click();
    const counter = page.getByTestId('beat-counter');
    for (let i = 0; i < beats.length; i++) {
      if (i > 0) await bar.getByRole('button', { name: 'Next beat' }).click();
      await expect(counter).toHaveText(`beat ${i + 1} of ${beats.length}`);
      const read = () =>
        page.evaluate(
          ([s, k]) =>
            (
              window as unknown as { __hiddenLayers: { beatClaim(s: string, i: number): Reading } }
            ).__hiddenLayers.beatClaim(s as string, k as number),
          [slug, i] as const,
        );
      let r = await read();
      const deadline = Date.now() + 150_000;
      while (!r.ready && Date.now() < deadline) {
        await page.waitForTimeout(250);
        r = await read();
      }
      const where = `${slug} beat ${i + 1} (“${beats[i]!.note}”): ${beats[i]!.claim}`;
      expect(r.ready, `${where} — the point never became visible (${r.measured}, step ${r.step})`).toBe(true);
      expect(r.ok, `${where} — measured: ${r.measured} (step ${r.step})`).toBe(true);
    }
  });
}

/**
 * Going back to a beat that shows a paused lab (ReLU vs sigmoid's "before training, step 0")
 * from one that was playing: the lab pauses before its parameters change, so the new run
 * waits at step 0 instead of training a few hundred steps before the pause lands.
 */
test('a paused beat reached from a playing one shows its run at step 0', async ({ watched: page }) => {
  const slug = 'relu-vs-sigmoid';
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?present=1#/lessons/${slug}`);
  const bar = page.getByRole('complementary', { name: 'Lecture beats' });
  await bar.getByRole('button', { name: 'Start the lecture' }).click();
  await bar.getByRole('button', { name: 'Next beat' }).click();
  await expect(page.getByTestId('beat-counter')).toHaveText('beat 2 of 5');
  const read = (i: number) =>
    page.evaluate(
      ([s, k]) =>
        (
          window as unknown as { __hiddenLayers: { beatClaim(s: string, i: number): Reading } }
        ).__hiddenLayers.beatClaim(s as string, k as number),
      [slug, i] as const,
    );
  await expect.poll(async () => (await read(1)).step ?? 0, { timeout: 60_000 }).toBeGreaterThan(50);
  await bar.getByRole('button', { name: 'Previous beat' }).click();
  await expect(page.getByTestId('beat-counter')).toHaveText('beat 1 of 5');
  // Past realizeBeat's settling (three agreeing checks 250 ms apart): the run has not moved.
  await page.waitForTimeout(1500);
  await expect.poll(async () => (await read(0)).ready, { timeout: 30_000 }).toBe(true);
  const r = await read(0);
  expect(r.ok, `beat 1 after ←: ${r.measured} (step ${r.step})`).toBe(true);
});
