import type { Beat } from '../../src/store/beats';

/** A lecture through this lesson in five beats (presenter mode: → / ← step, N shows the note). */
export const BEATS: Beat[] = [
  { section: 'lab', note: 'f = (x + y)·z at x = −2, y = 5, z = −4: step forward (f = −12), then ask for ∂f/∂x before stepping back.' },
  { section: 'lab', params: { z: '0' }, note: 'Set z = 0: every gradient through the multiply gate vanishes — multiply swaps, so ∂f/∂q = z = 0.' },
  { section: 'deck', note: 'J = cos(sin x² + 3x²): the chain rule one node at a time, then the finite difference agrees to many digits.' },
  { section: 'gates', note: 'x feeds two gates: the gradients from both branches add at the fork; max sends all of its gradient one way.' },
  { section: 'neuron', note: 'One sigmoid neuron: the same graph, the same numbers as tfjs’s own tf.grads.' },
];
