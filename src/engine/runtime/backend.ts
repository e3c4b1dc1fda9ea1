/**
 * Picking the tfjs backend: by what is fast for the model at hand, not by a fixed order.
 *
 * Measured in headless Chromium on a 2-core CPU without a GPU (see `npm run bench`):
 * a tiny MLP runs fastest on a CPU-style backend (wasm or cpu: per-op overhead of a few
 * µs), while the GPU backends pay a fixed dispatch cost per op (webgl on the SwiftShader
 * software rasterizer ~10× slower, WebGPU's software fallback adapter slower still).
 * Larger models (conv nets, wide MLPs) flip the order: there the arithmetic dominates
 * and webgl wins even in software. So:
 *   - tiny models (a few hundred multiply-adds per step) → wasm or cpu, whichever a short
 *     timing probe of the real training step finds faster (by rule, cpu, without a probe);
 *   - small models → wasm, by rule (cpu if wasm cannot start);
 *   - large models → a hardware WebGPU adapter, else hardware webgl, else wasm (if it has
 *     the kernels the model needs), else webgl on a software rasterizer, else cpu. With a
 *     probe, the GPU candidates ranked before wasm are timed against it on the real task.
 * Software webgl (SwiftShader, llvmpipe) emulates a GPU on the very CPU wasm runs on: for
 * the convolution lesson's CNN it trained ~75 digits/s against wasm's ~650 here, and the
 * pre-training lesson's probe chose wasm too. So when wasm has the kernels, software
 * webgl is not timed at all: timing it costs seconds of shader compilation before the
 * first step. A software WebGPU adapter (`isFallbackAdapter`) is never chosen automatically.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { BackendInfo, BackendName, BackendRequest, BackendVerdict, ModelCost } from './protocol';

/** Below this many multiply-adds per step, per-op overhead dominates: a CPU-style backend. */
export const SMALL_MODEL_FLOPS = 5e6;
/**
 * Below this, cpu (plain JavaScript, least overhead per op) and wasm are close and a
 * short timing decides; above it, wasm's compiled SIMD arithmetic wins by rule (lesson 1's
 * 8-thousand multiply-add networks: wasm ~1 ms a step, cpu ~5 ms on a 2-core CPU), and
 * timing cpu would cost a third of a second before the first step (its JIT warm-up).
 */
export const TINY_MODEL_FLOPS = 2000;

interface Probe {
  available: boolean;
  software: boolean;
  detail: string;
}

/** Does a WebGPU adapter exist here, and is it real hardware? */
async function probeWebGpu(): Promise<Probe> {
  const gpu = (globalThis.navigator as (Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }) | undefined)?.gpu;
  if (!gpu) return { available: false, software: false, detail: 'no navigator.gpu' };
  try {
    const adapter = (await gpu.requestAdapter()) as {
      isFallbackAdapter?: boolean;
      info?: { isFallbackAdapter?: boolean; description?: string; vendor?: string };
    } | null;
    if (!adapter) return { available: false, software: false, detail: 'no WebGPU adapter' };
    const software = Boolean(adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter);
    return {
      available: true,
      software,
      detail: software ? 'software fallback adapter' : adapter.info?.vendor || 'hardware adapter',
    };
  } catch (e) {
    return { available: false, software: false, detail: String(e) };
  }
}

/** Does WebGL2 work here, and is it the SwiftShader software rasterizer? */
function probeWebGl(): Probe {
  try {
    // The engine runs in a worker: OffscreenCanvas, never the DOM.
    const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : null;
    const gl = canvas?.getContext('webgl2') as WebGL2RenderingContext | null;
    if (!gl) return { available: false, software: false, detail: 'no WebGL2' };
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    const software = /swiftshader|llvmpipe|software/i.test(renderer);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, software, detail: renderer };
  } catch (e) {
    return { available: false, software: false, detail: String(e) };
  }
}

