import type { Beat } from '../../src/store/beats';

/** A lecture through this lesson in five beats (presenter mode: → / ← step, N shows the note). */
export const BEATS: Beat[] = [
  { section: 'what', note: 'Same network, same seed, only the activation differs: predict which trains first.' },
  { section: 'lab', params: { dataset: 'xor' }, play: true, note: 'XOR with two hidden layers: watch ReLU’s loss drop first; sigmoid lags on its plateau.' },
  { section: 'lab', params: { dataset: 'spiral', depth: '4', width: '16' }, play: true, note: 'Spiral, four layers: the sigmoid net stalls while ReLU carves the arms.' },
  { section: 'lab', params: { dataset: 'spiral', depth: '4', width: '16', lr: '3' }, play: true, note: 'η = 3 is too big: ask who diverges first, and why sigmoid tolerates it longer.' },
  { section: 'derivatives', params: { dataset: 'spiral', depth: '4', width: '16' }, play: false, note: 'The derivatives: sigmoid′ is at most ¼, so the signal shrinks at every layer.' },
];
