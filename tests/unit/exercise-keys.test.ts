import { describe, expect, it, vi } from 'vitest';

// A minimal DOM element: enough for actionForKey's checks (matches / closest by attribute).
class FakeElement {
  isContentEditable = false;
  constructor(private attrs: Record<string, string>) {}
  matches(sel: string): boolean {
    return sel.split(',').some((s) => {
      const m = /\[([a-z-]+)="([^"]+)"\]/.exec(s.trim());
      return !!m && s.trim().startsWith('[') && this.attrs[m[1]!] === m[2];
    });
  }
  closest(sel: string): FakeElement | null {
    return this.matches(sel) ? this : null;
  }
}
vi.stubGlobal('HTMLElement', FakeElement);
vi.stubGlobal('HTMLInputElement', class {});
vi.stubGlobal('HTMLTextAreaElement', class {});
vi.stubGlobal('HTMLSelectElement', class {});
vi.stubGlobal('location', { hash: '', search: '' });

const { actionForKey } = await import('../../src/app/actions');
const { appStore } = await import('../../src/store/app');
const { registerPoll } = await import('../../src/kit/exercises/poll');
const { registerController } = await import('../../src/store/controllers');

function key(k: string, target: unknown) {
  return { key: k, ctrlKey: false, metaKey: false, altKey: false, target } as unknown as KeyboardEvent;
}

describe('shortcuts leave a focused scrubbable number alone', () => {
  it('arrows, Page keys, Home/End and Space on role=slider reach the slider, not the presenter or the lab', () => {
    const unregister = registerController('lab', () => null, {
      togglePlay: vi.fn(),
      step: vi.fn(),
      reset: vi.fn(),
      isPlaying: () => false,
    });
    appStore.setState({ presenter: true });
    const slider = new FakeElement({ role: 'slider' });
    for (const k of ['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', ' '])
      expect(actionForKey(key(k, slider), appStore.getState()), k).toBeNull();
    // Elsewhere, the same keys step the presenter and play the lab.
    const para = new FakeElement({});
    expect(actionForKey(key('ArrowRight', para), appStore.getState())?.id).toBe('nextSection');
    expect(actionForKey(key('PageUp', para), appStore.getState())?.id).toBe('previousSection');
    expect(actionForKey(key(' ', para), appStore.getState())?.id).toBe('togglePlay');
    unregister();
    appStore.setState({ presenter: false });
  });
  it('A reveals a poll only in presenter mode with an exercise on the page', () => {
    const s = () => appStore.getState();
    expect(actionForKey(key('a', null), s())).toBeNull();
    const unregister = registerPoll(
      () => null,
      () => {},
    );
    expect(actionForKey(key('a', null), s())).toBeNull();
    appStore.setState({ presenter: true });
    expect(actionForKey(key('A', null), s())?.id).toBe('revealAnswers');
    unregister();
    expect(actionForKey(key('a', null), s())).toBeNull();
    appStore.setState({ presenter: false });
  });
});
