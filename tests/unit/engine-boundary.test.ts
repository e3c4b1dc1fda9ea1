/**
 * src/engine is framework-free: it runs in a worker and in node. A static scan of its
 * source text fails if any file imports React or the app's UI layers (src/app, src/store,
 * src/viz, lessons), or touches the DOM.
 *
 * And the engine is sealed: the page side (src/app, src/store, src/viz, src/math,
 * lessons/) imports it only through its page-safe entry, src/engine/index.ts, and no
 * page-side file reaches @tensorflow through its runtime imports, followed transitively
 * (type-only imports vanish at build time and are not followed; dynamic imports are, as
 * they would load on the page). scripts/page-chunks.mjs checks the same on a real build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
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

const FORBIDDEN_IMPORT = [
  /^react(-dom)?(\/|$)/,
  /^zustand/,
  /^d3/,
  /^katex/,
  /(^|\/)src\/(app|store|viz|math)(\/|$)/,
  /(^|\/)lessons(\/|$)/,
];
const DOM = [
  /\bdocument\s*\./,
  /\bwindow\s*\./,
  /\bHTML\w*Element\b/,
  /\bSVG\w*Element\b/,
  /\blocalStorage\b/,
  /\bsessionStorage\b/,
  /\bgetComputedStyle\b/,
  /\bdocument\b(?!\w)/,
];

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
    expect(specifiers(`import { x } from '../app/x';\nconst m = await import('react');`)).toEqual([
      '../app/x',
      'react',
    ]);
    expect(DOM.some((re) => re.test(code('const el = document.createElement("canvas");')))).toBe(true);
    expect(DOM.some((re) => re.test(code('// the sliding window. of a convolution')))).toBe(false);
    expect(FORBIDDEN_IMPORT.some((re) => re.test('src/store/params'))).toBe(true);
  });
});

const repo = join(__dirname, '../..');
const PAGE_DIRS = ['src/app', 'src/store', 'src/viz', 'src/math', 'lessons'].map((d) => join(repo, d));
const ENTRY = join(root, 'index.ts');

/** The specifiers a module needs at run time: static imports and re-exports that are not type-only, and dynamic import(). */
function runtimeSpecifiers(fileName: string, text: string): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const c = st.importClause;
      const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : null;
      const typeOnly =
        !!c && (c.isTypeOnly || (!c.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push(st.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      const named = st.exportClause && ts.isNamedExports(st.exportClause) ? st.exportClause.elements : null;
      if (!st.isTypeOnly && !(named && named.length > 0 && named.every((e) => e.isTypeOnly)))
        out.push(st.moduleSpecifier.text);
    }
  }
  const visit = (n: ts.Node): void => {
    if (
      ts.isCallExpression(n) &&
      n.expression.kind === ts.SyntaxKind.ImportKeyword &&
      n.arguments[0] &&
      ts.isStringLiteralLike(n.arguments[0])
    )
      out.push(n.arguments[0].text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The file a relative specifier names (without any ?query), or null for a package. */
function resolveRelative(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.split('?')[0]);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(c) && statSync(c).isFile()) return c;
  throw new Error(`${relative(repo, from)}: cannot resolve ${spec}`);
}

/** Starting from `start`, the chain of run-time imports to the first @tensorflow package, or null if none is reached. */
/** Each file's resolved run-time imports, parsed once. */
const edgeCache = new Map<string, { spec: string; file: string | null }[]>();

function pathToTensorflow(
  start: string,
  read = (f: string) => readFileSync(f, 'utf8'),
  resolveFn = resolveRelative,
): string[] | null {
  const edges = (f: string) => {
    const cached = resolveFn === resolveRelative ? edgeCache.get(f) : undefined;
    if (cached) return cached;
    const out = runtimeSpecifiers(f, read(f)).map((spec) => ({
      spec,
      file: spec.startsWith('@tensorflow/') ? null : resolveFn(f, spec),
    }));
    if (resolveFn === resolveRelative) edgeCache.set(f, out);
    return out;
  };
  const from = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  const chain = (f: string, end: string) => {
    const out = [end];
    for (let x: string | null = f; x; x = from.get(x) ?? null) out.unshift(relative(repo, x));
    return out;
  };
  while (queue.length) {
    const f = queue.shift()!;
    for (const { spec, file: r } of edges(f)) {
      if (spec.startsWith('@tensorflow/')) return chain(f, spec);
      if (r && !from.has(r)) {
        from.set(r, f);
        queue.push(r);
      }
    }
  }
  return null;
}

describe('the sealed engine', () => {
  const pageFiles = PAGE_DIRS.flatMap(sources);

  it('finds the page side and the engine entry', () => {
    expect(pageFiles.length).toBeGreaterThan(100);
    expect(existsSync(ENTRY)).toBe(true);
  });

  it('no page-side file, and not the engine entry, reaches @tensorflow', () => {
    const bad = [ENTRY, ...pageFiles].map((f) => pathToTensorflow(f)).filter((c) => c !== null);
    expect(bad.map((c) => c.join(' -> '))).toEqual([]);
  });

  it('the page side imports the engine only through src/engine/index.ts', () => {
    const bad: string[] = [];
    for (const f of pageFiles) {
      const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
      for (const st of sf.statements) {
        const spec =
          (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) &&
          st.moduleSpecifier &&
          ts.isStringLiteral(st.moduleSpecifier)
            ? st.moduleSpecifier.text
            : null;
        const r = spec && resolveRelative(f, spec);
        if (r && r.startsWith(root + '/') && r !== ENTRY) bad.push(`${relative(repo, f)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the scan follows run-time imports and skips type-only ones', () => {
    expect(
      runtimeSpecifiers(
        'a.ts',
        "import type { A } from './a';\nimport { type B } from './b';\nimport { c, type C } from './c';\nexport type { D } from './d';\nexport { e } from './e';\nconst f = () => import('./f');",
      ),
    ).toEqual(['./c', './e', './f']);
    const files: Record<string, string> = {
      [join(root, 'x-page.ts')]: "import type { T } from './x-kernel';\nimport { v } from './x-mid';",
      [join(root, 'x-mid.ts')]: "export { w } from './x-kernel';",
      [join(root, 'x-kernel.ts')]: "import * as tf from '@tensorflow/tfjs-core';",
    };
    const read = (f: string) => files[f] ?? '';
    const resolveFake = (from: string, s: string) => (s.startsWith('.') ? `${resolve(dirname(from), s)}.ts` : null);
    expect(resolveRelative(ENTRY, './runtime/client')).toBe(join(root, 'runtime/client.ts'));
    expect(pathToTensorflow(join(root, 'x-page.ts'), read, resolveFake)).toEqual([
      'src/engine/x-page.ts',
      'src/engine/x-mid.ts',
      'src/engine/x-kernel.ts',
      '@tensorflow/tfjs-core',
    ]);
  });
});
