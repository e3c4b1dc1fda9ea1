/**
 * Training task: greedy layer-wise pre-training on MNIST (the "layer-wise pre-training"
 * lesson). The task lives in ../pretrain/: the phase schedule and the four networks by
 * name (schedule.ts), each network's budget (budget.ts), what the phases leave behind
 * (stacks.ts), the job queue (queue.ts), the cost/ETA model (eta.ts), the
 * pre-trained layers (layers.ts), config/snapshot/info (config.ts) and the task (task.ts).
 */
import type { TaskModuleOf } from '../runtime/protocol';
import { type PretrainConfig, pretrainCost } from '../pretrain/config';
import { PretrainTask } from '../pretrain/task';

export {
  MAX_FEATURES,
  type PretrainConfig,
  pretrainCost,
  type PretrainInfo,
  type PretrainSnapshot,
  SHOWN_DIGITS,
} from '../pretrain/config';
export { BudgetMeter, type MethodBudget, plannedBudget } from '../pretrain/budget';
export { forwardMacs, trainMacs } from '../pretrain/eta';
export { type AeLayer, encodeJs, type Layer, reconstruct, reconstructAll } from '../pretrain/layers';
export {
  type Budget,
  BUDGETS,
  buildPhases,
  evalsPerEpoch,
  EXTRA_METHODS,
  extraEpochs,
  METHOD_NAMES,
  METHODS,
  type Method,
  type PhaseInfo,
  type PhaseKind,
  phaseMethods,
  runOf,
} from '../pretrain/schedule';
export { PretrainTask } from '../pretrain/task';

export const pretrainTask: TaskModuleOf<'pretrain'> = {
  cost: (config) => pretrainCost(config as PretrainConfig),
  create: (config) => new PretrainTask(config as PretrainConfig),
};
