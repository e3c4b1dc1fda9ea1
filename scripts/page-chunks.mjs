/**
 * Build check: no lesson page carries tfjs-core. A Vite plugin that, after bundling,
 * follows each page's chunks — the app's entry chunk and every lesson chunk
 * (lessons/<slug>/Lesson.tsx), with their static imports — and fails the build if any
 * of them holds a module of @tensorflow/tfjs-core. Lazy chunks loaded later are checked
 * as pages of their own; the training worker is bundled apart and may use tfjs freely.
 * Runs in every production build (`npm run build`, and the e2e tests' build).
 *
 * tests/unit/engine-boundary.test.ts checks the same rule on the source imports.
 */

/** A chunk is a page's if it is the app's entry or a lesson's component. */
const PAGE = /(^|[\\/])lessons[\\/][^\\/]+[\\/]Lesson\.tsx$/;
const TFJS_CORE = /[\\/]node_modules[\\/]@tensorflow[\\/]tfjs-core[\\/]/;

/**
 * For a bundle ({ fileName: chunk }, as Rollup/Rolldown's generateBundle sees it), each
 * page chunk whose static closure holds tfjs-core: [{ page, chunks, modules }].
 */
export function tfjsOnPages(bundle) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const pages = chunks.filter((c) => c.isEntry || (c.facadeModuleId && PAGE.test(c.facadeModuleId)));
  const found = [];
  for (const page of pages) {
    const seen = new Set([page.fileName]);
    const queue = [page];
    const modules = [];
    const carrying = [];
    while (queue.length) {
      const c = queue.shift();
      const tf = (c.moduleIds ?? Object.keys(c.modules ?? {})).filter((m) => TFJS_CORE.test(m));
      if (tf.length) {
        carrying.push(c.fileName);
        modules.push(...tf);
      }
      for (const i of c.imports ?? []) {
        const next = byName.get(i);
        if (next && !seen.has(i)) {
          seen.add(i);
          queue.push(next);
        }
      }
    }
    if (modules.length) found.push({ page: page.facadeModuleId ?? page.fileName, chunks: carrying, modules });
  }
  return found;
}

export function pageChunkCheck() {
  return {
    name: 'hidden-layers-page-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const found = tfjsOnPages(bundle);
      if (!found.length) return;
      const lines = found.map(
        (f) => `  ${f.page}: ${f.modules.length} tfjs-core modules in ${f.chunks.join(', ')} (e.g. ${f.modules[0]})`,
      );
      this.error(
        `tfjs-core is on a page (it belongs in the training worker; import the engine through src/engine/index.ts):\n${lines.join('\n')}`,
      );
    },
  };
}