async function register(name: BackendName): Promise<void> {
  if (tf.findBackendFactory(name)) return;
  switch (name) {
    case 'cpu':
      return;
    case 'webgl':
      await import('@tensorflow/tfjs-backend-webgl');
      return;
    case 'webgpu':
      await import('@tensorflow/tfjs-backend-webgpu');
      return;
    case 'wasm': {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      const { wasmPaths } = await import('./wasm-paths');
      wasm.setWasmPaths(wasmPaths);
      // The threaded build serializes its Emscripten module with Function.toString() into
      // blob workers; after bundling and minification that code refers to names that do
      // not exist there ("e is not defined", tfjs#4107). Use the single-threaded SIMD
      // build, which bundles cleanly.
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      return;
    }
  }
}

function missingKernels(name: BackendName, cost: ModelCost): string[] {
  return (cost.kernels ?? []).filter((k) => !tf.getKernel(k, name));
}

function describeFlops(f: number): string {
  if (f >= 1e6) return `${(f / 1e6).toFixed(f >= 1e7 ? 0 : 1)} million `;
  if (f >= 1e3) return `${(f / 1e3).toFixed(0)} thousand `;
  return `${Math.round(f)} `;
}

/** The automatic choice, best first, each with the reason shown to the user. */
export async function rankBackends(cost: ModelCost): Promise<{ name: BackendName; reason: string }[]> {
  const size = `${describeFlops(cost.flopsPerStep)}multiply-adds per step`;
  const order: { name: BackendName; reason: string }[] = [];
  if (cost.flopsPerStep < TINY_MODEL_FLOPS) {
    order.push({
      name: 'cpu',
      reason: `Tiny model (${size}): the cost is per operation, not per number, and plain JavaScript has the least overhead per op.`,
    });
    order.push({ name: 'wasm', reason: `Tiny model (${size}); cpu was unavailable.` });
    return order;
  }
  if (cost.flopsPerStep < SMALL_MODEL_FLOPS) {
    order.push({
      name: 'wasm',
      reason: `Small model (${size}): too small for a GPU backend's fixed cost per op, big enough that wasm's compiled SIMD arithmetic beats plain JavaScript (about 5× for lesson 1's networks on a 2-core CPU), so it is not timed.`,
    });
    order.push({ name: 'cpu', reason: `Small model (${size}); wasm was unavailable.` });
    return order;
  }
  const gpu = await probeWebGpu();
  if (gpu.available && !gpu.software)
    order.push({ name: 'webgpu', reason: `Large model (${size}) and a hardware WebGPU adapter (${gpu.detail}).` });
  const gl = probeWebGl();
  const noGpu = gpu.available ? 'the WebGPU adapter here is a slow software fallback' : 'no WebGPU adapter';
  if (gl.available && !gl.software)
    order.push({ name: 'webgl', reason: `Large model (${size}) on a hardware GPU (${gl.detail}).` });
  const softGl = gl.available && gl.software;
  const wasmFirst = !softGl || (await wasmHasKernels(cost));
  if (softGl && !wasmFirst) {
    order.push({
      name: 'webgl',
      reason: `Large model (${size}): wasm lacks a kernel it needs, and webgl runs on a software rasterizer (${gl.detail}); ${noGpu}.`,
    });
  }
  order.push({
    name: 'wasm',
    reason: softGl
      ? `Large model (${size}) and no usable GPU: webgl here is a software rasterizer (${gl.detail}) on the same CPU, and ${noGpu}; wasm (SIMD) is the fastest CPU backend for big matrices.`
      : `Large model (${size}) and no usable GPU: wasm (SIMD) is the fastest CPU backend for big matrices.`,
  });
  if (softGl && wasmFirst)
    order.push({
      name: 'webgl',
      reason: `Large model (${size}); wasm was unavailable, webgl runs on a software rasterizer (${gl.detail}).`,
    });
  order.push({ name: 'cpu', reason: `Large model (${size}); no faster backend was available.` });
  return order;
}

