import { activeController, controllerStore } from '../../store/controllers';
import type { Action } from './types';

export const reset: Action = {
  id: 'reset',
  label: 'Reset the networks',
  keys: ['r'],
  display: 'R',
  enabled: () => controllerStore.getState().count > 0,
  perform: () => activeController()?.reset(),
};
