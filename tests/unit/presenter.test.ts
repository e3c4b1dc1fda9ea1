import { describe, expect, it, vi } from 'vitest';

vi.stubGlobal('location', { hash: '', search: '' });

const { actionForKey } = await import('../../src/app/actions');
const { appStore } = await import('../../src/store/app');
const { parseHash } = await import('../../src/store/route');
const { isNotesMessage, notesState, readingWords } = await import('../../src/app/beats/notesChannel');
const { presenterMargins } = await import('../../src/viz/ChartFrame');
const { sectionSays } = await import('../../src/store/beats');

function key(k: string) {
  return { key: k, ctrlKey: false, metaKey: false, altKey: false, target: null } as unknown as KeyboardEvent;
}

const beats = [
  { section: 'lab', note: 'First: press play.', shows: sectionSays('the lab', 'Play') },
  { section: 'lab', note: 'Second: the loss falls.', shows: sectionSays('the loss', 'loss') },
];

describe('presenter mode', () => {
  it('F toggles full screen, E enlarges a figure, N opens the speaker notes (presenter mode only)', () => {
    const s = { ...appStore.getState(), presenter: false };
    expect(actionForKey(key('f'), s)?.id).toBe('toggleFullscreen');
    expect(actionForKey(key('E'), s)?.id).toBe('enlargeFigure');
    expect(actionForKey(key('n'), s)).toBeNull();
  });

  it('the notes window has keys of its own: no app shortcut acts there', () => {
    const s = { ...appStore.getState(), presenter: true, route: parseHash('#/notes') };
    for (const k of ['f', 'e', 'p', 'ArrowRight', ' ', 'Escape']) expect(actionForKey(key(k), s), k).toBeNull();
  });

  it('#/notes is the notes route', () => {
    expect(parseHash('#/notes').page).toBe('notes');
    expect(parseHash('#/notes/x').page).toBe('notFound');
  });

  it('the notes state: the beat, its note and claim, the reading in words, the next note', () => {
    const before = notesState('demo', 'Demo', beats, -1, null);
    expect(before).toMatchObject({
      at: -1,
      count: 2,
      note: null,
      claim: null,
      reading: null,
      nextNote: 'First: press play.',
    });
    const first = notesState('demo', 'Demo', beats, 0, { ready: true, ok: true, measured: 'shows “Play”', step: null });
    expect(first).toMatchObject({
      at: 0,
      note: 'First: press play.',
      claim: 'the lab',
      reading: 'visible now (shows “Play”)',
      ok: true,
      nextNote: 'Second: the loss falls.',
    });
    const last = notesState('demo', 'Demo', beats, 1, { ready: false, ok: false, measured: 'no run yet', step: null });
    expect(last).toMatchObject({ at: 1, reading: 'not yet (no run yet)', ok: null, nextNote: null });
  });

  it('reads a claim in words', () => {
    expect(readingWords(null)).toEqual({ text: null, ok: null });
    expect(readingWords({ ready: true, ok: false, measured: 'loss 0.7', step: 10 })).toEqual({
      text: 'not on screen now (loss 0.7)',
      ok: false,
    });
  });

  it('only our messages are taken from the channel', () => {
    expect(isNotesMessage({ type: 'step', dir: 1 })).toBe(true);
    expect(isNotesMessage({ type: 'step', dir: 2 })).toBe(false);
    expect(isNotesMessage({ type: 'hello' })).toBe(true);
    expect(isNotesMessage({ type: 'state', state: null })).toBe(true);
    expect(isNotesMessage('step')).toBe(false);
    expect(isNotesMessage(null)).toBe(false);
  });

  it('charts get room for the large type: wider left and bottom margins where there are ticks and labels', () => {
    const m = presenterMargins({ top: 10, right: 12, bottom: 36, left: 54 });
    expect(m.left).toBeGreaterThan(54);
    expect(m.bottom).toBeGreaterThan(36);
    expect(presenterMargins({ top: 4, right: 4, bottom: 4, left: 4 })).toMatchObject({ bottom: 4, left: 4 });
  });
});
