import { type RegMethod, REG_METHODS, type RegularizeConfig } from '../../src/engine';
import type { ParamValues } from '../../src/kit';
import type { PARAMS } from './params';

/** The width of both hidden layers: far more capacity than 30 points need. */
export const WIDTH = 64;
/** The fixed held-out set every network is judged on. */
export const TEST_POINTS = 200;

/** The networks shown, always in the lesson's order (none, L2, L1, early stopping, dropout). */
export function shownMethods(show: readonly string[]): RegMethod[] {
  return REG_METHODS.filter((m) => show.includes(m));
}

/** The lesson's parameters → the task's config (shared with the unit test of the lesson's claim). */
export function regularizeConfigOf(p: ParamValues<typeof PARAMS>, gridSize = 44): RegularizeConfig {
  return {
    dataset: p.dataset,
    noise: p.noise,
    trainPoints: p.points,
    testPoints: TEST_POINTS,
    hidden: [WIDTH, WIDTH],
    activation: p.act,
    methods: shownMethods(p.show),
    l2: p.l2,
    l1: p.l1,
    keep: p.keep,
    patience: p.patience,
    lr: p.lr,
    batch: p.batch,
    seed: p.seed,
    gridSize,
  };
}
