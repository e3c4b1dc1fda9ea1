/**
 * The optimizers by name, and their settings: page-safe (no tfjs). The worker builds
 * them in optimizers.ts.
 */
export type OptimizerKind = 'sgd' | 'momentum' | 'rmsprop' | 'adam';

export const OPTIMIZER_KINDS: readonly OptimizerKind[] = ['sgd', 'momentum', 'rmsprop', 'adam'];

export const OPTIMIZER_NAMES: Readonly<Record<OptimizerKind, string>> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};

export interface OptimizerOptions {
  /** momentum: β (tfjs `momentum`); rmsprop: ρ (tfjs `decay`). Default 0.9. */
  beta?: number;
  /** adam: default 0.9. */
  beta1?: number;
  /** adam: default 0.999. */
  beta2?: number;
  /**
   * The epsilon argument handed to tfjs. Default: 1e-8 for adam, 1e-16 for rmsprop
   * (tfjs adds it inside the square root, so that is the curriculum's ε = 1e-8 squared).
   */
  epsilon?: number;
}
