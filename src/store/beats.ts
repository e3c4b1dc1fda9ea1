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
  /**
   * Start the lab's run again from step 0 even when the parameters are the previous beat's
   * (a beat about the untrained network, reached with ← from one that trained it).
   */
  reset?: boolean;
  /** One line for the speaker (the notes window, N in presenter mode, shows it). */
  note: string;
  /** What the note says the audience will see, as a check on the page or the run (a test plays every beat and asserts it). */
  shows: BeatClaim;
}

/** What a beat's check measured: whether its claim holds, and the numbers it read, in words. */
export interface ClaimResult {
  ok: boolean;
  measured: string;
}

/**
 * A beat's claim, checked where the learner looks. A run claim names the training lab
 * (its section id), how long the run needs before the point is visible (`after` steps,
 * or `until` a condition, with `after` as the cap), and a predicate on the lab's
 * snapshot. A page claim (no `lab`) checks the beat's section element itself.
 */
export interface BeatClaim<S = never> {
  /** The claim in words (for the presenter and a failing test). */
  text: string;
  /** The section id of the training lab whose run the claim is about; absent: a claim about the section's page. */
  lab?: string;
  /** Steps the run must reach before the point is visible (with `until`: the most it may take). */
  after?: number;
  /** The point is visible once this holds (or `after` steps have run). */
  until?: (snap: S) => boolean;
  /** The check, on the lab's snapshot (run claims) or the section element (page claims). */
  check: (snap: S, section: HTMLElement | null) => ClaimResult;
}

/**
 * A run claim typed by the lab's snapshot. A beat that keeps the lab's previous run
 * (looking at what it learned) sets no `after`: its point is visible at once.
 */
export function runClaim<S>(lab: string, claim: Omit<BeatClaim<S>, 'lab'>): BeatClaim {
  return { ...claim, lab } as unknown as BeatClaim;
}

/** A page claim: the beat's section shows something (text, a figure) that the check finds in it. */
export function pageClaim(text: string, check: (section: HTMLElement) => ClaimResult): BeatClaim {
  return {
    text,
    check: (_snap: never, el: HTMLElement | null) =>
      el ? check(el) : { ok: false, measured: 'the section is not on the page' },
  };
}

/** A page claim that the section contains each of `needles` (text as rendered). */
export function sectionSays(text: string, ...needles: string[]): BeatClaim {
  return pageClaim(text, (el) => {
    const body = el.textContent ?? '';
    const missing = needles.filter((n) => !body.includes(n));
    return {
      ok: missing.length === 0,
      measured: missing.length
        ? `missing: ${missing.map((m) => `“${m}”`).join(', ')}`
        : `shows ${needles.map((m) => `“${m}”`).join(', ')}`,
    };
  });
}

/** How far a run claim has come: not ready until its point is visible; then whether it holds. */
export interface ClaimReading extends ClaimResult {
  ready: boolean;
  /** The run's step (null for page claims or before the first snapshot). */
  step: number | null;
}

function safeCheck(f: () => ClaimResult): ClaimResult {
  try {
    return f();
  } catch (e) {
    return { ok: false, measured: `the check could not read the run: ${(e as Error).message}` };
  }
}

/** Read a claim against a snapshot (null: none yet) and the section element. Pure, for tests. */
export function readClaim(claim: BeatClaim, snap: { step?: number } | null, section: HTMLElement | null): ClaimReading {
  const c = claim as unknown as BeatClaim<{ step?: number } | null>;
  if (!c.lab) {
    // The lesson draws its sections after the beat bar: a page claim waits for its section.
    if (!section) return { ready: false, ok: false, measured: 'the section is not on the page yet', step: null };
    return { ready: true, step: null, ...safeCheck(() => c.check(null, section)) };
  }
  if (!snap) return { ready: false, ok: false, measured: 'no run yet', step: null };
  const step = snap.step ?? 0;
  const reached = c.after === undefined || step >= c.after;
  const ready = c.until ? c.until(snap) || (c.after !== undefined && reached) : reached;
  return { ready, step, ...safeCheck(() => c.check(snap, section)) };
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

/** Presenter-side beat state: whether the browser blocked the notes window, and the playlist position. */
export const beatStore = createStore<{ notesBlocked: boolean; playlistAt: number }>(() => ({
  notesBlocked: false,
  playlistAt: -1,
}));
