/**
 * Every lesson's beats (lessons/<slug>/beats.ts), found by file name: a lesson gets
 * scripted demos by adding that file, with no registry line to write. main.tsx hands
 * them to the app with the course map (src/store/course.ts).
 */
import type { Beat } from '../src/store/beats';

const FILES = import.meta.glob<Beat[]>('./*/beats.ts', { eager: true, import: 'BEATS' });

export const LESSON_BEATS: Record<string, Beat[]> = Object.fromEntries(
  Object.entries(FILES).map(([path, beats]) => [/\.\/([^/]+)\/beats\.ts$/.exec(path)![1]!, beats]),
);
