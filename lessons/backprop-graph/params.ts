import { param } from '../../src/kit';

export const SLUG = 'backprop-graph';

const num = (label: string, def: number, range = 10, step = 0.1) =>
  param.number({ label, min: -range, max: range, default: def, step });

/** Every input a link can set: the four graphs' inputs (the defaults are the worked examples). */
export const PARAMS = {
  x: num('x', -2),
  y: num('y', 5),
  z: num('z', -4),
  jx: num('x (for J)', 1, 3, 0.01),
  gx: num('x (gates)', 3),
  gy: num('y (gates)', -2),
  gz: num('z (gates)', 1),
  w0: num('w0', 2),
  x0: num('x0', -1),
  w1: num('w1', -3),
  x1: num('x1', -2),
  w2: num('w2', -3),
};

export type ParamKey = keyof typeof PARAMS;
