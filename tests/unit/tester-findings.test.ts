/** Regression tests for issue 16 ("What a tester broke"), the parts that need no browser. */
import { describe, expect, it } from 'vitest';
import { getQueryParams } from '@tensorflow/tfjs-core/dist/environment';
import { repairQuery } from '../../src/app/pageQuery';
import { param, parseParams, show, stripBidi } from '../../src/store/params';
import { loadAndRepairSettings, parseBackendFlag, SETTINGS_KEY } from '../../src/store/settings';

describe('1. a malformed page query is repaired before TensorFlow.js reads it', () => {
  const BAD = ['?x=%', '?present=1%', '?backend=%E0%A4%A', '?%=1', '?a=1&b=%zz&c=3', '?tfjsflags=foo', '?tfjsflags=%'];
  it.each(BAD)('%s: tfjs can parse the repaired query, and a problem is reported', (search) => {
    expect(() => getQueryParams(search) && parseTfjsFlags(search)).toThrow();
    const r = repairQuery(search);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(() => parseTfjsFlags(r.search)).not.toThrow();
    expect(new URLSearchParams(r.search).has('tfjsflags')).toBe(false);
  });
  it('keeps what could be read', () => {
    expect(new URLSearchParams(repairQuery('?present=1%').search).get('present')).toBe('1%');
    expect(new URLSearchParams(repairQuery('?a=1&b=%zz&c=3').search).get('c')).toBe('3');
    expect(new URLSearchParams(repairQuery('?backend=%E0%A4%A').search).get('backend')).toBe('\uFFFD%A');
  });
  it.each(['', '?', '?backend=webgl', '?present=1&backend=wasm', '?q=a%20b&x=%E2%9C%93'])('%s is left exactly as it is', (search) => {
    expect(repairQuery(search)).toEqual({ search, problems: [] });
  });
});

/** What tfjs-core does with location.search when it is first imported (environment.ts). */
function parseTfjsFlags(search: string): void {
  const params = getQueryParams(search);
  if ('tfjsflags' in params) {
    for (const kv of params.tfjsflags.split(',')) {
      const [, value] = kv.split(':');
      (value as string).toLowerCase();
    }
  }
}

describe('7. a bad saved setting is written back repaired', () => {
  const storage = (raw: string | null) => {
    const data = new Map<string, string>();
    if (raw !== null) data.set(SETTINGS_KEY, raw);
    return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
  };
  it('reports once: the next load finds valid settings', () => {
    const s = storage('{"backend":"gpu","motion":"reduce"}');
    const first = loadAndRepairSettings(s);
    expect(first.problem).toBeTruthy();
    expect(first.settings).toEqual({ backend: 'auto', motion: 'reduce' });
    const second = loadAndRepairSettings(s);
    expect(second.problem).toBeUndefined();
    expect(second.settings).toEqual({ backend: 'auto', motion: 'reduce' });
  });
  it('unreadable JSON is replaced too; valid or absent settings are not written', () => {
    const bad = storage('{not json');
    expect(loadAndRepairSettings(bad).problem).toBeTruthy();
    expect(loadAndRepairSettings(bad).problem).toBeUndefined();
    const none = storage(null);
    loadAndRepairSettings(none);
    expect(none.data.size).toBe(0);
    const good = storage('{"backend":"wasm"}');
    loadAndRepairSettings(good);
    expect(good.data.get(SETTINGS_KEY)).toBe('{"backend":"wasm"}');
  });
});

describe('8. bidi controls never reach an echoed value', () => {
  const RLO = '\u202E';
  const ALL = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
  it('stripBidi and show drop every bidi control', () => {
    expect(stripBidi(`a${ALL}b`)).toBe('ab');
    expect(show(`${RLO}xor`)).toBe('"xor"');
  });
  it('lesson parameter notices and the backend notice', () => {
    const table = { dataset: param.enum({ label: 'Dataset', options: ['xor', 'circle'] as const, default: 'xor' }) };
    const { problems } = parseParams(table, new URLSearchParams(`dataset=${encodeURIComponent(`${RLO}spiral`)}`));
    expect(problems.join('')).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    expect(problems[0]).toContain('"spiral"');
    expect(parseBackendFlag(`${RLO}gpu`).problem).toContain('"gpu"');
    expect(parseBackendFlag(`${RLO}gpu`).problem).not.toContain(RLO);
  });
});

describe('8. one numbering of the convolution lesson’s test digits', () => {
  it('cnnTestIndices is the split the worker uses', async () => {
    const { cnnTestIndices, splitMnist, MNIST_SPLIT_SEED } = await import('../../src/engine/mnist');
    const { TRAIN_COUNT, TEST_COUNT } = await import('../../src/engine/tasks/cnn');
    const count = 10000;
    const data = { count, rows: 28, cols: 28, images: new Uint8Array(count * 784), labels: new Uint8Array(count) };
    const split = splitMnist(data as never, { seed: MNIST_SPLIT_SEED, trainCount: TRAIN_COUNT, testCount: TEST_COUNT });
    expect(Array.from(cnnTestIndices(count))).toEqual(Array.from(split.testIndices));
    expect(cnnTestIndices(count)[0]).not.toBe(0);
  });
});

/* ---------- Issue 26 ("what a tester found, round two") ---------- */

describe('26.7 every locked package runs on the Node version the README and engines name', () => {
  it('the minimum of package.json engines.node satisfies each package’s engines.node', async () => {
    const { readFileSync } = await import('node:fs');
    // semver comes with the toolchain (Babel's), untyped here; only these two functions are used.
    const semver = (await import('semver' as string)).default as { minVersion(range: string): { version: string } | null; satisfies(v: string, range: string): boolean };
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
    const min = semver.minVersion(pkg.engines.node)!.version;
    // The README says the same minimum.
    expect(readFileSync('README.md', 'utf8')).toContain(`Node ${min.replace(/\.0$/, '')}+`);
    const refused = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(min, (p.engines as { node: string }).node))
      .map(([name, p]) => `${name}@${p.version} wants node ${(p.engines as { node: string }).node}`);
    expect(refused).toEqual([]);
  });
});
