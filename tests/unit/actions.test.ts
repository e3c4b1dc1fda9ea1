import { describe, expect, it, vi } from 'vitest';

// The app store reads localStorage and location at import; give it a minimal window.
vi.stubGlobal('location', { hash: '', search: '' });

const { ACTIONS, actionForKey } = await import('../../src/app/actions');
const { appStore } = await import('../../src/store/app');
const { registerController } = await import('../../src/store/controllers');

function key(k: string, mods: Partial<KeyboardEvent> = {}) {
  return { key: k, ctrlKey: false, metaKey: false, altKey: false, target: null, ...mods } as unknown as KeyboardEvent;
}

describe('keyboard actions', () => {
  it('no two actions share a key', () => {
    const seen = new Map<string, string>();
    for (const a of ACTIONS) {
      for (const k of a.keys) {
        const norm = k.length === 1 ? k.toLowerCase() : k;
        expect(seen.get(norm), `${k} is bound twice`).toBeUndefined();
        seen.set(norm, a.id);
      }
    }
  });

  it('maps keys to the lesson controller when a lesson is open', () => {
    const ctl = { togglePlay: vi.fn(), step: vi.fn(), reset: vi.fn(), isPlaying: () => false };
    const unregister = registerController('lab', () => null, ctl);
    const s = () => appStore.getState();
    actionForKey(key(' '), s())!.perform(s());
    actionForKey(key('S'), s())!.perform(s());
    actionForKey(key('r'), s())!.perform(s());
    expect(ctl.togglePlay).toHaveBeenCalledOnce();
    expect(ctl.step).toHaveBeenCalledOnce();
    expect(ctl.reset).toHaveBeenCalledOnce();
    unregister();
  });

  it('a modal dialog owns the keyboard: no shortcut acts behind it', () => {
    const ctl = { togglePlay: vi.fn(), step: vi.fn(), reset: vi.fn(), isPlaying: () => false };
    const unregister = registerController('lab', () => null, ctl);
    for (const open of [{ settingsOpen: true }, { shortcutsOpen: true }]) {
      appStore.setState({ settingsOpen: false, shortcutsOpen: false, presenter: false, ...open });
      for (const k of ['s', 'S', 'r', ' ', 'p', '?', 'PageDown'])
        expect(actionForKey(key(k), appStore.getState()), k).toBeNull();
    }
    appStore.setState({ settingsOpen: false, shortcutsOpen: false });
    expect(actionForKey(key('s'), appStore.getState())?.id).toBe('step');
    unregister();
  });

  it('ignores keys with modifiers and lesson keys without a lesson', () => {
    expect(actionForKey(key('s'), appStore.getState())).toBeNull();
    expect(actionForKey(key('p', { ctrlKey: true }), appStore.getState())).toBeNull();
  });

  it('P toggles presenter mode; arrows step sections only in presenter mode; Esc leaves it', () => {
    appStore.setState({ presenter: false });
    expect(actionForKey(key('ArrowRight'), appStore.getState())).toBeNull();
    actionForKey(key('p'), appStore.getState())!.perform(appStore.getState());
    expect(appStore.getState().presenter).toBe(true);
    expect(actionForKey(key('PageDown'), appStore.getState())?.id).toBe('nextSection');
    expect(actionForKey(key('ArrowLeft'), appStore.getState())?.id).toBe('previousSection');
    actionForKey(key('Escape'), appStore.getState())!.perform(appStore.getState());
    expect(appStore.getState().presenter).toBe(false);
  });

  it('? opens the shortcut list and Esc closes it first', () => {
    appStore.setState({ presenter: true, shortcutsOpen: false });
    actionForKey(key('?'), appStore.getState())!.perform(appStore.getState());
    expect(appStore.getState().shortcutsOpen).toBe(true);
    actionForKey(key('Escape'), appStore.getState())!.perform(appStore.getState());
    expect(appStore.getState().shortcutsOpen).toBe(false);
    expect(appStore.getState().presenter).toBe(true);
  });
});
