/**
 * Closed-form theory and small numeric helpers for the optimizers lesson:
 * convergence rates on a convex quadratic, a measured-rate estimator for
 * trajectories, momentum learning-rate conversions, and learning-rate schedules.
 * Plain JS, no tensors.
 */

/**
 * The distances to the nearest minimum whose first crossing the optimizers lab records
 * for each path (tasks/optim2d.ts, `within`): the lesson's races and beats read them.
 */
export const WITHIN_RADII = [0.05, 1e-3] as const;

/**
 * Best constant step sizes and linear rates on f = ½ θᵀHθ with Hessian eigenvalues
 * in [λmin, λmax], κ = λmax/λmin (Goh, "Why Momentum Really Works", Distill 2017).
 */
interface QuadraticTheory {
  kappa: number;
  lambdaMin: number;
  lambdaMax: number;
  /** GD: the step that balances the slowest and fastest directions, 2/(λmin+λmax). */
  gdBestLr: number;
  /** GD error shrinks by this factor per step at gdBestLr: (κ−1)/(κ+1). */
  gdRate: number;
  /** GD diverges along the stiffest direction for η > 2/λmax. */
  gdMaxStableLr: number;
  /** Heavy ball: β* = ((√κ−1)/(√κ+1))². Same β for tf.train.momentum's `momentum`. */
  momentumBestBeta: number;
  /**
   * Heavy ball θ ← θ − α∇f + β(θ − θ_prev) with α* = (2/(√λmax+√λmin))².
   * This is also the curriculum's classic form (v ← βv − ηg, θ ← θ + v, η = α).
   */
  momentumBestLr: number;
  /**
   * The learningRate to pass to tf.train.momentum(lr, β*). Numerically equal to
   * momentumBestLr: tfjs's v ← βv + g, θ ← θ − ηv unrolls to exactly the heavy-ball
   * recursion with α = η (see optim2d.ts). Kept as its own field so callers do not
   * have to take that on trust.
   */
  momentumBestLrTfjs: number;
  /** The same optimum in the curriculum's exponential-average form: α* ÷ (1−β*). */
  momentumBestLrEma: number;
  /** Momentum's best rate (√κ−1)/(√κ+1) = √β*. */
  momentumRate: number;
}

export function quadraticTheory(kappa: number, lambdaMin = 1): QuadraticTheory {
  if (!(kappa >= 1) || !(lambdaMin > 0)) throw new Error('need κ ≥ 1 and λmin > 0');
  const lambdaMax = kappa * lambdaMin;
  const sk = Math.sqrt(kappa);
  const momentumRate = (sk - 1) / (sk + 1);
  const momentumBestBeta = momentumRate * momentumRate;
  const momentumBestLr = (2 / (Math.sqrt(lambdaMax) + Math.sqrt(lambdaMin))) ** 2;
  return {
    kappa,
    lambdaMin,
    lambdaMax,
    gdBestLr: 2 / (lambdaMin + lambdaMax),
    gdRate: (kappa - 1) / (kappa + 1),
    gdMaxStableLr: 2 / lambdaMax,
    momentumBestBeta,
    momentumBestLr,
    momentumBestLrTfjs: momentumBestLr,
    momentumBestLrEma: momentumLrToEma(momentumBestLr, momentumBestBeta),
    momentumRate,
  };
}

/**
 * tf.train.momentum / heavy-ball / classic-form learning rate → the curriculum's
 * exponential-average form. The EMA velocity is (1−β) times tfjs's accumulator, so
 * the same trajectory needs η_ema = η/(1−β).
 */
export function momentumLrToEma(lr: number, beta: number): number {
  return lr / (1 - beta);
}

/** Inverse of momentumLrToEma: the lr to pass to tf.train.momentum. */
export function momentumLrFromEma(lrEma: number, beta: number): number {
  return lrEma * (1 - beta);
}

interface RateOptions {
  /**
   * First index of the window, to skip the transient. Default: a quarter of the
   * way into the usable stretch (see relFloor).
   */
  from?: number;
  /** Last index considered. Default: the end of the series. */
  to?: number;
  /**
   * The window ends before the first value ≤ relFloor·series[0] (or non-finite, or
   * ≤ 0): below that, float32 round-off rather than the optimizer sets the ratios.
   * Default 1e-6, safe for minima away from the origin; trajectories converging
   * to a minimum AT the origin stay accurate much further (e.g. 1e-25).
   */
  relFloor?: number;
  /**
   * 'distance' (default): series is ‖θ − θ*‖. 'loss': series is f − f*, which
   * falls like distance², so the square root of the loss ratio is returned.
   */
  of?: 'distance' | 'loss';
}

/**
 * Per-step linear convergence rate of a trajectory: the geometric mean of the
 * ratios series[i+1]/series[i] over the window, i.e. (s_end/s_from)^(1/(end−from)).
 * Returns NaN when the window holds fewer than two usable values.
 *
 * Caveat worth showing learners: at momentum's optimal (β, η) both extreme
 * directions are critically damped, so the error behaves like (1 + (1−r)t)·r^t, not
 * r^t. Short windows therefore read a rate a little above r; the polynomial factor
 * fades as the window grows.
 */
export function measuredRate(series: readonly number[], opts: RateOptions = {}): number {
  const floor = (opts.relFloor ?? 1e-6) * Math.abs(series[0] ?? NaN);
  const usable = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v) && v > 0 && v > floor;
  const last = Math.min(opts.to ?? series.length - 1, series.length - 1);
  const scanFrom = opts.from ?? 0;
  if (!usable(series[scanFrom])) return NaN;
  let end = scanFrom;
  while (end < last && usable(series[end + 1])) end++;
  const from = opts.from ?? Math.floor(end / 4);
  if (end <= from) return NaN;
  const rate = ((series[end] as number) / (series[from] as number)) ** (1 / (end - from));
  return opts.of === 'loss' ? Math.sqrt(rate) : rate;
}

export type LrScheduleKind = 'constant' | 'inverse' | 'step';

interface LrScheduleParams {
  eta0: number;
  /** 'inverse': η = η0/(1 + decay·epoch). Default 0.1. */
  decay?: number;
  /** 'step': multiply by `factor` every `stepEvery` epochs. Defaults 10 and 0.5 (halve every 10). */
  stepEvery?: number;
  factor?: number;
}

/** Learning rate at a (0-based) epoch, as in the curriculum. */
export function lrSchedule(kind: LrScheduleKind, p: LrScheduleParams, epoch: number): number {
  switch (kind) {
    case 'constant':
      return p.eta0;
    case 'inverse':
      return p.eta0 / (1 + (p.decay ?? 0.1) * epoch);
    case 'step':
      return p.eta0 * (p.factor ?? 0.5) ** Math.floor(epoch / (p.stepEvery ?? 10));
  }
}

/** The schedule at epochs 0 … epochs−1, for plotting. */
export function lrScheduleCurve(kind: LrScheduleKind, p: LrScheduleParams, epochs: number): number[] {
  return Array.from({ length: epochs }, (_, e) => lrSchedule(kind, p, e));
}
