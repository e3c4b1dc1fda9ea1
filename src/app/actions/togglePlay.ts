import { activeController, controllerStore } from '../../store/controllers';
import type { Action } from './types';

export const togglePlay: Action = {
  id: 'togglePlay',
  label: 'Play / pause training',
  keys: [' '],
  display: 'Space',
  enabled: () => controllerStore.getState().count > 0,
  perform: () => activeController()?.togglePlay(),
};
