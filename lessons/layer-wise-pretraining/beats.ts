import type { Beat } from '../../src/store/beats';

/** A lecture through this lesson in four beats. */
export const BEATS: Beat[] = [
  { section: 'lab', params: { preset: 'quick' }, note: 'In 2006 deep sigmoid nets would not train from random weights: Hinton pre-trained them layer by layer.' },
  { section: 'lab', params: { preset: 'quick' }, play: true, note: 'Run it: each autoencoder learns to reconstruct the digits, then the stack is fine-tuned with labels.' },
  { section: 'features', params: { preset: 'quick' }, note: 'The first layer’s learned features: strokes and blobs, found without labels.' },
  { section: 'today', params: { preset: 'quick' }, play: false, note: 'Today: ReLU with He initialization trains the same depth directly — compare the error rates.' },
];
