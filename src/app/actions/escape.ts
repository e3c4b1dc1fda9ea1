import { appStore } from '../../store/app';
import { enlargeStore, restore } from '../../store/enlarge';
import type { Action } from './types';

export const escape: Action = {
  id: 'escape',
  label: 'Close dialog / put an enlarged figure back / leave presenter mode',
  keys: ['Escape'],
  display: 'Esc',
  perform: (s) => {
    if (s.shortcutsOpen || s.settingsOpen) appStore.setState({ shortcutsOpen: false, settingsOpen: false });
    else if (enlargeStore.getState().el) restore();
    else if (s.presenter) appStore.setState({ presenter: false });
  },
};
