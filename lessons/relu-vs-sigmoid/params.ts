import { ACTIVATION_LABELS, ACTIVATIONS, DATASET_CHOICES, INIT_CHOICES } from '../../src/engine';
import { param } from '../../src/kit';

export const SLUG = 'relu-vs-sigmoid';

/** Everything a link can set for this lesson; the URL, the controls and the defaults all come from here. */
export const PARAMS = {
  dataset: param.enum({ label: 'Dataset', ...DATASET_CHOICES, default: 'xor' }),
  noise: param.number({ label: 'Noise', min: 0, max: 0.5, default: 0, step: 0.01 }),
  depth: param.int({ label: 'Hidden layers', min: 1, max: 6, default: 2 }),
  width: param.int({ label: 'Units per layer', min: 1, max: 32, default: 8 }),
  acts: param.set({
    label: 'Activations compared',
    options: ACTIVATIONS,
    default: ['sigmoid', 'tanh', 'relu'],
    minItems: 1,
    names: ACTIVATION_LABELS,
  }),
  init: param.enum({ label: 'Initialization', ...INIT_CHOICES, default: 'glorot' }),
  lr: param.number({ label: 'Learning rate η', min: 0.001, max: 10, default: 0.1, log: true }),
  batch: param.int({ label: 'Batch size', min: 1, max: 100, default: 10 }),
  seed: param.int({ label: 'Seed', min: 1, max: 9999, default: 1 }),
};
