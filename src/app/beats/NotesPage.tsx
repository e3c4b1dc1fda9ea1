/**
 * The speaker notes window (#/notes, opened by N or the beat bar's "Notes"): the beat on
 * the projector, its note and its claim read live on the presenting window's page, the
 * next beat's note, and next / previous buttons. It follows the presenting window over
 * the notes channel (notesChannel.ts); → and ← here move the lecture there.
 */
import { useEffect, useRef, useState } from 'react';
import { isNotesMessage, NOTES_CHANNEL, type NotesMessage, type NotesState } from './notesChannel';

export function NotesPage() {
  const [state, setState] = useState<NotesState | null>(null);
  const [heard, setHeard] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    document.title = 'Speaker notes — Hidden Layers';
    if (typeof BroadcastChannel === 'undefined') return;
    const c = new BroadcastChannel(NOTES_CHANNEL);
    channel.current = c;
    c.onmessage = (e: MessageEvent<unknown>) => {
      if (!isNotesMessage(e.data) || e.data.type !== 'state') return;
      setHeard(true);
      setState(e.data.state);
    };
    const hello = () => c.postMessage({ type: 'hello' } satisfies NotesMessage);
    hello();
    // The presenting window may load (or reload) after this one: keep saying hello.
    const id = setInterval(hello, 2000);
    const bye = () => c.postMessage({ type: 'bye' } satisfies NotesMessage);
    window.addEventListener('pagehide', bye);
    return () => {
      clearInterval(id);
      window.removeEventListener('pagehide', bye);
      bye();
      c.close();
      channel.current = null;
    };
  }, []);

  const step = (dir: 1 | -1) => channel.current?.postMessage({ type: 'step', dir } satisfies NotesMessage);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target instanceof HTMLElement && e.target.closest('button') && (e.key === ' ' || e.key === 'Enter')) return;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) step(1);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) step(-1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const support = typeof BroadcastChannel !== 'undefined';
  return (
    <div className="notes-page">
      <h1>Speaker notes</h1>
      {!support ? (
        <p role="alert">
          This browser cannot link two windows (no BroadcastChannel): use the beat bar in the presenting window.
        </p>
      ) : !state ? (
        <p role="status">
          {heard
            ? 'The presenting window shows no lesson with beats.'
            : 'Waiting for the presenting window: open a lesson in presenter mode (P) in the window that opened this one.'}
        </p>
      ) : (
        <>
          <p className="notes-lesson">{state.title}</p>
          <div className="notes-nav">
            <button type="button" onClick={() => step(-1)} disabled={state.at <= 0}>
              ← Previous beat
            </button>
            <span className="notes-count" data-testid="notes-counter" aria-live="polite">
              {state.at < 0 ? `${state.count} beats: not started` : `beat ${state.at + 1} of ${state.count}`}
            </span>
            <button type="button" onClick={() => step(1)} disabled={state.at >= state.count - 1}>
              {state.at < 0 ? 'Start the lecture →' : 'Next beat →'}
            </button>
          </div>
          <section aria-labelledby="notes-now-h" className="notes-now">
            <h2 id="notes-now-h">Now</h2>
            <p className="notes-note" data-testid="notes-note">
              {state.note ?? 'No beat yet: press → to start.'}
            </p>
            {state.claim && (
              <p className="notes-claim" data-testid="notes-claim">
                <strong>Shows:</strong> {state.claim} —{' '}
                <span className={state.ok === null ? undefined : state.ok ? 'notes-ok' : 'notes-not'}>
                  {state.reading ?? '…'}
                </span>
              </p>
            )}
          </section>
          <section aria-labelledby="notes-next-h" className="notes-next">
            <h2 id="notes-next-h">Next</h2>
            <p data-testid="notes-next">{state.nextNote ?? 'This is the last beat.'}</p>
          </section>
        </>
      )}
    </div>
  );
}
