/**
 * Which port the end-to-end tests serve the app on. `npm test` prefers 4317; a preview
 * server left behind by an interrupted run may still hold it, and then the tests would fail
 * with nothing but a count. So the port is checked first: when it is taken, the tests move
 * to the next free one and say which process holds 4317. Used by scripts/test.mjs and the
 * Playwright config (which reads E2E_PORT).
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

export const DEFAULT_E2E_PORT = 4317;
const HOST = '127.0.0.1';

/** Whether a server could listen on `port` (the preview server listens on 127.0.0.1). */
export function isPortFree(port, host = HOST) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/**
 * `preferred` if it is free, else the next free port above it (up to `tries` of them).
 * Returns the port and whether the preferred one was taken; null port if none was free.
 */
export async function choosePort(preferred = DEFAULT_E2E_PORT, tries = 50) {
  for (let p = preferred; p < preferred + tries && p <= 65535; p++) {
    if (await isPortFree(p)) return { port: p, taken: p !== preferred };
  }
  return { port: null, taken: true };
}

/** Best effort: "pid 1234 (node …)" for the process listening on `port`, or null. */
export function portHolder(port) {
  try {
    const out = execFileSync('ss', ['-H', '-ltnp', `sport = :${port}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const m = /users:\(\("([^"]+)",pid=(\d+)/.exec(out);
    if (!m) return null;
    let cmd = m[1];
    try {
      cmd =
        execFileSync('ps', ['-o', 'args=', '-p', m[2]], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
          .trim()
          .slice(0, 120) || cmd;
    } catch {
      /* keep the short name */
    }
    return `pid ${m[2]} (${cmd})`;
  } catch {
    return null;
  }
}

/** Where Playwright writes its JSON report for a port (see playwright.config.ts). */
export function e2eReportPath(port) {
  return port === DEFAULT_E2E_PORT ? 'test-results/e2e.json' : `test-results/e2e-${port}.json`;
}
