/**
 * Where Chromium is and how to launch it. Used by the Playwright config, the
 * benchmark and the screenshot script, so all three drive the same browser.
 */
import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Playwright's own Chromium if it was downloaded, else a system one, else null. */
export async function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* not installed or no browser downloaded */
  }
  return SYSTEM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Flags for headless Chromium here: no sandbox (we run as root in CI), the software
 * WebGPU adapter and SwiftShader WebGL allowed, and none of the background network
 * traffic that a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-webgpu',
  '--enable-unsafe-swiftshader',
  // Without a GPU, compositing the page through SwiftShader costs ~100 ms a frame while a
  // worker trains (8 fps); Chrome's own software compositor, its default on GPU-less
  // machines, keeps 58 fps. WebGL and WebGPU still run on their software adapters.
  '--disable-gpu-compositing',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
