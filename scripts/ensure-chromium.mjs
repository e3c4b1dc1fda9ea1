/**
 * Make sure a Chromium exists for the e2e tests and the benchmark:
 *  1. Playwright's own download, if already there, or a system Chromium;
 *  2. otherwise try Playwright's download (works where its CDN is reachable);
 *  3. otherwise, as root, `apt-get install -y chromium` (Debian's package).
 */
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

function run(cmd, timeoutMs) {
  try {
    execSync(cmd, { stdio: 'inherit', timeout: timeoutMs });
    return true;
  } catch {
    return false;
  }
}

let path = await findChromium();
if (!path) {
  console.log('No Chromium found: trying Playwright’s download…');
  run('npx playwright install chromium', 180_000);
  path = await findChromium();
}
if (!path && process.getuid?.() === 0) {
  console.log('Playwright’s download did not work here: installing Debian’s chromium with apt-get…');
  run('apt-get update -qq', 300_000);
  run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', 600_000);
  path = await findChromium();
}
if (!path) {
  console.error(
    'Could not find or install Chromium. Install it (e.g. `apt-get install chromium`) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
console.log(`Chromium: ${path}`);
