import { type Budget, extraEpochs, type PretrainConfig } from '../../src/engine';
import { param, type ParamValues } from '../../src/kit';

export const SLUG = 'layer-wise-pretraining';

export const PRESET_IDS = ['quick', 'full'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** The sizes of a run. Quick fits a lecture (under a minute here); full uses all 8,000 training digits. */
export const RUN_PRESETS: Record<
  PresetId,
  Pick<PretrainConfig, 'trainCount' | 'testCount' | 'evalTrain' | 'hidden' | 'preEpochs' | 'fineEpochs' | 'batch'>
> = {
  quick: {
    trainCount: 2000,
    testCount: 1000,
    evalTrain: 500,
    hidden: [64, 64, 64, 64],
    preEpochs: 2,
    fineEpochs: 3,
    batch: 32,
  },
  full: {
    trainCount: 8000,
    testCount: 2000,
    evalTrain: 1000,
    hidden: [100, 100, 100, 100],
    preEpochs: 2,
    fineEpochs: 6,
    batch: 32,
  },
};

const PRESET_NAMES: Record<PresetId, string> = {
  quick: 'Quick (2,000 digits, 64 units)',
  full: 'Full (8,000 digits, 100 units)',
};

const SIGMOID_INITS = ['smallNormal', 'glorot'] as const;
const SIGMOID_INIT_NAMES = { smallNormal: 'Small normal (σ = 0.1)', glorot: 'Glorot (Xavier)' };

const BUDGET_OPTIONS = ['equal-updates', 'finetune-only'] as const satisfies readonly Budget[];
const BUDGET_NAMES: Record<Budget, string> = {
  'equal-updates': 'Equal weight updates',
  'finetune-only': 'Unequal: last phase only',
};

/** Everything a link can set for this lesson; the URL, the controls and the defaults all come from here. */
export const PARAMS = {
  preset: param.enum({ label: 'Run size', options: PRESET_IDS, default: 'quick', names: PRESET_NAMES }),
  budget: param.enum({ label: 'Budget', options: BUDGET_OPTIONS, default: 'equal-updates', names: BUDGET_NAMES }),
  lr: param.number({ label: 'Learning rate, sigmoid nets', min: 0.01, max: 5, default: 0.5, log: true }),
  reluLr: param.number({ label: 'Learning rate, ReLU net', min: 0.005, max: 2, default: 0.1, log: true }),
  aeLr: param.number({ label: 'Learning rate, autoencoders', min: 0.05, max: 10, default: 2, log: true }),
  init: param.enum({
    label: 'Initialization of the sigmoid nets',
    options: SIGMOID_INITS,
    default: 'glorot',
    names: SIGMOID_INIT_NAMES,
  }),
  seed: param.int({ label: 'Seed', min: 1, max: 9999, default: 1 }),
};

export type Values = ParamValues<typeof PARAMS>;

/** The quick run's budget per network, from its preset and the engine's schedule (the prose quotes it). */
export function quickBudget() {
  const q = RUN_PRESETS.quick;
  const perEpoch = Math.ceil(q.trainCount / q.batch);
  const pre = extraEpochs({ ...q, budget: 'equal-updates' });
  return {
    layers: q.hidden.length,
    preEpochs: q.preEpochs,
    pre,
    fine: q.fineEpochs,
    perEpoch,
    updates: (pre + q.fineEpochs) * perEpoch,
  };
}
