import type { Beat } from '../../src/store/beats';

/** A lecture through this lesson in six beats. */
export const BEATS: Beat[] = [
  { section: 'gd', note: 'Gradient descent steps against the gradient; the learning rate is the step size.' },
  { section: 'lab', params: { surface: 'ravine', kappa: '10' }, play: true, note: 'A ravine with κ = 10: SGD zig-zags across, momentum rolls along the floor.' },
  { section: 'lab', params: { surface: 'ravine', kappa: '100' }, play: true, note: 'κ = 100: plain SGD crawls; the adaptive methods rescale each direction.' },
  { section: 'lab', params: { surface: 'rosenbrock' }, play: true, note: 'Rosenbrock’s curved valley: who follows the bend, who overshoots?' },
  { section: 'lab', params: { surface: 'saddle' }, play: true, note: 'A saddle point: the gradient is nearly zero — noise and momentum get us out.' },
  { section: 'network', params: { schedule: 'inverse' }, play: true, note: 'A real network with mini-batches: SGD, momentum and Adam with a decaying learning rate.' },
];
