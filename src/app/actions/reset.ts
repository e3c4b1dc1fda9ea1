import type { Action } from './types';

export const reset: Action = {
  id: 'reset',
  label: 'Reset the networks',
  keys: ['r'],
  display: 'R',
  enabled: (s) => s.controller !== null,
  perform: (s) => s.controller?.reset(),
};
