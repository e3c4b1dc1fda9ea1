import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSON_BEATS } from '../../lessons/beats';
import {
  addToPlaylist,
  beatFromQuery,
  beatHash,
  parsePlaylist,
  playlistIndex,
  readClaim,
  runClaim,
  sectionSays,
  stepBeat,
} from '../../src/store/beats';
import { parseParams, type ParamTable } from '../../src/store/params';
import { LESSONS } from '../../lessons';

const TABLES = import.meta.glob<ParamTable>('../../lessons/*/params.ts', { eager: true, import: 'PARAMS' });
const table = (slug: string) => TABLES[`../../lessons/${slug}/params.ts`];

describe('lesson beats', () => {
  it('every built lesson has 3–6 beats', () => {
    for (const l of LESSONS.filter((x) => x.load)) {
      const n = LESSON_BEATS[l.slug]?.length ?? 0;
      expect(n, l.slug).toBeGreaterThanOrEqual(3);
      expect(n, l.slug).toBeLessThanOrEqual(6);
    }
  });

  for (const [slug, beats] of Object.entries(LESSON_BEATS)) {
    it(`${slug}: every beat parses against the parameter table with no problems, names a section of the lesson and has a one-line note`, () => {
      const t = table(slug);
      expect(t, `${slug}/params.ts exports PARAMS`).toBeDefined();
      const source = readdirSync(`lessons/${slug}`)
        .filter((f) => f.endsWith('.tsx'))
        .map((f) => readFileSync(`lessons/${slug}/${f}`, 'utf8'))
        .join('\n');
      beats.forEach((b, i) => {
        const q = new URLSearchParams(b.params ?? {});
        for (const k of q.keys()) expect(Object.keys(t!), `${slug} beat ${i + 1}: ${k}`).toContain(k);
        expect(parseParams(t!, q).problems, `${slug} beat ${i + 1}`).toEqual([]);
        // A section is declared as <Section id="…"> or <TrainingLab … id="…">, through a lab component's SECTION constant,
        // or (the lab) by a <TrainingLab> without an id, which renders <Section id="lab">.
        const declared =
          new RegExp(
            `<(Section|TrainingLab)\\s[^>]*\\bid="${b.section}"|const (SECTION|PERCEPTRON_SECTION) = '${b.section}'`,
          ).test(source) ||
          (b.section === 'lab' && /<TrainingLab\b/.test(source));
        expect(declared, `${slug} beat ${i + 1}: section ${b.section}`).toBe(true);
        expect(b.note.length).toBeGreaterThan(10);
        expect(b.note).not.toMatch(/\n/);
        expect(b.note.length).toBeLessThan(140);
      });
    });
  }
});

describe('beat links and playlists', () => {
  it('a beat link carries its parameters, its 1-based number and the app flags, nothing else', () => {
    const h = beatHash(
      'relu-vs-sigmoid',
      { section: 'lab', params: { dataset: 'spiral' }, note: 'n', shows: sectionSays('n', 'n') },
      2,
      new URLSearchParams('present=1&lr=3'),
    );
    expect(h).toBe('#/lessons/relu-vs-sigmoid?dataset=spiral&present=1&beat=3');
    expect(beatFromQuery(new URLSearchParams('beat=3'), 5)).toBe(2);
    expect(beatFromQuery(new URLSearchParams('beat=9'), 5)).toBe(-1);
    expect(beatFromQuery(new URLSearchParams('beat=<b>'), 5)).toBe(-1);
  });
  it('stepping stops at both ends', () => {
    expect(stepBeat(-1, 1, 3)).toBe(0);
    expect(stepBeat(-1, -1, 3)).toBeNull();
    expect(stepBeat(2, 1, 3)).toBeNull();
    expect(stepBeat(1, -1, 3)).toBe(0);
  });
  it('a playlist lives in the page query, keeps only lesson links, and finds where we are', () => {
    let search = addToPlaylist('', '#/lessons/a?x=1&beat=1');
    search = addToPlaylist(search, '#/lessons/b?beat=2');
    search += '&playlist=javascript%3Aalert(1)';
    const list = parsePlaylist(search);
    expect(list).toEqual(['#/lessons/a?x=1&beat=1', '#/lessons/b?beat=2']);
    expect(playlistIndex(list, '#/lessons/b?beat=2&present=1')).toBe(1);
    expect(playlistIndex(list, '#/lessons/b?beat=1')).toBe(-1);
  });
});

describe('beat claims', () => {
  const claim = runClaim<{ step: number; acc: number }>('lab', {
    text: 'accuracy above 0.9',
    after: 100,
    check: (s) => ({ ok: s.acc > 0.9, measured: `accuracy ${s.acc}` }),
  });
  it('a run claim is not ready before its steps, then checks the snapshot', () => {
    expect(readClaim(claim, null, null)).toMatchObject({ ready: false, ok: false });
    expect(readClaim(claim, { step: 50, acc: 0.95 } as never, null)).toMatchObject({ ready: false, step: 50 });
    expect(readClaim(claim, { step: 100, acc: 0.95 } as never, null)).toMatchObject({
      ready: true,
      ok: true,
      measured: 'accuracy 0.95',
    });
    expect(readClaim(claim, { step: 120, acc: 0.5 } as never, null)).toMatchObject({ ready: true, ok: false });
  });
  it('`until` makes the point visible early, `after` caps the wait', () => {
    const c = runClaim<{ step: number; done: boolean }>('lab', {
      text: 'converges',
      after: 1000,
      until: (s) => s.done,
      check: (s) => ({ ok: s.done, measured: String(s.done) }),
    });
    expect(readClaim(c, { step: 10, done: true } as never, null)).toMatchObject({ ready: true, ok: true });
    expect(readClaim(c, { step: 10, done: false } as never, null)).toMatchObject({ ready: false });
    expect(readClaim(c, { step: 1000, done: false } as never, null)).toMatchObject({ ready: true, ok: false });
  });
  it('a check that throws fails with the reason instead of crashing', () => {
    const c = runClaim<{ step: number; xs: number[] }>('lab', {
      text: 'x',
      check: (s) => ({ ok: s.xs[0]! > 0, measured: s.xs.join() }),
    });
    expect(readClaim(c, { step: 1 } as never, null)).toMatchObject({
      ready: true,
      ok: false,
      measured: expect.stringMatching(/could not read/),
    });
  });
  it('a page claim reads the section', () => {
    const c = sectionSays('the formula is shown', 'f = −12');
    expect(readClaim(c, null, { textContent: 'so f = −12 here' } as HTMLElement)).toMatchObject({
      ready: true,
      ok: true,
    });
    expect(readClaim(c, null, { textContent: 'nothing' } as HTMLElement)).toMatchObject({
      ok: false,
      measured: 'missing: “f = −12”',
    });
    expect(readClaim(c, null, null)).toMatchObject({ ready: false, ok: false });
  });
});