/** Has tfjs-backend-wasm every kernel the model needs? (Registering imports its kernels; nothing is initialized.) */
async function wasmHasKernels(cost: ModelCost): Promise<boolean> {
  try {
    await register('wasm');
    return !missingKernels('wasm', cost).length;
  } catch {
    return false;
  }
}

/**
 * Set up a backend. `requested` forces one (from ?backend= or settings); 'auto' ranks.
 * Any backend that fails to start hands over to the next, and the info says so.
 */
interface InitOptions {
  /** Fault injection for tests: the first backend tried fails. */
  failFirst?: boolean;
  /**
   * Milliseconds per training step of the real task on the current backend. With it,
   * an automatic choice between the CPU-style backends of a small model is made by
   * timing both rather than by rule.
   */
  probe?: () => number;
  /** Where a timed choice may be remembered (BackendInfo.verdictKey), and a remembered one, if any: used instead of timing. */
  verdictKey?: string;
  remembered?: BackendVerdict;
}

/**
 * Time the real task on each candidate backend and order them fastest first. Small
 * models compare the CPU-style backends; large ones the GPU-style backends and wasm
 * (webgl's first steps compile shaders, so each backend is warmed up before timing).
 */
async function timeBackends(
  names: BackendName[],
  probe: () => number,
  cost: ModelCost,
  why: string,
): Promise<{ name: BackendName; reason: string }[]> {
  const usable: BackendName[] = [];
  for (const name of names) {
    try {
      await register(name);
      if (!missingKernels(name, cost).length) usable.push(name);
    } catch {
      /* not available here */
    }
  }
  if (usable.length < 2) return []; // nothing to compare: keep the ranking's choice and reason
  const timed: { name: BackendName; ms: number }[] = [];
  for (const name of usable) {
    try {
      if (!(await tf.setBackend(name))) continue;
      await tf.ready();
      timed.push({ name, ms: probe() }); // the probe warms up first (JIT, shaders, kernel caches)
    } catch {
      /* not available here: leave it out */
    }
  }
  timed.sort((a, b) => a.ms - b.ms);
  const table = timed.map((t) => `${t.name} ${t.ms < 10 ? t.ms.toFixed(2) : t.ms.toFixed(0)} ms`).join(', ');
  return timed.map((t, i) => ({
    name: t.name,
    reason: `${why} Timed a training step here: ${table}` + (i === 0 ? '.' : `; ${timed[0].name} was unavailable.`),
  }));
}

/**
 * What a timed backend choice holds for: the task and its size (to a factor of 2), so a
 * lesson's other settings of about the same cost reuse it and a much larger model times again.
 */
export function verdictKeyOf(task: string, cost: ModelCost): string {
  return `${task}:2^${Math.round(Math.log2(Math.max(1, cost.flopsPerStep)))}`;
}

/**
 * Ready the worker before the lab's config arrives (the page sends 'warm' while it
 * renders): wasm, the choice for most lessons, is registered and initialized (its binary
 * fetched and compiled), and a tiny batched pass with the MLPs' ops runs once on it, so V8
 * has compiled tfjs's engine paths. Both would otherwise delay the first step.
 */
export async function warmBackends(requested: BackendRequest): Promise<void> {
  if (requested !== 'auto' && requested !== 'wasm') return;
  try {
    await register('wasm');
    if (!(await tf.setBackend('wasm'))) return;
    await tf.ready();
    warmPass();
  } catch {
    /* the choice will find out, fall back and say so */
  }
}

/** A small batched forward and backward pass with the ops the MLPs use, computed once and read back. */
function warmPass(): void {
  tf.tidy(() => {
    const x = tf.randomUniform([3, 10, 2]);
    const w = tf.randomNormal([3, 2, 8]);
    const a = tf.add(tf.matMul(x, w), tf.scalar(0.1));
    const acts = [tf.sigmoid(a), tf.tanh(a), tf.relu(a)];
    const h = tf.concat(acts, 2);
    const loss = tf.sum(tf.softplus(tf.sub(tf.mul(h, tf.scalar(2)), tf.logSumExp(h, 2, true))));
    const back = tf.matMul(tf.mul(acts[0]!, tf.sub(tf.scalar(1), acts[0]!)), w, false, true);
    return [loss.dataSync(), tf.square(back).dataSync()];
  });
}

