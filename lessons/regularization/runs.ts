import { SWATCH, TEXT_SWATCH } from '../../src/viz/palette';
import type { RegMethod } from '../../src/engine';

/** One Okabe–Ito colour per network (colour-blind safe), and shades for text (WCAG AA in either theme). */
export const METHOD_COLORS: Record<RegMethod, string> = {
  none: SWATCH.vermillion,
  l2: SWATCH.blue,
  l1: SWATCH.green,
  early: SWATCH.pink,
  dropout: SWATCH.orange,
};
export const METHOD_TEXT_COLORS: Record<RegMethod, string> = {
  none: TEXT_SWATCH.vermillion,
  l2: TEXT_SWATCH.blue,
  l1: TEXT_SWATCH.green,
  early: TEXT_SWATCH.pink,
  dropout: TEXT_SWATCH.ochre,
};

/** Short names for cards and legends. */
export const METHOD_SHORT: Record<RegMethod, string> = {
  none: 'None',
  l2: 'L2',
  l1: 'L1',
  early: 'Early stop',
  dropout: 'Dropout',
};
