/**
 * The typed task registry: one line per training task, naming its config, the config
 * keys that change live (without a reset), its snapshot and its info. Everything that
 * talks to a task — the worker, the client, the lesson hook — is typed from here, so a
 * lesson's `useLessonTraining('mlp2d', config)` is checked end to end.
 *
 * Types only (plus the live-key lists): importing this module pulls in no tfjs.
 */
import type { Approx1dConfig, Approx1dInfo, Approx1dSnapshot } from './approx1d';
import type { CnnConfig, CnnInfo, CnnSnapshot } from './cnn';
import type { GraphCheckConfig, GraphCheckInfo, GraphCheckSnapshot } from './graphcheck';
import type { GradientsConfig, GradientsInfo, GradientsSnapshot } from './gradients';
import type { Mlp2dConfig, Mlp2dInfo, Mlp2dSnapshot } from './mlp2d';
import type { Optim2dConfig, Optim2dInfo, Optim2dSnapshot } from './optim2d';
import type { OptimNetConfig, OptimNetInfo, OptimNetSnapshot } from './optimnet';
import type { XorNetConfig, XorNetInfo, XorNetSnapshot } from './xornet';
import type { PretrainConfig, PretrainInfo, PretrainSnapshot } from './pretrain';
import type { RegularizeConfig, RegularizeInfo, RegularizeSnapshot } from './regularize';

/** What one task is made of. `Live` names the config keys that change without a reset. */
export interface TaskSpec<C, S, I, Live extends keyof C> {
  config: C;
  snapshot: S;
  info: I;
  live: Live;
}

export interface TaskRegistry {
  mlp2d: TaskSpec<Mlp2dConfig, Mlp2dSnapshot, Mlp2dInfo, 'lr' | 'batch'>;
  gradients: TaskSpec<GradientsConfig, GradientsSnapshot, GradientsInfo, 'lr'>;
  cnn: TaskSpec<CnnConfig, CnnSnapshot, CnnInfo, 'lr' | 'batch'>;
  optimnet: TaskSpec<OptimNetConfig, OptimNetSnapshot, OptimNetInfo, 'lrs' | 'batch' | 'schedule' | 'decay'>;
  optim2d: TaskSpec<Optim2dConfig, Optim2dSnapshot, Optim2dInfo, 'stepsPerSec'>;
  pretrain: TaskSpec<PretrainConfig, PretrainSnapshot, PretrainInfo, never>;
  regularize: TaskSpec<RegularizeConfig, RegularizeSnapshot, RegularizeInfo, 'lr' | 'batch' | 'l2' | 'l1' | 'keep' | 'patience'>;
  graphcheck: TaskSpec<GraphCheckConfig, GraphCheckSnapshot, GraphCheckInfo, 'w0' | 'x0' | 'w1' | 'x1' | 'w2'>;
  approx1d: TaskSpec<Approx1dConfig, Approx1dSnapshot, Approx1dInfo, 'lr'>;
  xornet: TaskSpec<XorNetConfig, XorNetSnapshot, XorNetInfo, 'lr'>;
}

export type TaskName = keyof TaskRegistry;
export type ConfigOf<K extends TaskName> = TaskRegistry[K]['config'];
export type SnapshotOf<K extends TaskName> = TaskRegistry[K]['snapshot'];
export type InfoOf<K extends TaskName> = TaskRegistry[K]['info'];
export type LiveKeyOf<K extends TaskName> = TaskRegistry[K]['live'];
/** The live part of a task's config: what `set()` accepts. */
export type LiveOf<K extends TaskName> = Pick<ConfigOf<K>, LiveKeyOf<K> & keyof ConfigOf<K>>;

/** The same live keys at run time (the hook leaves them out of the reset key). */
export const LIVE_KEYS: { readonly [K in TaskName]: readonly LiveKeyOf<K>[] } = {
  mlp2d: ['lr', 'batch'],
  gradients: ['lr'],
  cnn: ['lr', 'batch'],
  optimnet: ['lrs', 'batch', 'schedule', 'decay'],
  optim2d: ['stepsPerSec'],
  pretrain: [],
  regularize: ['lr', 'batch', 'l2', 'l1', 'keep', 'patience'],
  graphcheck: ['w0', 'x0', 'w1', 'x1', 'w2'],
  approx1d: ['lr'],
  xornet: ['lr'],
};
