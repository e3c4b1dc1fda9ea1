/**
 * `npm run bench`: measures the textbook in real (headless) Chromium and prints a table;
 * the numbers also go to bench-results/bench-<time>.json.
 *
 *  - Lesson workload (ReLU vs sigmoid): three 2-8-8-1 networks side by side, batch 10,
 *    two spirals, with boundaries and charts updating: SGD updates/s per network,
 *    frames/s and long tasks (> 50 ms) on the main thread.
 *  - Per backend: steps/s of a single 2-8-8-1 network and ms per 100×100 boundary.
 *  - Initial JS (gzip) and time until the home page is interactive.
 *  - Every scripts/bench/<name>.mjs (lesson benchmarks, time to first step per lesson).
 * Options: --quick, --no-lesson, --backends=cpu,wasm (empty: none), --only=convolution,first-step;
 * env BENCH_PORT (default 4327), BENCH_MS (default 10000).
 */
import { spawn, execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { instrument, measureSteps } from './bench/lib/instrument.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4327);
const BASE = `http://127.0.0.1:${PORT}/`;
const MEASURE_MS = Number(process.env.BENCH_MS ?? 10_000);
const quick = process.argv.includes('--quick');

execSync('node scripts/ensure-chromium.mjs', { stdio: 'inherit' });
console.log('Building…');
execSync('npx vite build --logLevel warn', { stdio: 'inherit' });

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);
await waitForServer(BASE);

const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const results = {
  date: new Date().toISOString(),
  chromium: browser.version(),
  cores: (await import('node:os')).cpus().length,
};

try {
  results.initialJsGzipKB = initialJsGzip();
  results.homeInteractiveMs = await homeInteractive();
  results.lesson = process.argv.includes('--no-lesson') ? null : await lessonWorkload();
  results.backends = [];
  const backendList = process.argv
    .find((a) => a.startsWith('--backends='))
    ?.slice(11)
    .split(',')
    .filter(Boolean) ?? ['cpu', 'wasm', 'webgl', 'webgpu'];
  for (const backend of backendList) {
    if (quick && backend === 'webgpu') continue;
    results.backends.push(await singleNet(backend));
  }
  // Lesson-specific benchmarks: every scripts/bench/<name>.mjs exports run(ctx) → { title, rows }.
  results.lessons = {};
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',');
  for (const file of readdirSync('scripts/bench')
    .filter((f) => f.endsWith('.mjs'))
    .sort()) {
    const name = file.replace(/\.mjs$/, '');
    if (only && !only.includes(name)) continue;
    const mod = await import(`./bench/${file}`);
    // Opt-in modules (the minutes-long soak) run only when named.
    if (mod.optIn && !only?.includes(name) && !process.argv.includes(`--${name}`)) continue;
    try {
      results.lessons[name] = await mod.run({ browser, BASE, instrument, measureTraining, readStep, MEASURE_MS });
    } catch (e) {
      results.lessons[name] = { title: name, error: String(e).slice(0, 300), rows: [] };
    }
  }
} finally {
  await browser.close();
  stopServer();
}

mkdirSync('bench-results', { recursive: true });
const file = join('bench-results', `bench-${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(results, null, 2));
printTable(results);
console.log(`\nJSON: ${file}`);
process.exit(0);

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server did not start');
}

function initialJsGzip() {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  let total = 0;
  for (const f of files) total += gzipSync(readFileSync(join('dist', f))).length;
  return Math.round(total / 102.4) / 10;
}

async function homeInteractive() {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage();
    await page.goto(`${BASE}#/`);
    await page.getByRole('link', { name: 'ReLU vs sigmoid', exact: true }).waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  times.sort((a, b) => a - b);
  return Math.round(times[1]);
}

async function readStep(page) {
  return page.evaluate(() => window.__hiddenLayers.training.getState().snapshot?.step ?? 0);
}

