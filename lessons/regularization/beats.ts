import type { Beat } from '../../src/store/beats';

/** A lecture through this lesson in five beats (presenter mode: → / ← step, N shows the note). */
export const BEATS: Beat[] = [
  { section: 'lab', params: { show: 'none' }, play: true, note: '30 noisy points, a 64-64 network, no regularization: the training loss falls, the held-out loss turns up.' },
  { section: 'lab', params: { show: 'none,l2,l1' }, play: true, note: 'L2 and L1 from the same start on the same batches: a smaller gap, and L1’s histogram spikes at zero.' },
  { section: 'lab', params: { show: 'none,early,dropout' }, play: true, note: 'Early stopping keeps the best held-out weights; dropout trains an ensemble of thinned networks.' },
  { section: 'lab', params: { show: 'none', points: '300' }, play: true, note: 'Ten times the data, no regularizer at all: the gap nearly closes. More data is the best regularizer.' },
  { section: 'early-stopping', note: 'Why stopping early acts like L2: λ ≈ 1/(2ηt).' },
];
