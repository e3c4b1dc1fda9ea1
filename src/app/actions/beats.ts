import { beatStore } from '../../store/beats';
import { beatContext } from '../beats/navigate';
import type { Action } from './types';

export const toggleNote: Action = {
  id: 'toggleNote',
  label: 'Show / hide the speaker note (presenter mode)',
  keys: ['n'],
  display: 'N',
  enabled: (s) => s.presenter && beatContext(false) !== null,
  perform: () => beatStore.setState((b) => ({ noteOpen: !b.noteOpen })),
};
