import { ACTIVATION_LABELS, type Activation, type Init } from '../../src/engine';
import { RUN_COLORS, RUN_TEXT_COLORS } from '../../src/viz/palette';
import type { Values } from './params';

const INIT_SHORT: Record<Init, string> = {
  glorot: 'Glorot',
  he: 'He',
  smallNormal: 'small init',
  large: 'too-large init',
};

export interface RunView {
  /** "A" or "B". */
  letter: string;
  act: Activation;
  init: Init;
  /** e.g. "A: Sigmoid, small init". */
  name: string;
  color: string;
  textColor: string;
}

export function runViews(p: Values): RunView[] {
  const specs: [Activation, Init][] = p.compare
    ? [
        [p.act, p.init],
        [p.act2, p.init2],
      ]
    : [[p.act, p.init]];
  return specs.map(([act, init], r) => ({
    letter: 'AB'[r],
    act,
    init,
    name: `${'AB'[r]}: ${ACTIVATION_LABELS[act]}, ${INIT_SHORT[init]}`,
    color: RUN_COLORS[r],
    textColor: RUN_TEXT_COLORS[r],
  }));
}

/** "W₁", "W₁₂": the weight matrix of layer l (1-based). */
export function wName(l: number): string {
  return `W${String(l)
    .split('')
    .map((c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)])
    .join('')}`;
}
