import { describe, expect, it } from 'vitest';
import { defaults, param, parseParams, parseValue, serializeParams } from '../../src/store/params';
import { PARAMS } from '../../lessons/relu-vs-sigmoid/params';
import { Rng } from '../../src/engine/data/random';
import { lessonHref, parseHash } from '../../src/store/route';
import { parseBackendFlag, parseSettings, DEFAULT_SETTINGS } from '../../src/store/settings';

const TABLE = {
  dataset: param.enum({ label: 'Dataset', options: ['circle', 'xor', 'spiral'] as const, default: 'xor' }),
  lr: param.number({ label: 'η', min: 0.001, max: 10, default: 0.1, log: true }),
  depth: param.int({ label: 'Depth', min: 1, max: 6, default: 2 }),
  acts: param.set({
    label: 'Acts',
    options: ['sigmoid', 'tanh', 'relu'] as const,
    default: ['sigmoid', 'relu'],
    minItems: 1,
  }),
  test: param.bool({ label: 'Test', default: true }),
};

describe('URL parameters', () => {
  it('parses valid values and keeps defaults for the rest', () => {
    const { values, problems } = parseParams(
      TABLE,
      new URLSearchParams('dataset=spiral&lr=0.03&acts=relu,tanh&test=0'),
    );
    expect(problems).toEqual([]);
    expect(values).toEqual({ dataset: 'spiral', lr: 0.03, depth: 2, acts: ['tanh', 'relu'], test: false });
  });

  it('clamps out-of-range numbers and says so', () => {
    const { values, problems } = parseParams(TABLE, new URLSearchParams('lr=1e308&depth=-4'));
    expect(values.lr).toBe(10);
    expect(values.depth).toBe(1);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/lr: .*above the maximum; using 10/);
  });

  it('defaults NaN, Infinity, empty and non-numbers', () => {
    for (const raw of ['NaN', 'Infinity', '-Infinity', '', 'abc', '0x', '1e', '--1']) {
      const { value, problem } = parseValue(TABLE.lr, raw);
      expect(value, raw).toBe(0.1);
      expect(problem, raw).toMatch(/not a number/);
    }
  });

  it('rounds non-integers for int parameters', () => {
    expect(parseValue(TABLE.depth, '2.6')).toEqual({ value: 3, problem: '"2.6" is not a whole number; using 3' });
  });

  it('rejects unknown enum values and too-small sets', () => {
    expect(parseValue(TABLE.dataset, '<script>').value).toBe('xor');
    expect(parseValue(TABLE.dataset, 'SPIRAL').value).toBe('spiral');
    expect(parseValue(TABLE.acts, 'bogus').value).toEqual(['sigmoid', 'relu']);
    expect(parseValue(TABLE.acts, 'relu,bogus')).toEqual({ value: ['relu'], problem: 'ignored unknown "bogus"' });
  });

  it('never throws and always returns values inside the table on random garbage', () => {
    const rng = new Rng(42);
    const alphabet = 'abc,.-+eE0123456789%&=;<>"\'\\/ \u0000\u202e😀NaInfity';
    for (let i = 0; i < 2000; i++) {
      const len = rng.int(60);
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[rng.int(alphabet.length)];
      const q = new URLSearchParams();
      for (const k of Object.keys(PARAMS)) if (rng.uniform() < 0.6) q.set(k, s);
      const { values } = parseParams(PARAMS, q);
      expect(PARAMS.dataset.options).toContain(values.dataset);
      expect(values.lr).toBeGreaterThanOrEqual(PARAMS.lr.min);
      expect(values.lr).toBeLessThanOrEqual(PARAMS.lr.max);
      expect(Number.isInteger(values.depth)).toBe(true);
      expect(values.acts.length).toBeGreaterThanOrEqual(1);
      expect(Number.isFinite(values.noise)).toBe(true);
    }
  });

  it('serializes only what differs from the defaults, and round-trips', () => {
    const values = { ...defaults(TABLE), lr: 0.3, acts: ['tanh'] as ('sigmoid' | 'tanh' | 'relu')[] };
    const q = serializeParams(TABLE, values);
    expect(q.toString()).toBe('lr=0.3&acts=tanh');
    expect(parseParams(TABLE, q).values).toEqual(values);
  });
});

describe('routes', () => {
  it('parses home, lessons with queries, and unknown paths', () => {
    expect(parseHash('').page).toBe('home');
    expect(parseHash('#/').page).toBe('home');
    const r = parseHash('#/lessons/relu-vs-sigmoid?lr=0.3');
    expect(r.page === 'lesson' && r.slug).toBe('relu-vs-sigmoid');
    expect(r.query.get('lr')).toBe('0.3');
    expect(parseHash('#/what/ever').page).toBe('notFound');
    expect(parseHash('#/lessons/%E0%A4%A').page).toBe('lesson');
    expect(lessonHref('x', new URLSearchParams('a=1'))).toBe('#/lessons/x?a=1');
  });
});

describe('settings', () => {
  it('ignores corrupt or invalid localStorage entries, with a message', () => {
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS });
    expect(parseSettings('{not json').problem).toMatch(/could not be read/);
    expect(parseSettings('[1,2]').settings).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('"x"').settings).toEqual(DEFAULT_SETTINGS);
    const partial = parseSettings('{"backend":"gpu9000","motion":"reduce"}');
    expect(partial.settings).toEqual({ backend: 'auto', motion: 'reduce', theme: 'system' });
    expect(partial.problem).toMatch(/invalid/);
    expect(parseSettings('{"backend":"wasm"}')).toEqual({
      settings: { backend: 'wasm', motion: 'system', theme: 'system' },
    });
  });

  it('reads the ?backend= flag', () => {
    expect(parseBackendFlag('WebGL')).toEqual({ backend: 'webgl' });
    expect(parseBackendFlag(null)).toEqual({});
    expect(parseBackendFlag('cuda').problem).toMatch(/not one of/);
  });
});
