import { beatContext } from '../beats/navigate';
import { openNotes } from '../beats/openNotes';
import type { Action } from './types';

export const openSpeakerNotes: Action = {
  id: 'openSpeakerNotes',
  label: 'Speaker notes in a second window, following the beats (presenter mode)',
  keys: ['n'],
  display: 'N',
  enabled: (s) => s.presenter && beatContext(false) !== null,
  perform: () => openNotes(),
};
