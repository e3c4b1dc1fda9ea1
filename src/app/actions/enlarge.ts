import { enlarge, enlargeStore, figureToEnlarge, restore } from '../../store/enlarge';
import type { Action } from './types';

export const enlargeFigure: Action = {
  id: 'enlargeFigure',
  label: 'Enlarge the figure in focus (or under the pointer, or the largest in view) to fill the screen, and back',
  keys: ['e'],
  display: 'E',
  perform: () => {
    if (enlargeStore.getState().el) return restore();
    const el = figureToEnlarge();
    if (el) enlarge(el);
  },
};
