/**
 * Habits the code keeps, checked on its source text: small files, every disabled lint
 * rule explained.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string, exts: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, exts));
    else if (exts.test(name)) out.push(p);
  }
  return out;
}

const SOURCES = ['src', 'lessons'].flatMap((d) => files(d, /\.(ts|tsx)$/));
const ALL = [...SOURCES, ...files('tests', /\.ts$/), ...files('scripts', /\.m?js$/)].filter(
  (f) => !f.endsWith('boundaries.test.ts'),
);

describe('code habits', () => {
  it('every eslint-disable comment says why (`-- reason`)', () => {
    const bad: string[] = [];
    for (const f of ALL) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/eslint-disable/.test(line) && !/eslint-disable[^\n]*\s--\s\S/.test(line)) bad.push(`${f}:${i + 1}`);
        });
    }
    expect(bad).toEqual([]);
  });
});

describe('each lesson keeps its own CSS', () => {
  it('the app stylesheets name no lesson-specific class prefix', () => {
    const app = files('src/app', /\.css$/)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const prefix of ['.vg-', '.lwp-', '.cnn-', '.conv2d-', '.opt-', '.dvc-'])
      expect(app.includes(prefix), prefix).toBe(false);
  });
});

describe('the platform does not import the lessons', () => {
  /** Every module specifier of a file (static, dynamic and glob imports), resolved against its folder when relative. */
  function imports(f: string): string[] {
    const text = readFileSync(f, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');
    const out: string[] = [];
    const re = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bimport\.meta\.glob(?:<[^>]*>)?\s*\(\s*)['"]([^'"]+)['"]/g;
    for (let m = re.exec(text); m; m = re.exec(text))
      out.push(m[1]!.startsWith('.') ? join(f, '..', m[1]!).replace(/\\/g, '/') : m[1]!);
    return out;
  }

  it('no file in src/app or src/kit imports lessons/ (the course map arrives through registerCourse, from main.tsx)', () => {
    const platform = [...files('src/app', /\.(ts|tsx)$/), ...files('src/kit', /\.(ts|tsx)$/)];
    expect(platform.length).toBeGreaterThan(30);
    const bad = platform.flatMap((f) =>
      imports(f)
        .filter((s) => /^lessons(\/|$)/.test(s))
        .map((s) => `${f} imports ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('lessons reach the kit through its one entry (src/kit/index.ts)', () => {
    const lessonFiles = files('lessons', /\.(ts|tsx)$/);
    const bad = lessonFiles.flatMap((f) =>
      imports(f)
        .filter((s) => /^src\/kit\/./.test(s))
        .map((s) => `${f} imports ${s}`),
    );
    expect(bad).toEqual([]);
  });
});
