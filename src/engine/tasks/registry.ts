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

/**
 * The config keys of each task that change live (sent without a reset). The ONE list:
 * the type of each task's live keys is derived from it, so a key cannot be live in the
 * types and missing here (which would silently restart the run instead of updating it).
 */
export const LIVE_KEYS = {
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
} as const satisfies { readonly [K in keyof TaskTypes]: readonly (keyof TaskTypes[K]['config'])[] };

/** Config, snapshot and info of each task. */
interface TaskTypes {
  mlp2d: { config: Mlp2dConfig; snapshot: Mlp2dSnapshot; info: Mlp2dInfo };
  gradients: { config: GradientsConfig; snapshot: GradientsSnapshot; info: GradientsInfo };
  cnn: { config: CnnConfig; snapshot: CnnSnapshot; info: CnnInfo };
  optimnet: { config: OptimNetConfig; snapshot: OptimNetSnapshot; info: OptimNetInfo };
  optim2d: { config: Optim2dConfig; snapshot: Optim2dSnapshot; info: Optim2dInfo };
  pretrain: { config: PretrainConfig; snapshot: PretrainSnapshot; info: PretrainInfo };
  regularize: { config: RegularizeConfig; snapshot: RegularizeSnapshot; info: RegularizeInfo };
  graphcheck: { config: GraphCheckConfig; snapshot: GraphCheckSnapshot; info: GraphCheckInfo };
  approx1d: { config: Approx1dConfig; snapshot: Approx1dSnapshot; info: Approx1dInfo };
  xornet: { config: XorNetConfig; snapshot: XorNetSnapshot; info: XorNetInfo };
}

/** What one task is made of. `Live` names the config keys that change without a reset. */
interface TaskSpec<C, S, I, Live extends keyof C> {
  config: C;
  snapshot: S;
  info: I;
  live: Live;
}

/** Every task's types, its live keys taken from LIVE_KEYS. */
type TaskRegistry = {
  [K in keyof TaskTypes]: TaskSpec<
    TaskTypes[K]['config'],
    TaskTypes[K]['snapshot'],
    TaskTypes[K]['info'],
    (typeof LIVE_KEYS)[K][number] & keyof TaskTypes[K]['config']
  >;
};

export type TaskName = keyof TaskRegistry;
export type ConfigOf<K extends TaskName> = TaskRegistry[K]['config'];
export type SnapshotOf<K extends TaskName> = TaskRegistry[K]['snapshot'];
export type InfoOf<K extends TaskName> = TaskRegistry[K]['info'];
type LiveKeyOf<K extends TaskName> = TaskRegistry[K]['live'];
/** The live part of a task's config: what `set()` accepts. */
export type LiveOf<K extends TaskName> = Pick<ConfigOf<K>, LiveKeyOf<K> & keyof ConfigOf<K>>;
