import {
  DATASET_CHOICES,
  OPTIMIZER_KINDS,
  quadraticRavine,
  type OptimizerKind,
  type Surface,
  type SurfaceId,
} from '../../src/engine';
import { param } from '../../src/kit';

export const SLUG = 'optimizers';

export const SURFACE_IDS: readonly SurfaceId[] = ['ravine', 'rosenbrock', 'saddle', 'himmelblau', 'wells'];
export const SURFACE_NAMES: Record<SurfaceId, string> = {
  ravine: 'Quadratic ravine',
  rosenbrock: 'Rosenbrock valley',
  saddle: 'Saddle',
  himmelblau: 'Himmelblau (four minima)',
  wells: 'Wells (local vs global)',
};

export const OPT_NAMES: Record<OptimizerKind, string> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};

export const SCHEDULES = ['constant', 'inverse', 'step'] as const;
export const SCHEDULE_NAMES: Record<(typeof SCHEDULES)[number], string> = {
  constant: 'Constant',
  inverse: '1/(1 + decay·epoch)',
  step: 'Step decay (halve every 10 epochs)',
};

/** The default ravine: narrow enough (κ = 100) that momentum at SGD's step clearly wins (beat 2 checks it on the run). */
export const DEFAULT_KAPPA = 100;
const ravine = quadraticRavine({ kappa: DEFAULT_KAPPA });
const r3 = (v: number) => Number(v.toPrecision(3));

/** Everything a link can set for this lesson; the URL, the controls and the defaults all come from here. */
export const PARAMS = {
  // Part 1: the 2D surfaces.
  surface: param.enum({ label: 'Loss surface', options: SURFACE_IDS, default: 'ravine', names: SURFACE_NAMES }),
  kappa: param.number({ label: 'Condition number κ', min: 1, max: 200, default: DEFAULT_KAPPA, log: true }),
  sx: param.number({ label: 'Start x', min: -5, max: 5, default: r3(ravine.start[0]), step: 0.01 }),
  sy: param.number({ label: 'Start y', min: -5, max: 5, default: r3(ravine.start[1]), step: 0.01 }),
  opts: param.set({
    label: 'Optimizers shown',
    options: OPTIMIZER_KINDS,
    default: [...OPTIMIZER_KINDS],
    minItems: 1,
    names: OPT_NAMES,
  }),
  sgdLr: param.number({
    label: 'SGD learning rate η',
    min: 1e-4,
    max: 3,
    default: r3(ravine.suggestedLr.sgd),
    log: true,
  }),
  momLr: param.number({
    label: 'Momentum learning rate η',
    min: 1e-4,
    max: 3,
    default: r3(ravine.suggestedLr.momentum),
    log: true,
  }),
  momBeta: param.number({ label: 'Momentum β', min: 0, max: 0.999, default: 0.9, step: 0.001 }),
  rmsLr: param.number({
    label: 'RMSProp learning rate η',
    min: 1e-4,
    max: 3,
    default: ravine.suggestedLr.rmsprop,
    log: true,
  }),
  rmsBeta: param.number({ label: 'RMSProp β', min: 0, max: 0.999, default: 0.9, step: 0.001 }),
  rmsEps: param.number({ label: 'RMSProp ε', min: 1e-10, max: 1, default: 1e-8, log: true }),
  adamLr: param.number({
    label: 'Adam learning rate η',
    min: 1e-4,
    max: 3,
    default: ravine.suggestedLr.adam,
    log: true,
  }),
  adamB1: param.number({ label: 'Adam β1', min: 0, max: 0.999, default: 0.9, step: 0.001 }),
  adamB2: param.number({ label: 'Adam β2', min: 0.5, max: 0.9999, default: 0.999, step: 0.0001 }),
  adamEps: param.number({ label: 'Adam ε', min: 1e-10, max: 1, default: 1e-8, log: true }),
  speed: param.int({ label: 'Steps per frame', min: 1, max: 20, default: 3 }),
  // Part 2: a real network.
  dataset: param.enum({ label: 'Dataset', ...DATASET_CHOICES, default: 'spiral' }),
  batch: param.int({ label: 'Batch size', min: 1, max: 200, default: 10 }),
  schedule: param.enum({
    label: 'Learning-rate schedule',
    options: SCHEDULES,
    default: 'constant',
    names: SCHEDULE_NAMES,
  }),
  decay: param.number({ label: 'Decay', min: 0.001, max: 2, default: 0.1, log: true }),
  netSgdLr: param.number({ label: 'SGD η₀', min: 1e-3, max: 3, default: 0.3, log: true }),
  netMomLr: param.number({ label: 'Momentum η₀ (β = 0.9)', min: 1e-3, max: 3, default: 0.03, log: true }),
  netAdamLr: param.number({ label: 'Adam η₀', min: 1e-4, max: 1, default: 0.01, log: true }),
  seed: param.int({ label: 'Seed', min: 1, max: 9999, default: 1 }),
};

/** The learning rates a surface suggests, as a params patch. */
export function suggestedPatch(s: Surface) {
  return {
    sgdLr: r3(s.suggestedLr.sgd),
    momLr: r3(s.suggestedLr.momentum),
    rmsLr: r3(s.suggestedLr.rmsprop),
    adamLr: r3(s.suggestedLr.adam),
    momBeta: 0.9,
    rmsBeta: 0.9,
    adamB1: 0.9,
    adamB2: 0.999,
    // Three significant digits: the saddle starts 0.001 off its ridge, and 0 would sit on it for ever.
    sx: r3(s.start[0]),
    sy: r3(s.start[1]),
  };
}
