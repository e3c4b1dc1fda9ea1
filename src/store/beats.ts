/**
 * Scripted demos ("beats"): each lesson lists, in lessons/<slug>/beats.ts, the moments
 * of a lecture — which section, which parameter values (as they appear in the lesson's
 * URL), whether to play, and a one-line speaker note. A beat's state is its whole URL
 * query (defaults plus its patch), so going back restores the previous beat exactly and
 * every beat is a link.
 *
 * A "lecture playlist" is a list of such links kept in the page's query
 * (`?playlist=<link>&playlist=<link>…`, outside the hash so it survives moving between
 * lessons): with one present, → and ← walk the playlist instead of the lesson's beats.
 *
 * Pure helpers here (tested in node); the DOM side is src/app/beats/.
 */
import { createStore } from 'zustand/vanilla';
import { lessonHref, parseHash } from './route';

export interface Beat {
  /** The id of the lesson section to show (a <Section id>). */
  section: string;
  /** Parameter values as URL strings (the lesson's parameter table parses them); the rest are defaults. */
  params?: Record<string, string>;
  /** Start training (true) or pause (false); left alone when absent. */
  play?: boolean;
  /** One line for the speaker (N shows it in presenter mode). */
  note: string;
}

/** App flags a beat link keeps from the current URL (the lesson's own parameters are replaced). */
const KEEP = ['backend', 'present', 'fault'];

/** The hash of beat `i` (0-based) of a lesson: its parameters, `beat=i+1`, and the kept app flags. */
export function beatHash(slug: string, beat: Beat, i: number, current?: URLSearchParams): string {
  const q = new URLSearchParams(beat.params ?? {});
  for (const f of KEEP) {
    const v = current?.get(f);
    if (v !== null && v !== undefined) q.set(f, v);
  }
  q.set('beat', String(i + 1));
  return lessonHref(slug, q);
}

/** The beat a URL names (0-based), or -1: `beat=` is 1-based and must be within the list. */
export function beatFromQuery(query: URLSearchParams, count: number): number {
  const raw = query.get('beat');
  if (raw === null || !/^\d+$/.test(raw.trim())) return -1;
  const n = Number(raw) - 1;
  return n >= 0 && n < count ? n : -1;
}

/** The next position in a list of `count`, from `from` (−1: not started) in direction `dir`; null at the ends. */
export function stepBeat(from: number, dir: 1 | -1, count: number): number | null {
  if (count <= 0) return null;
  const to = from < 0 ? (dir === 1 ? 0 : null) : from + dir;
  if (to === null || to < 0 || to >= count) return null;
  return to;
}

/** Playlist entries from a page query: lesson hashes only (anything else is dropped). */
export function parsePlaylist(search: string): string[] {
  return new URLSearchParams(search)
    .getAll('playlist')
    .map((h) => (h.startsWith('#') ? h : `#${h}`))
    .filter((h) => parseHash(h).page === 'lesson');
}

/** The page query with `hash` appended to its playlist. */
export function addToPlaylist(search: string, hash: string): string {
  const q = new URLSearchParams(search);
  q.append('playlist', hash);
  return `?${q.toString()}`;
}

/** Which playlist entry a hash is (ignoring the presenter flag), or −1. */
export function playlistIndex(list: string[], hash: string): number {
  const norm = (h: string) => {
    const r = parseHash(h);
    if (r.page !== 'lesson') return h;
    r.query.delete('present');
    r.query.sort();
    return lessonHref(r.slug, r.query);
  };
  const here = norm(hash);
  return list.findIndex((h) => norm(h) === here);
}

/** Presenter-side beat state: the speaker note's visibility and the playlist position. */
export const beatStore = createStore<{ noteOpen: boolean; playlistAt: number }>(() => ({ noteOpen: false, playlistAt: -1 }));
