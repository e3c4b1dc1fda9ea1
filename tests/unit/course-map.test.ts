import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../lessons';

describe('course map', () => {
  it('every lesson is built, and its page is lessons/<slug>/Lesson.tsx', () => {
    for (const l of LESSONS) {
      expect(l.load, l.slug).toBeTypeOf('function');
      expect(existsSync(`lessons/${l.slug}/Lesson.tsx`), l.slug).toBe(true);
    }
  });

  it('loads a lesson page by its slug', async () => {
    const page = await LESSONS.find((l) => l.slug === 'backprop-graph')!.load!();
    expect(page.default).toBeTypeOf('function');
  });
});
