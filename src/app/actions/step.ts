import { activeController, controllerStore } from '../../store/controllers';
import type { Action } from './types';

export const step: Action = {
  id: 'step',
  label: 'Train one step',
  keys: ['s'],
  display: 'S',
  enabled: () => controllerStore.getState().count > 0,
  perform: () => activeController()?.step(),
};
