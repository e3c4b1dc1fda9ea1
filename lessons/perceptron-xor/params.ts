import { APPROX_ACTS, TARGET_CHOICES, GATE_CHOICES } from '../../src/engine';
import { param } from '../../src/kit';

export const SLUG = 'perceptron-xor';

/** Everything a link can set for this lesson; the URL, the controls and the defaults all come from here. */
export const PARAMS = {
  gate: param.enum({ label: 'Data', ...GATE_CHOICES, default: 'and' }),
  eta: param.number({ label: 'Learning rate η', min: 0.01, max: 2, default: 1, log: true }),
  speed: param.int({ label: 'Epochs per second', min: 1, max: 30, default: 4 }),
  xAct: param.enum({
    label: 'Hidden activation',
    options: ['tanh', 'sigmoid'] as const,
    default: 'tanh',
    names: { tanh: 'tanh', sigmoid: 'Sigmoid' },
  }),
  xHidden: param.int({ label: 'Hidden units', min: 2, max: 8, default: 2 }),
  xLr: param.number({ label: 'Learning rate η (network)', min: 0.001, max: 3, default: 0.3, log: true }),
  fn: param.enum({ label: 'Target function', ...TARGET_CHOICES, default: 'sine' }),
  act: param.enum({
    label: 'Unit activation',
    options: APPROX_ACTS,
    default: 'sigmoid',
    names: { sigmoid: 'Sigmoid', relu: 'ReLU' },
  }),
  n: param.int({ label: 'Hidden units n', min: 1, max: 64, default: 8 }),
  lr: param.number({ label: 'Adam step size', min: 0.001, max: 0.3, default: 0.02, log: true }),
  seed: param.int({ label: 'Seed', min: 1, max: 999, default: 1 }),
};
