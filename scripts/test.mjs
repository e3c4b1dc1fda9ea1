/**
 * `npm test`: unit tests (vitest), types (tsc), lint (ESLint) and formatting (Prettier), then end-to-end tests (Playwright in Chromium).
 * Installs Chromium first if none is found. Ends with one summary line,
 * "N passed, M failed", and a non-zero exit code if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { choosePort, DEFAULT_E2E_PORT, e2eReportPath, portHolder } from './ports.mjs';

mkdirSync('test-results', { recursive: true });
const counts = { unit: null, lint: null, e2e: null };

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// Data the app and the tests need (generated, not committed).
if (run('node', ['scripts/prepare-mnist.mjs', '--quiet']) !== 0) {
  console.error('Preparing the MNIST data failed.');
  process.exit(1);
}

console.log('\n=== Unit tests (vitest) ===');
rmSync('test-results/unit.json', { force: true });
const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
counts.unit = unit
  ? {
      passed: unit.numPassedTests,
      failed: unit.numFailedTests + (unitStatus !== 0 && unit.numFailedTests === 0 ? 1 : 0),
    }
  : { passed: 0, failed: 1 };

console.log('\n=== Types (tsc --noEmit) ===');
const typeStatus = run('npx', ['tsc', '--noEmit', '-p', '.']);
console.log(typeStatus === 0 ? 'Types: clean' : 'Types: errors above');

console.log('\n=== Lint (ESLint: typescript-eslint + react-hooks) ===');
const lintStatus = run('npx', ['eslint', '--max-warnings=0', '.']);
console.log(lintStatus === 0 ? 'Lint: clean' : 'Lint: problems above');

console.log('\n=== Formatting (Prettier --check) ===');
const formatStatus = run('npx', ['prettier', '--check', '--log-level=warn', '.']);
console.log(formatStatus === 0 ? 'Formatting: clean' : 'Formatting: run `npx prettier --write .` (files above)');
counts.lint =
  lintStatus === 0 && typeStatus === 0 && formatStatus === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };

console.log('\n=== End-to-end tests (Playwright, Chromium) ===');
let e2eStatus = run('node', ['scripts/ensure-chromium.mjs']);
// The preview server needs its port: one left by an interrupted run must not fail every test.
const asked = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : null;
const wanted = asked ?? DEFAULT_E2E_PORT;
const chosen = await choosePort(wanted, asked === null ? 50 : 1);
if (chosen.port !== wanted) {
  const who = portHolder(wanted);
  const held = `Port ${wanted} is already in use${who ? ` by ${who}` : ''} (a preview server left by an interrupted run?)`;
  if (chosen.port === null) {
    console.error(
      `${held}, and ${asked === null ? 'no port up to ' + (wanted + 49) + ' is free' : 'E2E_PORT asks for it'}. Stop that process or set E2E_PORT to a free port.`,
    );
    e2eStatus = e2eStatus || 1;
  } else {
    console.log(`${held}; the end-to-end tests use port ${chosen.port} instead.`);
  }
}
const port = chosen.port ?? wanted;
rmSync(e2eReportPath(port), { force: true });
if (e2eStatus === 0) {
  e2eStatus = run('npx', ['playwright', 'test'], { E2E_PORT: String(port) });
}
const e2e = chosen.port !== null ? readJson(e2eReportPath(port)) : null;
if (e2e?.stats) {
  const s = e2e.stats;
  counts.e2e = {
    passed: s.expected + s.flaky,
    failed: s.unexpected + (e2eStatus !== 0 && s.unexpected === 0 ? 1 : 0),
    skipped: s.skipped,
  };
} else {
  counts.e2e = { passed: 0, failed: 1 };
}

const passed = counts.unit.passed + counts.lint.passed + counts.e2e.passed;
const failed = counts.unit.failed + counts.lint.failed + counts.e2e.failed;
console.log(`\nUnit: ${counts.unit.passed} passed, ${counts.unit.failed} failed`);
console.log(`Types and lint: ${counts.lint.failed ? 'failed' : 'passed'}`);
console.log(
  `E2E: ${counts.e2e.passed} passed, ${counts.e2e.failed} failed${counts.e2e.skipped ? `, ${counts.e2e.skipped} skipped` : ''}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
