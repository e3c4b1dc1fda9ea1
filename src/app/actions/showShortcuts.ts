import { appStore } from '../../store/app';
import type { Action } from './types';

export const showShortcuts: Action = {
  id: 'showShortcuts',
  label: 'Show keyboard shortcuts',
  keys: ['?'],
  display: '?',
  perform: (s) => appStore.setState({ shortcutsOpen: !s.shortcutsOpen }),
};
