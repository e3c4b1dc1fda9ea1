/** Part A's hidden-layer network as a task config (no React): the page and the unit test share it. */
import type { XorNetConfig } from '../../src/engine';

export function xorNetConfig(act: 'tanh' | 'sigmoid', hidden: number, lr: number, seed: number): XorNetConfig {
  return { activation: act, hidden, perCorner: 10, spread: 0.08, lr, seed, gridSize: 50 };
}
