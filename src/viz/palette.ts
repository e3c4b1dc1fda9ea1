/**
 * Colour-blind-safe colours (Okabe & Ito, 2008) for runs, and a purple–orange
 * diverging scale (ColorBrewer PuOr) for classes and weight signs.
 */
import { interpolatePuOr } from 'd3';
import type { Activation } from '../engine';

export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

export const ACTIVATION_COLORS: Record<Activation, string> = {
  sigmoid: '#0072B2',
  tanh: '#009E73',
  relu: '#D55E00',
  leakyRelu: '#CC79A7',
  softplus: '#B07A00',
  linear: '#555555',
};

/** Class 1 is orange, class 0 purple. */
export const CLASS_COLORS = ['#5e3c99', '#e66101'] as const;

/** p in [0,1] → colour between class 0 (purple) and class 1 (orange). */
export function classScale(p: number): string {
  // d3's PuOr runs from purple (0) to orange (1), matching CLASS_COLORS.
  return interpolatePuOr(0.12 + 0.76 * p);
}

/** RGB of classScale, precomputed for fast canvas filling. */
export function classLut(steps = 256): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(steps * 3);
  for (let i = 0; i < steps; i++) {
    const c = classScale(i / (steps - 1));
    const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(c);
    if (m) {
      lut[3 * i] = +m[1];
      lut[3 * i + 1] = +m[2];
      lut[3 * i + 2] = +m[3];
    }
  }
  return lut;
}

/** Darker shades of the run colours for text (WCAG AA contrast on white and on the panel grey). */
export const ACTIVATION_TEXT_COLORS: Record<Activation, string> = {
  sigmoid: '#005a8c',
  tanh: '#00664b',
  relu: '#a34700',
  leakyRelu: '#8f3f73',
  softplus: '#7a5500',
  linear: '#444444',
};

/* ---- optimizers lesson (appended) ---- */

/** One Okabe–Ito colour per optimizer, for lines and markers. */
export const OPTIMIZER_COLORS: Record<'sgd' | 'momentum' | 'rmsprop' | 'adam', string> = {
  sgd: '#0072B2',
  momentum: '#D55E00',
  rmsprop: '#009E73',
  adam: '#CC79A7',
};

/** Darker shades of OPTIMIZER_COLORS for text (WCAG AA on white and the panel grey). */
export const OPTIMIZER_TEXT_COLORS: Record<'sgd' | 'momentum' | 'rmsprop' | 'adam', string> = {
  sgd: '#005a8c',
  momentum: '#a34700',
  rmsprop: '#00664b',
  adam: '#8f3f73',
};

/** A dash pattern per optimizer, so trajectories differ by more than colour. */
export const OPTIMIZER_DASH: Record<'sgd' | 'momentum' | 'rmsprop' | 'adam', number[]> = {
  sgd: [],
  momentum: [7, 3],
  rmsprop: [2, 3],
  adam: [9, 3, 2, 3],
};

/** Two networks compared side by side (network A, network B): line colours and darker text shades (AA contrast). */
export const RUN_COLORS = ['#0072B2', '#D55E00'] as const;
export const RUN_TEXT_COLORS = ['#005a8c', '#a34700'] as const;

/* Convolution lesson: the CNN and the dense network it is compared with (Okabe–Ito blue and vermillion). */
export const MODEL_COLORS = { cnn: '#0072B2', dense: '#D55E00' } as const;
/** Darker shades for text (WCAG AA on white and on the panel grey). */
export const MODEL_TEXT_COLORS = { cnn: '#005a8c', dense: '#a34700' } as const;

/* Layer-wise pre-training lesson: the four ways of training (Okabe–Ito), and darker shades for text (WCAG AA). */
export const METHOD_COLORS = { plain: '#CC79A7', supervised: '#009E73', unsupervised: '#0072B2', today: '#D55E00' } as const;
export const METHOD_TEXT_COLORS = { plain: '#8f3f73', supervised: '#00664b', unsupervised: '#005a8c', today: '#a34700' } as const;
