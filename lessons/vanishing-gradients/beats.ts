import type { Beat } from '../../src/store/beats';

/** A lecture through this lesson in five beats. */
export const BEATS: Beat[] = [
  { section: 'signal', note: 'The error signal travels backwards: each layer multiplies it by a weight and a derivative.' },
  { section: 'backprop', note: 'Follow one path: the product of derivatives is why depth hurts sigmoid nets.' },
  { section: 'lab', params: { depth: '8' }, play: true, note: 'Eight sigmoid layers with small weights (A) against ReLU + He (B): compare the gradient per layer.' },
  { section: 'lab', params: { depth: '12', init: 'large', act: 'tanh' }, play: true, note: 'Large weights with tanh: now the gradient explodes instead — same mechanism, other direction.' },
  { section: 'histograms', params: { depth: '8' }, play: false, note: 'Activation histograms: saturated sigmoids pile up at 0 and 1, where the derivative vanishes.' },
];
