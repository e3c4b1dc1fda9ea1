/**
 * The build check of scripts/page-chunks.mjs (run in every production build): a lesson
 * page whose chunks — its own and their static imports — hold tfjs-core fails the build.
 * Here on bundles shaped like Rolldown's, so the rule is tested without a build.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM build helper
import { tfjsOnPages } from '../../scripts/page-chunks.mjs';

const TF = '/repo/node_modules/@tensorflow/tfjs-core/dist/ops/add.js';
const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], extra: Record<string, unknown> = {}) => ({
  type: 'chunk',
  fileName,
  moduleIds,
  imports,
  dynamicImports: [],
  facadeModuleId: null,
  isEntry: false,
  ...extra,
});

describe('page chunk check', () => {
  it('passes a build whose tfjs-core is only in a chunk no page imports statically', () => {
    const bundle = {
      'index.js': chunk('index.js', ['/repo/src/main.tsx'], ['shared.js'], {
        isEntry: true,
        facadeModuleId: '/repo/src/main.tsx',
      }),
      'lesson-a.js': chunk('lesson-a.js', ['/repo/lessons/a/Lesson.tsx'], ['shared.js'], {
        facadeModuleId: '/repo/lessons/a/Lesson.tsx',
      }),
      'shared.js': chunk('shared.js', ['/repo/src/engine/index.ts']),
      'lazy-tf.js': chunk('lazy-tf.js', [TF], [], { facadeModuleId: '/repo/src/somewhere/heavy.ts' }),
      'worker.js': { type: 'asset', fileName: 'worker.js' },
    };
    expect(tfjsOnPages(bundle)).toEqual([]);
  });

  it('names the lesson page and the chunk when a static import brings tfjs-core in', () => {
    const bundle = {
      'index.js': chunk('index.js', ['/repo/src/main.tsx'], [], {
        isEntry: true,
        facadeModuleId: '/repo/src/main.tsx',
      }),
      'lesson-a.js': chunk('lesson-a.js', ['/repo/lessons/a/Lesson.tsx'], ['mid.js'], {
        facadeModuleId: '/repo/lessons/a/Lesson.tsx',
      }),
      'lesson-b.js': chunk('lesson-b.js', ['/repo/lessons/b/Lesson.tsx'], [], {
        facadeModuleId: '/repo/lessons/b/Lesson.tsx',
      }),
      'mid.js': chunk('mid.js', ['/repo/src/engine/index.ts'], ['tf.js']),
      'tf.js': chunk('tf.js', [TF, '/repo/src/engine/networks/mlp.ts']),
    };
    expect(tfjsOnPages(bundle)).toEqual([{ page: '/repo/lessons/a/Lesson.tsx', chunks: ['tf.js'], modules: [TF] }]);
  });
});
