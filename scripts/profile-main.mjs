/**
 * Where the page's main thread spends its time while a lesson trains: opens a lesson in
 * headless Chromium (against an already running preview server), presses Play, counts
 * frames and long tasks for MS, then takes a CPU profile (CDP Profiler) for MS and prints
 * the functions with the most self time and the heaviest total (inclusive) time.
 *   node scripts/profile-main.mjs '<hash route>' [ms]   env PROFILE_PORT (default 4411)
 * e.g. node scripts/profile-main.mjs '#/lessons/convolution' 10000
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { instrument } from './bench/lib/instrument.mjs';

const route = process.argv[2] ?? '#/lessons/relu-vs-sigmoid?dataset=spiral';
const MS = Number(process.argv[3] ?? 10_000);
const BASE = `http://127.0.0.1:${process.env.PROFILE_PORT ?? 4411}/`;
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await instrument(page);
await page.goto(BASE + route);
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
await page.waitForFunction(() => window.__hiddenLayers?.training?.getState().status === 'ready', null, {
  timeout: 120_000,
});
if (process.env.SCROLL) await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), process.env.SCROLL);
await page.getByRole('group', { name: 'Training controls' }).first().getByRole('button', { name: /play/i }).click();
await page.waitForTimeout(4000);
const read = () =>
  page.evaluate(() => ({
    frames: window.__bench.frames,
    long: window.__bench.longTasks.slice(),
    t: performance.now(),
    step: window.__hiddenLayers.training.getState().snapshot?.step ?? 0,
  }));
const a = await read();
await page.waitForTimeout(MS);
const b = await read();
const secs = (b.t - a.t) / 1000;
const long = b.long.slice(a.long.length).map(Math.round);
console.log(
  `${route}: fps ${((b.frames - a.frames) / secs).toFixed(1)}, long tasks ${long.length} [${long.join(', ')}], steps/s ${Math.round((b.step - a.step) / secs)}`,
);

if (process.env.TRACE) {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'cc', 'gpu', 'toplevel'],
  });
  await page.waitForTimeout(MS);
  const buf = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buf.toString());
  const main = traceEvents.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      traceEvents.some((x) => x.tid === e.tid && x.name === 'FunctionCall'),
  );
  const ev = traceEvents.filter((e) => e.tid === main.tid && e.ph === 'X' && e.dur);
  const top = ev.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const outer = top.filter((e) => !top.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur));
  const cpu = outer.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
  const wallBusy = outer.reduce((a, e) => a + e.dur, 0) / 1000;
  const cpuLong = outer.filter((e) => (e.tdur ?? 0) > 50_000).map((e) => Math.round(e.tdur / 1000));
  console.log(
    `main thread: CPU ${(cpu / (MS / 1000)).toFixed(0)} ms/s (busy wall ${(wallBusy / (MS / 1000)).toFixed(0)} ms/s), tasks > 50 ms of CPU: ${cpuLong.length} [${cpuLong.join(', ')}], longest CPU ${Math.round(Math.max(0, ...outer.map((e) => e.tdur ?? 0)) / 1000)} ms`,
  );
  const by = new Map();
  for (const e of ev) by.set(e.name, (by.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000);
  console.log('main thread, total CPU ms by event (nested events counted in their parents too):');
  for (const [k, v] of [...by].sort((x, y) => y[1] - x[1]).slice(0, 30)) console.log(v.toFixed(0).padStart(8), k);
  const paints = new Map();
  for (const e of ev)
    if (e.name === 'Paint' && e.args?.data?.clip) {
      const c = e.args.data.clip;
      const k = `node ${e.args.data.nodeId} clip x${Math.round(c[0])} y${Math.round(c[1])} w${Math.round(c[2] - c[0])} h${Math.round(c[5] - c[1])}`;
      const o = paints.get(k) ?? [0, 0];
      paints.set(k, [o[0] + e.dur / 1000, o[1] + 1]);
    }
  console.log('\nPaint by layer/clip (ms, count):');
  for (const [k, v] of [...paints].sort((x, y) => y[1][0] - x[1][0]).slice(0, 12))
    console.log(v[0].toFixed(0).padStart(8), v[1], k);
  const tasks = ev.filter((e) => e.name === 'RunTask' && e.dur > 50_000);
  console.log(`\n${tasks.length} tasks > 50 ms; what is inside the longest 8:`);
  for (const t of tasks.sort((x, y) => y.dur - x.dur).slice(0, 8)) {
    const inner = new Map();
    for (const e of ev)
      if (e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur)
        inner.set(e.name, (inner.get(e.name) ?? 0) + e.dur / 1000);
    console.log(
      `${(t.dur / 1000).toFixed(0)} ms:`,
      [...inner]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 8)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', '),
    );
  }
  await browser.close();
  process.exit(0);
}
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
await page.waitForTimeout(MS);
const { profile } = await cdp.send('Profiler.stop');
await browser.close();

// Self time per node from samples; total time by walking parents.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++)
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i + 1] ?? 0) / 1000);
const key = (n) => {
  const f = n.callFrame;
  return `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
};
const selfBy = new Map();
const totalBy = new Map();
for (const [id, ms] of self) {
  const n = byId.get(id);
  selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + ms);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
  }
}
const wall = (profile.endTime - profile.startTime) / 1000;
const top = (m, n) =>
  [...m]
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(0).padStart(7)} ms ${((100 * v) / wall).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(`\nprofile ${wall.toFixed(0)} ms; self time:\n${top(selfBy, 25)}\n\ntotal time:\n${top(totalBy, 45)}`);
