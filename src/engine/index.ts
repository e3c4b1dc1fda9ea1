/**
 * The engine's one page-safe entry. Pages (src/app, src/store, src/viz, src/math and
 * lessons/) import the engine only from here: ids, labels and choices, config and
 * snapshot types, pure maths in plain numbers, and the client that talks to the worker.
 * Nothing exported here reaches @tensorflow: the training kernels run in the worker
 * (runtime/worker.ts loads the tasks), and tests/unit/engine-boundary.test.ts fails
 * when a page-side file reaches tfjs, or imports the engine other than through here.
 * Type-only exports of worker modules are fine: they vanish at build time.
 */

// Data: datasets, 1D targets, MNIST, seeded randomness.
export { DATASET_CHOICES, DOMAIN } from './data/datasets';
export type { Dataset2D } from './data/datasets';
export {
  APPROX_ACTS,
  TARGET_CHOICES,
  TARGET_LABELS,
  UNIT_COUNTS,
  grid1d,
  netOutput,
  sampleTarget,
  unitContribution,
} from './data/functions1d';
export type { ApproxAct, Net1d, TargetId } from './data/functions1d';
export { MNIST_DEFAULT_URL, cnnTestIndices } from './data/mnist';
export type { MnistData } from './data/mnist';
export { loadMnistOnce } from './data/mnist-load';
export { Rng } from './data/random';

// Networks in plain numbers: activations, initialisation, the CNN and convolution references, the graph, the perceptron, names of optimizers and regularizers.
export { ACTIVATIONS, ACTIVATION_LABELS, ACTIVATION_MATH, isRectifier, saturates } from './networks/activations';
export type { Activation } from './networks/activations';
export { channel, cnnForward, cnnShapes, denseHiddenFor, denseNetForward, initWeights } from './networks/cnn-model';
export type { CnnArch } from './networks/cnn-model';
export {
  KERNEL_PRESETS,
  KERNEL_PRESET_IDS,
  conv2d,
  convOutputSize,
  denseVsConvCounts,
  pool2d,
} from './networks/conv-reference';
export type { KernelPresetId } from './networks/conv-reference';
export {
  NEURON_INPUTS,
  backward,
  centralDifference,
  edgeKey,
  edges,
  forward,
  outputOf,
  revealed,
  schedule,
} from './networks/graph';
export type { Backward, Edge, Graph, GraphNode, Op, Revealed, Step, Values } from './networks/graph';
export { INIT_CHOICES, INIT_LABELS } from './networks/mlp-init';
export type { Init } from './networks/mlp-init';
export { OPTIMIZER_KINDS } from './networks/optimizer-kinds';
export type { OptimizerKind } from './networks/optimizer-kinds';
export { GATE_CHOICES, Perceptron, gateData } from './networks/perceptron';
export type { Points2D } from './networks/perceptron';
export { REG_CHOICES, REG_LABELS, REG_METHODS } from './networks/reg-methods';
export type { RegMethod } from './networks/reg-methods';
export { finitePopulationFactor } from './networks/stats';

// Layer-wise pre-training: its schedule and types.
export type { MethodBudget } from './pretrain/budget';
export type { PretrainConfig, PretrainInfo, PretrainSnapshot } from './pretrain/config';
export { METHODS, METHOD_NAMES, extraEpochs, phaseMethods } from './pretrain/schedule';
export { trainMacs } from './pretrain/eta';
export type { Budget, Method, PhaseInfo, PhaseKind } from './pretrain/schedule';

// The worker, seen from the page: the client and the message types.
export { TrainerClient, dropSpare, prewarmTrainer } from './runtime/client';
export type { TrainerOptions } from './runtime/client';
export { BACKENDS, FAULTS } from './runtime/protocol';
export type { BackendInfo, BackendRequest, BackendVerdict, Fault, FromWorker, SnapshotBase } from './runtime/protocol';

// 2D loss surfaces and optimizer theory (the worker's tf version of a surface is surface-tensor.ts).
export { WITHIN_RADII, lrSchedule, lrScheduleCurve, quadraticTheory } from './surfaces/optim-theory';
export type { StepRecord } from './surfaces/optim2d';
export { nearestMinimum } from './surfaces/surface-points';
export { buildSurface, quadraticRavine, surfaceById } from './surfaces/surfaces';
export type { Surface, SurfaceId, Vec2 } from './surfaces/surfaces';

// Tasks: their config, snapshot and info types, the live keys and the constants pages read.
export type { Approx1dConfig, Approx1dSnapshot } from './tasks/approx1d';
export type { CnnConfig, CnnInfo, CnnSnapshot } from './tasks/cnn';
export { GRAD_LOG_RANGE, HIST_BINS, MAX_TRAIN_POINTS, STATS_BATCH, ZERO_TOL } from './tasks/constants';
export type { GradientsConfig, GradientsInfo, GradientsSnapshot } from './tasks/gradients';
export type { GraphCheckConfig, GraphCheckSnapshot } from './tasks/graphcheck';
export type { Mlp2dConfig, Mlp2dInfo, Mlp2dSnapshot } from './tasks/mlp2d';
export type { Optim2dConfig, Optim2dHyper, Optim2dSnapshot, Optim2dTrack } from './tasks/optim2d';
export type { NetOptimizerKind, OptimNetConfig, OptimNetSnapshot } from './tasks/optimnet';
export { LIVE_KEYS } from './tasks/registry';
export type { ConfigOf, InfoOf, LiveOf, SnapshotOf, TaskName } from './tasks/registry';
export type { RegularizeConfig, RegularizeInfo, RegularizeSnapshot } from './tasks/regularize';
export type { XorNetConfig, XorNetSnapshot } from './tasks/xornet';
