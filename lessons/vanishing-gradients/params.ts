import { ACTIVATION_LABELS, DATASET_CHOICES, INIT_CHOICES } from '../../src/engine';
import { param, type ParamValues } from '../../src/kit';

export const SLUG = 'vanishing-gradients';

export const ACTS = ['sigmoid', 'tanh', 'relu', 'leakyRelu'] as const;
const ACT_NAMES = {
  sigmoid: ACTIVATION_LABELS.sigmoid,
  tanh: ACTIVATION_LABELS.tanh,
  relu: ACTIVATION_LABELS.relu,
  leakyRelu: ACTIVATION_LABELS.leakyRelu,
};

/** Everything a link can set for this lesson; the URL, the controls and the defaults all come from here. */
export const PARAMS = {
  depth: param.int({ label: 'Hidden layers', min: 1, max: 12, default: 8 }),
  width: param.int({ label: 'Units per layer', min: 1, max: 32, default: 8 }),
  act: param.enum({ label: 'Activation (A)', options: ACTS, default: 'sigmoid', names: ACT_NAMES }),
  init: param.enum({ label: 'Initialization (A)', ...INIT_CHOICES, default: 'smallNormal' }),
  compare: param.bool({ label: 'Compare with network B', default: true }),
  act2: param.enum({ label: 'Activation (B)', options: ACTS, default: 'relu', names: ACT_NAMES }),
  init2: param.enum({ label: 'Initialization (B)', ...INIT_CHOICES, default: 'he' }),
  lr: param.number({ label: 'Learning rate η', min: 0.001, max: 10, default: 0.1, log: true }),
  dataset: param.enum({ label: 'Dataset', ...DATASET_CHOICES, default: 'circle' }),
  seed: param.int({ label: 'Seed', min: 1, max: 9999, default: 1 }),
};

export type Values = ParamValues<typeof PARAMS>;

export interface Preset {
  id: string;
  label: string;
  /** One sentence for the button's description. */
  hint: string;
  patch: Partial<Values>;
}

const common = { depth: 8, width: 8, lr: 0.1, dataset: 'circle' } as const;

/** One-click experiments: the guided comparison, its two halves, and weights too large (what they do is exercise 3's question). */
export const PRESETS: Preset[] = [
  {
    id: 'compare',
    label: 'Side by side',
    hint: 'Eight sigmoid layers with small weights (A) against eight ReLU layers with He initialization (B), from the same seed.',
    patch: { ...common, act: 'sigmoid', init: 'smallNormal', compare: true, act2: 'relu', init2: 'he' },
  },
  {
    id: 'vanish',
    label: 'Vanishing',
    hint: 'Eight sigmoid layers, weights drawn with σ = 0.1: the error signal fades on its way down.',
    patch: { ...common, act: 'sigmoid', init: 'smallNormal', compare: false },
  },
  {
    id: 'healthy',
    label: 'ReLU + He',
    hint: 'Eight ReLU layers with He initialization: gradients of similar size in every layer.',
    patch: { ...common, act: 'relu', init: 'he', compare: false },
  },
  {
    id: 'explode',
    label: 'ReLU, too large',
    hint: 'Eight ReLU layers with weights four times larger than He’s rule.',
    patch: { ...common, act: 'relu', init: 'large', compare: false },
  },
];

export function presetActive(p: Values, preset: Preset): boolean {
  return Object.entries(preset.patch).every(([k, v]) => p[k as keyof Values] === v);
}
