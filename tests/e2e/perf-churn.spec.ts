import { expect, test, trainingState } from './fixtures';

/**
 * Views update their elements in place while a lesson trains: no event listener is
 * bound (and dropped) per frame. Counts, not timings: addEventListener calls on DOM
 * nodes during ~3 s of training, and the live listener count (CDP, after a GC).
 * Lesson 1 once re-bound a listener on every derivative mark each frame (~6,000/s).
 */
const CASES = [
  { name: 'relu-vs-sigmoid, lab in view', hash: '/#/lessons/relu-vs-sigmoid', scrollTo: null },
  { name: 'relu-vs-sigmoid, derivatives in view', hash: '/#/lessons/relu-vs-sigmoid', scrollTo: '#derivatives' },
];

for (const c of CASES) {
  test(`no listener churn while training: ${c.name}`, async ({ watched: page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __listenersAdded: number };
      w.__listenersAdded = 0;
      const add = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (
        this: EventTarget,
        ...a: Parameters<EventTarget['addEventListener']>
      ) {
        if (this instanceof Node) w.__listenersAdded++;
        return add.apply(this, a);
      };
    });
    const cdp = await page.context().newCDPSession(page);
    const live = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Memory.getDOMCounters')).jsEventListeners;
    };
    const added = () => page.evaluate(() => (window as unknown as { __listenersAdded: number }).__listenersAdded);

    await page.goto(c.hash);
    await expect(page.getByRole('button', { name: /play/i })).toBeEnabled();
    await expect(page.getByTestId('train-loss-relu')).not.toHaveText('—');
    if (c.scrollTo) await page.locator(c.scrollTo).scrollIntoViewIfNeeded();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
    await page.keyboard.press(' ');
    await expect.poll(async () => (await trainingState(page)).step).toBeGreaterThan(20);
    const l0 = await live();
    const a0 = await added();
    const s0 = (await trainingState(page)).step;
    await page.waitForTimeout(3000);
    const s1 = (await trainingState(page)).step;
    const a1 = await added();
    const l1 = await live();
    await page.keyboard.press(' ');
    expect(s1, 'training ran while counting').toBeGreaterThan(s0);
    expect(a1 - a0, 'addEventListener calls on DOM nodes in ~3 s of training').toBeLessThan(100);
    expect(l1 - l0, 'growth of the live listener count').toBeLessThan(50);
  });
}
