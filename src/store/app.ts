/**
 * The app-wide store (zustand vanilla, usable from non-React code): route, presenter
 * mode, settings, the tfjs backend in use, notices and the open dialogs. (Which lab the
 * keyboard drives is src/store/controllers.ts.)
 */
import { createStore } from 'zustand/vanilla';
import type { BackendInfo, BackendRequest, Fault } from '../engine';
import { parseHash, type Route } from './route';
import { loadAndRepairSettings, saveSettings, type Settings } from './settings';

export interface Notice {
  id: string;
  kind: 'info' | 'warning' | 'error';
  title: string;
  lines: string[];
}

export interface AppState {
  route: Route;
  presenter: boolean;
  settings: Settings;
  /** The backend request from ?backend= (wins over settings), if any. */
  backendOverride: BackendRequest | null;
  /** Fault injection for tests (?fault=backend,lose). */
  faults: Fault[];
  backend: { info: BackendInfo | null; status: 'idle' | 'starting' | 'ready' | 'failed' };
  notices: Notice[];
  shortcutsOpen: boolean;
  settingsOpen: boolean;
}

const initialSettings = loadAndRepairSettings();

export const appStore = createStore<AppState>(() => ({
  route: parseHash(globalThis.location?.hash ?? ''),
  presenter: false,
  settings: initialSettings.settings,
  backendOverride: null,
  faults: [],
  backend: { info: null, status: 'idle' },
  notices: initialSettings.problem
    ? [{ id: 'settings', kind: 'warning', title: 'Settings reset', lines: [initialSettings.problem] }]
    : [],
  shortcutsOpen: false,
  settingsOpen: false,
}));

export const appActions = {
  notify(n: Notice): void {
    appStore.setState((s) => ({ notices: [...s.notices.filter((x) => x.id !== n.id), n] }));
  },
  dismiss(id: string): void {
    appStore.setState((s) => ({ notices: s.notices.filter((x) => x.id !== id) }));
  },
  setPresenter(on: boolean): void {
    appStore.setState({ presenter: on });
  },
  updateSettings(patch: Partial<Settings>): void {
    const settings = { ...appStore.getState().settings, ...patch };
    saveSettings(settings);
    appStore.setState({ settings });
  },
  /** The backend a lesson should ask for: URL flag first, then settings. */
  backendRequest(): BackendRequest {
    const s = appStore.getState();
    return s.backendOverride ?? s.settings.backend;
  },
};
