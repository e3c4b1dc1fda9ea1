/**
 * The speaker notes in a second window (#/notes): the presenting window (the lesson on
 * the projector) and the notes window talk over a BroadcastChannel. The presenting
 * window sends the state of the lecture — the beat, its note, its claim read live, the
 * next beat's note — whenever it changes and twice a second while a notes window
 * listens; the notes window asks for the state and sends "step" (next / previous), which
 * the presenting window performs, so → in either window moves both.
 *
 * The message shapes and the state as plain data are here (pure, tested in node); the
 * DOM side is useNotesPublisher (the lesson page) and NotesPage (the notes window).
 */
import type { Beat, ClaimReading } from '../../store/beats';

export const NOTES_CHANNEL = 'hidden-layers-notes';
/** The notes window's name: N focuses the one already open instead of opening another. */
export const NOTES_WINDOW = 'hidden-layers-notes';
export const NOTES_HASH = '#/notes';

/** What the notes window shows: the lecture as the presenting window has it. */
export interface NotesState {
  slug: string;
  /** The lesson's heading. */
  title: string;
  /** The beat on screen (0-based), or −1 before the lecture starts. */
  at: number;
  count: number;
  note: string | null;
  claim: string | null;
  /** The claim read on the presenting window's page now, in words. */
  reading: string | null;
  /** Whether that reading holds (null: not yet readable). */
  ok: boolean | null;
  nextNote: string | null;
}

export type NotesMessage =
  { type: 'state'; state: NotesState | null } | { type: 'hello' } | { type: 'bye' } | { type: 'step'; dir: 1 | -1 };

/** A claim reading in the words the presenter reads. */
export function readingWords(r: ClaimReading | null): { text: string | null; ok: boolean | null } {
  if (!r) return { text: null, ok: null };
  if (!r.ready) return { text: `not yet (${r.measured})`, ok: null };
  return { text: r.ok ? `visible now (${r.measured})` : `not on screen now (${r.measured})`, ok: r.ok };
}

/** The notes state of a lesson's lecture at beat `at` (−1: not started). */
export function notesState(
  slug: string,
  title: string,
  beats: Beat[],
  at: number,
  reading: ClaimReading | null,
): NotesState {
  const beat = at >= 0 ? beats[at] : undefined;
  const next = beats[at + 1];
  const words = beat ? readingWords(reading) : { text: null, ok: null };
  return {
    slug,
    title,
    at: beat ? at : -1,
    count: beats.length,
    note: beat?.note ?? null,
    claim: beat?.shows.text ?? null,
    reading: words.text,
    ok: words.ok,
    nextNote: next?.note ?? null,
  };
}

/** Whether a value is a message of ours (anything else on the channel is ignored). */
export function isNotesMessage(m: unknown): m is NotesMessage {
  if (!m || typeof m !== 'object') return false;
  const t = (m as { type?: unknown }).type;
  if (t === 'step') return (m as { dir?: unknown }).dir === 1 || (m as { dir?: unknown }).dir === -1;
  return t === 'state' || t === 'hello' || t === 'bye';
}

/** The notes page's address, beside the page it is opened from. */
export function notesUrl(): string {
  return `${location.origin}${location.pathname}${NOTES_HASH}`;
}

/** Open (or bring forward) the notes window; false when the browser blocked the pop-up. */
export function openNotesWindow(): boolean {
  const w = window.open(notesUrl(), NOTES_WINDOW, 'popup,width=720,height=560');
  if (!w) return false;
  w.focus();
  return true;
}
