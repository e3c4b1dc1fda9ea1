import { DATASET_CHOICES, REG_CHOICES, REG_METHODS, MAX_TRAIN_POINTS } from '../../src/engine';
import { param } from '../../src/kit';

export const SLUG = 'regularization';

export const HIDDEN_ACTS = ['tanh', 'relu'] as const;

/** Everything a link can set for this lesson; the URL, the controls and the defaults all come from here. */
export const PARAMS = {
  show: param.set({ label: 'Networks compared', ...REG_CHOICES, default: REG_METHODS, minItems: 1 }),
  points: param.int({ label: 'Training points (more data)', min: 10, max: MAX_TRAIN_POINTS, default: 30 }),
  l2: param.number({ label: 'L2 strength λ₂', min: 1e-5, max: 0.1, default: 0.003, log: true }),
  l1: param.number({ label: 'L1 strength λ₁', min: 1e-5, max: 0.1, default: 0.001, log: true }),
  keep: param.number({ label: 'Dropout keep probability p', min: 0.1, max: 1, default: 0.5, step: 0.05 }),
  patience: param.int({ label: 'Early-stopping patience (steps)', min: 50, max: 5000, default: 500 }),
  dataset: param.enum({ label: 'Dataset', ...DATASET_CHOICES, default: 'xor' }),
  noise: param.number({ label: 'Noise', min: 0, max: 0.4, default: 0.15, step: 0.01 }),
  act: param.enum({
    label: 'Hidden activation',
    options: HIDDEN_ACTS,
    default: 'tanh',
    names: { tanh: 'tanh', relu: 'ReLU' },
  }),
  lr: param.number({ label: 'Learning rate η', min: 0.001, max: 10, default: 0.1, log: true }),
  batch: param.int({ label: 'Batch size', min: 1, max: 100, default: 10 }),
  seed: param.int({ label: 'Seed', min: 1, max: 9999, default: 1 }),
};
