import type { RegMethod } from '../../src/engine';

/** One Okabe–Ito colour per network (colour-blind safe), and darker shades for text (WCAG AA on white and the panel grey). */
export const METHOD_COLORS: Record<RegMethod, string> = {
  none: '#D55E00',
  l2: '#0072B2',
  l1: '#009E73',
  early: '#CC79A7',
  dropout: '#E69F00',
};
export const METHOD_TEXT_COLORS: Record<RegMethod, string> = {
  none: '#a34700',
  l2: '#005a8c',
  l1: '#00664b',
  early: '#8f3f73',
  dropout: '#7a5500',
};

/** Short names for cards and legends. */
export const METHOD_SHORT: Record<RegMethod, string> = {
  none: 'None',
  l2: 'L2',
  l1: 'L1',
  early: 'Early stop',
  dropout: 'Dropout',
};
