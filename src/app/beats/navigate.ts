/**
 * Moving between beats in the page: write the beat's URL, then — once the lesson has
 * drawn it — scroll its section into view and play or pause the lab there.
 *
 * Beat mode is on while the lesson's URL names a beat (`beat=`) or the page carries a
 * playlist: a beat link, the beat bar's "Start" or a playlist link turns it on. Without
 * it, → / Page Down keep stepping sections.
 */
import { appStore } from '../../store/app';
import {
  beatFromQuery,
  beatHash,
  beatStore,
  parsePlaylist,
  playlistIndex,
  stepBeat,
  type Beat,
} from '../../store/beats';
import { activeController, controllerFor } from '../../store/controllers';
import { reducedMotion } from '../../store/motion';
import { parseHash } from '../../store/route';
import { beatsFor } from '../../store/course';

export type BeatContext =
  { kind: 'lesson'; slug: string; beats: Beat[]; at: number } | { kind: 'playlist'; list: string[]; at: number };

/** Where the lecture stands: a playlist in the page query first, else the lesson's beats when the URL names one. */
export function beatContext(requireActive = true): BeatContext | null {
  const list = typeof location === 'undefined' ? [] : parsePlaylist(location.search);
  if (list.length) {
    const found = playlistIndex(list, location.hash);
    return { kind: 'playlist', list, at: found >= 0 ? found : beatStore.getState().playlistAt };
  }
  const route = appStore.getState().route;
  if (route.page !== 'lesson') return null;
  const beats = beatsFor(route.slug);
  if (!beats.length) return null;
  const at = beatFromQuery(route.query, beats.length);
  if (requireActive && at < 0 && !route.query.has('beat')) return null;
  return { kind: 'lesson', slug: route.slug, beats, at };
}

let token = 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Scroll to the beat's section (once the lesson has drawn it), then play or pause the lab in view. */
export async function realizeBeat(beat: Beat): Promise<void> {
  const mine = ++token;
  let el: HTMLElement | null = null;
  for (let i = 0; i < 100 && !el; i++) {
    el = document.getElementById(beat.section);
    if (!el) await sleep(100);
    if (mine !== token) return;
  }
  if (!el) return;
  el.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
  if (beat.play === undefined) return;
  // New parameters may restart the lab: keep asking until it is in the wanted state.
  let agreed = 0;
  for (let i = 0; i < 40 && agreed < 3 && mine === token; i++) {
    await sleep(250);
    const c = activeController();
    if (!c) continue;
    if (c.isPlaying() === beat.play) {
      agreed++;
      continue;
    }
    agreed = 0;
    c.togglePlay();
    await sleep(500);
  }
}

function withPresent(hash: string): string {
  if (!appStore.getState().presenter) return hash;
  const r = parseHash(hash);
  if (r.page !== 'lesson' || r.query.has('present')) return hash;
  r.query.set('present', '1');
  return `#/lessons/${r.slug}?${r.query.toString()}`;
}

/**
 * A beat that shows a lab paused (before training, say) pauses it before its parameters change
 * (and a beat that asks for it resets the run):
 * a reset keeps the play state, so pausing afterwards would let the new run take a few hundred
 * steps first, and a claim about step 0 would be false on screen.
 */
function prepareLab(beat: Beat): void {
  const c = (beat.shows.lab ? controllerFor(beat.shows.lab) : controllerFor(beat.section)) ?? activeController();
  if (!c) return;
  if (beat.play === false && c.isPlaying()) c.togglePlay();
  if (beat.reset) c.reset();
}

/** Show beat i of the lesson: its URL (parameters replaced, app flags kept), section and play state. */
export function showLessonBeat(slug: string, beats: Beat[], i: number): void {
  prepareLab(beats[i]!);
  const route = appStore.getState().route;
  const hash = beatHash(slug, beats[i]!, i, route.query);
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  appStore.setState({ route: parseHash(location.hash) });
  void realizeBeat(beats[i]!);
}

/** Open playlist entry i (it may be another lesson). */
export function showPlaylistEntry(list: string[], i: number): void {
  beatStore.setState({ playlistAt: i });
  const hash = withPresent(list[i]!);
  const target = parseHash(hash);
  location.hash = hash;
  if (target.page !== 'lesson') return;
  const beats = beatsFor(target.slug);
  const b = beatFromQuery(target.query, beats.length);
  if (b >= 0) void realizeBeat(beats[b]!);
}

/** Step the lecture by one beat; false when there is none that way (the caller may step sections instead). */
export function stepLecture(dir: 1 | -1): boolean {
  const ctx = beatContext();
  if (!ctx) return false;
  const count = ctx.kind === 'lesson' ? ctx.beats.length : ctx.list.length;
  const to = stepBeat(ctx.at, dir, count);
  if (to === null) return false;
  if (ctx.kind === 'lesson') showLessonBeat(ctx.slug, ctx.beats, to);
  else showPlaylistEntry(ctx.list, to);
  return true;
}
