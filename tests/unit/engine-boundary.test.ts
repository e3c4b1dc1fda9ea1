/**
 * src/engine is framework-free: it runs in a worker and in node. A static scan of its
 * source text fails if any file imports React or the app's UI layers (src/app, src/store,
 * src/viz, lessons), or touches the DOM.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../src/engine');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) ? [p] : [];
  });
}

/** Source text without comments (so prose about "the window" is not flagged) and without string contents other than import specifiers. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** Every module specifier: static imports/exports, dynamic import(), require(). */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]);
  return out;
}

const FORBIDDEN_IMPORT = [/^react(-dom)?(\/|$)/, /^zustand/, /^d3/, /^katex/, /(^|\/)src\/(app|store|viz|math)(\/|$)/, /(^|\/)lessons(\/|$)/];
const DOM = [/\bdocument\s*\./, /\bwindow\s*\./, /\bHTML\w*Element\b/, /\bSVG\w*Element\b/, /\blocalStorage\b/, /\bsessionStorage\b/, /\bgetComputedStyle\b/, /\bdocument\b(?!\w)/];

describe('engine boundary', () => {
  const files = sources(root);

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith('loop.ts'))).toBe(true);
  });

  it('no engine file imports React or the UI layers', () => {
    const bad: string[] = [];
    for (const f of files) {
      for (const s of specifiers(code(readFileSync(f, 'utf8')))) {
        // A relative import that climbs out of src/engine into a UI folder counts too.
        const resolved = s.startsWith('.') ? relative(join(root, '../..'), join(f, '..', s)).replace(/\\/g, '/') : s;
        if (FORBIDDEN_IMPORT.some((re) => re.test(resolved))) bad.push(`${relative(root, f)} imports ${s}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no engine file touches the DOM', () => {
    const bad: string[] = [];
    for (const f of files) {
      const text = code(readFileSync(f, 'utf8'));
      for (const re of DOM) if (re.test(text)) bad.push(`${relative(root, f)}: ${re}`);
    }
    expect(bad).toEqual([]);
  });

  it('the scan itself catches what it should', () => {
    expect(specifiers(`import { x } from '../app/x';\nconst m = await import('react');`)).toEqual(['../app/x', 'react']);
    expect(DOM.some((re) => re.test(code('const el = document.createElement("canvas");')))).toBe(true);
    expect(DOM.some((re) => re.test(code('// the sliding window. of a convolution')))).toBe(false);
    expect(FORBIDDEN_IMPORT.some((re) => re.test('src/store/params'))).toBe(true);
  });
});