export async function initBackend(
  requested: BackendRequest,
  cost: ModelCost,
  opts: InitOptions = {},
): Promise<BackendInfo> {
  const failFirst = opts.failFirst ?? false;
  let ranked = await rankBackends(cost);
  let timedChoice = false;
  let remembered = false;
  // Only tiny and large models are timed (small ones go to wasm by rule), so only their
  // choices are remembered and reused.
  const tiny = cost.flopsPerStep < TINY_MODEL_FLOPS;
  const probe = requested === 'auto' ? opts.probe : undefined;
  const timed = probe !== undefined && (tiny || cost.flopsPerStep >= SMALL_MODEL_FLOPS);
  if (timed && opts.remembered && ranked.some((r) => r.name === opts.remembered!.name)) {
    // Timing costs up to a second before the first step; the verdict of an earlier visit stands (it falls back as usual if it fails).
    const r = opts.remembered;
    ranked = [
      { name: r.name, reason: `${r.reason} (Remembered from an earlier visit on this device, so not timed again.)` },
      ...ranked.filter((x) => x.name !== r.name),
    ];
    remembered = true;
  } else if (timed) {
    const size = `${describeFlops(cost.flopsPerStep)}multiply-adds per step`;
    // Tiny: cpu vs wasm (GPU backends lose by a wide margin). Large: the GPU-style
    // candidates the ranking puts before wasm (hardware ones, or software webgl when wasm
    // lacks a kernel), against wasm.
    const wasmAt = ranked.findIndex((r) => r.name === 'wasm');
    const names: BackendName[] = tiny
      ? ['cpu', 'wasm']
      : [
          ...ranked
            .slice(0, wasmAt)
            .filter((r) => r.name === 'webgpu' || r.name === 'webgl')
            .map((r) => r.name),
          'wasm',
        ];
    const why = tiny
      ? `Tiny model (${size}): its cost is per operation, not per number, so a GPU backend's fixed cost per op would dominate.`
      : `Larger model (${size}): GPU-style backends and wasm compete.`;
    const byTime = await timeBackends(names, probe, cost, why);
    ranked = [...byTime, ...ranked.filter((r) => !byTime.some((t) => t.name === r.name))];
    timedChoice = byTime.length > 0;
  }
  const order =
    requested === 'auto'
      ? ranked
      : [
          { name: requested, reason: `Chosen in settings or the URL (?backend=${requested}).` },
          ...ranked.filter((r) => r.name !== requested),
          ...(ranked.some((r) => r.name === 'cpu') || requested === 'cpu'
            ? []
            : [{ name: 'cpu' as const, reason: 'Fallback.' }]),
        ];
  let failed: BackendInfo['fallbackFrom'];
  for (const candidate of order) {
    try {
      if (failFirst && !failed) throw new Error('it was made to fail for a test (?fault=backend)');
      await register(candidate.name);
      const missing = missingKernels(candidate.name, cost);
      if (missing.length) throw new Error(`it has no ${missing.join(', ')} kernel`);
      const ok = await tf.setBackend(candidate.name);
      if (!ok) throw new Error('it failed to initialize');
      await tf.ready();
      const info: BackendInfo = { name: candidate.name, reason: candidate.reason };
      if (candidate.name === 'wasm') {
        const wasm = await import('@tensorflow/tfjs-backend-wasm');
        info.threads = wasm.getThreadsCount();
      }
      if (failed) info.fallbackFrom = failed;
      else if (remembered && candidate === order[0]) info.remembered = true;
      else if (timedChoice && candidate === order[0] && opts.verdictKey) info.verdictKey = opts.verdictKey;
      return info;
    } catch (e) {
      failed ??= { name: candidate.name, error: e instanceof Error ? e.message : String(e) };
    }
  }
  throw new Error('No tfjs backend could be started.');
}
