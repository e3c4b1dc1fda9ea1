/**
 * The presenter's beat bar (bottom-left, presenter mode only): "beat 3 of 7", back and
 * forward, the speaker note (N), "Copy link to this beat" and "Add to the lecture list".
 * A beat link opened in any mode still shows its section and play state once.
 */
import { useEffect, useState } from 'react';
import { useFleetingStatus } from '../../viz/useFleetingStatus';
import { useStore } from 'zustand';
import { addToPlaylist, beatHash, beatStore } from '../../store/beats';
import { copyText } from '../../viz/export';
import { useApp } from '../useApp';
import { beatContext, realizeBeat, showLessonBeat, stepLecture } from './navigate';
import { beatsFor } from '../../kit/course';
import { readBeatClaim } from './claims';
import type { ClaimReading } from '../../store/beats';

/** The claim of the beat on screen, read twice a second while the note is open. */
function useClaimReading(slug: string, at: number, on: boolean): ClaimReading | null {
  const [reading, setReading] = useState<ClaimReading | null>(null);
  useEffect(() => {
    if (!on || at < 0) return;
    const read = () => setReading(readBeatClaim(slug, at));
    read();
    const id = setInterval(read, 500);
    return () => clearInterval(id);
  }, [slug, at, on]);
  return on && at >= 0 ? reading : null;
}


export function BeatBar({ slug }: { slug: string }) {
  const presenter = useApp((s) => s.presenter);
  // Re-render on every URL change (the beat lives there).
  useApp((s) => (s.route.page === 'lesson' ? s.route.query.toString() : ''));
  const noteOpen = useStore(beatStore, (s) => s.noteOpen);
  const [status, setStatus] = useFleetingStatus();
  const here = beatContext();
  const reading = useClaimReading(slug, here?.kind === 'lesson' ? here.at : -1, noteOpen);

  // A beat link (or a reload on one): show its section and play state once the lesson is drawn.
  useEffect(() => {
    const ctx = beatContext();
    if (ctx?.kind === 'lesson' && ctx.at >= 0) void realizeBeat(ctx.beats[ctx.at]!);
  }, [slug]);


  if (!presenter) return null;
  const beats = beatsFor(slug);
  const ctx = beatContext();
  if (!beats.length && !ctx) return null;

  const lessonAt = ctx?.kind === 'lesson' ? ctx.at : (beatContext(false) as { at: number } | null)?.at ?? -1;
  const note = lessonAt >= 0 ? beats[lessonAt]?.note : undefined;
  const claim = lessonAt >= 0 ? beats[lessonAt]?.shows.text : undefined;
  const beatUrl = () => {
    const h = beatHash(slug, beats[Math.max(0, lessonAt)]!, Math.max(0, lessonAt), new URLSearchParams('present=1'));
    return `${location.origin}${location.pathname}${h}`;
  };

  return (
    <aside className="beat-bar" aria-label="Lecture beats">
      {!ctx ? (
        <>
          <span className="beat-count">{beats.length} beats</span>
          <button type="button" onClick={() => showLessonBeat(slug, beats, 0)}>
            Start the lecture
          </button>
        </>
      ) : (
        <>
          <button type="button" aria-label="Previous beat" onClick={() => stepLecture(-1)}>
            ←
          </button>
          <span className="beat-count" data-testid="beat-counter" aria-live="polite">
            {ctx.kind === 'lesson' ? `beat ${ctx.at + 1} of ${ctx.beats.length}` : `link ${ctx.at + 1} of ${ctx.list.length} in the playlist`}
          </span>
          <button type="button" aria-label="Next beat" onClick={() => stepLecture(1)}>
            →
          </button>
        </>
      )}
      {beats.length > 0 && (
        <>
          <button type="button" aria-pressed={noteOpen} onClick={() => beatStore.setState({ noteOpen: !noteOpen })} title="Speaker note (N)">
            Note
          </button>
          <button type="button" onClick={async () => setStatus((await copyText(beatUrl())) ? 'Link to this beat copied' : `Copy: ${beatUrl()}`)}>
            Copy link to this beat
          </button>
          <button
            type="button"
            title="Append this beat to the lecture playlist kept in this page's address"
            onClick={() => {
              const h = beatHash(slug, beats[Math.max(0, lessonAt)]!, Math.max(0, lessonAt));
              history.replaceState(history.state, '', `${location.pathname}${addToPlaylist(location.search, h)}${location.hash}`);
              setStatus('Added to the playlist in the address bar: copy the page link to keep it');
            }}
          >
            Add to the lecture list
          </button>
        </>
      )}
      {noteOpen && (
        <p className="beat-note" data-testid="speaker-note">
          {note ?? 'No beat yet: press → to start.'}
          {claim && (
            <span className="beat-claim" data-testid="beat-claim">
              {' '}
              Shows: {claim} —{' '}
              {!reading ? '…' : !reading.ready ? `not yet (${reading.measured})` : reading.ok ? `visible now (${reading.measured})` : `not on screen now (${reading.measured})`}
            </span>
          )}
        </p>
      )}
      <span className="beat-status" role="status">
        {status}
      </span>
    </aside>
  );
}
