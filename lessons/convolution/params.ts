import { param } from '../../src/kit';

export const SLUG = 'convolution';

const KERNELS = ['3', '5'] as const;

/** Everything a link can set for the live CNN; the URL, the controls and the defaults all come from here. */
export const PARAMS = {
  filters1: param.int({ label: 'Conv 1 feature maps', min: 1, max: 16, default: 8 }),
  filters2: param.int({ label: 'Conv 2 feature maps', min: 1, max: 32, default: 16 }),
  kernel: param.enum({ label: 'Kernel size', options: KERNELS, default: '5', names: { '3': '3 × 3', '5': '5 × 5' } }),
  lr: param.number({ label: 'Learning rate η (Adam)', min: 0.0001, max: 0.1, default: 0.005, log: true }),
  batch: param.int({ label: 'Batch size', min: 1, max: 128, default: 32 }),
  seed: param.int({ label: 'Seed', min: 1, max: 9999, default: 1 }),
};

/** The image-side slider of the dense-vs-conv counter (its exercise's answer must lie strictly inside this range). */
export const COUNTER_SIDE = { min: 2, max: 1000, default: 28 } as const;
