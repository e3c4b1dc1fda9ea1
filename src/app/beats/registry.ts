/**
 * Every lesson's beats (lessons/<slug>/beats.ts), found by file name: a lesson gets
 * scripted demos by adding that file, with no registry line to write.
 */
import type { Beat } from '../../store/beats';

const FILES = import.meta.glob<Beat[]>('../../../lessons/*/beats.ts', { eager: true, import: 'BEATS' });

export const LESSON_BEATS: Record<string, Beat[]> = Object.fromEntries(
  Object.entries(FILES).map(([path, beats]) => [/lessons\/([^/]+)\/beats\.ts$/.exec(path)![1]!, beats]),
);

export function beatsFor(slug: string): Beat[] {
  return LESSON_BEATS[slug] ?? [];
}
