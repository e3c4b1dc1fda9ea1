import { appActions } from '../../store/app';
import type { Action } from './types';

export const togglePresenter: Action = {
  id: 'togglePresenter',
  label: 'Presenter mode on / off',
  keys: ['p'],
  display: 'P',
  perform: (s) => appActions.setPresenter(!s.presenter),
};
