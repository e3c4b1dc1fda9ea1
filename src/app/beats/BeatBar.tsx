/**
 * The presenter's beat bar (bottom-right, presenter mode only): "beat 3 of 7", back and
 * forward, "Notes" (N: the speaker notes in a second window, never on the projected
 * screen), "Copy link to this beat" and "Add to the lecture list". A beat link opened in
 * any mode still shows its section and play state once.
 */
import { useEffect } from 'react';
import { useFleetingStatus } from '../../viz/useFleetingStatus';
import { useStore } from 'zustand';
import { addToPlaylist, beatHash, beatStore } from '../../store/beats';
import { copyText } from '../../viz/export';
import { useApp } from '../../store/useApp';
import { beatContext, realizeBeat, showLessonBeat, stepLecture } from './navigate';
import { notesUrl } from './notesChannel';
import { openNotes } from './openNotes';
import { useNotesPublisher } from './useNotesPublisher';
import { beatsFor } from '../../store/course';

export function BeatBar({ slug }: { slug: string }) {
  const presenter = useApp((s) => s.presenter);
  // Re-render on every URL change (the beat lives there).
  useApp((s) => (s.route.page === 'lesson' ? s.route.query.toString() : ''));
  const notesBlocked = useStore(beatStore, (s) => s.notesBlocked);
  const [status, setStatus] = useFleetingStatus();
  useNotesPublisher(slug);

  // A beat link (or a reload on one): show its section and play state once the lesson is drawn.
  useEffect(() => {
    const ctx = beatContext();
    if (ctx?.kind === 'lesson' && ctx.at >= 0) void realizeBeat(ctx.beats[ctx.at]!);
  }, [slug]);

  if (!presenter) return null;
  const beats = beatsFor(slug);
  const ctx = beatContext();
  if (!beats.length && !ctx) return null;

  const lessonAt = ctx?.kind === 'lesson' ? ctx.at : ((beatContext(false) as { at: number } | null)?.at ?? -1);
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
            {ctx.kind === 'lesson'
              ? `beat ${ctx.at + 1} of ${ctx.beats.length}`
              : `link ${ctx.at + 1} of ${ctx.list.length} in the playlist`}
          </span>
          <button type="button" aria-label="Next beat" onClick={() => stepLecture(1)}>
            →
          </button>
        </>
      )}
      {beats.length > 0 && (
        <>
          <button type="button" onClick={openNotes} title="Speaker notes in a second window (N)">
            Notes
          </button>
          <button
            type="button"
            onClick={async () =>
              setStatus((await copyText(beatUrl())) ? 'Link to this beat copied' : `Copy: ${beatUrl()}`)
            }
          >
            Copy link to this beat
          </button>
          <button
            type="button"
            title="Append this beat to the lecture playlist kept in this page's address"
            onClick={() => {
              const h = beatHash(slug, beats[Math.max(0, lessonAt)]!, Math.max(0, lessonAt));
              history.replaceState(
                history.state,
                '',
                `${location.pathname}${addToPlaylist(location.search, h)}${location.hash}`,
              );
              setStatus('Added to the playlist in the address bar: copy the page link to keep it');
            }}
          >
            Add to the lecture list
          </button>
        </>
      )}
      {notesBlocked && (
        <span className="beat-blocked" role="alert">
          The browser blocked the notes window:{' '}
          <a href={notesUrl()} target="_blank" rel="noopener">
            open the speaker notes
          </a>
        </span>
      )}
      <span className="beat-status" role="status">
        {status}
      </span>
    </aside>
  );
}
