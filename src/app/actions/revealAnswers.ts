import { pollStore, revealPollInView } from '../../kit/exercises/poll';
import type { Action } from './types';

/** Presenter polls: the question is shown first; this key reveals the answers of the exercise in view. */
export const revealAnswers: Action = {
  id: 'revealAnswers',
  label: 'Reveal the answers of the exercise in view (presenter mode)',
  keys: ['a'],
  display: 'A',
  enabled: (s) => s.presenter && pollStore.getState().count > 0,
  perform: () => revealPollInView(),
};
