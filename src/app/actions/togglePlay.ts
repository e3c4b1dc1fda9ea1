import type { Action } from './types';

export const togglePlay: Action = {
  id: 'togglePlay',
  label: 'Play / pause training',
  keys: [' '],
  display: 'Space',
  enabled: (s) => s.controller !== null,
  perform: (s) => s.controller?.togglePlay(),
};
