/**
 * Instruments a Playwright page before it loads: `window.__bench` counts animation frames
 * and collects the duration of every long task (> 50 ms on the main thread), for
 * scripts/bench.mjs and scripts/profile-main.mjs.
 */
export async function instrument(page) {
  await page.addInitScript(() => {
    const w = window;
    w.__bench = { frames: 0, longTasks: [] };
    const frame = () => {
      w.__bench.frames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

/** Where the frame and long-task counters of an instrumented page stand now; pass it to framesSince. */
export async function frameMark(page) {
  return page.evaluate(() => ({
    frames: window.__bench.frames,
    long: window.__bench.longTasks.length,
    t: performance.now(),
  }));
}

/** Frames per second and long tasks since `mark` (from frameMark), and the seconds that covers. */
export async function framesSince(page, mark) {
  const now = await page.evaluate(() => ({
    frames: window.__bench.frames,
    long: window.__bench.longTasks.slice(),
    t: performance.now(),
  }));
  const secs = (now.t - mark.t) / 1000;
  const long = now.long.slice(mark.long);
  return {
    secs,
    fps: Math.round(((now.frames - mark.frames) / secs) * 10) / 10,
    longTasks: long.length,
    longestMs: long.length ? Math.round(Math.max(...long)) : 0,
  };
}

/**
 * Over `ms` of a playing lab: training steps per second (`readStep` reads the step count)
 * and frames per second and long tasks of an instrumented page.
 */
export async function measureSteps(page, readStep, ms) {
  const s0 = await readStep(page);
  const mark = await frameMark(page);
  await page.waitForTimeout(ms);
  const s1 = await readStep(page);
  const { secs, fps, longTasks, longestMs } = await framesSince(page, mark);
  return { stepsPerSec: Math.round((s1 - s0) / secs), fps, longTasks, longestTaskMs: longestMs };
}
