import { appStore } from '../../store/app';
import type { Action } from './types';

export const escape: Action = {
  id: 'escape',
  label: 'Close dialog / leave presenter mode',
  keys: ['Escape'],
  display: 'Esc',
  perform: (s) => {
    if (s.shortcutsOpen || s.settingsOpen) appStore.setState({ shortcutsOpen: false, settingsOpen: false });
    else if (s.presenter) appStore.setState({ presenter: false });
  },
};
