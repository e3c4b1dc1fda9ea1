/**
 * Regression tests for issues 16 and 26 ("What a tester broke", "what a tester found, round two"),
 * the parts that need no browser: what comes in from outside — the page query, stored settings,
 * typed and linked values, the keys that scrub a number.
 */
import { describe, expect, it } from 'vitest';
import { getQueryParams } from '@tensorflow/tfjs-core/dist/environment';
import { repairQuery } from '../../src/app/pageQuery';
import { param, parseParams, show, stripBidi, type ParamTable } from '../../src/store/params';
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

/* ---------- Issue 26 ("what a tester found, round two") ---------- */

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
