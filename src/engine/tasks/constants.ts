/**
 * The tasks' constants that pages read too (slider limits, the layout of snapshot
 * arrays): page-safe, no tfjs. The tasks themselves run in the worker.
 */

// gradients (the vanishing-gradients lesson)
/** Range of the gradient histograms, in log10|∂E/∂w|: values outside are clamped to the end bars. */
export const GRAD_LOG_RANGE: readonly [number, number] = [-16, 4];
/** How many training points the statistics are measured on (a fixed batch). */
export const STATS_BATCH = 64;

// regularize (the regularization lesson)
/** The most training points the slider offers: the pool every smaller training set is drawn from. */
export const MAX_TRAIN_POINTS = 300;
/** Bars of each run's weight histogram (snapshot.weightHist holds runs × HIST_BINS). */
export const HIST_BINS = 41;
/** |w| below this counts as zero. */
export const ZERO_TOL = 0.01;
