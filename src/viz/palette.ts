/**
 * Colour-blind-safe colours (Okabe & Ito, 2008) for runs, and a purple–orange
 * diverging scale (ColorBrewer PuOr) for classes and weight signs.
 *
 * Both themes: each colour here is a CSS custom property that src/app/styles/theme.css
 * sets per theme (lighter shades on the dark background), written `var(--name, light)`.
 * SVG attributes and inline styles take it as it is; a canvas cannot, and asks
 * `lightColor` (a canvas drawn on a light surface: the class map, the loss surface) or
 * `themeColor` (the colour in force) for a plain one.
 */
import { interpolatePuOr } from 'd3';
import type { Activation } from '../engine';

/** A colour that follows the theme: the custom property `--name`, with the light theme's value as fallback. */
function themed(name: string, light: string): string {
  return `var(--${name}, ${light})`;
}

/** The series colours (lines, marks) and their text shades (WCAG AA on the paper and the panel of either theme). */
export const SWATCH = {
  blue: themed('c-blue', '#0072b2'),
  vermillion: themed('c-vermillion', '#d55e00'),
  green: themed('c-green', '#009e73'),
  pink: themed('c-pink', '#cc79a7'),
  orange: themed('c-orange', '#e69f00'),
  sky: themed('c-sky', '#56b4e9'),
  /** Black on the light theme, near-white on the dark one: the colour of marks that must stand out most. */
  black: themed('c-black', '#000000'),
  grey: themed('c-grey', '#555555'),
  ochre: themed('c-ochre', '#b07a00'),
  /** Marks that are out of play (greyed out). */
  muted: themed('c-muted', '#8a8b93'),
} as const;

export const TEXT_SWATCH = {
  blue: themed('t-blue', '#005a8c'),
  vermillion: themed('t-vermillion', '#a34700'),
  green: themed('t-green', '#00664b'),
  pink: themed('t-pink', '#8f3f73'),
  ochre: themed('t-ochre', '#7a5500'),
  grey: themed('t-grey', '#444444'),
} as const;

/** The UI colours of theme.css and base.css a view may need (frames, grid lines, the page's own paper). */
export const UI = {
  ink: themed('ink', '#1b1b1f'),
  muted: themed('muted', '#55565e'),
  paper: themed('paper', '#ffffff'),
  panel: themed('panel', '#f6f6f8'),
  grid: themed('grid', '#e3e4e8'),
  hairline: themed('hairline', '#c9cad1'),
  frame: themed('frame', '#888888'),
  /** Black on light, near-white on dark: rings and crosses drawn over a plot. */
  mark: themed('mark', '#000000'),
  /** The outline that separates a mark from what it is drawn over (white on light, the paper on dark). */
  halo: themed('mark-halo', '#ffffff'),
  nodeLine: themed('node-line', '#333333'),
  highlight: themed('highlight-bg', '#fff3c4'),
  barBg: themed('bar-bg', '#f0f0f3'),
} as const;

const VAR = /^var\(\s*(--[\w-]+)\s*,\s*([^)]+?)\s*\)$/;

/** The light theme's value of a palette colour (its fallback); any other colour as it is. */
export function lightColor(c: string): string {
  return VAR.exec(c)?.[2] ?? c;
}

/** The value in force of a palette colour (read from <html> at call time), for drawing on a canvas. */
export function themeColor(c: string): string {
  const m = VAR.exec(c);
  if (!m || typeof document === 'undefined') return lightColor(c);
  return getComputedStyle(document.documentElement).getPropertyValue(m[1]!).trim() || m[2]!;
}

export const OKABE_ITO = [
  SWATCH.blue,
  SWATCH.vermillion,
  SWATCH.green,
  SWATCH.pink,
  SWATCH.orange,
  SWATCH.sky,
  SWATCH.black,
];

export const ACTIVATION_COLORS: Record<Activation, string> = {
  sigmoid: SWATCH.blue,
  tanh: SWATCH.green,
  relu: SWATCH.vermillion,
  leakyRelu: SWATCH.pink,
  softplus: SWATCH.ochre,
  linear: SWATCH.grey,
};

/** Class 1 is orange, class 0 purple. */
export const CLASS_COLORS = [themed('c-class0', '#5e3c99'), themed('c-class1', '#e66101')] as const;

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

/** Shades of the run colours for text (WCAG AA contrast on the paper and the panel of either theme). */
export const ACTIVATION_TEXT_COLORS: Record<Activation, string> = {
  sigmoid: TEXT_SWATCH.blue,
  tanh: TEXT_SWATCH.green,
  relu: TEXT_SWATCH.vermillion,
  leakyRelu: TEXT_SWATCH.pink,
  softplus: TEXT_SWATCH.ochre,
  linear: TEXT_SWATCH.grey,
};

/* ---- optimizers lesson (appended) ---- */

/** One Okabe–Ito colour per optimizer, for lines and markers. */
export const OPTIMIZER_COLORS: Record<'sgd' | 'momentum' | 'rmsprop' | 'adam', string> = {
  sgd: SWATCH.blue,
  momentum: SWATCH.vermillion,
  rmsprop: SWATCH.green,
  adam: SWATCH.pink,
};

/** Darker shades of OPTIMIZER_COLORS for text (WCAG AA on white and the panel grey). */
export const OPTIMIZER_TEXT_COLORS: Record<'sgd' | 'momentum' | 'rmsprop' | 'adam', string> = {
  sgd: TEXT_SWATCH.blue,
  momentum: TEXT_SWATCH.vermillion,
  rmsprop: TEXT_SWATCH.green,
  adam: TEXT_SWATCH.pink,
};

/** A dash pattern per optimizer, so trajectories differ by more than colour. */
export const OPTIMIZER_DASH: Record<'sgd' | 'momentum' | 'rmsprop' | 'adam', number[]> = {
  sgd: [],
  momentum: [7, 3],
  rmsprop: [2, 3],
  adam: [9, 3, 2, 3],
};

/** Two networks compared side by side (network A, network B): line colours and darker text shades (AA contrast). */
export const RUN_COLORS = [SWATCH.blue, SWATCH.vermillion] as const;
export const RUN_TEXT_COLORS = [TEXT_SWATCH.blue, TEXT_SWATCH.vermillion] as const;

/* Convolution lesson: the CNN and the dense network it is compared with (Okabe–Ito blue and vermillion). */
export const MODEL_COLORS = { cnn: SWATCH.blue, dense: SWATCH.vermillion } as const;
/** Darker shades for text (WCAG AA on white and on the panel grey). */
export const MODEL_TEXT_COLORS = { cnn: TEXT_SWATCH.blue, dense: TEXT_SWATCH.vermillion } as const;

/* Layer-wise pre-training lesson: the four ways of training (Okabe–Ito), and darker shades for text (WCAG AA). */
export const METHOD_COLORS = {
  plain: SWATCH.pink,
  supervised: SWATCH.green,
  unsupervised: SWATCH.blue,
  today: SWATCH.vermillion,
} as const;
export const METHOD_TEXT_COLORS = {
  plain: TEXT_SWATCH.pink,
  supervised: TEXT_SWATCH.green,
  unsupervised: TEXT_SWATCH.blue,
  today: TEXT_SWATCH.vermillion,
} as const;
