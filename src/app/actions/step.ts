import type { Action } from './types';

export const step: Action = {
  id: 'step',
  label: 'Train one step',
  keys: ['s'],
  display: 'S',
  enabled: (s) => s.controller !== null,
  perform: (s) => s.controller?.step(),
};
