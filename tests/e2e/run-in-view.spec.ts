/**
 * The run in view (issue 21): an exercise far below its lab keeps the view that decides it
 * on screen while it runs. For one exercise in each lesson: scroll to it, answer, run it, and
 * record every animation frame while its status says it is running — where the deciding view
 * is and what it shows. The view must come on screen and stay there until the verdict, and
 * change while it does (the live figure, not a copy); then it goes back to its place.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { exercise, labReady, type Prediction } from './exercise-steps';

interface Case {
  slug: string;
  title: RegExp;
  answer: Prediction;
  /** The element id of the exercise's deciding view. */
  view: string;
  /** How long the run may take (ms). */
  timeout?: number;
  /** A long run: the exercise shows a progress bar with the phase and the time left. */
  progress?: boolean;
}

const CASES: Case[] = [
  {
    slug: 'relu-vs-sigmoid',
    title: /^Exercise 1: which network learns XOR last/,
    answer: { choose: 'Sigmoid' },
    view: 'loss-panel',
  },
  {
    slug: 'vanishing-gradients',
    title: /^Exercise 2: where does the stuck network’s loss sit/,
    answer: { type: '0.7' },
    view: 'loss-panel',
  },
  {
    slug: 'convolution',
    title: /^Exercise 3: the CNN or the dense network/,
    answer: { choose: 'The CNN' },
    view: 'cnn-chart',
    timeout: 120_000,
  },
  // The quick run takes about a minute: the exercise shows the phase and the time left.
  {
    slug: 'layer-wise-pretraining',
    title: /^Exercise 1: which stack learns the labels faster/,
    answer: { choose: 'The unsupervised stack' },
    view: 'lwp-curves',
    timeout: 240_000,
    progress: true,
  },
  {
    slug: 'optimizers',
    title: /^Exercise 5: Adam or momentum along the banana/,
    answer: { choose: 'Momentum' },
    view: 'opt-plot',
  },
  { slug: 'backprop-graph', title: /^Exercise 1: what is ∂f\/∂x/, answer: { type: '-4' }, view: 'simple-graph' },
  {
    slug: 'regularization',
    title: /^Exercise 4: dropout that drops nothing/,
    answer: { choose: 'The same, to four decimals' },
    view: 'reg-runs',
    timeout: 90_000,
  },
  {
    slug: 'perceptron-xor',
    title: /^Exercise 2: can one perceptron learn XOR/,
    answer: { choose: 'No, never' },
    view: 'px-chart',
  },
];

interface Recording {
  frames: number;
  /** Frame indices where the view was (partly) outside the window, or absent. */
  outside: number[];
  /** Distinct contents of the view seen from its first frame on screen. */
  contents: number;
  firstInside: number;
}

/** Records, every frame while the exercise's status says "Running", where the view is and what it shows. */
async function record(page: Page, exerciseId: string, viewId: string): Promise<void> {
  await page.evaluate(
    ([exId, id]) => {
      const rec = {
        frames: 0,
        outside: [] as number[],
        seen: new Set<string>(),
        firstInside: -1,
        started: false,
        ended: false,
      };
      (window as unknown as { __runInView: typeof rec }).__runInView = rec;
      const content = (el: Element) =>
        el.textContent +
        Array.from(el.querySelectorAll('path, polyline, circle, rect, line'))
          .map(
            (e) =>
              `${e.getAttribute('d') ?? ''}${e.getAttribute('points') ?? ''}${e.getAttribute('cx') ?? ''}${e.getAttribute('x1') ?? ''}${e.getAttribute('height') ?? ''}`,
          )
          .join('|');
      const tick = () => {
        const running = /Running/.test(
          document.querySelector(`[data-exercise="${exId}"] .ex-status`)?.textContent ?? '',
        );
        if (running) {
          rec.started = true;
          const el = document.getElementById(id);
          const r = el?.getBoundingClientRect();
          const inside =
            !!r &&
            r.width > 0 &&
            r.top >= -1 &&
            r.left >= -1 &&
            r.bottom <= innerHeight + 1 &&
            r.right <= innerWidth + 1;
          if (inside && rec.firstInside < 0) rec.firstInside = rec.frames;
          if (!inside) rec.outside.push(rec.frames);
          if (inside) rec.seen.add(content(el!));
          rec.frames++;
        } else if (rec.started) {
          rec.ended = true;
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    [exerciseId, viewId],
  );
}

async function recording(page: Page): Promise<Recording> {
  return page.evaluate(() => {
    const rec = (
      window as unknown as {
        __runInView: { frames: number; outside: number[]; seen: Set<string>; firstInside: number };
      }
    ).__runInView;
    return { frames: rec.frames, outside: rec.outside, contents: rec.seen.size, firstInside: rec.firstInside };
  });
}

for (const c of CASES) {
  test(`${c.slug}: the exercise’s deciding view is on screen and live while it runs`, async ({ watched: page }) => {
    test.setTimeout((c.timeout ?? 60_000) + 60_000);
    await page.goto(`/#/lessons/${c.slug}`);
    await labReady(page);
    const ex = exercise(page, c.title);
    // The learner reads the exercise: it is at the top of the window, its lab far above (or just above, off screen).
    await ex.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await expect(page.locator(`#${c.view}`)).not.toBeInViewport();
    if ('choose' in c.answer) await ex.getByRole('radio', { name: c.answer.choose, exact: true }).check();
    else await ex.getByRole('textbox', { name: 'Your prediction' }).fill(c.answer.type);
    const id = (await ex.getAttribute('data-exercise'))!;
    await record(page, id, c.view);
    await ex.getByRole('button', { name: 'Run the experiment' }).click();
    if (c.progress) {
      const bar = ex.getByRole('progressbar', { name: 'Progress of the experiment' });
      await expect(bar).toBeVisible();
      await expect(ex.getByTestId('run-progress')).toContainText(/phase \d+ of \d+: .* · about (\d+ min )?\d+ s left/, {
        timeout: 60_000,
      });
      // The panel, while it is open, is accessible too.
      await expect(page.getByRole('region', { name: /^Live view: / })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    }
    await expect(ex.locator('.ex-feedback')).toBeVisible({ timeout: c.timeout ?? 60_000 });

    const rec = await recording(page);
    // It came on screen at once (the dock opens on the frame after the run starts) and stayed there, live.
    expect(rec.firstInside, 'the view came on screen while the run was going').toBeGreaterThanOrEqual(0);
    expect(rec.firstInside, 'frames before the view was docked').toBeLessThanOrEqual(10);
    expect(rec.outside.filter((f) => f > rec.firstInside)).toEqual([]);
    expect(rec.contents, 'the docked view changed while it was watched').toBeGreaterThan(1);
    // After the verdict it is back in its place, and the exercise is not covered.
    await expect(page.getByRole('region', { name: /^Live view:/ })).toHaveCount(0);
    await expect(page.locator('[data-run-dock-placeholder]')).toHaveCount(0);
    await expect(page.locator(`#${c.view}`)).not.toBeInViewport();
  });
}
