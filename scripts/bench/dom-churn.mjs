/**
 * DOM churn while a lesson trains: JS event listeners and DOM nodes created per second
 * (Chrome DevTools Protocol: Memory.getDOMCounters after a forced GC, and the cumulative
 * counters of Performance.getMetrics), plus frames per second.
 *
 * As part of the bench: `npm run bench -- --only=dom-churn`.
 * On its own, against a running preview:
 *   npx vite build --outDir dist-e2e-4402 && npx vite preview --outDir dist-e2e-4402 --port 4402 &
 *   node scripts/bench/dom-churn.mjs http://127.0.0.1:4402/ [seconds]
 */
import { pathToFileURL } from 'node:url';

const LESSONS = [
  { name: 'relu-vs-sigmoid', hash: '#/lessons/relu-vs-sigmoid' },
  { name: 'relu-vs-sigmoid, derivatives in view', hash: '#/lessons/relu-vs-sigmoid', scrollTo: '#derivatives' },
  { name: 'vanishing-gradients', hash: '#/lessons/vanishing-gradients' },
];

/** Live counters, after a forced GC so the numbers count what is still attached or referenced. */
async function counters(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return {
    listeners: dom.jsEventListeners,
    nodes: dom.nodes,
    documents: dom.documents,
    layouts: m.LayoutCount,
    styles: m.RecalcStyleCount,
  };
}

/** Listener add/remove calls and node creations, counted in the page (cumulative). */
const HOOKS = () => {
  const c = { add: 0, remove: 0, created: 0 };
  window.__churn = c;
  const add = EventTarget.prototype.addEventListener;
  const rem = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (...a) {
    if (this instanceof Node) c.add++;
    return add.apply(this, a);
  };
  EventTarget.prototype.removeEventListener = function (...a) {
    if (this instanceof Node) c.remove++;
    return rem.apply(this, a);
  };
  for (const k of ['createElement', 'createElementNS', 'createTextNode']) {
    const f = Document.prototype[k];
    Document.prototype[k] = function (...a) {
      c.created++;
      return f.apply(this, a);
    };
  }
  window.__frames = 0;
  const tick = () => {
    window.__frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/** Measure one lesson: ~`seconds` of training with Play pressed. */
export async function measureChurn(browser, base, lesson, seconds = 4) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(HOOKS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${base}${lesson.hash}`);
  await page.getByRole('button', { name: /play/i }).waitFor();
  await page.waitForFunction(() => window.__hiddenLayers?.training?.getState().status === 'ready');
  if (lesson.scrollTo) await page.locator(lesson.scrollTo).scrollIntoViewIfNeeded();
  await page.evaluate(() => document.activeElement?.blur?.());
  await page.keyboard.press('Space');
  await page.waitForTimeout(1500);
  const c0 = await counters(cdp);
  const h0 = await page.evaluate(() => ({
    ...window.__churn,
    frames: window.__frames,
    t: performance.now(),
    step: window.__hiddenLayers.training.getState().snapshot?.step ?? 0,
  }));
  await page.waitForTimeout(seconds * 1000);
  const h1 = await page.evaluate(() => ({
    ...window.__churn,
    frames: window.__frames,
    t: performance.now(),
    step: window.__hiddenLayers.training.getState().snapshot?.step ?? 0,
  }));
  const c1 = await counters(cdp);
  await page.keyboard.press('Space');
  await page.close();
  const secs = (h1.t - h0.t) / 1000;
  const rate = (a, b) => Math.round((b - a) / secs);
  return {
    lesson: lesson.name,
    'listeners added/s': rate(h0.add, h1.add),
    'listeners removed/s': rate(h0.remove, h1.remove),
    'nodes created/s': rate(h0.created, h1.created),
    'live listeners Δ': c1.listeners - c0.listeners,
    'live nodes Δ': c1.nodes - c0.nodes,
    'layouts/s': rate(c0.layouts, c1.layouts),
    fps: Math.round(((h1.frames - h0.frames) / secs) * 10) / 10,
    'steps/s': rate(h0.step, h1.step),
  };
}

/** Entry point for scripts/bench.mjs. */
export async function run({ browser, BASE }) {
  const rows = [];
  for (const l of LESSONS) rows.push(await measureChurn(browser, BASE, l));
  return { title: 'DOM churn while training (listeners and nodes per second; live Δ after GC)', rows };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM_ARGS, findChromium } = await import('../chromium.mjs');
  const base = process.argv[2] ?? 'http://127.0.0.1:4402/';
  const seconds = Number(process.argv[3] ?? 4);
  const browser = await chromium.launch({ executablePath: (await findChromium()) ?? undefined, args: CHROMIUM_ARGS });
  const rows = [];
  for (const l of LESSONS) rows.push(await measureChurn(browser, base, l, seconds));
  console.table(rows);
  await browser.close();
}