async function measureTraining(page, warmupMs) {
  await page.getByRole('button', { name: /play/i }).click();
  await page.waitForTimeout(warmupMs);
  const rates = await measureSteps(page, readStep, MEASURE_MS);
  const snap = await page.evaluate(() => {
    const s = window.__hiddenLayers.training.getState();
    return {
      boundaryMs: s.snapshot?.boundaryMs ?? null,
      backend: s.backend?.name ?? null,
      fallback: s.backend?.fallbackFrom ? `${s.backend.fallbackFrom.name}: ${s.backend.fallbackFrom.error}` : null,
      loss: Array.from(s.snapshot?.trainLoss ?? []),
    };
  });
  await page.getByRole('button', { name: /pause/i }).click();
  return {
    ...rates,
    ...snap,
  };
}

async function lessonWorkload() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await instrument(page);
  await page.goto(`${BASE}#/lessons/relu-vs-sigmoid?dataset=spiral`);
  await page.getByRole('button', { name: /play/i }).waitFor();
  await page.waitForFunction(() => window.__hiddenLayers?.training?.getState().status === 'ready');
  const r = await measureTraining(page, 2000);
  await page.close();
  return {
    workload: '3 × 2-8-8-1 (sigmoid, tanh, ReLU), batch 10, two spirals, 100×100 boundaries',
    updatesPerSecPerNetwork: r.stepsPerSec,
    ...r,
  };
}

async function singleNet(backend) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await instrument(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${BASE}?backend=${backend}#/lessons/relu-vs-sigmoid?dataset=spiral&acts=relu`);
  try {
    await page.waitForFunction(() => window.__hiddenLayers?.training?.getState().status !== 'starting', null, {
      timeout: 60_000,
    });
    await page.getByRole('button', { name: /play/i }).waitFor();
    const r = await measureTraining(page, 3000);
    await page.close();
    return {
      backend,
      used: r.backend,
      stepsPerSec: r.stepsPerSec,
      boundaryMs: r.boundaryMs === null ? null : Math.round(r.boundaryMs * 10) / 10,
      fps: r.fps,
      longTasks: r.longTasks,
      error: r.fallback ?? undefined,
    };
  } catch (e) {
    await page.close();
    return { backend, error: String(e).slice(0, 200), pageErrors: errors };
  }
}

function printTable(r) {
  const L = r.lesson ?? {};
  console.log('\nHidden Layers benchmark —', r.chromium, `(${r.cores} cores)`);
  console.log('\nLesson workload:', L.workload);
  console.table([
    { metric: 'SGD updates/s per network', value: L.updatesPerSecPerNetwork, target: '≥ 1200 (stretch 2400)' },
    { metric: 'frames/s while training', value: L.fps, target: '≥ 55' },
    { metric: 'long tasks > 50 ms', value: L.longTasks, target: '0' },
    { metric: 'backend (auto)', value: L.backend, target: '' },
    {
      metric: 'boundary eval ms (3 nets)',
      value: L.boundaryMs === null ? '—' : Math.round(L.boundaryMs * 10) / 10,
      target: '',
    },
    { metric: 'initial JS gzip (kB)', value: r.initialJsGzipKB, target: '≤ 150' },
    { metric: 'home interactive (ms)', value: r.homeInteractiveMs, target: '' },
  ]);
  console.log('Single 2-8-8-1 network per backend:');
  console.table(
    r.backends.map((b) => ({
      backend: b.backend,
      used: b.used ?? '—',
      'steps/s': b.stepsPerSec ?? '—',
      'boundary ms': b.boundaryMs ?? '—',
      fps: b.fps ?? '—',
      error: b.error ?? '',
    })),
  );
  for (const [name, L] of Object.entries(r.lessons ?? {})) {
    console.log(`${L.title ?? name}:${L.error ? ` ERROR ${L.error}` : ''}`);
    if (L.rows?.length) console.table(L.rows);
  }
}
