/**
 * The course map as the app and the kit see it. The lessons' own list (lessons/index.ts)
 * and their beats (lessons/beats.ts) are handed over once by the app's entry, main.tsx,
 * with `registerCourse`: nothing in src/app or src/kit imports lessons/, so the lessons
 * depend on the platform and never the other way round (tests/unit/boundaries.test.ts).
 */
import type { ComponentType } from 'react';
import type { Beat } from './beats';

export interface LessonMeta {
  slug: string;
  /** The name on the course map; the page's heading unless `heading` is given. */
  title: string;
  /** The page's heading, where it is longer than the title. */
  heading?: string;
  /** The course map's one-line description. */
  summary: string;
  /** The page's opening paragraph, under the heading. */
  lead?: string;
  /** The ids of the lesson's exercises, in order (progress on the course map counts these). */
  exercises?: readonly string[];
  /** Loads the lesson's component; absent for lessons not built yet. */
  load?: () => Promise<{ default: ComponentType }>;
}

export interface Course {
  lessons: readonly LessonMeta[];
  /** Lessons planned after these (shown on the course map without a link). */
  further: readonly { title: string; summary: string }[];
  /** Each lesson's beats (scripted demos), by slug. */
  beats: Readonly<Record<string, Beat[]>>;
}

let course: Course = { lessons: [], further: [], beats: {} };

/** Hand the course map to the app (main.tsx, once, before the first render; tests may too). */
export function registerCourse(c: Course): void {
  course = c;
}

export function courseLessons(): readonly LessonMeta[] {
  return course.lessons;
}

export function furtherLessons(): Course['further'] {
  return course.further;
}

export function findLesson(slug: string): LessonMeta | undefined {
  return course.lessons.find((l) => l.slug === slug);
}

/** A lesson's number: its place on the course map, from 1. */
export function lessonNumber(slug: string): number {
  return course.lessons.findIndex((l) => l.slug === slug) + 1;
}

/** A lesson's beats (none if it has no lessons/<slug>/beats.ts). */
export function beatsFor(slug: string): Beat[] {
  return course.beats[slug] ?? [];
}
