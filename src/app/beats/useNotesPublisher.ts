/**
 * The presenting window's side of the notes channel (notesChannel.ts): it answers a
 * notes window's "hello" with the lecture's state, sends it again on every beat change
 * and twice a second (the claim's reading is live), and performs the steps the notes
 * window asks for.
 */
import { useEffect } from 'react';
import { appStore } from '../../store/app';
import { beatFromQuery } from '../../store/beats';
import { readBeatClaim } from './claims';
import { beatContext, showLessonBeat, stepLecture } from './navigate';
import { isNotesMessage, NOTES_CHANNEL, notesState, type NotesMessage, type NotesState } from './notesChannel';
import { beatsFor, findLesson } from '../../store/course';

/** The beat of `slug` on screen now (−1: none): the lecture's, or the one the URL names. */
function beatOnScreen(slug: string): number {
  const ctx = beatContext(false);
  if (ctx?.kind === 'lesson') return ctx.at;
  const route = appStore.getState().route;
  return route.page === 'lesson' && route.slug === slug ? beatFromQuery(route.query, beatsFor(slug).length) : -1;
}

export function currentNotesState(slug: string): NotesState | null {
  const beats = beatsFor(slug);
  if (!beats.length) return null;
  const meta = findLesson(slug);
  const at = beatOnScreen(slug);
  return notesState(slug, meta?.heading ?? meta?.title ?? slug, beats, at, at >= 0 ? readBeatClaim(slug, at) : null);
}

/** A step asked for by the notes window: the next or previous beat; "next" before the start starts the lecture. */
export function stepFromNotes(slug: string, dir: 1 | -1): void {
  if (stepLecture(dir)) return;
  const beats = beatsFor(slug);
  if (dir === 1 && beats.length && beatOnScreen(slug) < 0) showLessonBeat(slug, beats, 0);
}

export function useNotesPublisher(slug: string): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(NOTES_CHANNEL);
    let listening = false;
    let last = '';
    const post = (force = false) => {
      const msg: NotesMessage = { type: 'state', state: currentNotesState(slug) };
      const text = JSON.stringify(msg);
      if (!force && text === last) return;
      last = text;
      channel.postMessage(msg);
    };
    channel.onmessage = (e: MessageEvent<unknown>) => {
      if (!isNotesMessage(e.data)) return;
      if (e.data.type === 'hello') {
        listening = true;
        post(true);
      } else if (e.data.type === 'bye') listening = false;
      else if (e.data.type === 'step') stepFromNotes(slug, e.data.dir);
    };
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (s.route !== prev.route && listening) post();
    });
    const id = setInterval(() => listening && post(), 500);
    // A notes window opened before this page (or before a reload) is listening already.
    post(true);
    return () => {
      clearInterval(id);
      unsubscribe();
      channel.postMessage({ type: 'state', state: null } satisfies NotesMessage);
      channel.close();
    };
  }, [slug]);
}
